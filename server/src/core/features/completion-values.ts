/**
 * Completion's environment and the values it offers at a value position: ids that fit the field
 * (never a dependsOn that makes a cycle), dates (today, the plan's start and end), enum values and
 * booleans. completion.ts decides where the cursor is and calls these.
 */
import { symbolsOf, TARGETS, type DefKind, type Located, type RefKind, type SymbolDef } from '../symbols';
import { formatDate, type Day } from '../dates';
import { isPlan } from '../model';
import type { CompletionEntry, FeatureContext } from './types';
import { MARKER, valueIn, type CursorContext } from './cursor';
import { refFieldAt, pathPattern } from '../schema-tables';
import type { PathSeg, SchemaNode } from './schema-nav';
import { describeDef } from './hover';
import { DURATIONS, fittingValues, isDurationPattern, type PlanKind } from './completion-fit';
import { yamlScalar, type SnippetEnv } from './completion-snippets';


export type Say = (en: string, zh: string) => string;

export interface Env {
  ctx: FeatureContext;
  c: CursorContext;
  t: Say;
  /** Set when a list was cut: the client should ask again as the user types. */
  incomplete?: boolean;
  /** The kind of plan the file is (a checklist: the kind of its plan), for the task phases. */
  plan: PlanKind;
}

/** The allowed values of a node that fit the file (task phases of its plan's kind). */
export const valuesOf = (env: Env, node: SchemaNode) => fittingValues(node.enumValues(), env.plan);

export const snippetEnv = (env: Env): SnippetEnv => ({ today: env.ctx.ws.today, values: (node) => valuesOf(env, node) });

/**
 * At most this many ids are offered at once (a plan may have thousands of tasks): those matching
 * the typed word, best first; the list is marked incomplete so that typing narrows it.
 */
export const MAX_ID_ENTRIES = 100;

export const pad = (n: number) => String(n).padStart(4, '0');

/** The name part of a field description: "负责人：本文件…" → "负责人", "Owner: a team id…" → "Owner". */
interface Candidate {
  loc: Located<SymbolDef>;
  tier: number;
}

/** Definitions a reference of this kind may name, best first (the team of this file before stakeholders). */
export function candidates(env: Env, kind: RefKind): Candidate[] {
  const { ctx } = env;
  const file = ctx.file;
  const table = ctx.ws.indexFor(ctx.file.uri).symbols();
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
export function cycleExcluded(env: Env, taskId: string | undefined): Set<string> {
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

export type Wrap = (id: string) => string;

export function idEntries(env: Env, kind: RefKind, path: readonly PathSeg[], wrap: Wrap, exclude: ReadonlySet<string>): CompletionEntry[] {
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

export function planDates(env: Env): { start?: Day; end?: Day; isPoc: boolean } {
  const m = env.ctx.file.model;
  if (isPlan(m)) return { start: m.start?.day ?? env.ctx.file.schedule?.start, end: m.end?.day, isPoc: m.kind === 'poc' };
  if (m.kind === 'checklist' && typeof m.raw.plan === 'string') {
    const plan = env.ctx.ws.indexFor(env.ctx.file.uri).plans.get(m.raw.plan)?.[0];
    if (plan) return { start: plan.item.start?.day, end: plan.item.end?.day, isPoc: plan.item.kind === 'poc' };
  }
  return { isPoc: false };
}

export function planKind(env: Env): PlanKind {
  const m = env.ctx.file.model;
  if (m.kind === 'poc' || m.kind === 'project') return m.kind;
  if (m.kind === 'checklist' && typeof m.raw.plan === 'string') return env.ctx.ws.indexFor(env.ctx.file.uri).plans.get(m.raw.plan)?.[0]?.item.kind;
  return undefined;
}

export function dateEntries(env: Env, path: readonly PathSeg[], wrap: Wrap): CompletionEntry[] {
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

export function valueEntries(env: Env, node: SchemaNode, path: readonly PathSeg[], wrap: Wrap, exclude: ReadonlySet<string>): CompletionEntry[] {
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

