/**
 * `poc-studio load <files or folders…> [--format json|csv|html] [--from D] [--weeks N]
 * [--today D] [--locale zh-CN|en] [--out FILE] [--force]`: the team load, person × ISO week (core/views/load.ts).
 *
 * All arguments are one portfolio (cli/load.ts loadPortfolio): each folder with its own settings,
 * a file with its folder; people are matched by team id across all of them. `--from` is a date or an ISO week
 * (`2027-W05`), default the Monday of today's week (today: --today, else the settings, else the
 * clock); 8 weeks by default. Output on stdout; exit code 0, 2 on bad usage.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDate, parseIsoWeek, type Day } from '../core/dates';
import { teamLoad, MAX_WEEKS } from '../core/views/load';
import { loadCsv, loadHtml, loadJson, LOAD_FORMATS, type LoadFormat } from '../core/views/load-export';
import { readArgs } from './args';
import { terminalText } from './format';
import { loadPortfolio } from './load';

export const LOAD_HELP = `Usage:
  poc-studio load <files or folders…> [options]

Options:
  --format json|csv|html     json (default): [ { person, name, week, loadPercent, tasks } ], one row
                             per person and ISO week with a booking; csv: the same rows (UTF-8 with
                             a byte-order mark); html: a standalone page of the person × week grid
  --from YYYY-MM-DD|YYYY-Www the first week (default: the week of today)
  --weeks N                  how many weeks (default 8, at most ${MAX_WEEKS})
  --today YYYY-MM-DD         today, for the forecast and the default first week
  --locale zh-CN|en          language of the html page and of task labels
  --out FILE                 write to FILE (refused if it exists, unless --force) instead of printing
  --force                    overwrite an existing file
  -h, --help                 this help

loadPercent is the booked allocation (allocation × working days of each task's plan, halts
closed; done, cancelled, milestones and allocation 0 not counted) relative to capacity × the
person's available days that week (working days of their plans, minus leave).`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

export async function runLoad(argv: string[], io: Io): Promise<number> {
  const r = readArgs(argv, { values: ['--format', '--from', '--weeks', '--today', '--locale', '--out'], flags: ['--force'], stop: ['-h', '--help'] });
  if ('stopped' in r) {
    io.out.write(LOAD_HELP + '\n');
    return 0;
  }
  if ('problem' in r) return usage(io, r.problem);
  const format = r.values.get('--format') ?? 'json';
  const fromText = r.values.get('--from');
  const weeksText = r.values.get('--weeks');
  const today = r.values.get('--today');
  const locale = r.values.get('--locale');
  if (!LOAD_FORMATS.includes(format as LoadFormat)) return usage(io, `--format must be json, csv or html (got ${terminalText(format)})`);
  if (r.positionals.length === 0) return usage(io, 'load needs at least one file or folder');
  let from: Day | undefined;
  if (fromText !== undefined) {
    from = parseDate(fromText) ?? parseIsoWeek(fromText);
    if (from === undefined) return usage(io, `--from must be a date YYYY-MM-DD or a week YYYY-Www (got ${terminalText(fromText)})`);
  }
  const weeks = weeksText === undefined ? 8 : Number(weeksText);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) return usage(io, `--weeks must be a whole number from 1 to ${MAX_WEEKS} (got ${terminalText(weeksText ?? '')})`);
  if (today !== undefined && parseDate(today) === undefined) return usage(io, `--today must be a date YYYY-MM-DD (got ${terminalText(today)})`);
  if (locale !== undefined && !/^(zh|en)/i.test(locale)) return usage(io, `--locale must be zh-CN or en (got ${terminalText(locale)})`);

  // All arguments are one portfolio: every member's index holds every plan's people and bookings.
  const { members, warnings, fatal } = loadPortfolio(r.positionals, { cwd: io.cwd, today, locale });
  for (const w of warnings) io.err.write(`poc-studio: ${terminalText(w)}\n`);
  if (fatal || !members.length) return 2;
  const first = members[0].ws;
  const lang = first.messageLocale;
  const load = teamLoad(first.index(), { from: from ?? first.today, weeks, locale: lang, today: first.today });
  const text = format === 'csv' ? loadCsv(load) : format === 'html' ? loadHtml(load, lang) : loadJson(load);
  const out = r.values.get('--out');
  if (out === undefined) {
    await new Promise<void>((resolve) => io.out.write(text, () => resolve()));
    return 0;
  }
  const dest = path.resolve(io.cwd, out);
  const shown = terminalText(path.relative(io.cwd, dest) || dest);
  const force = r.flags.has('--force');
  if (fs.existsSync(dest) && !force) return fail(io, `${shown} already exists; not overwritten (use --force to replace it)`);
  try {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, text, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    return fail(io, `cannot write ${shown}: ${terminalText((e as Error).message)}`);
  }
  io.err.write(`poc-studio: wrote ${shown}\n`);
  return 0;
}

function fail(io: Io, message: string): number {
  io.err.write(`poc-studio: ${message}\n`);
  return 2;
}

function usage(io: Io, message: string): number {
  io.err.write(`error: ${message}\n\n${LOAD_HELP}\n`);
  return 2;
}
