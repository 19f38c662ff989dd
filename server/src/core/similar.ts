import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `value` by edit distance, if it is close enough to be a likely typo
 * (case-insensitive match, or at most a third of the length in edits, minimum 2).
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === value) continue;
    const score = c.toLowerCase() === lower ? 0 : distance(lower, c.toLowerCase());
    if (score < bestScore || (score === bestScore && best !== undefined && c < best)) {
      best = c;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return bestScore <= allowed ? best : undefined;
}
