/**
 * Node-side file access shared by the CLI and the language server: finding artifact files in a
 * folder (no symlink loops, no node_modules), decoding bytes as UTF-8, reading the folder's
 * `.vscode/settings.json` so that the CLI and the editor apply the same settings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc } from 'jsonc-parser';
import { kindOfPath } from '../core/artifact';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.cache', '.vscode-test']);

export interface FindOptions {
  maxDepth?: number;
  maxFiles?: number;
  /** Artifact-named entries that are not checked (a symlink loop, a dangling link) are added here. */
  skipped?: string[];
}

/** Artifact files under `root`, sorted. Directory symlinks are not followed; unreadable entries are skipped. */
export function findArtifactFiles(root: string, opts: FindOptions = {}): string[] {
  const maxDepth = opts.maxDepth ?? 20;
  const maxFiles = opts.maxFiles ?? 20000;
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, depth: number) => {
    if (depth > maxDepth || out.length >= maxFiles) return;
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p, depth + 1);
      } else if (kindOfPath(e.name)) {
        if (e.isFile()) out.push(p);
        else if (e.isSymbolicLink()) {
          try {
            if (fs.statSync(p).isFile()) out.push(p);
          } catch {
            // a dangling link or a loop: skipped, and said so by the caller
            opts.skipped?.push(p);
          }
        }
        if (out.length >= maxFiles) return;
      }
    }
  };
  walk(root, 0);
  return out;
}

export interface DecodedText {
  text: string;
  /** Offset (in the decoded text) of the first invalid UTF-8 sequence, if any. */
  invalidUtf8At?: number;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false });

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictDecoder.decode(bytes) };
  } catch {
    const text = lenientDecoder.decode(bytes);
    const at = text.indexOf('\ufffd');
    return { text, invalidUtf8At: at < 0 ? 0 : at };
  }
}

/** Reads a file as text; undefined when it cannot be read (gone, a directory, no permission). */
export function readText(file: string, maxBytes = 64 * 1024 * 1024): DecodedText | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    if (st.size > maxBytes) {
      // Do not load huge files: a text of the same length is enough for the size diagnostic.
      return { text: ' '.repeat(Math.min(st.size, maxBytes + 1)) };
    }
    return decodeUtf8(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * The `pocStudio.*` settings of the nearest `.vscode/settings.json` at or above `dir`, as the
 * nested object `resolveSettings` expects (`pocStudio.demo.maxMinutes` → `{ demo: { maxMinutes } }`).
 */
export function readFolderSettings(dir: string): { settings: Record<string, unknown>; file?: string } {
  let d = path.resolve(dir);
  for (let i = 0; i < 64; i++) {
    const file = path.join(d, '.vscode', 'settings.json');
    if (fs.existsSync(file)) {
      try {
        const json = parseJsonc(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
        return { settings: pocStudioSection(json), file };
      } catch {
        return { settings: {}, file };
      }
    }
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return { settings: {} };
}

/** Extracts the `pocStudio` section from VS Code settings written with dotted keys or nested objects. */
export function pocStudioSection(json: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!json || typeof json !== 'object') return out;
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    if (k === 'pocStudio' && v && typeof v === 'object') Object.assign(out, v);
    else if (k.startsWith('pocStudio.')) {
      const parts = k.slice('pocStudio.'.length).split('.');
      let target = out;
      for (const p of parts.slice(0, -1)) {
        if (!target[p] || typeof target[p] !== 'object') target[p] = {};
        target = target[p] as Record<string, unknown>;
      }
      target[parts[parts.length - 1]] = v;
    }
  }
  return out;
}
