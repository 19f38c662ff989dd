/**
 * Hours of a weekly report (`weeklyReports[].hours`): per person (`zhao: 16`) or per task
 * (`zhao: { P4: 16, P5: 8 }`), in one map of each person's hours (per-task hours summed).
 * Values that are not finite non-negative numbers are left out (the schema rule reports them).
 */

const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Person id → hours, in the order written; a person whose hours are all invalid is left out. */
export function personHours(raw: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [person, v] of Object.entries(raw as Record<string, unknown>)) {
    if (ok(v)) out.set(person, v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const parts = Object.values(v as Record<string, unknown>).filter(ok);
      if (parts.length) out.set(person, parts.reduce((s, n) => s + n, 0));
    }
  }
  return out;
}

/** Task id → hours of one person's per-task entry; empty when the person's hours are one number. */
export function taskHours(raw: unknown, person: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const v = (raw as Record<string, unknown>)[person];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [task, h] of Object.entries(v as Record<string, unknown>)) if (ok(h)) out.set(task, h);
  return out;
}
