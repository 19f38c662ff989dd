/**
 * Node-side file access shared by the CLI and the language server: finding artifact files in a
 * folder (no symlink loops, no node_modules), decoding bytes (UTF-8, UTF-16 with a BOM, GB18030), reading the folder's
 * `.vscode/settings.json` so that the CLI and the editor apply the same settings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc } from 'jsonc-parser';
import { kindOfPath } from '../core/artifact';
import type { ReadProblem } from '../core/file';

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
  /** How the bytes were decoded, and where they could not be (for artifactFile). */
  problem: ReadProblem;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Decodes a file's bytes. Decisions:
 * - A byte order mark is certain: UTF-8 (BOM dropped), UTF-16 LE (FF FE) or BE (FE FF).
 * - Otherwise valid UTF-8 is UTF-8 (ASCII included).
 * - Otherwise GB18030 (a superset of GBK and GB2312: Chinese Windows and older editors), when a
 *   strict decode succeeds and the result looks like text (legacyLooksLikeText); it is read and
 *   checked, and the file-encoding rule asks to convert it.
 * - Otherwise the file is read as UTF-8 with replacement characters and marked undecodable at the
 *   first bad byte (file-unreadable). UTF-16 without a BOM is not guessed.
 * Node's own TextDecoder (full ICU, as in Node 20 and VS Code's Electron) decodes GB18030: no
 * dependency.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (bytes.length >= 2 && ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), problem: { encoding } };
    } catch {
      const text = new TextDecoder(encoding).decode(bytes);
      const at = text.indexOf('\ufffd');
      return { text, problem: { encoding, invalidUtf8At: at < 0 ? 0 : at } };
    }
  }
  try {
    return { text: strictUtf8.decode(bytes), problem: { encoding: 'utf-8' } };
  } catch {
    // not UTF-8: a legacy Chinese encoding, or undecodable
  }
  const legacy = decodeGb18030(bytes);
  if (legacy !== undefined) return { text: legacy, problem: { encoding: 'gb18030' } };
  const text = lenientUtf8.decode(bytes);
  const at = text.indexOf('\ufffd');
  return { text, problem: { encoding: 'utf-8', invalidUtf8At: at < 0 ? 0 : at } };
}

/** The text of GB18030 bytes, or undefined when they are not GB18030 or do not look like text. */
export function decodeGb18030(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined; // an invalid sequence, or a Node without full ICU
  }
  return legacyLooksLikeText(text) ? text : undefined;
}

/**
 * Whether decoded legacy text looks like a plan: almost every non-ASCII character is a common CJK
 * ideograph, CJK or full-width punctuation, or general punctuation. Bytes of another encoding that
 * happen to decode (Latin-1 accents next to letters) give rare characters and are refused.
 */
export function legacyLooksLikeText(text: string): boolean {
  let other = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return false;
      continue;
    }
    if (
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3400 && c <= 0x4dbf) || // extension A
      (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2000 && c <= 0x206f) || // general punctuation (“ ” — …)
      (c >= 0x2460 && c <= 0x24ff) || // circled numbers ①
      (c >= 0x2190 && c <= 0x21ff) || // arrows
      c === 0xb7 || c === 0xd7 || c === 0xf7
    )
      common++;
    else other++;
  }
  return common > 0 && other * 20 <= common;
}

/** Reads a file as text; undefined when it cannot be read (gone, a directory, no permission). */
export function readText(file: string, maxBytes = 64 * 1024 * 1024): DecodedText | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    if (st.size > maxBytes) {
      // Do not load huge files: a text of the same length is enough for the size diagnostic.
      return { text: ' '.repeat(Math.min(st.size, maxBytes + 1)), problem: {} };
    }
    return decodeBytes(fs.readFileSync(file));
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

/** A file's bytes, or why not: `missing` (gone, not a file, no permission) or `too-large` (over maxBytes). */
export async function readBytes(file: string, maxBytes: number): Promise<Uint8Array | 'missing' | 'too-large'> {
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile()) return 'missing';
    if (st.size > maxBytes) return 'too-large';
    return await fs.promises.readFile(file);
  } catch {
    return 'missing';
  }
}
