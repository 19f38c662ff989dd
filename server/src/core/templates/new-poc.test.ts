import * as assert from 'assert';
import { parse } from 'yaml';
import { formatDate } from '../dates';
import { check, workspaceOf } from '../testing';
import { checklistItemCount } from './checklists';
import { newPocFolder, safeFileStem, safeId, type NewFile } from './new-poc';

const LOCALES = ['zh-CN', 'en'] as const;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.(poc|stakeholders|requirements|checklist)\.yaml$/;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

const files = (list: NewFile[]) => Object.fromEntries(list.map((f) => [f.name, f.text]));
const summary = (hits: ReturnType<typeof check>) => hits.map((h) => `${h.file}:${h.line} ${h.severity} ${h.rule} ${h.text}`);

/** Every id written in the generated files (plan, team, tasks, stakeholders, requirements …). */
function idsOf(list: NewFile[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'id' || k === 'owner' || k === 'source' || k === 'reportsTo' || k === 'requirement' || k === 'plan') out.push(String(x));
        walk(x);
      }
    }
  };
  for (const f of list) walk(parse(f.text));
  return out;
}

function assertSafe(list: NewFile[]) {
  for (const f of list) {
    assert.match(f.name, NAME_RE, f.name);
    assert.ok(!f.name.includes('..') && !f.name.includes('/') && !f.name.includes('\\'), f.name);
    assert.ok(!RESERVED.test(f.name.split('.')[0]), f.name);
  }
  for (const id of idsOf(list)) assert.match(id, ID_RE, id);
}

