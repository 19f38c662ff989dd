/**
 * Incremental checking must never show: a workspace that has seen every earlier version of a file
 * (chunk cache, reused tasks and schedule, per-task rule findings, rule memos, derived line index)
 * gives exactly the diagnostics of a fresh workspace that checks the same texts from scratch.
 * Every kind of file is edited: generated plans (large enough to be parsed in chunks) and
 * stakeholders, and the example folder's POC, project, stakeholders, requirements and checklists.
 *
 * `npm test` runs a quick fixed-seed sequence; `npm run fuzz` a long one with a fresh seed, printed
 * for replay (POC_STUDIO_FUZZ_SEED=<seed> POC_STUDIO_RANDOM_EDITS=<n>).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workspace } from './workspace';
import { lineIndexOf } from './file';
import { LineIndex } from './text';
import { parseDate } from './dates';
import { rng } from './testing';
import { baselineOf } from './baselines/write';

const PEOPLE = ['zhang-wei', 'li-na', 'wang-fang', 'liu-yang', 'chen-jie', 'zhao-lei'];
const STATUSES = ['todo', 'doing', 'done', 'cancelled', 'blocked'];
const NAMES = ['环境部署', '日志接入', '报表开发', '告警配置', '性能测试', '用户培训', '数据迁移', '验收准备'];

/** A plan large enough to be parsed in chunks, with findings of many rules (overlaps, overdue, duplicates …). */
/** `year`: 2026 plans run on years China's calendar has data for (region on/off moves their dates). */
function planText(id: string, tasks: number, r: () => number, people = PEOPLE, year = '2027'): string {
  const L: string[] = [`# 计划 ${id}`, 'kind: project', `id: ${id}`, `title: 实施计划 ${id}`, 'start: 2027-01-04', 'end: 2027-06-30'];
  L.push('calendar:', r() < 0.5 ? '  region: CN' : '  # region: CN', r() < 0.5 ? '  use: [site]' : '  use: []', `  holidays: [${HOLIDAYS[Math.floor(r() * HOLIDAYS.length)]}]`, `  workdays: [${WORKDAYS[Math.floor(r() * WORKDAYS.length)]}]`, 'team:');
  for (const p of people) L.push(`  - { id: ${p}, name: 成员${p.length}, role: 实施工程师${r() < 0.2 ? ', capacity: 2' : ''}${r() < 0.2 ? `, leave: ${LEAVE[1 + Math.floor(r() * (LEAVE.length - 1))]}` : ''} }`);
  L.push('tasks:');
  for (let i = 1; i <= tasks; i++) {
    const owner = r() < 0.05 ? 'nobody' : people[Math.floor(r() * people.length)];
    const status = STATUSES[Math.floor(r() * STATUSES.length)];
    const tid = r() < 0.02 ? `T${Math.max(1, i - 3)}` : `T${i}`;
    const deps = i > 1 && r() < 0.6 ? `[T${Math.max(1, i - 1 - Math.floor(r() * 5))}${r() < 0.05 ? ', T9999' : ''}]` : '[]';
    if (r() < 0.15) {
      L.push(`  - { id: ${tid}, name: ${NAMES[i % NAMES.length]}${i}, owner: ${owner}, duration: ${1 + Math.floor(r() * 5)}d, dependsOn: ${deps}, status: ${status} }`);
      continue;
    }
    L.push(`  - id: ${tid}`, `    name: ${NAMES[i % NAMES.length]}${i}`, `    owner: ${owner}`);
    if (r() < 0.3) L.push(`    start: 2027-0${1 + Math.floor(r() * 8)}-1${Math.floor(r() * 9)}`);
    if (r() < 0.1) L.push(`    end: 2027-0${1 + Math.floor(r() * 8)}-0${1 + Math.floor(r() * 9)}`);
    else L.push(`    duration: ${1 + Math.floor(r() * 8)}d`);
    L.push(`    dependsOn: ${deps}`, `    status: ${status}`);
    if (r() < 0.4) L.push(`    progress: ${[0, 30, 90, 100][Math.floor(r() * 4)]}`);
    if (r() < 0.12) L.push(`    actualStart: 2027-0${1 + Math.floor(r() * 3)}-1${Math.floor(r() * 9)}`);
    if (r() < 0.06) L.push(`    actualEnd: 2027-0${1 + Math.floor(r() * 3)}-2${Math.floor(r() * 9)}`);
    if (r() < 0.3) L.push(`    allocation: ${ALLOCATIONS[Math.floor(r() * ALLOCATIONS.length)]}`);
    if (r() < 0.05) L.push('    # 与客户确认中');
  }
  L.push(`halts: ${HALTS[Math.floor(r() * HALTS.length)]}`);
  const text = L.join('\n') + '\n';
  return year === '2027' ? text : text.replace(/2027-/g, `${year}-`);
}

