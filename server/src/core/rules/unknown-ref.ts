/*
 * unknown-ref — a reference that names an id that does not exist (DOMAIN.md, id scopes).
 *
 * Decisions on edge cases:
 * - Blank references (`owner: ""`) are not references: nothing to resolve (schema/other rules
 *   deal with missing values). Wrong-typed values are absent from the model and skipped.
 * - Ids are compared exactly (case-sensitive); `Zhang` for `zhang` is reported with the
 *   suggestion 'zhang'.
 * - References are reported even when the workspace has no file of the target kind at all
 *   (e.g. no *.requirements.yaml): the message then says so, as the fix is to add that file.
 * - An id defined twice still exists (duplicate-id reports the duplicate).
 * - `change.requestedBy` resolves like an owner (team id of the same file, else stakeholder id).
 * - `weeklyReports[].hours` keys are reported at the key (the key is the reference).
 * - Per-task hours (`hours: { zhao: { P44: 16 } }`): each task key is a task reference of the
 *   same file, reported at the key with the nearest task id (schema: x-ref on the nested keys).
 * - `delays[].affects` may name the plan's own id; that resolves.
 * - The suggestion comes from ctx.index.suggest, but is dropped when the edit distance is not
 *   smaller than the shorter id (similar.ts would offer 'li' for '王五': both 2 characters).
 * - data: { refKind, field, value, suggestion? } — `suggestion` only when a near id exists.
 * - An id that could be defined in a file of the workspace that cannot be read whole (unreadable:
 *   binary, too large, undecodable; or a YAML syntax error, its model partial) is not reported:
 *   nobody knows whether it exists. ref-unchecked says instead that the defining file is broken.
 *   (A GBK or UTF-16 file is decoded and read: its ids exist.)
 */
import type { Localized } from '../types';
import type { RuleContext } from './api';
import { defineRule, say } from './api';
import { symbolsOf, type RefKind, type SymbolDef, type SymbolRef } from '../symbols';
import { brokenDefiners, brokenKey } from './_refs-util';

interface Args {
  where: Localized;
  value: string;
  expected: Localized;
  suggestion?: string;
  fix: Localized;
}

const messages = {
  unknown: {
    en: (a: Args) =>
      `${a.where.en} '${a.value}' is not ${a.expected.en}: ` +
      (a.suggestion !== undefined ? `did you mean '${a.suggestion}'?` : `no such id exists. ${a.fix.en}`),
    'zh-CN': (a: Args) =>
      `${a.where['zh-CN']} '${a.value}' 不是${a.expected['zh-CN']}。` +
      (a.suggestion !== undefined ? `是否应为 '${a.suggestion}'？` : `不存在该 id，${a.fix['zh-CN']}`),
  },
};

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

const EXPECTED: Record<RefKind, Localized> = {
  owner: L('a team member of this file or a stakeholder of the workspace', '本文件的团队成员或工作区中的干系人'),
  'checklist-owner': L('a team member of any plan or a stakeholder of the workspace', '任一计划的团队成员或工作区中的干系人'),
  requester: L('a stakeholder of the workspace or a team member of this file', '工作区中的干系人或本文件的团队成员'),
  task: L('a task of this file', '本文件中的任务'),
  requirement: L('a requirement of the workspace', '工作区中的需求'),
  stakeholder: L('a stakeholder of the workspace', '工作区中的干系人'),
  scenario: L('a scenario of this file', '本文件中的场景'),
  plan: L('a POC or project id of the workspace', '工作区中的 POC 或项目 id'),
  team: L('a team member of this file', '本文件的团队成员'),
  release: L('a release of the workspace', '工作区中的版本（release）'),
  calendar: L('a shared calendar of the workspace', '工作区中的共享日历'),
  change: L('a change request of this file', '本文件中的变更'),
};

function fixFor(kind: RefKind, value: string, ctx: RuleContext): Localized {
  const noFile = (suffix: string, zhWhat: string, enWhat: string): Localized | undefined => {
    const has = ctx.index.files.some((f) => f.kind === suffix);
    return has
      ? undefined
      : L(
          `The workspace folder has no *.${suffix}.yaml file: add one that defines ${enWhat} '${value}', or correct the id.`,
          `工作区中没有 *.${suffix}.yaml 文件：请添加该文件并定义${zhWhat} '${value}'，或改正 id。`,
        );
  };
  switch (kind) {
    case 'owner':
    case 'requester':
      return L(
        `Add '${value}' to team: of this file or to a *.stakeholders.yaml file, or correct the id.`,
        `请把 '${value}' 加入本文件的团队，或加入干系人文件，或改正 id。`,
      );
    case 'checklist-owner':
      return L(
        `Add '${value}' to the team: of a plan or to a *.stakeholders.yaml file, or correct the id.`,
        `请把 '${value}' 加入某个计划的团队，或加入干系人文件，或改正 id。`,
      );
    case 'task':
      return L(`Add a task with id '${value}' to tasks:, or correct the id.`, `请在任务列表中添加 id 为 '${value}' 的任务，或改正 id。`);
    case 'requirement':
      return (
        noFile('requirements', '需求', 'requirement') ??
        L(`Add requirement '${value}' to a *.requirements.yaml file, or correct the id.`, `请在需求文件中添加需求 '${value}'，或改正 id。`)
      );
    case 'stakeholder':
      return (
        noFile('stakeholders', '干系人', 'stakeholder') ??
        L(`Add stakeholder '${value}' to a *.stakeholders.yaml file, or correct the id.`, `请在干系人文件中添加干系人 '${value}'，或改正 id。`)
      );
    case 'scenario':
      return L(`Add a scenario with id '${value}' to scenarios:, or correct the id.`, `请在场景列表中添加 id 为 '${value}' 的场景，或改正 id。`);
    case 'plan':
      return L(
        `No *.poc.yaml or *.project.yaml file of the workspace has id: ${value}; correct the id.`,
        `工作区中没有 id 为 ${value} 的 POC 或实施项目计划，请改正 id。`,
      );
    case 'team':
      return L(`Add '${value}' to team:, or correct the id.`, `请把 '${value}' 加入团队成员，或改正 id。`);
    case 'release':
      return L(
        `Add a release with id '${value}' to releases: of a *.project.yaml file (e.g. 基础版/标准版/高级版), or correct the id.`,
        `请在实施项目计划的版本规划中添加 id 为 '${value}' 的版本（如基础版、标准版、高级版），或改正 id。`,
      );
    case 'change':
      return L(`Add a change with id '${value}' to changes: of this file, or correct the id.`, `请在本文件的变更记录中添加 id 为 '${value}' 的变更，或改正 id。`);
    case 'calendar':
      return (
        noFile('calendar', '共享日历', 'calendar') ??
        L(`Add a *.calendar.yaml file with id: ${value}, or correct the id.`, `请添加 id 为 ${value} 的共享日历文件，或改正 id。`)
      );
  }
}

