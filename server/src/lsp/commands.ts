/**
 * Custom requests behind the client's commands. The server only computes content; the client
 * writes files (never over an existing one), so the server itself never touches the disk. Types in
 * ../protocol.ts.
 */
import type { Connection } from 'vscode-languageserver';
import type { Workspace } from '../core/workspace';
import { newPocFolder } from '../core/templates/new-poc';
import { newProject } from '../core/templates/new-project';
import { nextFreeId, proposeId } from '../core/templates/ids';
import { NewPocFolderRequest, NewProjectRequest, ProposeIdRequest } from '../protocol';
import type { FeatureHost } from './features';
import { serve } from './requests';

const qualifiedOf = (q: unknown): { financiallyVetted: boolean; purchaseCommitment: boolean } => {
  const o = q && typeof q === 'object' ? (q as Record<string, unknown>) : {};
  return { financiallyVetted: o.financiallyVetted === true, purchaseCommitment: o.purchaseCommitment === true };
};

export function registerCommands(
  connection: Connection,
  host: FeatureHost,
  folderUris: () => string[],
  workspaceFor: (uri: string) => Workspace,
): void {
  const wsOf = (folderUri?: string): Workspace | undefined =>
    folderUri ? workspaceFor(`${folderUri.replace(/\/$/, '')}/x`) : folderUris()[0] ? workspaceFor(`${folderUris()[0]}/x`) : undefined;

  serve(connection, host.log, NewPocFolderRequest, (params) => {
    const ws = wsOf(params.folderUri);
    const locale = ws?.messageLocale ?? 'en';
    const start = params.start ?? nextMonday(ws?.today);
    // The folder's checklist has an id of its own (another POC of the workspace may have one).
    const checklistId = nextFreeId('machine-readiness', ws ? ws.index().checklists.keys() : []);
    return { files: newPocFolder({ customer: String(params.customer ?? ''), pocId: String(params.pocId ?? ''), locale, start, checklistId, qualified: qualifiedOf(params.qualified) }) };
  });

  serve(connection, host.log, NewProjectRequest, (params) => {
    const ws = wsOf(params.folderUri);
    const locale = ws?.messageLocale ?? 'en';
    const start = params.start ?? nextMonday(ws?.today);
    return { files: [newProject({ customer: String(params.customer ?? ''), projectId: String(params.projectId ?? ''), locale, start })] };
  });

  // The id the "new" commands propose for a customer name (an input box shows it, editable).
  serve(connection, host.log, ProposeIdRequest, (params) => {
    const ws = wsOf(params?.folderUri);
    const today = ws?.today ?? Math.floor(Date.now() / 86_400_000);
    return { id: proposeId(String(params?.customer ?? ''), params?.kind === 'project' ? 'impl' : 'poc', today) };
  });
}

function nextMonday(today: number | undefined): string {
  const base = today ?? Math.floor(Date.now() / 86_400_000);
  const wd = (((base + 4) % 7) + 7) % 7; // 0 = Sunday
  const add = wd === 1 ? 7 : (8 - wd) % 7 || 7;
  return new Date((base + add) * 86_400_000).toISOString().slice(0, 10);
}
