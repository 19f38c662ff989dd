/**
 * Completion: the keys valid at the cursor (with their meaning, objects and lists as snippets with
 * their structure, a whole new list item with its required and usual fields), enum values and
 * booleans, ids that fit the field (from the workspace's symbol table; for `dependsOn` never one
 * that would make a cycle) and dates (today, the plan's start and end).
 *
 * Cost per request: `markerContext` parses the text with a marker at the cursor: only the item
 * under the cursor when it is in a top-level list (a task, a stakeholder …), else the whole text,
 * O(file) (see cursor.ts). Id candidates come from the cached symbol table, each described in one
 * line and a Markdown card (O(candidates)); the dependsOn cycle filter walks the file's dependsOn
 * references once, O(tasks of the file).
 *
 * Multi-line insert texts are written relative to the cursor line: the client adds the line's
 * indentation to each following line (LSP InsertTextMode.adjustIndentation, VS Code's default).
 */
import * as YAML from 'yaml';
import { SCHEMAS } from '../schema-check';
import { symbolsOf, TARGETS, type DefKind, type Located, type RefKind, type SymbolDef } from '../symbols';
import { formatDate, type Day } from '../dates';
import { isPlan } from '../model';
import type { Locale } from '../types';
import type { CompletionEntry, FeatureContext } from './types';
import { itemValues, markerContext, MARKER, valueIn, type CursorContext } from './cursor';
import { LISTS, refFieldAt, refKeyAt, pathPattern } from '../schema-tables';
import { schemaAt, splitDescription, type PathSeg, type PropertyInfo, type SchemaNode } from './schema-nav';
import { describeDef } from './hover';
import { DURATIONS, fittingValues, isDurationPattern, previousTaskId, type PlanKind } from './completion-fit';
import { esc, escChoice, nextId, preview, SnippetBuilder, yamlScalar, type SnippetEnv } from './completion-snippets';

export { nextId, yamlScalar } from './completion-snippets';

type Say = (en: string, zh: string) => string;

interface Env {
  ctx: FeatureContext;
  c: CursorContext;
  t: Say;
  /** Set when a list was cut: the client should ask again as the user types. */
  incomplete?: boolean;
  /** The kind of plan the file is (a checklist: the kind of its plan), for the task phases. */
  plan: PlanKind;
}

/** The allowed values of a node that fit the file (task phases of its plan's kind). */
const valuesOf = (env: Env, node: SchemaNode) => fittingValues(node.enumValues(), env.plan);

const snippetEnv = (env: Env): SnippetEnv => ({ today: env.ctx.ws.today, values: (node) => valuesOf(env, node) });

/**
 * At most this many ids are offered at once (a plan may have thousands of tasks): those matching
 * the typed word, best first; the list is marked incomplete so that typing narrows it.
 */
export const MAX_ID_ENTRIES = 100;

const pad = (n: number) => String(n).padStart(4, '0');

