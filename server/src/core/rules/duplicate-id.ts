/*
 * duplicate-id — the same id twice where ids must be unique (DOMAIN.md, id scopes).
 *
 * Decisions on edge cases:
 * - Workspace scopes (plan `id` of poc/project files, stakeholder ids, requirement ids): every
 *   occurrence is reported, in every file, naming all the other places as `file:line` (also when
 *   the other place is in the same file).
 * - File scopes (task, team, scenario, criterion, risk, change, release, acceptance item,
 *   checklist item): the first occurrence is the definition; every later one is reported,
 *   naming the first's line.
 * - Each scope is its own namespace: a task T1 and a risk T1 do not clash; a poc id and a
 *   checklist id do not clash. Checklist `id`s are not checked (the same template, e.g.
 *   `closing`, may serve several projects of one folder); release ids are unique per file only
 *   (each project has its own 基础版/标准版/高级版).
 * - The same team id in two plans is the same person (DOMAIN.md), never a duplicate.
 * - Ids compare exactly (case-sensitive, like references); blank ids are ignored. Numeric ids
 *   are compared as their text (`1` and `"1"` clash).
 * - data: workspace scopes { id, scope, others: [{ file, line }] }; file scopes { id, scope, firstLine }.
 */
import type { Field } from '../model';
import type { Localized } from '../types';
import type { ArtifactFile } from './api';
import type { Defined } from '../workspace-index';
import { defineRule, say } from './api';
import { idOf, lineOf } from './_refs-util';

type Scope =
  | 'plan'
  | 'stakeholder'
  | 'requirement'
  | 'task'
  | 'team'
  | 'scenario'
  | 'criterion'
  | 'risk'
  | 'change'
  | 'release'
  | 'acceptance'
  | 'checklist-item';

