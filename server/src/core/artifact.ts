import type { Kind } from './types';

const SUFFIX = /\.(poc|project|stakeholders|requirements|checklist)\.ya?ml$/i;

/** The artifact kind a file name's suffix declares, or undefined for any other file. */
export function kindOfPath(pathOrUri: string): Kind | undefined {
  const m = SUFFIX.exec(baseName(pathOrUri));
  return m ? (m[1].toLowerCase() as Kind) : undefined;
}

export function baseName(pathOrUri: string): string {
  const clean = pathOrUri.split(/[?#]/)[0];
  const last = clean.split(/[\\/]/).pop() ?? clean;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The glob that matches artifact files (for watchers and the CLI). */
export const ARTIFACT_GLOB = '**/*.{poc,project,stakeholders,requirements,checklist}.{yaml,yml}';
