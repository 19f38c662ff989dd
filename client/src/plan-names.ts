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

/** The file name without its `.poc.yaml` / `.project.yaml` (or `.yaml`) suffix. */
export function planNameStem(name: string): string {
  const m = PLAN_SUFFIX.exec(name);
  return m ? name.slice(0, m.index) : name.replace(/\.ya?ml$/i, '');
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The plan's YAML with its top-level `id: <from>` line saying `id: <to>` (comment kept): an import
 * written as `<id>-2.project.yaml` beside an earlier one must not repeat its plan id, which is
 * unique in the workspace folder. Unchanged when there is no such line or `to` is not an id.
 */
export function renamePlanId(yaml: string, from: string, to: string): string {
  if (from === to || !ID_RE.test(from) || !ID_RE.test(to)) return yaml;
  const escaped = from.replace(/[.]/g, '\\.');
  const line = new RegExp(`^id:([ \\t]*)(["']?)${escaped}\\2([ \\t]*(?:#.*)?)$`, 'm');
  return yaml.replace(line, (_m, space: string, _q: string, rest: string) => `id:${space || ' '}${to}${rest}`);
}
