/**
 * `poc-studio baseline <plan file> [--name NAME] [--today D] [--locale L]`: writes the plan's
 * baseline `<plan file name without .poc/.project.yaml>.<name>.baseline.yaml` next to the plan
 * (DOMAIN.md "CLI contract additions"); never over an existing file (exit 2 then).
 */
import * as fs from 'fs';
import * as path from 'path';
import { baselineOf } from '../core/baselines/write';
import { loadPlanFile } from './load';
import { readArgs } from './args';
import { terminalText } from './format';

export const BASELINE_HELP = `Usage:
  poc-studio baseline <plan file> [options]

Options:
  --name NAME                name of the baseline (default: the date taken)
  --today YYYY-MM-DD         the date it is taken (default: settings, else today)
  --locale zh-CN|en          language of the file's header comment
  -h, --help                 this help

Writes <plan>.<name>.baseline.yaml next to the plan: the computed start and end of every task.
An existing file is never overwritten.`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

export async function runBaseline(argv: string[], io: Io): Promise<number> {
  const r = readArgs(argv, { values: ['--name', '--today', '--locale'], stop: ['-h', '--help'] });
  if ('stopped' in r) {
    io.out.write(BASELINE_HELP + '\n');
    return 0;
  }
  if ('problem' in r) return usage(io, r.problem);
  const today = r.values.get('--today');
  const locale = r.values.get('--locale');
  const name = r.values.get('--name');
  if (r.positionals.length !== 1) return usage(io, 'baseline needs exactly one plan file');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) return usage(io, `--today must be YYYY-MM-DD (got ${today})`);
  if (locale !== undefined && !/^(zh|en)/i.test(locale)) return usage(io, `--locale must be zh-CN or en (got ${locale})`);
  if (name !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) return usage(io, `--name: letters, digits, "-", "_" and "." only (got ${name})`);
  const plan = loadPlanFile(r.positionals[0], io.cwd, io.err, { today, locale });
  if (!plan) return 2;
  const { ws, file } = plan;
  const target = path.resolve(io.cwd, r.positionals[0]);
  const b = baselineOf(file, { name, taken: ws.today, locale: ws.messageLocale });
  if ('problem' in b) {
    io.err.write(`poc-studio: ${terminalText(r.positionals[0])}: ${terminalText(b.problem)}\n`);
    return 2;
  }
  const dest = path.join(path.dirname(target), b.fileName);
  const shown = path.relative(io.cwd, dest) || b.fileName;
  try {
    // 'wx': never over an existing file, even one that appeared a moment ago.
    fs.writeFileSync(dest, b.text, { flag: 'wx' });
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
    io.err.write(`poc-studio: ${terminalText(shown)} ${exists ? 'already exists; nothing was written (give another --name)' : `cannot be written: ${terminalText((e as Error).message)}`}\n`);
    return 2;
  }
  io.err.write(`poc-studio: wrote ${terminalText(shown)}\n`);
  return 0;
}

function usage(io: Io, message: string): number {
  io.err.write(`error: ${message}\n\n${BASELINE_HELP}\n`);
  return 2;
}
