/**
 * Quick fixes for `unknown-ref`: replace the id by the nearest one (data.suggestion, preferred);
 * create a stub for a missing person — a stakeholder in the workspace's stakeholders file (or a
 * new `<customer or folder>.stakeholders.yaml` when there is none), or a team member in the plan's
 * `team` for an owner, a requester or a weekly-report hours key.
 */
import type { CodeActionEntry, FeatureContext } from '../types';
import type { ArtifactFile } from '../../rules/api';
import { baseName } from '../../artifact';
import { eolOf, insertSectionItem, replaceScalar } from '../edits';
import { ID_RE, quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'unknown-ref';

/** Reference kinds a stakeholder may satisfy, and those a team member of the plan may. */
const STAKEHOLDER_KINDS = new Set(['stakeholder', 'owner', 'requester', 'checklist-owner']);
const TEAM_KINDS = new Set(['owner', 'requester', 'team']);

/** Top-level keys that come before `team` in a plan (schema order). */
const BEFORE_TEAM = ['kind', 'id', 'title', 'customer', 'description', 'poc', 'mode', 'stage', 'start', 'end', 'calendar', 'qualification', 'contract'];

export const provide: FixProvider = (ctx, d) => {
  const data = d.data ?? {};
  const value = str(data.value);
  const refKind = str(data.refKind);
  if (value === undefined || refKind === undefined) return [];
  const out: CodeActionEntry[] = [];
  const suggestion = str(data.suggestion);
  if (suggestion !== undefined) {
    out.push(
      ...quickFix(
        tr(ctx, `Change '${value}' to '${suggestion}'`, `改为 '${suggestion}'`),
        RULE,
        [replaceScalar(ctx.file, d.span, suggestion, value)],
        true,
      ),
    );
  }
  if (!ID_RE.test(value)) return out; // a stub with an invalid id would only move the error
  if (TEAM_KINDS.has(refKind)) out.push(...teamStub(ctx, value));
  if (STAKEHOLDER_KINDS.has(refKind)) out.push(...stakeholderStub(ctx, value));
  return out;
};

function teamStub(ctx: FeatureContext, id: string): CodeActionEntry[] {
  const { file } = ctx;
  if (file.kind !== 'poc' && file.kind !== 'project') return [];
  const edit = insertSectionItem(file, 'team', { id, name: id, role: 'engineer' }, { style: 'flow', after: BEFORE_TEAM });
  return quickFix(tr(ctx, `Add '${id}' to the team of this plan`, `把 '${id}' 加入本计划的团队（team）`), RULE, [edit]);
}

function stakeholderStub(ctx: FeatureContext, id: string): CodeActionEntry[] {
  const { ws, file } = ctx;
  const entry = { id, name: id };
  const targets = ws
    .files()
    .filter((f) => f.kind === 'stakeholders' && !f.parsed.unreadable && !f.parsed.hasSyntaxError)
    .sort((a, b) => (a.uri === file.uri ? -1 : b.uri === file.uri ? 1 : a.uri.localeCompare(b.uri)))
    .slice(0, 3);
  if (targets.length) {
    return targets.flatMap((f) =>
      quickFix(
        tr(ctx, `Add stakeholder '${id}' to ${f.name}`, `在 ${f.name} 中添加干系人 '${id}'`),
        RULE,
        [insertSectionItem(f, 'stakeholders', entry, { style: 'block', after: ['kind'] })],
      ),
    );
  }
  if (ws.files().some((f) => f.kind === 'stakeholders')) return []; // one exists but cannot be edited safely
  const name = `${stakeholdersStem(file)}.stakeholders.yaml`;
  const dir = file.uri.slice(0, file.uri.lastIndexOf('/') + 1);
  const uri = dir + encodeURIComponent(name);
  if (ws.has(uri)) return [];
  const eol = eolOf(file.text);
  const text = ['kind: stakeholders', 'stakeholders:', `  - id: ${id}`, `    name: ${id}`, ''].join(eol);
  return [
    {
      title: tr(ctx, `Create ${name} with stakeholder '${id}'`, `新建 ${name} 并添加干系人 '${id}'`),
      kind: 'quickfix',
      rule: RULE,
      edits: [],
      createFiles: [{ uri, text }],
    },
  ];
}

/** The new stakeholders file is named after the customer, else the folder, else the file. */
function stakeholdersStem(file: ArtifactFile): string {
  const clean = (s: string | undefined) => (s ?? '').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  const m = file.model;
  const customer = m.kind === 'poc' || m.kind === 'project' ? clean(m.customer?.value) : '';
  if (customer) return customer;
  const parts = file.uri.split(/[?#]/)[0].split('/');
  const folder = parts.length >= 2 ? clean(baseName(parts.slice(0, -1).join('/'))) : '';
  if (folder) return folder;
  return clean(baseName(file.uri).replace(/\.(poc|project|stakeholders|requirements|checklist)\.ya?ml$/i, '')) || 'workspace';
}
