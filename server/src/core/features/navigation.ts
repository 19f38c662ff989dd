/**
 * Go to definition, find references and rename of ids, on top of the symbol table (symbols.ts).
 *
 * Decisions:
 * - A definition answers with the id value's span (not the whole entity), so the editor lands on
 *   the id. On a definition, `definition` answers with that definition itself.
 * - A reference that resolves to nothing (an unknown id) has no definition; its "references" are
 *   the other unresolved references with the same id and kind in the same scope, and it cannot be
 *   renamed (there is nothing to rename; the user fixes the id by hand).
 * - Rename edits only the id text: inside the quotes of a quoted id, the whole scalar of a plain
 *   one. A new id that YAML would not read back as the same string when written plain (`true`,
 *   `null`, `0010`, `1e3`, numbers) is written in double quotes where the old one was plain.
 * - An occurrence whose source text is not the id itself (a YAML alias `*boss`, an escape in a
 *   quoted id, `1.0` for the id `1`) cannot be edited safely: the rename is refused and names it.
 * - A person is one id: references and rename of a team id or a stakeholder id cover every team
 *   entry and stakeholder entry with that id in the workspace, and every reference to them.
 * - Conflicts: a file-scoped id (task, scenario, criterion, risk, change, acceptance item,
 *   checklist item) with an existing definition of the same kind in its file; a workspace id (plan,
 *   requirement, release, checklist) with one of the same kind anywhere; a person (team id or
 *   stakeholder id) with any existing team or stakeholder id, because the same id is the same
 *   person and an owner resolves to a team id first, then to a stakeholder.
 * - The new name is trimmed; renaming to the same id gives no edits.
 *
 * Cost: `references` and `rename` visit the symbols of every file in scope (workspace-wide ids
 * scan every file's cached definitions and references): O(symbols in the workspace) per request.
 * `definition` is O(references of the file) for the lookup plus hash lookups.
 */
import * as YAML from 'yaml';
import type { ArtifactFile } from '../rules/api';
import type { Span } from '../text';
import { LineIndex } from '../text';
import type { Localized, Locale } from '../types';
import {
  FILE_SCOPED,
  TARGETS,
  symbolAt,
  symbolsOf,
  type DefKind,
  type Located,
  type SymbolDef,
  type SymbolRef,
  type SymbolTable,
} from '../symbols';
import type { FeatureContext, FileSpan, Refusal, RenameResult, TextEdit } from './types';

/** Ids match this (DOMAIN.md). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** How each kind of definition is called in messages. */
export const KIND_NAMES: Record<DefKind, Localized> = {
  plan: L('plan', '计划'),
  stakeholder: L('stakeholder', '干系人'),
  requirement: L('requirement', '需求'),
  release: L('release', '版本'),
  team: L('team member', '团队成员'),
  task: L('task', '任务'),
  scenario: L('scenario', '业务场景'),
  criterion: L('success criterion', '成功标准'),
  risk: L('risk', '风险'),
  change: L('change request', '变更'),
  acceptance: L('acceptance item', '验收项'),
  checklist: L('checklist', '检查单'),
  'checklist-item': L('checklist item', '检查项'),
  calendar: L('shared calendar', '共享日历'),
};

const PEOPLE: ReadonlySet<DefKind> = new Set(['team', 'stakeholder']);

interface Occurrence {
  file: ArtifactFile;
  span: Span;
  isDef: boolean;
}

/** What the cursor is on: the id, its span, and what it names (empty for an unknown reference). */
interface Subject {
  id: string;
  span: Span;
  ref?: SymbolRef;
  targets: Located<SymbolDef>[];
}

/** The workspace's own object for the context's file when it is the same text (resolution compares files by identity). */
function fileOf(ctx: FeatureContext): ArtifactFile {
  const w = ctx.ws.get(ctx.file.uri);
  return w && w !== ctx.file && w.text === ctx.file.text ? w : ctx.file;
}

