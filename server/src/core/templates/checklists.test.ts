import * as assert from 'assert';
import { parse } from 'yaml';
import { SCHEMAS } from '../schema-check';
import { check, workspaceOf, yaml } from '../testing';
import { CHECKLIST_TEMPLATES, checklistItemCount, checklistTemplate, renderChecklist, yamlScalar, commentText } from './checklists';

const LOCALES = ['zh-CN', 'en'] as const;
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Items of a rendered checklist, groups flattened, as parsed YAML. */
function itemsOf(text: string): Record<string, unknown>[] {
  const doc = parse(text) as { items: Record<string, unknown>[] };
  const out: Record<string, unknown>[] = [];
  for (const e of doc.items) {
    if ('group' in e) out.push(...(e.items as Record<string, unknown>[]));
    else out.push(e);
  }
  return out;
}

describe('templates/checklists', () => {
  it('lists the ten built-in templates of DOMAIN.md in playbook order, with valid phases', () => {
    assert.deepStrictEqual(
      CHECKLIST_TEMPLATES.map((t) => `${t.id}:${t.phase}`),
      [
        'machine-readiness:environment',
        'integration-verification:integration',
        'deployment-verification:deployment',
        'demo-rehearsal:rehearsal',
        'readiness-workshop:scenario',
        'closing:closing',
        'trial-run:closing',
        'departure:departure',
        'final-acceptance:departure',
        'after-sales-handover:after-sales',
      ],
    );
    const phases = ((SCHEMAS.common as { definitions: Record<string, { enum: string[] }> }).definitions.taskPhase).enum;
    for (const t of CHECKLIST_TEMPLATES) {
      assert.ok(phases.includes(t.phase), t.id);
      assert.match(t.title['zh-CN'], CJK, t.id);
      assert.doesNotMatch(t.title.en, CJK, t.id);
      // Users read what the playbook asks, never which seed file it came from.
      assert.doesNotMatch(t.description['zh-CN'], /seed|§/, t.id);
      assert.doesNotMatch(t.description.en, /seed/, t.id);
    }
    assert.deepStrictEqual(
      CHECKLIST_TEMPLATES.map((t) => t.title['zh-CN']),
      ['客户方机器准备检查', '软件集成与验证检查', '产品部署与现场验证检查', '演示流程设计与预演检查', '准备评估工作坊检查', '项目收尾检查', '试运行检查', '项目离场检查', '项目终验检查', '售后服务支持交接检查'],
    );
  });

  it('has the item counts of the playbooks', () => {
    assert.deepStrictEqual(
      CHECKLIST_TEMPLATES.map((t) => `${t.id}=${checklistItemCount(t.id)}`),
      [
        'machine-readiness=6',
        'integration-verification=12',
        'deployment-verification=8',
        'demo-rehearsal=9',
        'readiness-workshop=9',
        'closing=11',
        'trial-run=10',
        'departure=18',
        'final-acceptance=11',
        'after-sales-handover=9',
      ],
    );
    assert.strictEqual(checklistItemCount('nope'), 0);
  });

  for (const t of CHECKLIST_TEMPLATES) {
    for (const locale of LOCALES) {
      it(`renders ${t.id} in ${locale}: checks clean, with every item of the template`, () => {
        const text = renderChecklist(t.id, locale, { due: '2027-03-25' });
        const name = `${t.id}.checklist.yaml`;
        assert.deepStrictEqual(check({ [name]: text }, undefined, { today: '2027-03-01', locale }), []);
        const ws = workspaceOf({ [name]: text }, { locale });
        const m = ws.get(`file:///ws/${name}`)!.model;
        assert.strictEqual(m.kind, 'checklist');
        if (m.kind !== 'checklist') return;
        assert.strictEqual(m.items.length, checklistItemCount(t.id));
        assert.strictEqual(m.id?.value, t.id);
        assert.strictEqual(m.phase?.value, t.phase);
        assert.strictEqual(m.title?.value, t.title[locale]);
        assert.strictEqual(m.due?.value, '2027-03-25');
        const items = itemsOf(text);
        assert.strictEqual(items.length, checklistItemCount(t.id));
        assert.ok(items.every((i) => i.done === false));
        for (const i of items) {
          if (locale === 'zh-CN') assert.match(String(i.text), CJK, String(i.id));
          else assert.doesNotMatch(String(i.text), CJK, String(i.id));
        }
        assert.strictEqual(new Set(items.map((i) => i.id)).size, items.length);
      });
    }
  }

  it('starts with a header comment naming the playbook section', () => {
    const zh = renderChecklist('machine-readiness', 'zh-CN').split('\n').slice(0, 4);
    assert.deepStrictEqual(zh, [
      '# 客户方机器准备检查',
      '# 依据：《POC 任务流程》六、客户方申请机器（现场POC）',
      '# 完成一项后改为 done: true，可补充 evidence（证据）；不适用的项设置 required: false。',
      'kind: checklist',
    ]);
    const en = renderChecklist('departure', 'en').split('\n').slice(0, 2);
    assert.deepStrictEqual(en, ['# Project departure', '# From: Implementation playbook, project departure']);
    assert.match(renderChecklist('readiness-workshop', 'zh-CN').split('\n')[1], /准备评估工作坊$/);
  });

  it('writes the exact file for the closing template in Chinese, groups in playbook order', () => {
    assert.strictEqual(
      renderChecklist('closing', 'zh-CN', { due: '2027-03-25', owner: 'zhao' }),
      yaml`
        # 项目收尾检查
        # 依据：《实施项目流程》项目收尾阶段
        # 完成一项后改为 done: true，可补充 evidence（证据）；不适用的项设置 required: false。
        kind: checklist
        id: closing
        title: 项目收尾检查
        phase: closing
        due: 2027-03-25
        items:
          - group: 参数优化
            items:
              - { id: C1, text: 根据《运维标准交付检查项》对系统后台参数进行检查优化, done: false, owner: zhao }
          - group: 产品培训
            items:
              - { id: C2, text: 整理培训材料及培训考题, done: false, owner: zhao }
              - { id: C3, text: 培训前人员签到, done: false, owner: zhao }
              - { id: C4, text: 培训完毕后对参训人员进行测试, done: false, owner: zhao }
          - group: 阶段性汇报
            items:
              - { id: C5, text: 准备项目阶段性汇报材料, done: false, owner: zhao }
              - { id: C6, text: 进行阶段性汇报及需求初步验收, done: false, owner: zhao }
              - { id: C7, text: 根据汇报及验收结果完善优化，再验收直到最初确认的需求全部实现, done: false, owner: zhao }
          - group: 试运行
            items:
              - { id: C8, text: 项目相关资料准备，完善项目信息记录, done: false, owner: zhao }
              - { id: C9, text: 观察平台运行情况, done: false, owner: zhao }
              - { id: C10, text: 备份数据库, done: false, owner: zhao }
          - { id: C11, text: 与客户确认项目验收时间及离场时间, done: false, owner: zhao }
      `,
    );
  });

  it('quotes English item texts that contain commas inside the flow mappings', () => {
    const text = renderChecklist('integration-verification', 'en');
    assert.ok(text.includes('- { id: IV6, text: "Functions verified: data import, processing, analysis and presentation of results", done: false }'), text);
    assert.strictEqual(itemsOf(text)[5].text, 'Functions verified: data import, processing, analysis and presentation of results');
  });

  it('writes the departure acceptance of "other requirements" as optional', () => {
    const items = itemsOf(renderChecklist('departure', 'zh-CN'));
    assert.deepStrictEqual(
      items.filter((i) => i.required === false).map((i) => `${i.id}:${i.text}`),
      ['L11:其他需求验收'],
    );
  });

  it('has the trial run of seed 001: its dates and remote support, monitoring, problems, the trial-run report', () => {
    const doc = parse(renderChecklist('trial-run', 'zh-CN')) as { phase: string; items: { group: string; items: { id: string; text: string }[] }[] };
    assert.strictEqual(doc.phase, 'closing');
    assert.deepStrictEqual(doc.items.map((g) => g.group), ['试运行安排', '试运行期间监控', '问题记录与处理', '试运行报告']);
    const texts = doc.items.flatMap((g) => g.items.map((i) => `${i.id}:${i.text}`));
    for (const words of ['TR1:与客户确认试运行起止时间及试运行结束后的验收时间', 'TR2:试运行开始前备份数据库', 'TR5:观察平台运行情况', 'TR6:核对客户日志量是否超出授权', 'TR8:客户新提出的需求修改已按变更记录', 'TR9:编写试运行报告']) {
      assert.ok(texts.some((t) => t.startsWith(words)), words);
    }
    assert.match(renderChecklist('trial-run', 'en'), /text: "Trial-run report written: how the platform ran, the problems found and how they were solved"/);
  });

  it('has the final acceptance of seed 001: material, tests, the report signed and stamped; remote and requirements-first optional', () => {
    const doc = parse(renderChecklist('final-acceptance', 'zh-CN')) as { phase: string; items: { group: string; items: { id: string; text: string; required?: boolean }[] }[] };
    assert.strictEqual(doc.phase, 'departure');
    assert.deepStrictEqual(doc.items.map((g) => g.group), ['验收材料', '验收测试', '验收报告', '转入维保期']);
    const items = doc.items.flatMap((g) => g.items);
    assert.strictEqual(items.find((i) => i.id === 'FA8')?.text, '出具项目验收报告，请客户签名盖章确认');
    assert.deepStrictEqual(items.filter((i) => i.required === false).map((i) => i.id), ['FA6', 'FA9']);
    assert.match(items.find((i) => i.id === 'FA9')!.text, /^远程验收：试运行结束后将验收报告快递给客户/);
  });

  it('speaks like a Chinese bank or state-owned enterprise in the workshop: no other industry\'s words in Chinese', () => {
    const zh = renderChecklist('readiness-workshop', 'zh-CN');
    assert.doesNotMatch(zh, /联盟|GDPR|PCI|SOX|HIPAA/);
    assert.match(zh, /W2, text: 识别并记录用例的潜在规模（单个部门或集团统一推广）/);
    assert.match(zh, /W6, text: 记录合规要求（如等保 2\.0、《数据安全法》《个人信息保护法》及行业监管要求）/);
    // Every Chinese item text of every template has no English words (acronyms such as POC or TPS aside).
    for (const t of CHECKLIST_TEMPLATES) {
      for (const i of itemsOf(renderChecklist(t.id, 'zh-CN'))) {
        const words = (String(i.text).match(/[A-Za-z]+/g) ?? []).filter((w) => w.length > 1 && w !== w.toUpperCase());
        assert.deepStrictEqual(words, [], `${t.id} ${String(i.id)}: ${String(i.text)}`);
      }
    }
    const en = renderChecklist('readiness-workshop', 'en');
    assert.match(en, /MLPS 2\.0, the Data Security Law and the Personal Information Protection Law/);
  });

  it('checklist-overdue finds every required item once the due date has passed (owners and required: false are real)', () => {
    const text = renderChecklist('departure', 'zh-CN', { due: '2027-03-25', owner: 'sun' });
    const plan = yaml`
      kind: project
      id: bank-impl
      title: 某银行日志平台实施
      team: [ { id: sun, name: 孙七, role: pm } ]
    `;
    const hits = check({ 'bank-impl.project.yaml': plan, 'departure.checklist.yaml': text }, undefined, { today: '2027-03-30', locale: 'zh-CN' });
    assert.deepStrictEqual([...new Set(hits.map((h) => `${h.rule}:${h.severity}`))], ['checklist-overdue:warning']);
    assert.strictEqual(hits.length, 17);
    assert.ok(!hits.some((h) => h.message.includes('L11')));
  });

  it('writes the owner on every item, so an unknown owner is an unknown-ref error', () => {
    const text = renderChecklist('machine-readiness', 'en', { owner: 'nobody' });
    const hits = check({ 'machine-readiness.checklist.yaml': text }, 'unknown-ref');
    assert.deepStrictEqual(
      hits.map((h) => `${h.line}:${h.severity}:${h.text}`),
      ['9:error:nobody', '10:error:nobody', '11:error:nobody', '12:error:nobody', '13:error:nobody', '14:error:nobody'],
    );
  });

  it('leaves out an owner that is not an id, a due that is not a real date, and a plan that is not an id', () => {
    const text = renderChecklist('demo-rehearsal', 'en', { owner: '../etc', due: '2027-02-30', plan: 'a b' });
    assert.doesNotMatch(text, /owner:|due:|plan:/);
    assert.deepStrictEqual(check({ 'demo-rehearsal.checklist.yaml': text }), []);
    const withPlan = renderChecklist('demo-rehearsal', 'en', { plan: 'bank-log-poc', due: '2027-02-26' });
    assert.match(withPlan, /\nphase: rehearsal\nplan: bank-log-poc\ndue: 2027-02-26\nitems:\n/);
  });

  it('takes any zh locale as Chinese and anything else as English', () => {
    assert.strictEqual(renderChecklist('closing', 'zh-cn'), renderChecklist('closing', 'zh-CN'));
    assert.strictEqual(renderChecklist('closing', 'fr'), renderChecklist('closing', 'en'));
  });

  it('gives an empty text for an unknown template', () => {
    assert.strictEqual(renderChecklist('no-such-template', 'zh-CN'), '');
    assert.strictEqual(renderChecklist('__proto__', 'en'), '');
    assert.strictEqual(checklistTemplate('no-such-template'), undefined);
  });

  describe('yamlScalar', () => {
    it('keeps plain what reads back the same, quotes the rest', () => {
      assert.strictEqual(yamlScalar('某银行'), '某银行');
      assert.strictEqual(yamlScalar('某银行, 总行'), '某银行, 总行');
      assert.strictEqual(yamlScalar('某银行, 总行', true), '"某银行, 总行"');
      assert.strictEqual(yamlScalar('a: b'), '"a: b"');
      assert.strictEqual(yamlScalar('true'), '"true"');
      assert.strictEqual(yamlScalar('3'), '"3"');
      assert.strictEqual(yamlScalar('- x'), '"- x"');
      assert.strictEqual(yamlScalar('#1'), '"#1"');
      assert.strictEqual(yamlScalar('a\nb'), '"a\\nb"');
      assert.strictEqual(yamlScalar(''), '""');
      assert.strictEqual(yamlScalar('x\u2028y'), '"x\\u2028y"');
    });

    it('reads back exactly, in block and flow context', () => {
      const nasty = ['某银行: "总行" #1', ' lead', 'trail ', 'null', '~', '0x1F', '1e3', '2026-12-01', "it's", '[a]', '{b}', '*ref', '&anc', '!tag', '%x', '@x', '`x`', '|', '>', 'a #b', 'tab\there', '\\back', 'x\u0000y', '\ufeffbom', '😀 emoji', '…', '-', '?', ':', 'a:b', 'C:\\Windows'];
      for (const s of nasty) {
        assert.strictEqual((parse(`v: ${yamlScalar(s)}\n`) as { v: unknown }).v, s, JSON.stringify(s));
        assert.strictEqual((parse(`- { v: ${yamlScalar(s, true)}, w: 1 }\n`) as { v: unknown }[])[0].v, s, JSON.stringify(s));
      }
    });

    it('commentText keeps a comment on one line', () => {
      assert.strictEqual(commentText(' 某银行\n# 分行\r\n'), '某银行 # 分行');
    });
  });
});
