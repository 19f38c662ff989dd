import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `value` by edit distance, if it is close enough to be a likely typo
 * (a case-insensitive match, or a few edits relative to the length of the ids).
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
  if (bestScore === 0) return best; // differs only in case
  // At most a third of the longer id in edits (at least 2, so a swap of two letters counts), and fewer edits than the shorter id
  // has characters: otherwise any two short ids would look alike ('王五' is not a typo of 'li').
  const allowed = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return bestScore <= allowed && bestScore < Math.min(value.length, best.length) ? best : undefined;
}
