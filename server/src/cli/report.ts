/**
 * `poc-studio report <weekly|poc|acceptance> <file|folder> [--week YYYY-Www] [--today YYYY-MM-DD]
 * [--locale zh-CN|en] [--format md|html|docx|eml] [--edition customer|internal] [--out F] [--force]`:
 * prints the report's Markdown (or HTML), or writes it to --out (a file, or a folder ending in "/"
 * that receives the report under its usual name). Word and e-mail are written to a file: --out,
 * else the usual name in the current folder. An existing file is never overwritten without --force.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { parseDate } from '../core/dates';
import { kindOfPath } from '../core/artifact';
import { generateReport, isWeek, pickPlan, REPORT_KINDS, ReportError, type ReportKind } from '../core/reports';
import { REPORT_EDITIONS, type ReportEdition } from '../core/reports/doc';
import type { ReportFormat } from '../documents/report-output';
import { documents } from '../node/lazy';
import { loadFolder } from './load';
import { readArgs } from './args';

export const REPORT_HELP = `Usage:
  poc-studio report <weekly|poc|acceptance> <file|folder> [options]

Options:
  --week YYYY-Www            the ISO week of a weekly report (default: the week of today)
  --today YYYY-MM-DD         the report date (default: "today" of the folder settings, else the real date)
  --locale zh-CN|en          language (default: from the folder settings, else $LANG)
  --out FILE|FOLDER/         write the report there instead of printing it (a folder gets the usual name)
  --format md|html|docx|eml  Markdown with Mermaid (default), a standalone offline HTML page, a Word
                             document, or an e-mail draft (.eml: HTML and text, charts as pictures)
  --edition customer|internal  customer: only what the customer should read (no sales notes,
                             critical path, data problems or internal ids); internal (default): all
  --force                    overwrite an existing --out file

A folder stands for its plan: the *.poc.yaml for "poc", the *.project.yaml otherwise (give the
file when there are several). Exit code: 0 written, 2 on bad usage or when --out exists.`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

interface ReportArgs {
  kind?: string;
  target?: string;
  week?: string;
  today?: string;
  locale?: string;
  out?: string;
  format: ReportFormat;
  edition: ReportEdition;
  force: boolean;
}

function parse(argv: string[]): ReportArgs | string {
  const r = readArgs(argv, { values: ['--week', '--today', '--locale', '--out', '--format', '--edition'], flags: ['--force'], stop: ['-h', '--help'] });
  if ('stopped' in r) return 'help';
  if ('problem' in r) return `error: ${r.problem}`;
  const given = r.values.get('--format') ?? 'markdown';
  const format = given === 'md' ? 'markdown' : given;
  if (format !== 'markdown' && format !== 'html' && format !== 'docx' && format !== 'eml') return `error: --format must be md, html, docx or eml (got ${given})`;
  const edition = r.values.get('--edition') ?? 'internal';
  if (!REPORT_EDITIONS.includes(edition as ReportEdition)) return `error: --edition must be customer or internal (got ${edition})`;
  const positional = r.positionals;
  if (positional[0] !== 'report') return 'error: not a report command';
  if (positional.length > 3) return `error: report takes one file or folder (got ${positional.slice(2).join(' ')})`;
  const v = (name: string) => r.values.get(name);
  return { kind: positional[1], target: positional[2], week: v('--week'), today: v('--today'), locale: v('--locale'), out: v('--out'), format, edition: edition as ReportEdition, force: r.flags.has('--force') };
}

export async function runReport(argv: string[], io: Io): Promise<number> {
  const fail = (msg: string, usage = false) => {
    io.err.write(`${msg}\n${usage ? `\n${REPORT_HELP}\n` : ''}`);
    return 2;
  };
  const args = parse(argv);
  if (args === 'help') {
    io.out.write(REPORT_HELP + '\n');
    return 0;
  }
  if (typeof args === 'string') return fail(args, true);
  if (!args.kind || !REPORT_KINDS.includes(args.kind as ReportKind)) return fail(`error: the report kind must be weekly, poc or acceptance${args.kind ? ` (got ${args.kind})` : ''}`, true);
  const kind = args.kind as ReportKind;
  if (!args.target) return fail('error: report needs a plan file or a folder', true);
  if (args.week !== undefined && !isWeek(args.week)) return fail(`error: --week must be an ISO week YYYY-Www (got ${args.week})`);
  if (args.today !== undefined && parseDate(args.today) === undefined) return fail(`error: --today must be a date YYYY-MM-DD (got ${args.today})`);
  if (args.locale !== undefined && !/^(zh|en)/i.test(args.locale)) return fail(`error: --locale must be zh-CN or en (got ${args.locale})`);

  const target = path.resolve(io.cwd, args.target);
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    return fail(`error: ${args.target}: no such file or folder`);
  }
  const root = st.isDirectory() ? target : path.dirname(target);
  if (!st.isDirectory() && kindOfPath(target) !== 'poc' && kindOfPath(target) !== 'project') {
    return fail(`error: ${args.target} is not a plan (*.poc.yaml or *.project.yaml)`);
  }
  const { ws } = loadFolder(root, { today: args.today, locale: args.locale, include: st.isDirectory() ? [] : [target], maxDepth: st.isDirectory() ? 20 : 3 });
  let uri: string;
  if (st.isDirectory()) {
    const plans = pickPlan(ws, kind);
    const want = kind === 'poc' ? '*.poc.yaml' : '*.project.yaml';
    if (plans.length === 0) return fail(`error: no ${want} in ${args.target}`);
    if (plans.length > 1) return fail(`error: several ${want} in ${args.target}; give one: ${plans.map((u) => path.relative(io.cwd, fileURLToPath(u))).join(', ')}`);
    uri = plans[0];
  } else uri = pathToFileURL(target).href;

  let report;
  try {
    report = generateReport(ws, uri, { kind, week: args.week, edition: args.edition });
  } catch (e) {
    if (e instanceof ReportError) return fail(`error: ${e.message}`);
    throw e;
  }
  const output = await documents().reportOutput(report, args.format, { now: args.today ? new Date(`${args.today}T09:00:00Z`) : undefined });
  const binary = typeof output.data !== 'string';
  if (args.out === undefined && !binary) {
    await new Promise<void>((resolve) => io.out.write(output.data, () => resolve()));
    return 0;
  }
  const outArg = args.out ?? `./`;
  let out = path.resolve(io.cwd, outArg);
  if (/[\\/]$/.test(outArg) || (fs.existsSync(out) && fs.statSync(out).isDirectory())) out = path.join(out, output.fileName);
  const rel = path.relative(io.cwd, out) || out;
  if (fs.existsSync(out) && !args.force) return fail(`error: ${rel} already exists; not overwritten (use --force to replace it)`);
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, output.data, { flag: args.force ? 'w' : 'wx' });
  } catch (e) {
    return fail(`error: cannot write ${rel}: ${(e as Error).message}`);
  }
  io.err.write(`poc-studio: wrote ${rel}\n`);
  return 0;
}
