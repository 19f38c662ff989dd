/**
 * Custom requests behind the client's commands. The server only computes content; the client
 * writes files (never over an existing one), so the server itself never touches the disk.
 */
import type { Connection } from 'vscode-languageserver';
import type { Workspace } from '../core/workspace';
import { newPocFolder } from '../core/templates/new-poc';
import type { FeatureHost } from './features';

export interface NewPocFolderParams {
  customer: string;
  pocId: string;
  /** YYYY-MM-DD; default: the next Monday. */
  start?: string;
  /** The folder the command will write into (to pick the workspace's language settings). */
  folderUri?: string;
}

export interface GeneratedFile {
  name: string;
  text: string;
}

export function registerCommands(
  connection: Connection,
  host: FeatureHost,
  folderUris: () => string[],
  workspaceFor: (uri: string) => Workspace,
): void {
  connection.onRequest('pocStudio/newPocFolder', (params: NewPocFolderParams): { files: GeneratedFile[] } | { error: string } => {
    try {
      const ws = params.folderUri ? workspaceFor(`${params.folderUri.replace(/\/$/, '')}/x`) : folderUris()[0] ? workspaceFor(`${folderUris()[0]}/x`) : undefined;
      const locale = ws?.messageLocale ?? 'en';
      const start = params.start ?? nextMonday(ws?.today);
      return { files: newPocFolder({ customer: String(params.customer ?? ''), pocId: String(params.pocId ?? ''), locale, start }) };
    } catch (e) {
      host.log('POC Studio: newPocFolder failed', e);
      return { error: (e as Error)?.message ?? String(e) };
    }
  });
}

function nextMonday(today: number | undefined): string {
  const base = today ?? Math.floor(Date.now() / 86_400_000);
  const wd = (((base + 4) % 7) + 7) % 7; // 0 = Sunday
  const add = wd === 1 ? 7 : (8 - wd) % 7 || 7;
  return new Date((base + add) * 86_400_000).toISOString().slice(0, 10);
}