/** The name part of a field description: "负责人：本文件…" → "负责人", "Owner: a team id…" → "Owner". */
function fieldName(node: SchemaNode, locale: Locale): string | undefined {
  const d = node.description;
  if (!d) return undefined;
  if (locale === 'zh-CN') return d['zh-CN'].split(/[：，。（(；;]/)[0].trim() || undefined;
  return (
    d.en
      .split(/:\s|,\s|\.\s|\s\(|;\s/)[0]
      .replace(/\.$/, '')
      .trim() || undefined
  );
}

function fieldDoc(node: SchemaNode, required: boolean, env: Env): string {
  const { t } = env;
  const locale = env.ctx.locale;
  const parts: string[] = [];
  if (node.description) parts.push(node.description[locale]);
  if (required) parts.push(t('Required.', '必填。'));
  const values = valuesOf(env, node);
  if (values.length > 1) {
    parts.push(values.map((v) => `- \`${v.value}\`${v.description ? ` ${v.description[locale]}` : ''}`).join('\n'));
  }
  return parts.join('\n\n');
}

/** The `id`s of the mappings of the list at `path` in the file's converted data. */
function rawListIds(root: unknown, path: readonly PathSeg[]): string[] {
  let v: unknown = root;
  for (const seg of path) {
    if (typeof seg === 'number') v = Array.isArray(v) ? v[seg] : undefined;
    else v = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[seg] : undefined;
  }
  if (!Array.isArray(v)) return [];
  return v.flatMap((item) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : []));
}

function fileItemIds(env: Env): string[] {
  return symbolsOf(env.ctx.file)
    .defs.filter((d) => d.kind === 'checklist-item')
    .map((d) => d.id);
}

/** Snippets for a whole new item of the list at `listPath` (one per variant: a checklist item or a group). */
function itemSnippets(env: Env, itemNode: SchemaNode, listPath: readonly PathSeg[], ids: readonly string[], withDash: boolean): CompletionEntry[] {
  const { c, t } = env;
  const key = pathPattern(listPath);
  const info = LISTS[key];
  const out: CompletionEntry[] = [];
  const rel = ' '.repeat(Math.max(0, c.column - c.lineIndent));
  itemNode.variants().forEach((variant, vi) => {
    const props = variant.properties().map((p) => p.name);
    const isGroup = props.includes('group') && props.includes('items');
    const after = key === 'tasks' ? previousTask(env) : undefined;
    const usual = isGroup ? ['group', 'items'] : [...(info?.fields ?? props.slice(0, 4)), ...(after !== undefined ? ['dependsOn'] : [])];
    const names = [...variant.required().filter((r) => !usual.includes(r)), ...usual].filter((n) => props.includes(n));
    if (!names.length) return;
    const b = new SnippetBuilder(snippetEnv(env), nextId(ids, info?.idPrefix ?? (isGroup ? 'C' : undefined)), after);
    let body: string;
    if (c.flow) body = `{ ${b.fields(variant, names, true, '')} }`;
    else if (withDash) body = `- ${b.fields(variant, names, false, `${rel}  `)}`;
    else body = b.fields(variant, names, false, rel);
    const noun: readonly [string, string] = isGroup ? ['group of checklist items', '检查项分组'] : info?.noun ?? ['item', '列表项'];
    out.push({
      label: t(`new ${noun[0]}`, `新${noun[1]}`),
      kind: 'snippet',
      detail: names.join(', '),
      documentation: '```yaml\n' + preview(body) + '\n```',
      insertText: body,
      snippet: true,
      replace: c.span,
      sortText: `0${vi}`,
      filterText: `${noun[0]} ${noun[1]}`,
    });
  });
  return out;
}

/** The id of the task above the cursor in the plan's task list (the one a new task waits for). */
function previousTask(env: Env): string | undefined {
  const m = env.ctx.file.model;
  if (!isPlan(m)) return undefined;
  const above = m.tasks.items.filter((t) => t.span.end <= env.c.span.start);
  return previousTaskId(above.map((t) => (t.id?.value.trim() ? t.id.value : undefined)), above.length);
}

// ---------------------------------------------------------------- keys

function keyInsert(p: PropertyInfo, env: Env, ids: readonly string[]): { text: string; snippet: boolean } {
  const ins = keyInsertText(p, env, ids);
  // Before another entry of the same `{ … }`: close this one with a comma.
  if (env.c.flow && env.c.entryFollows && !env.c.hasColon) {
    return ins.snippet ? { text: `${ins.text}, `, snippet: true } : { text: `${esc(ins.text)}$1, `, snippet: true };
  }
  return ins;
}

function keyInsertText(p: PropertyInfo, env: Env, ids: readonly string[]): { text: string; snippet: boolean } {
  const { c } = env;
  const name = p.name;
  if (c.hasColon) return { text: name, snippet: false };
  const n = p.node;
  const values = valuesOf(env, n);
  const objectOnly = n.isCollectionOnly() && n.isObject() && !n.isArray();
  const arrayOnly = n.isCollectionOnly() && n.isArray() && !n.isObject();
  if (values.length === 1) return { text: `${name}: ${yamlScalar(values[0].value, false)}`, snippet: false };
  if (values.length > 1) return { text: `${esc(name)}: \${1|${values.map((v) => escChoice(yamlScalar(v.value, false))).join(',')}|}`, snippet: true };
  if (n.isBoolean() && n.types.length === 1) return { text: `${esc(name)}: \${1|true,false|}`, snippet: true };
  if (c.flow) {
    if (objectOnly) return { text: `${esc(name)}: { $1 }`, snippet: true };
    if (arrayOnly) return { text: `${esc(name)}: [$1]`, snippet: true };
    return { text: `${name}: `, snippet: false };
  }
  const rel = ' '.repeat(Math.max(0, c.column - c.lineIndent));
  if (objectOnly) {
    const req = n.required();
    const b = new SnippetBuilder(snippetEnv(env));
    const body = req.length ? b.fields(n, req, false, `${rel}  `) : '$1';
    return { text: `${esc(name)}:\n${rel}  ${body}`, snippet: true };
  }
  if (arrayOnly) {
    const items = n.child(0);
    if (items?.isObject() && items.properties().length) {
      const [variant] = items.variants();
      const listKey = pathPattern([...c.path.filter((s) => typeof s === 'string'), name]);
      const info = LISTS[listKey] ?? LISTS[name];
      const props = variant.properties().map((x) => x.name);
      const names = [...variant.required().filter((r) => !(info?.fields ?? []).includes(r)), ...(info?.fields ?? props.slice(0, 3))].filter((x) => props.includes(x));
      const b = new SnippetBuilder(snippetEnv(env), nextId(ids, info?.idPrefix));
      return { text: `${esc(name)}:\n${rel}  - ${b.fields(variant, names, false, `${rel}    `)}`, snippet: true };
    }
    return { text: `${esc(name)}: [$1]`, snippet: true };
  }
  return { text: `${name}: `, snippet: false };
}

function keyEntries(env: Env, node: SchemaNode, taken: ReadonlySet<string>): CompletionEntry[] {
  const { c, ctx } = env;
  // Ids already used by the items of a new list (checklist item ids are unique across the groups).
  const ids = ctx.file.model.kind === 'checklist' ? fileItemIds(env) : [];
  return node
    .properties()
    .filter((p) => !taken.has(p.name) && p.name !== MARKER)
    .map((p, i) => {
      const ins = keyInsert(p, env, ids);
      return {
        label: p.name,
        kind: 'key' as const,
        detail: fieldName(p.node, ctx.locale),
        documentation: fieldDoc(p.node, p.required, env),
        insertText: ins.text,
        ...(ins.snippet ? { snippet: true } : {}),
        replace: c.span,
        sortText: `${p.required ? 1 : 2}${pad(i)}`,
      };
    });
}

/** Skeletons of a whole file (the schema's defaultSnippets), offered in an empty document. */
function skeletons(env: Env): CompletionEntry[] {
  const { c, ctx, t } = env;
  const snippets = (SCHEMAS[ctx.file.kind] as { defaultSnippets?: { label?: string; description?: string; body?: unknown }[] }).defaultSnippets ?? [];
  return snippets
    .filter((s) => s.body && typeof s.body === 'object')
    .map((s, i) => {
      const d = splitDescription(s.description);
      return {
        label: t(d?.en ?? s.label ?? 'skeleton', s.label ?? d?.['zh-CN'] ?? '骨架'),
        kind: 'snippet' as const,
        detail: d?.[ctx.locale],
        insertText: YAML.stringify(s.body, { flowCollectionPadding: true }),
        replace: c.span,
        sortText: `0${i}`,
      };
    });
}

// ---------------------------------------------------------------- ids

interface Candidate {
  loc: Located<SymbolDef>;
  tier: number;
}

/** Definitions a reference of this kind may name, best first (the team of this file before stakeholders). */
function candidates(env: Env, kind: RefKind): Candidate[] {
  const { ctx } = env;
  const file = ctx.file;
  const table = ctx.ws.index().symbols();
  let tiers: { kind: DefKind; sameFile: boolean }[] = TARGETS[kind];
  if (kind === 'requester') tiers = [...tiers].sort((a, b) => (a.kind === 'team' ? -1 : b.kind === 'team' ? 1 : 0));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  tiers.forEach((tier, ti) => {
    const defs: Located<SymbolDef>[] = tier.sameFile
      ? symbolsOf(file)
          .defs.filter((d) => d.kind === tier.kind)
          .map((item) => ({ file, item }))
      : table.all(tier.kind);
    // This file's definitions first within a workspace-wide tier.
    if (!tier.sameFile) defs.sort((a, b) => Number(b.file === file) - Number(a.file === file));
    for (const loc of defs) {
      if (seen.has(loc.item.id)) continue;
      seen.add(loc.item.id);
      out.push({ loc, tier: ti });
    }
  });
  return out;
}

/** The task ids a task may not depend on: itself and every task that (transitively) depends on it. */
function cycleExcluded(env: Env, taskId: string | undefined): Set<string> {
  const out = new Set<string>();
  if (taskId === undefined) return out;
  const dependents = new Map<string, string[]>();
  for (const r of symbolsOf(env.ctx.file).refs) {
    if (r.kind !== 'task' || r.field !== 'dependsOn' || r.fromTask === undefined) continue;
    const list = dependents.get(r.id);
    if (list) list.push(r.fromTask);
    else dependents.set(r.id, [r.fromTask]);
  }
  const queue = [taskId];
  out.add(taskId);
  while (queue.length) {
    for (const d of dependents.get(queue.pop()!) ?? []) {
      if (!out.has(d)) {
        out.add(d);
        queue.push(d);
      }
    }
  }
  return out;
}

type Wrap = (id: string) => string;

function idEntries(env: Env, kind: RefKind, path: readonly PathSeg[], wrap: Wrap, exclude: ReadonlySet<string>): CompletionEntry[] {
  const { c, ctx } = env;
  let excluded = new Set(exclude);
  if (pathPattern(path).startsWith('tasks[].dependsOn')) {
    const self = valueIn(c, 2, 'id');
    excluded = new Set([...excluded, ...cycleExcluded(env, self)]);
  }
  const word = env.c.word.toLowerCase();
  const matches = (x: { loc: { item: { id: string; label?: string } } }) =>
    !word || x.loc.item.id.toLowerCase().includes(word) || (x.loc.item.label ?? '').toLowerCase().includes(word);
  let found = candidates(env, kind).filter((x) => !excluded.has(x.loc.item.id) && x.loc.item.id !== MARKER);
  if (found.length > MAX_ID_ENTRIES) {
    // Too many to send: ids that start with the typed word first, then those that contain it (in
    // id or name), in file order; the client asks again as the word grows. Below the cap every id
    // is sent and the client filters (a name typed in Chinese matches through filterText).
    const starts = found.filter((x) => x.loc.item.id.toLowerCase().startsWith(word));
    found = [...starts, ...found.filter((x) => !x.loc.item.id.toLowerCase().startsWith(word) && matches(x))].slice(0, MAX_ID_ENTRIES);
    env.incomplete = true;
  }
  return found
    .map((x, i) => {
      const card = describeDef(ctx, x.loc);
      return {
        label: x.loc.item.id,
        kind: 'id' as const,
        detail: card.detail,
        documentation: card.markdown,
        insertText: wrap(x.loc.item.id),
        filterText: x.loc.item.label ? `${x.loc.item.id} ${x.loc.item.label}` : x.loc.item.id,
        replace: c.span,
        sortText: `${x.tier}${pad(i)}`,
      };
    });
}

// ---------------------------------------------------------------- values

function planDates(env: Env): { start?: Day; end?: Day; isPoc: boolean } {
  const m = env.ctx.file.model;
  if (isPlan(m)) return { start: m.start?.day ?? env.ctx.file.schedule?.start, end: m.end?.day, isPoc: m.kind === 'poc' };
  if (m.kind === 'checklist' && typeof m.raw.plan === 'string') {
    const plan = env.ctx.ws.index().plans.get(m.raw.plan)?.[0];
    if (plan) return { start: plan.item.start?.day, end: plan.item.end?.day, isPoc: plan.item.kind === 'poc' };
  }
  return { isPoc: false };
}

function planKind(env: Env): PlanKind {
  const m = env.ctx.file.model;
  if (m.kind === 'poc' || m.kind === 'project') return m.kind;
  if (m.kind === 'checklist' && typeof m.raw.plan === 'string') return env.ctx.ws.index().plans.get(m.raw.plan)?.[0]?.item.kind;
  return undefined;
}

function dateEntries(env: Env, path: readonly PathSeg[], wrap: Wrap): CompletionEntry[] {
  const { c, t } = env;
  const plan = planDates(env);
  const named: { day: Day; label: string }[] = [{ day: env.ctx.ws.today, label: t('today', '今天') }];
  const own = pathPattern(path);
  if (plan.start !== undefined && own !== 'start') named.push({ day: plan.start, label: plan.isPoc ? t('plan start', 'POC 开始') : t('plan start', '项目开始') });
  if (plan.end !== undefined && own !== 'end') named.push({ day: plan.end, label: plan.isPoc ? t('plan end', 'POC 结束') : t('plan end', '项目结束') });
  const byDay = new Map<Day, string[]>();
  for (const n of named) byDay.set(n.day, [...(byDay.get(n.day) ?? []), n.label]);
  return [...byDay.entries()].map(([day, labels], i) => ({
    label: formatDate(day),
    kind: 'date' as const,
    detail: labels.join(' · '),
    insertText: wrap(formatDate(day)),
    replace: c.span,
    sortText: `0${pad(i)}`,
  }));
}

function valueEntries(env: Env, node: SchemaNode, path: readonly PathSeg[], wrap: Wrap, exclude: ReadonlySet<string>): CompletionEntry[] {
  const { c, ctx } = env;
  const locale = ctx.locale;
  const out: CompletionEntry[] = [];
  const rf = refFieldAt(ctx.file.kind, path);
  if (rf) out.push(...idEntries(env, rf.kind, path, wrap, exclude));
  const values = valuesOf(env, node);
  values.forEach((v, i) => {
    if (exclude.has(String(v.value))) return;
    out.push({
      label: String(v.value),
      kind: 'enum',
      detail: v.description?.[locale],
      ...(node.description ? { documentation: node.description[locale] } : {}),
      insertText: wrap(yamlScalar(v.value, c.quoted)),
      replace: c.span,
      sortText: `0${pad(i)}`,
    });
  });
  if (!values.length && node.isBoolean()) {
    for (const [i, b] of ['true', 'false'].entries()) {
      out.push({ label: b, kind: 'boolean', insertText: wrap(b), replace: c.span, sortText: `0${pad(i)}` });
    }
  }
  if (node.format === 'date') out.push(...dateEntries(env, path, wrap));
  if (isDurationPattern(node.pattern)) {
    DURATIONS.forEach((d, i) => {
      out.push({ label: d.value, kind: 'value', detail: env.t(d.en, d.zh), insertText: wrap(d.value), replace: c.span, sortText: `0${pad(i)}` });
    });
  }
  return out;
}

// ---------------------------------------------------------------- entry point

function completeAt(ctx: FeatureContext, offset: number, state: { incomplete: boolean }): CompletionEntry[] {
  if (ctx.file.parsed.unreadable) return [];
  const c = markerContext(ctx.file.text, offset);
  if (!c) return [];
  const t: Say = (en, zh) => (ctx.locale === 'zh-CN' ? zh : en);
  const env: Env = {
    ctx,
    c,
    t,
    set incomplete(v: boolean | undefined) {
      state.incomplete ||= !!v;
    },
    plan: undefined,
  };
  env.plan = planKind(env);
  const kind = ctx.file.kind;
  const sp = c.needsSpace ? ' ' : '';
  const plain: Wrap = (s) => sp + s;
  const none = new Set<string>();

  if (c.role === 'key') {
    const node = schemaAt(kind, c.path);
    if (!node) return [];
    const out: CompletionEntry[] = [];
    const refKey = refKeyAt(kind, c.path);
    if (refKey) out.push(...idEntries(env, refKey.kind, [...c.path, '*'], (id) => (c.hasColon ? id : `${id}: `), new Set(c.siblings)));
    if (node.properties().length) {
      out.push(...keyEntries(env, node, new Set(c.siblings)));
      if (c.path.length === 0 && c.siblings.length === 0) out.push(...skeletons(env));
    } else if (c.lineAlone && node.isArray()) {
      // A list written on the lines under its key: `- item`.
      const items = node.child(0);
      if (items?.isObject() && items.properties().length) out.push(...itemSnippets(env, items, c.path, rawListIds(ctx.file.model.raw, c.path), true));
      else if (items) out.push(...valueEntries(env, items, [...c.path, 0], (s) => `- ${s}`, none));
    } else if (c.lineAlone && !refKey && !node.isCollectionOnly()) {
      out.push(...valueEntries(env, node, c.path, plain, none));
    }
    return out;
  }

  const node = schemaAt(kind, c.path);
  if (!node) return [];

  if (c.role === 'value') {
    const out: CompletionEntry[] = [];
    // `id: ‸` in a list item: the next free id of the list.
    if (c.path[c.path.length - 1] === 'id' && typeof c.path[c.path.length - 2] === 'number') {
      const listPath = c.path.slice(0, -2);
      let ids = [...itemValues(c, c.path.length - 2, 'id'), ...rawListIds(ctx.file.model.raw, listPath)];
      if (ctx.file.model.kind === 'checklist') ids = [...ids, ...fileItemIds(env)];
      const next = nextId(ids, LISTS[pathPattern(listPath)]?.idPrefix);
      if (next !== undefined) out.push({ label: next, kind: 'value', detail: t('next free id', '下一个可用编号'), insertText: sp + next, replace: c.span, sortText: '0' });
    }
    if (node.isCollectionOnly() && node.isArray() && !node.isObject()) {
      // `dependsOn: |` → `[T1]`
      const items = node.child(0);
      return items && !(items.isObject() && items.properties().length) ? valueEntries(env, items, [...c.path, 0], (s) => `${sp}[${s}]`, none) : [];
    }
    return [...out, ...valueEntries(env, node, c.path, plain, none)];
  }

  // A list item.
  const out: CompletionEntry[] = [];
  if (node.isObject() && node.properties().length) {
    const listPath = c.path.slice(0, -1);
    const depth = c.path.length - 1;
    // The cursor's item may have been parsed alone: the other items come from the file's model.
    let ids = [...itemValues(c, depth, 'id'), ...rawListIds(ctx.file.model.raw, listPath)];
    if (ctx.file.model.kind === 'checklist') ids = [...ids, ...fileItemIds(env)];
    out.push(...itemSnippets(env, node, listPath, ids, false));
    if (!c.flow) out.push(...keyEntries(env, node, new Set()));
  }
  if (!node.isCollectionOnly()) out.push(...valueEntries(env, node, c.path, plain, new Set(c.siblings)));
  return out;
}

/** Completion entries at `offset` of the context's file. */
export function complete(ctx: FeatureContext, offset: number): CompletionEntry[] {
  return completeList(ctx, offset).items;
}

/** Like complete(), and whether the list was cut (the client should ask again as the user types). */
export function completeList(ctx: FeatureContext, offset: number): { items: CompletionEntry[]; isIncomplete: boolean } {
  const state = { incomplete: false };
  const items = completeAt(ctx, offset, state);
  return { items, isIncomplete: state.incomplete };
}