const NOUN: Record<Scope, Localized> = {
  plan: { en: 'POC/project', 'zh-CN': 'POC/项目' },
  stakeholder: { en: 'stakeholder', 'zh-CN': '干系人' },
  requirement: { en: 'requirement', 'zh-CN': '需求' },
  task: { en: 'task', 'zh-CN': '任务' },
  team: { en: 'team member', 'zh-CN': '团队成员' },
  scenario: { en: 'scenario', 'zh-CN': '场景' },
  criterion: { en: 'success criterion', 'zh-CN': '成功标准' },
  risk: { en: 'risk', 'zh-CN': '风险' },
  change: { en: 'change', 'zh-CN': '变更' },
  release: { en: 'release', 'zh-CN': '版本' },
  acceptance: { en: 'acceptance item', 'zh-CN': '验收项' },
  'checklist-item': { en: 'checklist item', 'zh-CN': '检查项' },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Place {
  file: string;
  line: number;
}

const messages = {
  workspace: {
    en: (a: { noun: Localized; id: string; others: Place[] }) =>
      `${cap(a.noun.en)} id '${a.id}' is also defined at ${a.others.map((o) => `${o.file}:${o.line}`).join(', ')}: ` +
      `${a.noun.en} ids must be unique across the workspace folder. Rename one of them and update its references.`,
    'zh-CN': (a: { noun: Localized; id: string; others: Place[] }) =>
      `${a.noun['zh-CN']} id '${a.id}' 重复：另见 ${a.others.map((o) => `${o.file} 第 ${o.line} 行`).join('、')}。` +
      `${a.noun['zh-CN']} id 在整个工作区内必须唯一，请重命名其中一个并更新引用。`,
  },
  file: {
    en: (a: { noun: Localized; id: string; firstLine: number }) =>
      `${cap(a.noun.en)} id '${a.id}' is already used on line ${a.firstLine}: ` +
      `${a.noun.en} ids must be unique within the file. Rename this one (references to '${a.id}' point to the first).`,
    'zh-CN': (a: { noun: Localized; id: string; firstLine: number }) =>
      `${a.noun['zh-CN']} id '${a.id}' 重复：第 ${a.firstLine} 行已使用。` +
      `同一文件内${a.noun['zh-CN']} id 必须唯一，请重命名此处（对 '${a.id}' 的引用都指向第一个）。`,
  },
};

export const rule = defineRule({
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: {
    en: 'The same id twice where ids must be unique (plan, stakeholder and requirement ids in the workspace; task, team, scenario, criterion, risk, change, release, acceptance and checklist-item ids in a file).',
    'zh-CN': '在要求唯一的范围内出现重复 id（计划、干系人、需求 id 在工作区内唯一；任务、团队成员、场景、成功标准、风险、变更、版本、验收项、检查项 id 在文件内唯一）。',
  },
  check(ctx) {
    const { file, index } = ctx;
    const m = file.model;

    const workspaceScope = (scope: Scope, ids: (Field<string> | undefined)[], defs: Map<string, Defined<unknown>[]>) => {
      for (const f of ids) {
        const id = idOf(f);
        if (id === undefined) continue;
        const all = defs.get(id) ?? [];
        const others = all.filter((d) => !(sameFile(d.file, file) && d.id.span.start === f!.span.start));
        if (others.length === 0) continue;
        // File path, then position (the same whichever file the workspace read first).
        const places: Place[] = others
          .map((d) => ({ uri: d.file.uri, file: d.file.name, line: lineOf(d.file, d.id.span) }))
          .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line))
          .map(({ file, line }) => ({ file, line }));
        ctx.report(f!.span, say(messages.workspace, { noun: NOUN[scope], id, others: places }), { id, scope, others: places });
      }
    };

    const fileScope = (scope: Scope, fields: (Field<string> | undefined)[]) => {
      // Which occurrence repeats which depends on the ids alone: when they are the ids of the last
      // check (an edit that touched no id), its pairs stand; lines and spans are read afresh.
      const ids = fields.map(idOf);
      const memo = ctx.memo as Map<string, { ids: (string | undefined)[]; pairs: [number, number][] }> | undefined;
      const prev = memo?.get(scope);
      let pairs: [number, number][];
      if (prev && prev.ids.length === ids.length && prev.ids.every((id, i) => id === ids[i])) pairs = prev.pairs;
      else {
        pairs = [];
        const first = new Map<string, number>();
        ids.forEach((id, i) => {
          if (id === undefined) return;
          const at = first.get(id);
          if (at === undefined) first.set(id, i);
          else pairs.push([i, at]);
        });
      }
      memo?.set(scope, { ids, pairs });
      for (const [i, at] of pairs) {
        const id = ids[i]!;
        const firstLine = lineOf(file, fields[at]!.span);
        ctx.report(fields[i]!.span, say(messages.file, { noun: NOUN[scope], id, firstLine }), { id, scope, firstLine });
      }
    };

    switch (m.kind) {
      case 'poc':
      case 'project':
        workspaceScope('plan', [m.id], index.plans as Map<string, Defined<unknown>[]>);
        fileScope('team', m.team.items.map((x) => x.id));
        fileScope('scenario', m.scenarios.items.map((x) => x.id));
        fileScope('criterion', m.successCriteria.items.map((x) => x.id));
        fileScope('task', m.tasks.items.map((x) => x.id));
        fileScope('risk', m.risks.items.map((x) => x.id));
        fileScope('release', m.releases.items.map((x) => x.id));
        fileScope('change', m.changes.items.map((x) => x.id));
        fileScope('acceptance', (m.acceptance?.items.items ?? []).map((x) => x.id));
        break;
      case 'stakeholders':
        workspaceScope('stakeholder', m.stakeholders.items.map((x) => x.id), index.stakeholders as Map<string, Defined<unknown>[]>);
        break;
      case 'requirements':
        workspaceScope('requirement', m.requirements.items.map((x) => x.id), index.requirements as Map<string, Defined<unknown>[]>);
        break;
      case 'checklist':
        fileScope('checklist-item', m.items.map((x) => x.id));
        break;
    }
  },
});

function sameFile(a: ArtifactFile, b: ArtifactFile): boolean {
  return a === b || a.uri === b.uri;
}
