/**
 * The command line of every CLI command: options with a value (`--out file` or `--out=file`),
 * flags (`--force`), and the rest as positionals, in order. It stops at the first unknown option
 * or option without its value, or at a `stop` flag (-h, --version): what follows is not read.
 */
export interface ArgsSpec {
  values?: readonly string[];
  flags?: readonly string[];
  stop?: readonly string[];
}

export type ReadArgs =
  | { stopped: string }
  | { problem: string }
  | { values: Map<string, string>; flags: Set<string>; positionals: string[] };

export function readArgs(argv: readonly string[], spec: ArgsSpec): ReadArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (spec.stop?.includes(a)) return { stopped: a };
    if (!a.startsWith('-')) {
      positionals.push(a);
      continue;
    }
    if (spec.flags?.includes(a)) {
      flags.add(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!spec.values?.includes(name)) return { problem: `unknown option ${a}` };
    const v = eq < 0 ? argv[++i] : a.slice(eq + 1);
    if (v === undefined) return { problem: `${name} needs a value` };
    values.set(name, v);
  }
  return { values, flags, positionals };
}
