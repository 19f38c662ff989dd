/**
 * Custom requests behind the stakeholder map and the progress panel, and the checklist template
 * command (registered from views.ts; types in ../protocol.ts).
 *
 *   pocStudio/stakeholders  PanelParams → { map, quadrant, tree, locale }
 *   pocStudio/progress      PanelParams → { view, locale } (each checklist with its `stamp`)
 *   pocStudio/tick          TickParams → { edit, version, hash } | { refused } | { error }
 *   pocStudio/ganttEdit     GanttEditParams → { edits, version, hash } | { refused, message } | { error }
 *     (a drag on the chart: core/gantt/drag-edit.ts; refused 'stale' when the plan changed)
 *   pocStudio/newChecklist  { folderUri?, template?, taken? } → { templates } | { name, text, id } | { error }
 *     (`id` = the file stem: the template's id, else `-2`, `-3` … — free among the checklist ids of
 *     the workspace folder and the file stems `taken` that the client found in the target folder)
 *
 * Ticking: the panel sends the `stamp` (hash of the text) of the data it showed. The server
 * refuses when the file's text is no longer that; otherwise it returns the minimal edit with the
 * document version and the hash it was computed against. The client applies it only if its
 * document still has exactly that text (a tick on a file that changed meanwhile is refused).
 */
import { createHash } from 'crypto';
import type { Connection } from 'vscode-languageserver';
import { lineIndexOf } from '../core/file';
import { allPeople, stakeholderMap, stakeholderQuadrantMermaid, stakeholderTreeMermaid } from '../core/views/stakeholders';
import { progressView, tickEdit } from '../core/views/progress';
import { CHECKLIST_TEMPLATES, checklistTemplate, renderChecklist } from '../core/templates/checklists';
import { nextFreeId } from '../core/templates/ids';
import { GanttEditRequest, NewChecklistRequest, ProgressRequest, StakeholdersRequest, TickRequest, type GanttEditResponse, type ProgressData, type StakeholdersView, type TickResponse } from '../protocol';
import { ganttDragEdit } from '../core/gantt/drag-edit';
import { serve, serveView, viewScope } from './requests';
import type { ViewsHost } from './views';

/** The hash a tick is checked against (the client computes the same of its document). */
export function textHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

export function registerPanelViews(connection: Connection, host: ViewsHost): void {
  serveView(connection, host, StakeholdersRequest, (_p, { ws }): StakeholdersView => {
    const locale = ws.messageLocale;
    const map = stakeholderMap(ws, locale);
    return {
      map,
      quadrant: map.points.length ? stakeholderQuadrantMermaid(map, locale) : '',
      tree: allPeople(map).length ? stakeholderTreeMermaid(map) : '',
      locale,
    };
  });

  serveView(connection, host, ProgressRequest, (_p, { ws }): ProgressData => {
    const locale = ws.messageLocale;
    const view = progressView(ws, locale);
    return { view: { ...view, checklists: view.checklists.map((c) => ({ ...c, stamp: textHash(ws.get(c.uri)?.text ?? '') })) }, locale };
  });

  serve(connection, host.log, TickRequest, (p): TickResponse => {
    const found = host.fileOf(String(p.uri ?? ''));
    if (!found) return { error: 'unknown file' };
    const file = found.file;
    const hash = textHash(file.text);
    if (hash !== p.stamp) return { refused: 'stale' };
    const edit = tickEdit(file, Number(p.index), p.done === true, typeof p.id === 'string' ? p.id : undefined);
    if (!edit) return { refused: 'unchanged' };
    const lines = lineIndexOf(file);
    return {
      edit: { range: { start: lines.positionAt(edit.span.start), end: lines.positionAt(edit.span.end) }, newText: edit.newText },
      version: host.versionOf?.(file.uri) ?? null,
      hash,
    };
  });

  serve(connection, host.log, GanttEditRequest, (p): GanttEditResponse => {
    const found = host.fileOf(String(p.uri ?? ''));
    if (!found) return { error: 'unknown file' };
    const { file, ws } = found;
    const hash = textHash(file.text);
    const zh = ws.messageLocale === 'zh-CN';
    if (hash !== p.stamp) return { refused: 'stale', message: zh ? '计划已被修改，请在图表刷新后重试。' : 'The plan changed meanwhile: try again once the chart has been redrawn.' };
    if (!p.drag || typeof p.drag !== 'object') return { error: 'no drag' };
    const r = ganttDragEdit(file, p.drag);
    if ('refused' in r) return { refused: r.refused, message: r.message[ws.messageLocale] };
    const lines = lineIndexOf(file);
    return {
      edits: r.edits.map((e) => ({ range: { start: lines.positionAt(e.span.start), end: lines.positionAt(e.span.end) }, newText: e.newText })),
      version: host.versionOf?.(file.uri) ?? null,
      hash,
    };
  });

  serve(connection, host.log, NewChecklistRequest, (p) => {
    const ws = viewScope(host, { folderUri: p.folderUri })?.ws;
    const locale = ws?.messageLocale ?? 'en';
    if (!p.template) return { templates: CHECKLIST_TEMPLATES.map((t) => ({ id: t.id, title: t.title[locale], description: t.description[locale], phase: t.phase })) };
    const template = String(p.template);
    if (!checklistTemplate(template)) return { error: `unknown template ${template}` };
    const taken = [...(ws ? ws.index().checklists.keys() : []), ...(Array.isArray(p.taken) ? p.taken.filter((t): t is string => typeof t === 'string') : [])];
    const id = nextFreeId(template, taken);
    return { name: `${id}.checklist.yaml`, text: renderChecklist(template, locale, { id }), id };
  });
}