describe('templates/new-poc', () => {
  for (const locale of LOCALES) {
    it(`makes a folder that checks with no error in ${locale}, with only the findings of a fresh plan`, () => {
      const list = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale, start: '2026-12-14' });
      assert.deepStrictEqual(
        list.map((f) => f.name),
        ['bank-log-poc.poc.yaml', 'bank-log.stakeholders.yaml', 'bank-log.requirements.yaml', 'machine-readiness.checklist.yaml'],
      );
      assert.deepStrictEqual(summary(check(files(list), undefined, { today: '2026-12-10', locale })), [
        // China's calendar (Chinese users): the POC runs into 2027, a year without holiday data yet.
        ...(locale === 'zh-CN' ? ['bank-log-poc.poc.yaml:14 info calendar-data-missing CN'] : []),
        'bank-log-poc.poc.yaml:18 warning unqualified false',
        'bank-log-poc.poc.yaml:19 warning unqualified false',
        'bank-log-poc.poc.yaml:31 info intelligence-incomplete intelligence',
      ]);
      assertSafe(list);
    });

    it(`writes ${locale} comments and placeholders, and the DOMAIN.md field names`, () => {
      const poc = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale, start: '2026-12-14' })[0].text;
      // Comments, except the title line that names the customer (a Chinese name in both locales).
      const comments = poc.split('\n').filter((l) => l.includes('# ') && !l.includes('某银行')).map((l) => l.slice(l.indexOf('# ')));
      assert.strictEqual(comments.length, locale === 'zh-CN' ? 50 : 51);
      const placeholder = locale === 'zh-CN' ? '待补充' : 'TBD';
      assert.ok(poc.includes(`conceptFit: ${placeholder}`));
      assert.ok(poc.includes(`    techStack: ${placeholder}`));
      if (locale === 'zh-CN') assert.ok(comments.every((c) => CJK.test(c) || /^# (pending|bare-metal)|^# {2}/.test(c)), comments.join('\n'));
      else assert.ok(comments.every((c) => !CJK.test(c)), comments.filter((c) => CJK.test(c)).join('\n'));
      const doc = parse(poc) as Record<string, unknown>;
      // The wait for the customer's review takes none of sales' time (over-allocated counts no load).
      const review = (doc.tasks as { id: string; allocation?: number }[]).find((x) => x.id === 'T9');
      assert.strictEqual(review?.allocation, 0);
      assert.ok(poc.split('\n').find((l) => l.includes('id: T9'))!.includes(locale === 'zh-CN' ? '# 等待客户期间不占用销售的工时' : '# waiting for the customer'));
      assert.deepStrictEqual(Object.keys(doc), [
        'kind', 'id', 'title', 'customer', 'mode', 'stage', 'start', 'end', ...(locale === 'zh-CN' ? ['calendar'] : []), 'qualification', 'team', 'intelligence',
        'scenarios', 'successCriteria', 'environment', 'tasks', 'risks', 'demo', 'review',
      ]);
    });
  }

  it('writes the Chinese plan head exactly', () => {
    const poc = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale: 'zh-CN', start: '2026-12-14' })[0].text;
    assert.deepStrictEqual(poc.split('\n').slice(0, 14), [
      '# 某银行 POC（现场POC）',
      '# 流程参照《POC 任务流程》：情报收集 → 确定业务场景 → 客户方申请机器 → 任务排期',
      '# → 软件集成与验证 → 产品部署与验证 → 设计演示流程并预演 → 产品演示 → 客户评审与反馈',
      '# “待补充”处请在 POC 开始前补全；字段名保持英文不变。',
      'kind: poc',
      'id: bank-log-poc',
      'title: 某银行 POC',
      'customer: 某银行',
      'mode: onsite                  # onsite 现场POC | remote 远程POC',
      'stage: presentation           # 销售周期阶段：prospecting | preparation | approach | presentation | objection | close | follow-up',
      'start: 2026-12-14',
      'end: 2027-01-07               # 按下方任务排期推算（工作日按法定节假日与调休计算）',
      'calendar:                     # 工作日历：内置中国法定节假日与调休上班日',
      '  region: CN',
    ]);
  });

  it('has the team of seed 000 §2, the standard tasks chained with dependsOn, and a 30-minute demo', () => {
    const list = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale: 'zh-CN', start: '2026-12-14' });
    const doc = parse(list[0].text) as {
      team: { id: string; role: string }[];
      tasks: { id: string; name: string; phase: string; owner: string; dependsOn?: string[]; duration: string }[];
      demo: { durationMinutes: number; storyboard: { minutes: number }[]; audience: string[] };
      successCriteria: { id: string; requirement: string; metric: string; target: string; agreedWithCustomer: boolean }[];
      scenarios: { requirements: string[] }[];
    };
    assert.deepStrictEqual(doc.team.map((m) => `${m.id}:${m.role}`), ['sales:sales', 'presales:presales', 'ops:ops', 'engineer:engineer']);
    assert.deepStrictEqual(
      doc.tasks.map((t) => `${t.id} ${t.name} ${t.phase} ${t.owner} [${(t.dependsOn ?? []).join(',')}] ${t.duration}`),
      [
        'T1 情报收集 intelligence sales [] 2d',
        'T2 确定 POC 业务场景 scenario presales [T1] 2d',
        'T3 客户方申请机器 environment ops [T1] 3d',
        'T4 任务排期 schedule presales [T2] 1d',
        'T5 软件集成与验证 integration engineer [T3,T4] 3d',
        'T6 产品部署与验证 deployment engineer [T5] 2d',
        'T7 设计演示流程并预演 rehearsal presales [T6] 2d',
        'T8 产品演示 demo presales [T7] 1d',
        'T9 等待客户评审与反馈 review sales [T8] 5d',
        'T10 客户评审结论 review sales [T9] 0d',
      ],
    );
    assert.strictEqual(doc.demo.durationMinutes, 30);
    assert.strictEqual(doc.demo.storyboard.reduce((n, s) => n + s.minutes, 0), 30);
    assert.deepStrictEqual(doc.demo.audience, ['bank-log-decision-maker', 'bank-log-tech-lead']);
    assert.deepStrictEqual(doc.scenarios[0].requirements, ['bank-log-R1', 'bank-log-R2']);
    assert.deepStrictEqual(
      doc.successCriteria.map((c) => `${c.id} ${c.requirement} ${c.metric} ${c.target} ${c.agreedWithCustomer}`),
      ['SC1 bank-log-R1 loss_rate_percent < 0.01 false', 'SC2 bank-log-R2 query_p95_seconds < 3 false'],
    );
    const stakeholders = parse(list[1].text) as { stakeholders: { id: string; roles: string[] }[] };
    assert.deepStrictEqual(
      stakeholders.stakeholders.map((s) => `${s.id}:${s.roles.join(',')}`),
      [
        'bank-log-decision-maker:decision-maker',
        'bank-log-tech-lead:technical-influencer',
        'bank-log-business-owner:business-influencer',
        'bank-log-end-user:end-user',
        'bank-log-procurement:procurement',
      ],
    );
    const reqs = parse(list[2].text) as { requirements: { id: string; type: string; acceptance: string; metric: { name: string; op: string; value: number } }[] };
    assert.deepStrictEqual(
      reqs.requirements.map((r) => `${r.id} ${r.type} ${r.acceptance} ${r.metric.name}${r.metric.op}${r.metric.value}`),
      ['bank-log-R1 functional 每天 100GB 数据接入，丢失率 < 0.01% loss_rate_percent<0.01', 'bank-log-R2 non-functional 100GB/天 数据量下查询 P95 < 3 秒 query_p95_seconds<3'],
    );
    assert.strictEqual((parse(list[3].text) as { items: unknown[] }).items.length, checklistItemCount('machine-readiness'));
  });

  it('dates agree with the schedule: end is the final milestone, demo and rehearsal match their tasks, checklist due is the machines task', () => {
    for (const start of ['2026-12-14', '2026-12-12' /* a Saturday */, '2027-02-26']) {
      const list = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale: 'zh-CN', start });
      const ws = workspaceOf(files(list));
      const poc = ws.get('file:///ws/bank-log-poc.poc.yaml')!;
      const sched = poc.schedule!;
      const day = (id: string, which: 'start' | 'end') => formatDate(sched.byId.get(id)![which]!);
      const doc = parse(list[0].text) as { end: string; demo: { date: string; rehearsal: { date: string } } };
      assert.strictEqual(doc.end, day('T10', 'start'), start);
      assert.strictEqual(formatDate(sched.end!), doc.end, start);
      assert.strictEqual(doc.demo.date, day('T8', 'start'), start);
      assert.strictEqual(doc.demo.rehearsal.date, day('T7', 'end'), start);
      assert.strictEqual((parse(list[3].text) as { due: string }).due, day('T3', 'end'), start);
      assert.deepStrictEqual(check(files(list), undefined, { today: '2026-12-01' }).filter((h) => h.severity === 'error' || h.rule === 'outside-window'), []);
    }
  });

  it('a remote POC drops the machines, integration and deployment tasks, the environment and the checklist', () => {
    const list = newPocFolder({ customer: 'Acme Insurance', pocId: 'acme-poc', locale: 'en', start: '2026-12-14', mode: 'remote' });
    assert.deepStrictEqual(list.map((f) => f.name), ['acme-poc.poc.yaml', 'acme.stakeholders.yaml', 'acme.requirements.yaml']);
    const doc = parse(list[0].text) as { mode: string; environment?: unknown; tasks: { id: string; dependsOn?: string[] }[]; risks: unknown[] };
    assert.strictEqual(doc.mode, 'remote');
    assert.strictEqual(doc.environment, undefined);
    assert.strictEqual(doc.risks.length, 2);
    assert.deepStrictEqual(doc.tasks.map((t) => `${t.id}[${(t.dependsOn ?? []).join(',')}]`), ['T1[]', 'T2[T1]', 'T4[T2]', 'T7[T4]', 'T8[T7]', 'T9[T8]', 'T10[T9]']);
    assert.deepStrictEqual(summary(check(files(list), undefined, { today: '2026-12-10' })), [
      'acme-poc.poc.yaml:18 warning unqualified false',
      'acme-poc.poc.yaml:19 warning unqualified false',
      'acme-poc.poc.yaml:31 info intelligence-incomplete intelligence',
    ]);
  });

  it('qualification is what the user answered: confirmed fields are true and cause no warning, unconfirmed ones say so', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const both = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale, start: '2026-12-14', qualified: { financiallyVetted: true, purchaseCommitment: true } });
      const q = (parse(both[0].text) as { qualification: Record<string, unknown> }).qualification;
      assert.strictEqual(q.financiallyVetted, true);
      assert.strictEqual(q.purchaseCommitment, true);
      // A fresh folder whose qualification the user confirmed: only the placeholder intelligence (info).
      assert.deepStrictEqual(summary(check(files(both), undefined, { today: '2026-12-10', locale })), [
        ...(locale === 'zh-CN' ? ['bank-log-poc.poc.yaml:14 info calendar-data-missing CN'] : []),
        'bank-log-poc.poc.yaml:31 info intelligence-incomplete intelligence',
      ]);
      const one = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale, start: '2026-12-14', qualified: { financiallyVetted: true } });
      assert.deepStrictEqual(summary(check(files(one), undefined, { today: '2026-12-10', locale })).filter((l) => l.includes('unqualified')), ['bank-log-poc.poc.yaml:19 warning unqualified false']);
    }
  });

  it('once the POC has started, adds only success-criteria-not-agreed and the date warnings, never an error', () => {
    const list = newPocFolder({ customer: '某银行', pocId: 'bank-log-poc', locale: 'zh-CN', start: '2026-12-14' });
    const hits = check(files(list), undefined, { today: '2026-12-21', locale: 'zh-CN' });
    assert.deepStrictEqual([...new Set(hits.map((h) => `${h.severity} ${h.rule}`))], [
      'info calendar-data-missing',
      'warning unqualified',
      'info intelligence-incomplete',
      'warning success-criteria-not-agreed',
      'warning overdue',
      'warning checklist-overdue',
    ]);
  });

  it('two customer folders in one workspace do not clash (stakeholder and requirement ids are prefixed)', () => {
    const a = newPocFolder({ customer: '某银行', pocId: 'bank-poc', locale: 'zh-CN', start: '2026-12-14' });
    const b = newPocFolder({ customer: '某保险', pocId: 'ins-poc', locale: 'zh-CN', start: '2027-03-01' });
    const all: Record<string, string> = {};
    for (const f of a) all[`bank/${f.name}`] = f.text;
    for (const f of b) all[`ins/${f.name}`] = f.text;
    assert.deepStrictEqual(
      check(all, undefined, { today: '2026-12-10' }).map((h) => h.rule).filter((r) => r !== 'unqualified' && r !== 'intelligence-incomplete' && r !== 'calendar-data-missing'),
      [],
    );
    assert.ok(all['ins/ins.stakeholders.yaml'].includes('id: ins-decision-maker'));
  });

  describe('safe names', () => {
    const cases: [string, string, string[]][] = [
      ['../../etc/passwd', 'etc-passwd', ['etc-passwd.poc.yaml', 'etc-passwd.stakeholders.yaml', 'etc-passwd.requirements.yaml']],
      ['/tmp/x', 'tmp-x', ['tmp-x.poc.yaml', 'tmp-x.stakeholders.yaml', 'tmp-x.requirements.yaml']],
      ['C:\\Windows\\evil.poc', 'C-Windows-evil.poc', ['C-Windows-evil.poc.poc.yaml', 'c-windows-evil.stakeholders.yaml', 'c-windows-evil.requirements.yaml']],
      ['con', 'con', ['con-poc.poc.yaml', 'con-customer.stakeholders.yaml', 'con-customer.requirements.yaml']],
      ['NUL.poc', 'NUL.poc', ['NUL-poc.poc.poc.yaml', 'nul-customer.stakeholders.yaml', 'nul-customer.requirements.yaml']],
      ['某银行POC', 'POC', ['POC.poc.yaml', 'poc.stakeholders.yaml', 'poc.requirements.yaml']],
      ['某银行日志平台', 'poc-20261214', ['poc-20261214.poc.yaml', 'poc-20261214.stakeholders.yaml', 'poc-20261214.requirements.yaml']],
      ['  ..  ', 'poc-20261214', ['poc-20261214.poc.yaml', 'poc-20261214.stakeholders.yaml', 'poc-20261214.requirements.yaml']],
      ['Café-POC', 'Cafe-POC', ['Cafe-POC.poc.yaml', 'cafe.stakeholders.yaml', 'cafe.requirements.yaml']],
      ['a..b/../c', 'a.b.c', ['a.b.c.poc.yaml', 'a.b.c.stakeholders.yaml', 'a.b.c.requirements.yaml']],
    ];
    for (const [input, id, names] of cases) {
      it(`pocId ${JSON.stringify(input)} → id ${id}`, () => {
        const list = newPocFolder({ customer: '某银行（总行）', pocId: input, locale: 'zh-CN', start: '2026-12-14' });
        const doc = parse(list[0].text) as { id: string };
        assert.strictEqual(doc.id, id);
        if (names.length) assert.deepStrictEqual(list.map((f) => f.name).slice(0, 3), names);
        assertSafe(list);
        assert.deepStrictEqual(check(files(list), undefined, { today: '2026-12-10' }).filter((h) => h.severity === 'error'), []);
      });
    }

    it('a customerId names the customer files and prefixes, made safe too', () => {
      const list = newPocFolder({ customer: '某银行', pocId: 'log-2026', customerId: '../Bank Of China', locale: 'en', start: '2026-12-14' });
      assert.deepStrictEqual(list.map((f) => f.name).slice(0, 3), ['log-2026.poc.yaml', 'bank-of-china.stakeholders.yaml', 'bank-of-china.requirements.yaml']);
      assert.ok(list[1].text.includes('  - id: bank-of-china-decision-maker\n'));
    });

    it('keeps a Chinese customer name with YAML and comment characters exactly, on one comment line', () => {
      const customer = '某银行: "总行" #1\n[分行], {信用卡中心}';
      for (const locale of LOCALES) {
        const list = newPocFolder({ customer, pocId: 'bank-poc', locale, start: '2026-12-14' });
        const docs = list.map((f) => parse(f.text) as { customer?: string; title?: string });
        assert.strictEqual(docs[0].customer, customer);
        assert.strictEqual(docs[0].title, `${customer} POC`);
        assert.strictEqual(docs[1].customer, customer);
        assert.strictEqual(docs[2].customer, customer);
        assert.ok(list[1].text.startsWith(locale === 'zh-CN' ? '# 某银行: "总行" #1 [分行], {信用卡中心} 干系人' : '# Stakeholders of 某银行: "总行" #1 [分行], {信用卡中心}:'), list[1].text.split('\n')[0]);
        assert.deepStrictEqual(check(files(list), undefined, { today: '2026-12-10', locale }).filter((h) => h.severity === 'error'), []);
      }
    });

    it('an empty customer becomes a placeholder and a generic title', () => {
      const zh = parse(newPocFolder({ customer: '  ', pocId: 'x-poc', locale: 'zh-CN', start: '2026-12-14' })[0].text) as { customer: string; title: string };
      assert.deepStrictEqual([zh.customer, zh.title], ['待补充', '新 POC']);
      const en = parse(newPocFolder({ customer: '', pocId: 'x-poc', locale: 'en', start: '2026-12-14' })[0].text) as { customer: string; title: string };
      assert.deepStrictEqual([en.customer, en.title], ['TBD', 'New POC']);
    });

    it('never throws on bad input: a bad start falls back to today, missing fields to defaults', () => {
      const list = newPocFolder({ customer: '某银行', pocId: 'bank-poc', locale: 'zh-CN', start: '2026-02-30' });
      const start = (parse(list[0].text) as { start: string }).start;
      assert.match(start, /^\d{4}-\d{2}-\d{2}$/);
      assert.notStrictEqual(start, '2026-02-30');
      const odd = newPocFolder(undefined as never);
      assert.strictEqual(odd.length, 4);
      assertSafe(odd);
    });

    it('safeId and safeFileStem', () => {
      assert.strictEqual(safeId('../a', 'f'), 'a');
      assert.strictEqual(safeId('a/../../b', 'f'), 'a.b');
      assert.strictEqual(safeId('a__b--c', 'f'), 'a_b-c');
      assert.strictEqual(safeId('x'.repeat(80) + '-', 'f'), 'x'.repeat(64));
      assert.strictEqual(safeId('…', 'f'), 'f');
      assert.strictEqual(safeId(42, 'f'), 'f');
      assert.strictEqual(safeFileStem('con', 'poc'), 'con-poc');
      assert.strictEqual(safeFileStem('Com1.x', 'poc'), 'Com1-poc.x');
      assert.strictEqual(safeFileStem('console', 'poc'), 'console');
    });
  });
});
