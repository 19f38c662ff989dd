/**
 * Custom requests behind the stakeholder map and the progress panel, and the checklist template
 * command (registered from views.ts). Positions are LSP ranges.
 *
 *   pocStudio/stakeholders  { uri?, folderUri? } → { map, quadrant, tree, locale }
 *   pocStudio/progress      { uri?, folderUri? } → { view, locale } (each checklist with its `stamp`)
 *   pocStudio/tick          { uri, index, id?, done, stamp } → { edit, version, hash } | { refused } | { error }
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
import type { Connection, Range } from 'vscode-languageserver';
import { lineIndexOf } from '../core/file';
import type { ArtifactFile } from '../core/rules/api';
import type { Workspace } from '../core/workspace';
import type { Span } from '../core/text';
import { allPeople, stakeholderMap, stakeholderQuadrantMermaid, stakeholderTreeMermaid, type StakeholderPoint } from '../core/views/stakeholders';
import { progressView, tickEdit } from '../core/views/progress';
import { CHECKLIST_TEMPLATES, checklistTemplate, renderChecklist } from '../core/templates/checklists';
import { nextFreeId } from '../core/templates/ids';
import type { ViewsHost } from './views';

export interface PanelParams {
  uri?: string;
  folderUri?: string;
}

export interface TickParams {
  uri: string;
  index: number;
  id?: string;
  done: boolean;
  /** The `stamp` of the checklist in the progress data the tick was made on. */
  stamp: string;
}

export type TickResponse =
  | { edit: { range: Range; newText: string }; version: number | null; hash: string }
  | { refused: 'stale' | 'unchanged' }
  | { error: string };

/** The hash a tick is checked against (the client computes the same of its document). */
export function textHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function registerPanelViews(connection: Connection, host: ViewsHost): void {
  const wsFor = (p: PanelParams): Workspace | undefined => {
    host.flushAll();
    const found = p.uri ? host.fileOf(p.uri) : undefined;
    if (found) return found.ws;
    const anchor = p.uri ?? (p.folderUri ? `${p.folderUri.replace(/\/$/, '')}/x` : host.folderUris()[0] ? `${host.folderUris()[0]}/x` : undefined);
    return anchor ? host.workspaceFor(anchor) : undefined;
  };
  const rangeIn = (ws: Workspace, uri: string, span: Span): Range => {
    const file = ws.get(uri);
    if (!file) return ZERO;
    const lines = lineIndexOf(file);
    return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
  };

  connection.onRequest('pocStudio/stakeholders', (p: PanelParams) => {
    try {
      const ws = wsFor(p);
      if (!ws) return { error: 'no file or folder' };
      const locale = ws.messageLocale;
      const map = stakeholderMap(ws, locale);
      const wire = ({ span, mentions, ...rest }: StakeholderPoint) => ({
        ...rest,
        range: rangeIn(ws, rest.uri, span),
        mentions: mentions.map(({ span: s, ...m }) => ({ ...m, range: rangeIn(ws, m.uri, s) })),
      });
      return {
        map: { ...map, points: map.points.map(wire), aside: map.aside.map(wire) },
        quadrant: map.points.length ? stakeholderQuadrantMermaid(map, locale) : '',
        tree: allPeople(map).length ? stakeholderTreeMermaid(map) : '',
        locale,
      };
    } catch (e) {
      host.log('POC Studio: stakeholders failed', e);
      return { error: (e as Error)?.message ?? String(e) };
    }
  });

  connection.onRequest('pocStudio/progress', (p: PanelParams) => {
    try {
      const ws = wsFor(p);
      if (!ws) return { error: 'no file or folder' };
      const locale = ws.messageLocale;
      const view = progressView(ws, locale);
      return {
        view: {
          ...view,
          checklists: view.checklists.map(({ span, items, ...c }) => ({
            ...c,
            stamp: textHash(ws.get(c.uri)?.text ?? ''),
            range: rangeIn(ws, c.uri, span),
            items: items.map(({ span: s, ...i }) => ({ ...i, range: rangeIn(ws, c.uri, s) })),
          })),
          criteria: view.criteria.map((c) => ({ ...c, items: c.items.map(({ span, ...i }) => ({ ...i, range: rangeIn(ws, c.uri, span) })) })),
        },
        locale,
      };
    } catch (e) {
      host.log('POC Studio: progress failed', e);
      return { error: (e as Error)?.message ?? String(e) };
    }
  });

  connection.onRequest('pocStudio/tick', (p: TickParams): TickResponse => {
    try {
      const found = host.fileOf(String(p.uri ?? ''));
      if (!found) return { error: 'unknown file' };
      const file: ArtifactFile = found.file;
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
    } catch (e) {
      host.log('POC Studio: tick failed', e);
      return { error: (e as Error)?.message ?? String(e) };
    }
  });

  connection.onRequest('pocStudio/newChecklist', (p: { folderUri?: string; template?: string; taken?: unknown }) => {
    try {
      const ws = wsFor({ folderUri: p.folderUri });
      const locale = ws?.messageLocale ?? 'en';
      if (!p.template) return { templates: CHECKLIST_TEMPLATES.map((t) => ({ id: t.id, title: t.title[locale], description: t.description[locale], phase: t.phase })) };
      const template = String(p.template);
      if (!checklistTemplate(template)) return { error: `unknown template ${template}` };
      const taken = [...(ws ? ws.index().checklists.keys() : []), ...(Array.isArray(p.taken) ? p.taken.filter((t): t is string => typeof t === 'string') : [])];
      const id = nextFreeId(template, taken);
      return { name: `${id}.checklist.yaml`, text: renderChecklist(template, locale, { id }), id };
    } catch (e) {
      host.log('POC Studio: newChecklist failed', e);
      return { error: (e as Error)?.message ?? String(e) };
    }
  });
}
