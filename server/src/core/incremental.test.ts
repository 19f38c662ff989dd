/**
 * Incremental checking must never show: a workspace that has seen every earlier version of a file
 * (chunk cache, reused tasks and schedule, per-task rule findings, rule memos, derived line index)
 * gives exactly the diagnostics of a fresh workspace that checks the same texts from scratch.
 */
import * as assert from 'assert';
import { Workspace } from './workspace';
import { lineIndexOf } from './file';
import { LineIndex } from './text';
import { parseDate } from './dates';
import { rng } from './testing';

const PEOPLE = ['zhang-wei', 'li-na', 'wang-fang', 'liu-yang', 'chen-jie', 'zhao-lei'];
const STATUSES = ['todo', 'doing', 'done', 'cancelled', 'blocked'];
const NAMES = ['环境部署', '日志接入', '报表开发', '告警配置', '性能测试', '用户培训', '数据迁移', '验收准备'];

/** A plan large enough to be parsed in chunks, with findings of many rules (overlaps, overdue, duplicates …). */
function planText(id: string, tasks: number, r: () => number, people = PEOPLE): string {
  const L: string[] = [`# 计划 ${id}`, 'kind: project', `id: ${id}`, `title: 实施计划 ${id}`, 'start: 2027-01-04', 'end: 2027-06-30', 'team:'];
  for (const p of people) L.push(`  - { id: ${p}, name: 成员${p.length}, role: 实施工程师${r() < 0.2 ? ', capacity: 2' : ''} }`);
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
    if (r() < 0.05) L.push('    # 与客户确认中');
  }
  return L.join('\n') + '\n';
}

const STAKEHOLDERS = 'stakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker] }\n  - { id: li-na, name: 李娜, roles: [user] }\n';

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
  switch (Math.floor(r() * 14)) {
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

/** Everything a client sees of a file's diagnostics. */
function published(ws: Workspace, uri: string): unknown[] {
  const file = ws.get(uri);
  if (!file) return [];
  const lines = lineIndexOf(file);
  return ws.check(uri).map((d) => ({ ...d, span: { ...d.span }, range: lines.range(d.span) }));
}

describe('incremental checking', () => {
  it('gives the diagnostics of a check from scratch after every edit of a random sequence', function () {
    this.timeout(120_000);
    const r = rng(20261121);
    const today = parseDate('2027-03-01');
    const uris = {
      a: 'file:///ws/a.project.yaml',
      b: 'file:///ws/b.project.yaml',
      s: 'file:///ws/people.stakeholders.yaml',
    };
    const texts: Record<string, string> = {
      [uris.a]: planText('plan-a', 320, r),
      [uris.b]: planText('plan-b', 60, r, PEOPLE.slice(0, 3)),
      [uris.s]: STAKEHOLDERS,
    };
    assert.ok(texts[uris.a].length > 24 * 1024, 'large enough to be parsed in chunks');
    const ws = new Workspace({ today, locale: 'zh-CN' });
    for (const [uri, text] of Object.entries(texts)) ws.set(uri, text);
    for (const uri of Object.keys(texts)) ws.check(uri);

    let kinds = 0;
    for (let step = 0; step < 200; step++) {
      // Mostly the large plan, sometimes the other plan (bookings and ids seen from the first change).
      const uri = r() < 0.85 ? uris.a : uris.b;
      texts[uri] = edit(texts[uri], r);
      ws.set(uri, texts[uri]);
      const fresh = new Workspace({ today, locale: 'zh-CN' });
      for (const [u, text] of Object.entries(texts)) fresh.set(u, text);
      for (const u of [uris.a, uris.b]) {
        const got = published(ws, u);
        assert.deepStrictEqual(got, published(fresh, u), `step ${step}: ${u}`);
        kinds += new Set(got.map((d) => (d as { rule: string }).rule)).size;
      }
    }
    assert.ok(kinds > 200, 'the plans have findings of several rules');
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
