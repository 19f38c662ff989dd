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
import { symbolsOf } from '../symbols';
import { isPlan } from '../model';
import type { Locale } from '../types';
import type { CompletionEntry, FeatureContext } from './types';
import { itemValues, markerContext, MARKER } from './cursor';
import { LISTS, refKeyAt, pathPattern } from '../schema-tables';
import { schemaAt, splitDescription, type PathSeg, type PropertyInfo, type SchemaNode } from './schema-nav';
import { previousTaskId } from './completion-fit';
import { esc, escChoice, nextId, preview, SnippetBuilder, yamlScalar } from './completion-snippets';

export { nextId, yamlScalar } from './completion-snippets';
export { MAX_ID_ENTRIES } from './completion-values';
import { idEntries, pad, planKind, snippetEnv, valueEntries, valuesOf, type Env, type Say, type Wrap } from './completion-values';

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

