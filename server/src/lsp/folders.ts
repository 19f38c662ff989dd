/**
 * Which Workspace a document belongs to: the innermost workspace folder that contains it, or,
 * for a file outside every folder, a workspace of its own directory (open documents only). All of
 * them are one portfolio (DOMAIN.md "Portfolio"): people and bookings are shared across folders.
 */
import { Workspace, type WorkspaceOptions } from '../core/workspace';
import { Portfolio } from '../core/portfolio';

export class Folders {
  private readonly folders = new Map<string, Workspace>();
  /** Each folder URI with a trailing slash (folderFor runs for every file of every folder). */
  private readonly prefixes = new Map<string, string>();
  private readonly loose = new Map<string, Workspace>();
  /** Every folder's and loose directory's workspace. */
  readonly portfolio = new Portfolio<Workspace>();

  constructor(private readonly options: () => WorkspaceOptions) {}

  private create(): Workspace {
    return new Workspace({ ...this.options(), portfolio: this.portfolio });
  }

  setFolders(uris: string[]): void {
    for (const u of [...this.folders.keys()]) {
      if (uris.includes(u)) continue;
      this.portfolio.leave(this.folders.get(u)!);
      this.folders.delete(u);
      this.prefixes.delete(u);
    }
    for (const u of uris) {
      if (this.folders.has(u)) continue;
      this.folders.set(u, this.create());
      this.prefixes.set(u, u.endsWith('/') ? u : `${u}/`);
    }
  }

  folderUris(): string[] {
    return [...this.folders.keys()];
  }

  folder(uri: string): Workspace | undefined {
    return this.folders.get(uri);
  }

  /** The workspace of the innermost open folder holding a URI, if any. */
  folderFor(uri: string): Workspace | undefined {
    let best: string | undefined;
    for (const [f, prefix] of this.prefixes) {
      if (uri.startsWith(prefix) && (!best || f.length > best.length)) best = f;
    }
    return best ? this.folders.get(best) : undefined;
  }

  /** The workspace for a document URI (created for loose files). */
  forDocument(uri: string): Workspace {
    const folder = this.folderFor(uri);
    if (folder) return folder;
    const dir = uri.slice(0, uri.lastIndexOf('/') + 1);
    let ws = this.loose.get(dir);
    if (!ws) {
      ws = this.create();
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