export const rule = defineRule({
  id: 'unknown-ref',
  defaultSeverity: 'error',
  description: {
    en: 'An owner, dependsOn, requirement, stakeholder, scenario, task, plan, team or release id that does not exist (with the nearest id).',
    'zh-CN': '引用了不存在的 id（负责人、前置任务、需求、干系人、场景、任务、项目、团队成员或版本），并给出最接近的 id。',
  },
  check(ctx) {
    const { defs, refs } = symbolsOf(ctx.file);
    // A reference's verdict depends on its kind and id, this file's definitions and the ids other
    // files show (WorkspaceIndex.idsVersion): while neither changed, the last check's verdicts stand.
    // References of unchanged tasks are the same objects as last time (symbols.ts): their verdicts
    // are found by position, the others by kind and id.
    const version = ctx.index.idsVersion;
    const broken = brokenKey(ctx.index);
    const prev = ctx.memo?.get('verdicts') as Verdicts | undefined;
    const valid = version !== undefined && prev !== undefined && prev.version === version && prev.broken === broken && sameDefs(prev.defs, defs);
    // Verdicts by kind and id carry over while valid. Typing an id letter by letter adds one per
    // letter: keys are copied (a key sliced from the text would keep that version's whole text
    // alive), and past PRUNE_AFTER additions the map is rebuilt from the ids referred to now.
    const byKind = valid ? prev.byKind : new Map<RefKind, Map<string, Verdict>>();
    let added = valid ? prev.added : 0;
    const verdicts: Verdict[] = new Array(refs.length);
    const shift = valid ? prev.refs.length - refs.length : 0;
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      let v: Verdict | undefined;
      if (valid) {
        if (prev.refs[i] === r) v = prev.verdicts[i];
        else if (prev.refs[i + shift] === r) v = prev.verdicts[i + shift];
      }
      if (v === undefined) {
        let byId = byKind.get(r.kind);
        if (!byId) byKind.set(r.kind, (byId = new Map()));
        v = byId.get(r.id);
        if (v === undefined) {
          const table = ctx.index.symbols();
          v = table.exists(ctx.file, r)
            ? RESOLVES
            : brokenDefiners(ctx.index, r.kind).length
              ? UNCHECKED
              : { suggestion: ctx.index.suggest(r.id, table.candidates(ctx.file, r.kind)), fix: fixFor(r.kind, r.id, ctx) };
          byId.set(ownCopy(r.id), v);
          added++;
        }
      }
      verdicts[i] = v;
      if (v === RESOLVES || v === UNCHECKED) continue;
      const { suggestion, fix } = v;
      const args: Args = { where: r.where, value: r.id, expected: EXPECTED[r.kind], suggestion, fix };
      const data: Record<string, unknown> = { refKind: r.kind, field: r.field, value: r.id };
      if (suggestion !== undefined) data.suggestion = suggestion;
      ctx.report(r.span, say(messages.unknown, args), data);
    }
    if (added > PRUNE_AFTER) {
      byKind.clear();
      for (let i = 0; i < refs.length; i++) {
        let byId = byKind.get(refs[i].kind);
        if (!byId) byKind.set(refs[i].kind, (byId = new Map()));
        if (!byId.has(refs[i].id)) byId.set(ownCopy(refs[i].id), verdicts[i]);
      }
      added = 0;
    }
    if (version !== undefined) ctx.memo?.set('verdicts', { version, broken, defs, byKind, refs, verdicts, added });
  },
});

type Verdict = typeof RESOLVES | typeof UNCHECKED | { suggestion?: string; fix: Localized };

/** New verdicts by id before the map is rebuilt from the ids referred to now. */
const PRUNE_AFTER = 32;

/** A copy of a short string that shares no storage with the text it was read from. */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
const RESOLVES = 'resolves';
/** Unknown, but a file that may define it is broken (ref-unchecked reports it). */
const UNCHECKED = 'unchecked';

interface Verdicts {
  version: number;
  broken: string;
  defs: readonly SymbolDef[];
  byKind: Map<RefKind, Map<string, Verdict>>;
  refs: readonly SymbolRef[];
  verdicts: Verdict[];
  /** Verdicts added since the map was last rebuilt. */
  added: number;
}

function sameDefs(a: readonly SymbolDef[], b: readonly SymbolDef[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i].kind !== b[i].kind || a[i].id !== b[i].id)) return false;
  return true;
}