function subjectAt(ctx: FeatureContext, table: SymbolTable, offset: number): Subject | undefined {
  const file = fileOf(ctx);
  const { def, ref } = symbolAt(file, offset);
  if (ref) return { id: ref.id, span: ref.span, ref, targets: table.resolve(file, ref) };
  if (def) return { id: def.id, span: def.span, targets: [{ file, item: def }] };
  return undefined;
}

function byPlace(a: { uri: string; span: Span }, b: { uri: string; span: Span }): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.span.start - b.span.start || a.span.end - b.span.end;
}

function dedupe<T extends { uri: string; span: Span }>(xs: T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of xs) {
    const k = `${x.uri}\u0000${x.span.start}\u0000${x.span.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out.sort(byPlace);
}

/**
 * What references and rename act on: the subject's definitions, and for a person every team entry
 * and stakeholder entry with that id (the same id is the same person, on our side or the customer's).
 */
function scopeOf(table: SymbolTable, s: Subject): Located<SymbolDef>[] {
  if (!s.targets.some((t) => PEOPLE.has(t.item.kind))) return s.targets;
  const out = [...s.targets];
  for (const d of [...table.defs('team', s.id), ...table.defs('stakeholder', s.id)]) {
    if (!out.some((t) => t.file === d.file && t.item === d.item)) out.push(d);
  }
  return out;
}

/** Every occurrence of what the subject names (definitions first-class, references resolved). */
function occurrencesOf(ctx: FeatureContext, table: SymbolTable, s: Subject): Occurrence[] {
  if (s.targets.length) {
    // A workspace-wide id has the same occurrences whichever of its definitions asks: ask once.
    const asked = new Set<string>();
    const out: Occurrence[] = [];
    for (const t of scopeOf(table, s)) {
      const key = `${t.item.kind}\u0000${t.item.id}\u0000${FILE_SCOPED.has(t.item.kind) ? t.file.uri : ''}`;
      if (asked.has(key)) continue;
      asked.add(key);
      out.push(...table.occurrences(t.file, t.item));
    }
    return out;
  }
  // An unknown id: the other references that name the same unknown thing.
  // Two references name the same unknown thing when they could name the same kind of definition
  // (an unknown owner and an unknown audience member are the same unknown person).
  const ref = s.ref!;
  const wide = TARGETS[ref.kind].some((t) => !t.sameFile);
  const kinds = new Set(TARGETS[ref.kind].map((t) => t.kind));
  const sameTargets = (r: SymbolRef) => TARGETS[r.kind].some((t) => kinds.has(t.kind));
  const out: Occurrence[] = [];
  for (const f of wide ? table.files : [fileOf(ctx)]) {
    for (const r of symbolsOf(f).refs) {
      if (r.id === ref.id && sameTargets(r) && table.resolve(f, r).length === 0) out.push({ file: f, span: r.span, isDef: false });
    }
  }
  return out;
}

/** Go to definition: the definition(s) a reference names, or the definition under the cursor itself. */
export function definition(ctx: FeatureContext, offset: number): FileSpan[] {
  const table = ctx.ws.indexFor(ctx.file.uri).symbols();
  const s = subjectAt(ctx, table, offset);
  if (!s) return [];
  return dedupe(s.targets.map((t) => ({ uri: t.file.uri, span: t.item.span })));
}

/** Find references: every place that names the same thing as the id under the cursor. */
export function references(ctx: FeatureContext, offset: number, includeDeclaration: boolean): FileSpan[] {
  const table = ctx.ws.indexFor(ctx.file.uri).symbols();
  const s = subjectAt(ctx, table, offset);
  if (!s) return [];
  return dedupe(
    occurrencesOf(ctx, table, s)
      .filter((o) => includeDeclaration || !o.isDef)
      .map((o) => ({ uri: o.file.uri, span: o.span })),
  );
}

/** The part of an occurrence to replace: the id itself (inside quotes when quoted); undefined when the source is not the id. */
function idSpan(text: string, span: Span, id: string): { span: Span; quoted: boolean } | undefined {
  const src = text.slice(span.start, span.end);
  if (src === id) return { span, quoted: false };
  const q = src[0];
  if (src.length >= 2 && (q === '"' || q === "'") && src[src.length - 1] === q && src.slice(1, -1) === id) {
    return { span: { start: span.start + 1, end: span.end - 1 }, quoted: true };
  }
  return undefined;
}

/** Whether `id` written as a plain YAML scalar reads back as the same string. */
function plainIsString(id: string): boolean {
  try {
    return YAML.parse(id) === id;
  } catch {
    // Not valid YAML as a plain scalar (e.g. `[a`): then it is not the same string either.
    return false;
  }
}

function lineOf(file: ArtifactFile, offset: number): number {
  return new LineIndex(file.text).positionAt(offset).line + 1;
}

const messages = {
  notOnId: L(
    'Put the cursor on an id to rename it: the id of a task, person, stakeholder, requirement, scenario … or a reference to one (owner, dependsOn, audience …).',
    '请将光标放在 id 上再重命名：任务、人员、干系人、需求、业务场景等的 id，或引用它的地方（负责人、前置任务、演示受众等）。',
  ),
  unknown: (id: string) =>
    L(
      `"${id}" is not defined anywhere in the workspace, so there is nothing to rename; correct the id here instead.`,
      `“${id}”在工作区中没有定义，无法重命名；请直接改正此处的 id。`,
    ),
  invalid: (name: string) =>
    L(
      `"${name}" is not a valid id: an id starts with a letter or digit and contains only letters, digits, "_", "." and "-".`,
      `“${name}”不是有效的 id：id 须以字母或数字开头，只能包含字母、数字、“_”、“.”和“-”。`,
    ),
  notEditable: (id: string, src: string, file: string, line: number) =>
    L(
      `Cannot rename "${id}": ${file} line ${line} writes it as ${src} (a YAML alias or escaped text); change that place by hand first.`,
      `无法重命名“${id}”：${file} 第 ${line} 行写作 ${src}（YAML 别名或转义文本），请先手动修改该处。`,
    ),
};

function conflictMessage(newId: string, kind: DefKind, existing: Located<SymbolDef>, from: ArtifactFile): Localized {
  const where = existing.file;
  const line = lineOf(where, existing.item.span.start);
  const k = KIND_NAMES[existing.item.kind];
  if (PEOPLE.has(kind)) {
    const who = existing.item.label?.trim();
    const en = who ? `${who}, ${k.en}` : k.en;
    const zh = who ? `${who}，${k['zh-CN']}` : k['zh-CN'];
    return L(
      `Cannot rename to "${newId}": it is already the id of another person (${en} in ${where.name} line ${line}). The same id means the same person, so choose an id that is not used yet.`,
      `无法重命名为“${newId}”：它已是另一个人的 id（${zh}，${where.name} 第 ${line} 行）。相同的 id 表示同一个人，请换一个尚未使用的 id。`,
    );
  }
  if (FILE_SCOPED.has(kind)) {
    const inEn = where === from ? 'this file' : where.name;
    const inZh = where === from ? '本文件' : `${where.name} `;
    return L(
      `Cannot rename to "${newId}": ${k.en} ${newId} already exists in ${inEn} (line ${line}); ${k.en} ids must be unique within their file.`,
      `无法重命名为“${newId}”：${inZh}第 ${line} 行已有${k['zh-CN']} ${newId}，${k['zh-CN']} id 在文件内必须唯一。`,
    );
  }
  return L(
    `Cannot rename to "${newId}": ${k.en} ${newId} already exists (${where.name} line ${line}); ${k.en} ids must be unique across the workspace.`,
    `无法重命名为“${newId}”：${k['zh-CN']} ${newId} 已存在（${where.name} 第 ${line} 行），${k['zh-CN']} id 在工作区内必须唯一。`,
  );
}

const refuse = (m: Localized, locale: Locale): Refusal => ({ error: m[locale] });

interface Plan {
  subject: Subject;
  edits: { file: ArtifactFile; span: Span; quoted: boolean }[];
}

/** Checks that the cursor is on a renameable id and that every occurrence can be edited. */
function planRename(ctx: FeatureContext, offset: number): Plan | Refusal | undefined {
  if (ctx.file.parsed.unreadable) return undefined;
  const table = ctx.ws.indexFor(ctx.file.uri).symbols();
  const subject = subjectAt(ctx, table, offset);
  if (!subject) return refuse(messages.notOnId, ctx.locale);
  if (!subject.targets.length) return refuse(messages.unknown(subject.id), ctx.locale);
  const edits: Plan['edits'] = [];
  const seen = new Set<string>();
  const occ = occurrencesOf(ctx, table, subject).sort((a, b) => byPlace({ uri: a.file.uri, span: a.span }, { uri: b.file.uri, span: b.span }));
  for (const o of occ) {
    const key = `${o.file.uri}\u0000${o.span.start}\u0000${o.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const part = idSpan(o.file.text, o.span, subject.id);
    if (!part) {
      const src = o.file.text.slice(o.span.start, o.span.end).replace(/\s+/g, ' ');
      return refuse(messages.notEditable(subject.id, src.length > 40 ? `${src.slice(0, 39)}…` : src, o.file.name, lineOf(o.file, o.span.start)), ctx.locale);
    }
    edits.push({ file: o.file, span: part.span, quoted: part.quoted });
  }
  return { subject, edits };
}

const isRefusal = (x: unknown): x is Refusal => !!x && typeof (x as Refusal).error === 'string';

/**
 * Whether the id under the cursor can be renamed: the span to edit (the id, inside its quotes) and
 * the current id, or a refusal with a message; undefined for a file that could not be read.
 */
export function prepareRename(ctx: FeatureContext, offset: number): { span: Span; placeholder: string } | Refusal | undefined {
  const plan = planRename(ctx, offset);
  if (!plan || isRefusal(plan)) return plan;
  const here = idSpan(ctx.file.text, plan.subject.span, plan.subject.id)!;
  return { span: here.span, placeholder: plan.subject.id };
}

/** Renames the id under the cursor everywhere it names the same thing: one edit per occurrence, in every file. */
export function rename(ctx: FeatureContext, offset: number, newName: string): RenameResult | Refusal {
  const plan = planRename(ctx, offset);
  if (!plan) return refuse(messages.notOnId, ctx.locale);
  if (isRefusal(plan)) return plan;
  const newId = newName.trim();
  if (!ID_PATTERN.test(newId)) return refuse(messages.invalid(newName), ctx.locale);
  const oldId = plan.subject.id;
  if (newId === oldId) return { edits: [] };

  const table = ctx.ws.indexFor(ctx.file.uri).symbols();
  for (const t of plan.subject.targets) {
    const kind = t.item.kind;
    for (const k of PEOPLE.has(kind) ? (['team', 'stakeholder'] as DefKind[]) : [kind]) {
      const found = table.defs(k, newId, FILE_SCOPED.has(k) ? t.file : undefined);
      if (found.length) return refuse(conflictMessage(newId, kind, found[0], t.file), ctx.locale);
    }
  }

  const plain = plainIsString(newId) ? newId : JSON.stringify(newId);
  const edits: TextEdit[] = plan.edits.map((e) => ({ uri: e.file.uri, span: e.span, newText: e.quoted ? newId : plain }));
  return { edits };
}

/** Applies edits to a text (for tests and callers that edit in memory); edits must not overlap. */
export function applyEdits(text: string, edits: { span: Span; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