const HOLIDAYS = ['', '2027-02-10', '2027-01-20, 2027-03-03', '"2027-02-01..2027-02-12"', '2027-04-05'];
const WORKDAYS = ['', '2027-02-20', '2027-01-09, 2027-03-13'];
const ALLOCATIONS = ['0', '30', '50', '60', '100'];
const LEAVE = ['[]', '[2027-01-12]', '["2027-02-01..2027-02-05"]', '["2027-01-18..2027-01-22", 2027-03-01]'];
const HALTS = ['[]', '[{ from: 2027-01-11, to: 2027-01-15 }]', '[{ from: 2027-02-01, to: 2027-02-10 }, { from: 2027-03-01 }]'];

const STAKEHOLDERS =
  'stakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker], reportsTo: li-na }\n  - { id: li-na, name: 李娜, roles: [user], reportsTo: cio-liu }\n' +
  '  - { id: ceo-chen, name: 陈总, roles: [approver] }\n';

/** One random edit of the stakeholders file: a name, a role, a reportsTo. */
function editStakeholders(text: string, r: () => number): string {
  const lines = text.split('\n');
  const i = 1 + Math.floor(r() * 3);
  const k = Math.floor(r() * 3);
  if (k === 0) lines[i] = lines[i].replace(/name: [^,]+/, `name: ${['刘总', '李娜', '陈总', '王经理', '刘总监'][Math.floor(r() * 5)]}`);
  else if (k === 1) lines[i] = lines[i].replace(/roles: \[[^\]]*\]/, `roles: [${['decision-maker', 'user', 'approver'][Math.floor(r() * 3)]}]`);
  else lines[i] = lines[i].replace(/(, reportsTo: [a-z-]+)? }$/, r() < 0.3 ? ' }' : `, reportsTo: ${['cio-liu', 'li-na', 'ceo-chen'][Math.floor(r() * 3)]} }`);
  return lines.join('\n');
}

