/**
 * The built-in checklist templates (DOMAIN.md "Built-in templates"), taken from the playbooks:
 * machine readiness (seed 000 §6), integration verification (§8), on-site deployment verification
 * (§9), demo rehearsal (§10, with the demo practice of seed 002), readiness-assessment workshop
 * (seed 002), closing, trial run, departure, final acceptance and after-sales handover (seed 001).
 * The data is in checklists-poc.ts and checklists-delivery.ts (builders: checklists-build.ts).
 *
 * `renderChecklist` writes the YAML text of a new `*.checklist.yaml` in the user's language; field
 * names are always the DOMAIN.md ones. Never throws: an unknown template id gives ''.
 *
 * Also exported: the small YAML text helpers the other templates use (`yamlScalar`,
 * `commentText`), so that every generated file quotes user text the same safe way.
 */
import { parse as parseYaml } from 'yaml';
import { parseDate } from '../dates';
import { pickLocale, type Locale, type Localized } from '../types';
import { POC_TEMPLATES } from './checklists-poc';
import { DELIVERY_TEMPLATES } from './checklists-delivery';

export type ChecklistPhase =
  | 'intelligence'
  | 'scenario'
  | 'environment'
  | 'schedule'
  | 'integration'
  | 'deployment'
  | 'rehearsal'
  | 'demo'
  | 'review'
  | 'kickoff'
  | 'implementation'
  | 'closing'
  | 'departure'
  | 'after-sales';

export interface ChecklistTemplateItem {
  id: string;
  text: Localized;
  /** Only written when false (items are required unless `required: false`). */
  required?: false;
}

export interface ChecklistTemplateGroup {
  group: Localized;
  items: ChecklistTemplateItem[];
}

export type ChecklistTemplateEntry = ChecklistTemplateItem | ChecklistTemplateGroup;

export interface ChecklistTemplate {
  id: string;
  title: Localized;
  description: Localized;
  phase: ChecklistPhase;
  /** The playbook section it comes from, for the header comment. */
  source: Localized;
  entries: ChecklistTemplateEntry[];
}

/** What the "new checklist" command lists. */
export interface ChecklistTemplateInfo {
  id: string;
  title: Localized;
  description: Localized;
  phase: ChecklistPhase;
}

export interface RenderChecklistOptions {
  /** Checklist due date, YYYY-MM-DD (ignored when not a real date). */
  due?: string;
  /** Owner written on every item: a team id of any plan or a stakeholder id (ignored when not an id). */
  owner?: string;
  /** Id of the POC or project the checklist belongs to (ignored when not an id). */
  plan?: string;
  /** The checklist's id instead of the template's (`closing-2` next to a `closing`; ignored when not an id). */
  id?: string;
}

const TEMPLATES: ChecklistTemplate[] = [...POC_TEMPLATES, ...DELIVERY_TEMPLATES];

const BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

/** The templates offered by the "new checklist" command, in playbook order. */
export const CHECKLIST_TEMPLATES: readonly ChecklistTemplateInfo[] = TEMPLATES.map((t) => ({
  id: t.id,
  title: t.title,
  description: t.description,
  phase: t.phase,
}));

/** The full template (items included), or undefined for an unknown id. */
export function checklistTemplate(id: string): ChecklistTemplate | undefined {
  return BY_ID.get(id);
}

/** Number of items of a template, groups flattened (0 for an unknown id). */
export function checklistItemCount(id: string): number {
  const t = BY_ID.get(id);
  if (!t) return 0;
  return t.entries.reduce((n, e) => n + ('group' in e ? e.items.length : 1), 0);
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The YAML text of a new `*.checklist.yaml` made from a template, in `locale` (zh-CN or en; any
 * other value counts as en unless it starts with "zh"). `due` and `owner`/`plan` are written only
 * when they are a real date and valid ids. '' for an unknown template id.
 */
export function renderChecklist(templateId: string, locale: Locale | string, opts: RenderChecklistOptions = {}): string {
  const t = BY_ID.get(templateId);
  if (!t) return '';
  const loc = pickLocale(locale);
  const zh = loc === 'zh-CN';
  const due = typeof opts.due === 'string' && parseDate(opts.due) !== undefined ? opts.due.trim() : undefined;
  const owner = typeof opts.owner === 'string' && ID_RE.test(opts.owner) ? opts.owner : undefined;
  const plan = typeof opts.plan === 'string' && ID_RE.test(opts.plan) ? opts.plan : undefined;

  const out: string[] = [];
  out.push(`# ${t.title[loc]}`);
  out.push(zh ? `# 依据：${t.source[loc]}` : `# From: ${t.source[loc]}`);
  out.push(
    zh
      ? '# 完成一项后改为 done: true，可补充 evidence（证据）；不适用的项设置 required: false。'
      : '# Set done: true when an item is finished, with evidence if you have it; set required: false when an item does not apply.',
  );
  out.push('kind: checklist');
  out.push(`id: ${typeof opts.id === 'string' && ID_RE.test(opts.id) ? opts.id : t.id}`);
  out.push(`title: ${yamlScalar(t.title[loc])}`);
  out.push(`phase: ${t.phase}`);
  if (plan) out.push(`plan: ${plan}`);
  if (due) out.push(`due: ${due}`);
  out.push('items:');
  const line = (it: ChecklistTemplateItem, indent: string): string => {
    const parts = [`id: ${it.id}`, `text: ${yamlScalar(it.text[loc], true)}`, 'done: false'];
    if (it.required === false) parts.push('required: false');
    if (owner) parts.push(`owner: ${owner}`);
    return `${indent}- { ${parts.join(', ')} }`;
  };
  for (const e of t.entries) {
    if ('group' in e) {
      out.push(`  - group: ${yamlScalar(e.group[loc])}`);
      out.push('    items:');
      for (const it of e.items) out.push(line(it, '      '));
    } else {
      out.push(line(e, '  '));
    }
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// YAML text helpers shared by the templates.

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

/**
 * A string as a YAML scalar: plain when that reads back as the same string, else double-quoted
 * (JSON escaping, which YAML accepts, plus escapes for line separators and invisible characters).
 * `flow` also quotes the flow indicators `, [ ] { }` for use inside `{ … }` and `[ … ]`.
 */
export function yamlScalar(value: string, flow = false): string {
  if (isPlainSafe(value, flow)) return value;
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isPlainSafe(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (INDICATOR_START.test(value) || UNSAFE_CHARS.test(value)) return false;
  if (value.includes(': ') || value.includes(' #') || value.endsWith(':')) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  try {
    return parseYaml(`v: ${value}\n`)?.v === value;
  } catch {
    return false;
  }
}

/** Free text made safe for a one-line `# comment`: line breaks and control characters become spaces. */
export function commentText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]+/g, ' ').trim();
}
