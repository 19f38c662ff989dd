/** The n-th name tried for a plan file (no vscode here, so it is unit-tested). */
const PLAN_SUFFIX = /\.(poc|project)\.ya?ml$/i;

/** `name` for n = 1, else `<stem>-<n>.<kind>.yaml`: the kind suffix is kept, so the file stays a plan. */
export function planNameCandidate(name: string, n: number): string {
  const m = PLAN_SUFFIX.exec(name);
  const stem = m ? name.slice(0, m.index) : name.replace(/\.ya?ml$/i, '');
  const suffix = m ? m[0] : '.yaml';
  return n === 1 ? `${stem}${suffix}` : `${stem}-${n}${suffix}`;
}

export function isPlanFileName(name: string): boolean {
  return PLAN_SUFFIX.test(name);
}