/** One random edit of a plan text: typing, a changed value, a new or removed line or task … */
function edit(text: string, r: () => number): string {
  const lines = text.split('\n');
  const pick = (re: RegExp): number => {
    const at: number[] = [];
    lines.forEach((l, i) => re.test(l) && at.push(i));
    return at.length ? at[Math.floor(r() * at.length)] : -1;
  };
  const replaceValue = (re: RegExp, values: string[]) => {
    const i = pick(re);
    if (i >= 0) lines[i] = lines[i].replace(/: .*$/, `: ${values[Math.floor(r() * values.length)]}`);
  };
  switch (Math.floor(r() * 23)) {
    case 18: {
      // the shared calendar used or not
      const i = pick(/^ {2}use: /);
      if (i >= 0) lines[i] = lines[i] === '  use: []' ? '  use: [site]' : '  use: []';
      break;
    }
    case 19:
      // an actual date (a task started, done, or its actuals removed)
      if (r() < 0.3) {
        const i = pick(/^    actual(Start|End): /);
        if (i >= 0) lines.splice(i, 1);
      } else {
        const i = pick(/^    status: /);
        if (i >= 0) lines.splice(i + 1, 0, `    ${r() < 0.6 ? 'actualStart' : 'actualEnd'}: ${['2027-01-11', '2027-02-15', '2027-03-02', '2027-02-30'][Math.floor(r() * 4)]}`);
      }
      break;
    case 21: {
      // a task's allocation changed, added or removed
      const i = pick(/^    allocation: /);
      if (i >= 0 && r() < 0.3) lines.splice(i, 1);
      else if (i >= 0) lines[i] = `    allocation: ${ALLOCATIONS[Math.floor(r() * ALLOCATIONS.length)]}`;
      else {
        const j = pick(/^    status: /);
        if (j >= 0) lines.splice(j + 1, 0, `    allocation: ${ALLOCATIONS[Math.floor(r() * ALLOCATIONS.length)]}`);
      }
      break;
    }
    case 22: {
      // a team member's leave
      const i = pick(/^  - \{ id: [a-z-]+, name: /);
      if (i >= 0) lines[i] = lines[i].replace(/, leave: (\[[^\]]*\])/, '').replace(/ }$/, r() < 0.3 ? ' }' : `, leave: ${LEAVE[Math.floor(r() * LEAVE.length)]} }`);
      break;
    }
    case 20:
      // the plan's halts (its people are free for other plans then)
      replaceValue(/^halts: /, HALTS);
      break;
    case 14:
      replaceValue(/^  holidays: /, HOLIDAYS.map((h) => `[${h}]`));
      break;
    case 15: {
      // a make-up working day, or China's calendar switched on or off (the region's holidays)
      const region = pick(/^ {2}(# )?region: CN$/);
      if (region >= 0 && r() < 0.4) lines[region] = lines[region].startsWith('  #') ? '  region: CN' : '  # region: CN';
      else replaceValue(/^  workdays: /, WORKDAYS.map((w) => `[${w}]`));
      break;
    }
    case 16:
      // the plan's title or id (other plans' messages name the plan)
      if (r() < 0.7) replaceValue(/^title: /, ['实施计划甲', '实施计划乙', '某银行日志平台实施']);
      else replaceValue(/^id: /, ['plan-a', 'plan-b', 'plan-c', 'plan-x']);
      break;
    case 17: {
      // a team member's name
      const i = pick(/^  - \{ id: [a-z-]+, name: /);
      if (i >= 0) lines[i] = lines[i].replace(/name: [^,]+/, `name: ${['张伟', '李娜', '成员5', '王芳'][Math.floor(r() * 4)]}`);
      break;
    }
    case 0:
    case 1:
    case 2: {
      // typing a character into a name (the common keystroke)
      const i = pick(/^    name: /);
      if (i >= 0) lines[i] += '补充说明'[Math.floor(r() * 4)];
      break;
    }
    case 3:
      replaceValue(/^    status: /, STATUSES);
      break;
    case 4:
      replaceValue(/^    progress: /, ['0', '50', '90', '100']);
      break;
    case 5:
      replaceValue(/^    owner: /, [...PEOPLE, 'nobody', 'cio-liu']);
      break;
    case 6:
      replaceValue(/^  - id: /, ['T1', 'T2', 'T5', 'TX', 'T9999']);
      break;
    case 7:
      replaceValue(/^    (duration|start|end): /, ['2d', '5d', '2027-01-02', '2027-03-15', '2027-08-01']);
      break;
    case 8:
      replaceValue(/^    dependsOn: /, ['[]', '[T1]', '[T3, T4]', '[T9999]']);
      break;
    case 9: {
      // a comment line, or a blank one, somewhere (lines move)
      const i = 1 + Math.floor(r() * (lines.length - 2));
      if (/^(  - |    |#|$)/.test(lines[i])) lines.splice(i, 0, r() < 0.5 ? '    # 备注' : '');
      break;
    }
    case 10: {
      // a task removed
      const i = pick(/^  - id: /);
      if (i >= 0) {
        let j = i + 1;
        while (j < lines.length && lines[j].startsWith('    ')) j++;
        lines.splice(i, j - i);
      }
      break;
    }
    case 11: {
      // a task copied (a duplicate id, a shifted index)
      const i = pick(/^  - id: /);
      if (i >= 0) {
        let j = i + 1;
        while (j < lines.length && lines[j].startsWith('    ')) j++;
        lines.splice(j, 0, ...lines.slice(i, j));
      }
      break;
    }
    case 12:
      replaceValue(/^(start|end): /, ['2027-01-04', '2027-02-01', '2027-05-30', '2027-12-31']);
      break;
    default: {
      // a team member's capacity or name
      const i = pick(/^  - \{ id: [a-z-]+, name: /);
      if (i >= 0) lines[i] = r() < 0.5 ? lines[i].replace(/, capacity: \d/, '') : lines[i].replace(/ }$/, ', capacity: 2 }').replace(/(, capacity: 2)+ }$/, ', capacity: 2 }');
    }
  }
  return lines.join('\n');
}

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

/** What an edit may write into a field of the example files, by key: ids of the folder, unknown ids, odd values. */
const VALUES: Record<string, string[]> = {
  id: ['T1', 'T2', 'R1', 'R9', 'C1', 'M1', 'S1', 'zhang', 'cio-liu', 'dup'],
  owner: ['zhang', 'li', 'wang', 'zhao', 'sun', 'cio-liu', 'sec-zhou', 'nobody'],
  source: ['cio-liu', 'ops-ma', 'sec-zhou', 'nobody'],
  requestedBy: ['sec-zhou', 'cio-liu', 'nobody'],
  reportsTo: ['cio-liu', 'sec-zhou', 'ops-ma', 'nobody'],
  requirement: ['R1', 'R2', 'R3', 'R99'],
  scenario: ['S1', 'S2', 'S9'],
  release: ['basic', 'standard', 'premium', 'unknown-release'],
  status: ['todo', 'doing', 'done', 'blocked', 'agreed', 'implemented', 'verified', 'draft', 'shipped'],
  done: ['true', 'false', 'tru'],
  required: ['true', 'false'],
  priority: ['must', 'should', 'could', 'wont', 'urgent'],
  type: ['functional', 'non-functional', 'other'],
  scope: ['in-contract', 'change-request', 'out-of-scope'],
  influence: ['high', 'medium', 'low'],
  interest: ['high', 'medium', 'low'],
  attitude: ['supporter', 'neutral', 'skeptic', 'blocker'],
  roles: ['[decision-maker]', '[user, approver]', '[]', '[technical-influencer]'],
  progress: ['0', '50', '100', '150'],
  duration: ['1d', '3d', '2w', '0d'],
  start: ['2026-11-20', '2026-12-01', '2027-01-10', '2027-02-30'],
  end: ['2026-12-18', '2027-03-31', '2026-11-01'],
  due: ['2026-12-04', '2027-03-24', '2027-01-27', 'soon'],
  date: ['2026-12-10', '2027-01-15'],
  dependsOn: ['[]', '[T1]', '[T2, T3]', '[T99]'],
  phase: ['intelligence', 'environment', 'closing', 'deployment', 'nowhere'],
  kind: ['poc', 'project', 'checklist'],
  actualStart: ['2027-01-05', '2027-01-18', '2027-13-01'],
  actualEnd: ['2027-01-08', '2027-01-26'],
  from: ['2027-01-11', '2027-02-01'],
  to: ['2027-01-15', '2027-02-05', '2027-01-01'],
  use: ['[site]', '[]', '[nowhere]'],
  region: ['CN', 'XX'],
  holidays: ['["2027-02-08..2027-02-10"]', '[2027-01-20]', '[]', '["2027-02-10..2027-02-01"]'],
  workdays: ['[2027-02-20]', '[]'],
  plan: ['plan-a', 'bank-log-impl', 'gone'],
  taken: ['2027-01-04', '2027-02-01', 'yesterday'],
  name: ['kickoff', '启动会', 'replan'],
};

const SITE_CALENDAR = 'kind: calendar\nid: site\ntitle: 客户机房日历\nregion: CN\nholidays: ["2027-02-08..2027-02-10", 2027-03-05]\nworkdays: [2027-02-20]\n';

/** One random edit of a YAML text of any kind: a field's value, typing, a line removed, copied or inserted. */
function editAny(text: string, r: () => number): string {
  const lines = text.split('\n');
  const i = Math.floor(r() * lines.length);
  const line = lines[i];
  const k = Math.floor(r() * 10);
  if (k < 5) {
    // A value of a `key: value` in the line (block or flow style).
    const fields = [...line.matchAll(/\b([A-Za-z]+): ((?:\[[^\]\n]*\])|[^,}\n]*)/g)];
    if (!fields.length) return text;
    const f = fields[Math.floor(r() * fields.length)];
    const pool = VALUES[f[1]];
    const at = f.index! + f[1].length + 2;
    const value = pool && r() < 0.8 ? pool[Math.floor(r() * pool.length)] : f[2].trimEnd() + '补充说明'[Math.floor(r() * 4)];
    lines[i] = line.slice(0, at) + value + (f[2].endsWith(' ') ? ' ' : '') + line.slice(at + f[2].length);
  } else if (k < 6) {
    if (!/^kind:/.test(line)) lines.splice(i, 1);
  } else if (k < 8) {
    // A list item copied (a duplicate id) or a comment or blank line inserted (lines move).
    if (/^\s*- /.test(line)) lines.splice(i, 0, line);
    else lines.splice(i, 0, r() < 0.5 ? '# 备注' : '');
  } else {
    // Typing at the end of the line.
    lines[i] = line + ['补', ' ', 'x', '1'][Math.floor(r() * 4)];
  }
  return lines.join('\n');
}

/** The kind of a file, from its name (`<name>.<kind>.yaml`). */
const kindOf = (uri: string) => /\.(\w+)\.ya?ml$/.exec(uri)![1];

/** Everything a client sees of a file's diagnostics (related places as ranges of their files). */
function published(ws: Workspace, uri: string): unknown[] {
  const file = ws.get(uri);
  if (!file) return [];
  const lines = lineIndexOf(file);
  return ws.check(uri).map((d) => ({
    ...d,
    span: { ...d.span },
    range: lines.range(d.span),
    related: d.related?.map((r) => ({ uri: r.uri, message: r.message, range: lineIndexOf(ws.get(r.uri)!).range(r.span) })),
  }));
}

/** How many random edits: a quick fixed-seed run in `npm test`; `npm run fuzz` sets POC_STUDIO_RANDOM_EDITS for a long one. */
const STEPS = Number(process.env.POC_STUDIO_RANDOM_EDITS) || 200;
/** POC_STUDIO_FUZZ_SEED replays a seed; POC_STUDIO_FUZZ_RANDOM=1 (`npm run fuzz`) draws one; else the fixed seed of `npm test`. */
const SEED = /^\d+$/.test(process.env.POC_STUDIO_FUZZ_SEED ?? '')
  ? Number(process.env.POC_STUDIO_FUZZ_SEED) >>> 0
  : process.env.POC_STUDIO_FUZZ_RANDOM === '1'
    ? (Date.now() ^ (process.pid << 16)) >>> 0
    : 20261121;

describe('incremental checking', () => {
  it('gives the diagnostics of a check from scratch after every edit of a random sequence', function () {
    this.timeout(Math.max(120_000, STEPS * 1000));
    // eslint-disable-next-line no-console
    if (SEED !== 20261121 || STEPS !== 200) console.log(`      random-edit seed ${SEED}, ${STEPS} edits (replay: POC_STUDIO_FUZZ_SEED=${SEED} POC_STUDIO_RANDOM_EDITS=${STEPS})`);
    const r = rng(SEED);
    const today = parseDate('2027-03-01');
    const uris = {
      a: 'file:///ws/a.project.yaml',
      b: 'file:///ws/b.project.yaml',
      c: 'file:///ws/c.project.yaml',
      s: 'file:///ws/people.stakeholders.yaml',
      cal: 'file:///ws/site.calendar.yaml',
      base: 'file:///ws/a.kickoff.baseline.yaml',
    };
    const texts: Record<string, string> = {
      [uris.a]: planText('plan-a', 320, r),
      [uris.b]: planText('plan-b', 60, r, PEOPLE.slice(0, 3)),
      [uris.c]: planText('plan-c', 40, r, PEOPLE.slice(2, 5), '2026'),
      [uris.s]: STAKEHOLDERS,
      [uris.cal]: SITE_CALENDAR,
    };
    // A baseline of plan a as first written (the product writes it; the edits then move the plan away from it).
    {
      const first = new Workspace({ today, locale: 'zh-CN' });
      first.set(uris.a, texts[uris.a]);
      const b = baselineOf(first.get(uris.a)!, { name: 'kickoff', taken: today!, locale: 'zh-CN' });
      assert.ok('text' in b);
      texts[uris.base] = b.text;
    }
    // The example folder: every kind, referencing each other (and, through ids, the plans above).
    const examples: string[] = [];
    for (const name of fs.readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const u = `file:///ws/examples/${name}`;
      examples.push(u);
      texts[u] = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
    }
    const allUris = Object.keys(texts);
    assert.deepStrictEqual([...new Set(allUris.map(kindOf))].sort(), ['baseline', 'calendar', 'checklist', 'poc', 'project', 'requirements', 'stakeholders']);
    const edited = new Map<string, number>();
    assert.ok(texts[uris.a].length > 24 * 1024, 'large enough to be parsed in chunks');
    const ws = new Workspace({ today, locale: 'zh-CN' });
    for (const [uri, text] of Object.entries(texts)) ws.set(uri, text);
    // What the client shows: as the server publishes, only the files that set() says may have changed.
    const shown = new Map<string, unknown[]>();
    for (const uri of Object.keys(texts)) shown.set(uri, published(ws, uri));

    let kinds = 0;
    let related = 0;
    const rulesSeen = new Set<string>();
    for (let step = 0; step < STEPS; step++) {
      // Often the large plan, then the other plans, the example files (every kind), the stakeholders.
      const x = r();
      const uri = x < 0.34 ? uris.a : x < 0.44 ? uris.b : x < 0.5 ? uris.c : x < 0.54 ? uris.s : x < 0.6 ? uris.cal : x < 0.64 ? uris.base : examples[Math.floor(r() * examples.length)];
      texts[uri] =
        uri === uris.s ? editStakeholders(texts[uri], r) : examples.includes(uri) || uri === uris.cal || uri === uris.base ? editAny(texts[uri], r) : edit(texts[uri], r);
      edited.set(kindOf(uri), (edited.get(kindOf(uri)) ?? 0) + 1);
      const { exportsChanged, people, citing } = ws.set(uri, texts[uri]);
      const recheck = exportsChanged ? ws.uris() : [uri, ...ws.filesBooking(people), ...citing];
      for (const u of new Set(recheck)) shown.set(u, published(ws, u));
      const fresh = new Workspace({ today, locale: 'zh-CN' });
      for (const [u, text] of Object.entries(texts)) fresh.set(u, text);
      for (const u of allUris) {
        const want = published(fresh, u);
        assert.deepStrictEqual(shown.get(u), want, `step ${step}: ${u} (edited ${uri})`);
        kinds += new Set(want.map((d) => (d as { rule: string }).rule)).size;
        for (const d of want) rulesSeen.add((d as { rule: string }).rule);
        related += want.filter((d) => (d as { related?: unknown[] }).related?.some((p) => (p as { uri: string }).uri !== u)).length;
      }
    }
    for (const kind of ['poc', 'project', 'stakeholders', 'requirements', 'checklist', 'calendar', 'baseline']) assert.ok((edited.get(kind) ?? 0) >= 5, `${kind} files edited (${edited.get(kind) ?? 0} times)`);
    assert.ok(kinds > 200, 'the plans have findings of several rules');
    for (const rule of ['baseline-slip', 'over-allocated', 'overdue', 'unknown-ref']) assert.ok(rulesSeen.has(rule), `${rule} findings`);
    assert.ok(related > 0, 'some findings point into another plan');
  });

  it('re-checks the plans when a stakeholders file turns broken or whole again with the same ids', () => {
    const ws = new Workspace({ today: parseDate('2027-03-01'), locale: 'en' });
    const plan = 'file:///ws/a.project.yaml';
    const people = 'file:///ws/p.stakeholders.yaml';
    const whole = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总 }\n';
    ws.set(plan, 'kind: project\nid: a\ntitle: A\ntasks:\n  - { id: T1, name: 部署, owner: nobody, duration: 1d }\n');
    ws.set(people, whole);
    const rules = () => ws.check(plan).map((d) => d.rule).filter((r) => r.startsWith('unknown-ref') || r === 'ref-unchecked');
    assert.deepStrictEqual(rules(), ['unknown-ref']);
    // A syntax error after the last id: the ids read are the same, but `nobody` may be defined past it.
    const broken = ws.set(people, `${whole}notes: [未完\n`);
    assert.strictEqual(broken.exportsChanged, true);
    assert.deepStrictEqual(rules(), ['ref-unchecked']);
    assert.strictEqual(ws.set(people, whole).exportsChanged, true);
    assert.deepStrictEqual(rules(), ['unknown-ref']);
  });

  it('derives a line index that equals one built from scratch', () => {
    const r = rng(7);
    let text = Array.from({ length: 200 }, (_, i) => `line ${i}${i % 7 === 0 ? '' : ' 文本'}`).join('\n');
    let li = new LineIndex(text);
    for (let step = 0; step < 500; step++) {
      const at = Math.floor(r() * (text.length + 1));
      const del = r() < 0.4 ? Math.floor(r() * 12) : 0;
      const ins = ['', 'x', '\n', '\n\n', '补', 'ab\ncd', '\r\n'][Math.floor(r() * (step > 450 ? 7 : 6))];
      text = text.slice(0, at) + ins + text.slice(at + del);
      li = LineIndex.derive(li, text);
      const ref = new LineIndex(text);
      assert.strictEqual(li.lineCount, ref.lineCount, `step ${step}`);
      for (let line = 0; line < ref.lineCount; line++) assert.strictEqual(li.lineStart(line), ref.lineStart(line), `step ${step} line ${line}`);
      for (let k = 0; k < 20; k++) {
        const o = Math.floor(r() * (text.length + 1));
        assert.deepStrictEqual(li.positionAt(o), ref.positionAt(o));
      }
    }
  });
});
