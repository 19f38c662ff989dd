import type { Kind } from './types';

const SUFFIX = /\.(poc|project|stakeholders|requirements|checklist|calendar|baseline)\.ya?ml$/i;

/** The artifact kind a file name's suffix declares, or undefined for any other file. */
export function kindOfPath(pathOrUri: string): Kind | undefined {
  const m = SUFFIX.exec(baseName(pathOrUri));
  return m ? (m[1].toLowerCase() as Kind) : undefined;
}

/**
 * The last segment of a path or URI, decoded. Only a URI (a scheme of two or more letters:
 * `file:`, `untitled:`…) has a query or fragment to cut and percent escapes to decode: in a plain
 * path (`政务云#2期.poc.yaml`, `a?b.project.yaml`, `50%.poc.yaml`) `#`, `?` and `%` are part of the name.
 */
export function baseName(pathOrUri: string): string {
  const uri = isUri(pathOrUri);
  const clean = uri ? pathOrUri.split(/[?#]/)[0] : pathOrUri;
  const last = clean.split(/[\\/]/).pop() ?? clean;
  if (!uri) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Whether a string is a URI rather than a file path (`c:\x` is a Windows path, not scheme `c`). */
export function isUri(pathOrUri: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]+:/.test(pathOrUri);
}

/** The glob that matches artifact files (for watchers and the CLI). */
export const ARTIFACT_GLOB = '**/*.{poc,project,stakeholders,requirements,checklist,calendar,baseline}.{yaml,yml}';
