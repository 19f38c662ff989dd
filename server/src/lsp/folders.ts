/**
 * Which Workspace a document belongs to: the innermost workspace folder that contains it, or,
 * for a file outside every folder, a workspace of its own directory (open documents only).
 */
import { Workspace, type WorkspaceOptions } from '../core/workspace';

export class Folders {
  private readonly folders = new Map<string, Workspace>();
  private readonly loose = new Map<string, Workspace>();

  constructor(private readonly options: () => WorkspaceOptions) {}

  setFolders(uris: string[]): void {
    for (const u of [...this.folders.keys()]) if (!uris.includes(u)) this.folders.delete(u);
    for (const u of uris) if (!this.folders.has(u)) this.folders.set(u, new Workspace(this.options()));
  }

  folderUris(): string[] {
    return [...this.folders.keys()];
  }

  folder(uri: string): Workspace | undefined {
    return this.folders.get(uri);
  }

  /** The workspace for a document URI (created for loose files). */
  forDocument(uri: string): Workspace {
    let best: string | undefined;
    for (const f of this.folders.keys()) {
      const prefix = f.endsWith('/') ? f : `${f}/`;
      if (uri.startsWith(prefix) && (!best || f.length > best.length)) best = f;
    }
    if (best) return this.folders.get(best)!;
    const dir = uri.slice(0, uri.lastIndexOf('/') + 1);
    let ws = this.loose.get(dir);
    if (!ws) {
      ws = new Workspace(this.options());
      this.loose.set(dir, ws);
    }
    return ws;
  }

  /** The workspace that currently holds this URI, if any. */
  holding(uri: string): Workspace | undefined {
    for (const ws of this.all()) if (ws.has(uri)) return ws;
    return undefined;
  }

  all(): Workspace[] {
    return [...this.folders.values(), ...this.loose.values()];
  }
}
