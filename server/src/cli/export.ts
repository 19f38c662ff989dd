/**
 * `poc-studio export <plan file | folder> --format xlsx|csv|ics|mspdi [--out FILE] [--force]
 * [--person ID] [--today D] [--locale zh-CN|en]`: the tasks (and hours by person and week) as a
 * workbook or CSV, the tasks as calendar events, one plan as Microsoft Project XML (core/exports,
 * documents/xlsx.ts).
 *
 * A plan file gives its own tasks (read with its folder: names, baselines, calendars); a folder
 * every plan under it, in one workbook, CSV or calendar (the Plan column tells them apart).
 * Without --out, csv, ics and mspdi are printed; xlsx is written to `<plan id>-tasks.xlsx` (zh:
 * `<plan id>-任务.xlsx`; a folder of several plans: the folder's name) in the current folder.
 * Never over an existing file without --force. Errors in the plans do not stop an export.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { kindOfPath } from '../core/artifact';
import { parseDate } from '../core/dates';
import { EXPORT_FORMATS, exportData, exportFileName, planMspdi, planUris, tasksCsv, tasksIcs, type ExportFormat } from '../core/exports';
import { documents } from '../node/lazy';
import { readArgs } from './args';
import { terminalText } from './format';
import { loadFolder } from './load';

export const EXPORT_HELP = `Usage:
  poc-studio export <plan file | folder> --format xlsx|csv|ics|mspdi [options]

Options:
  --format xlsx|csv|ics|mspdi
                             xlsx: a workbook with a Tasks and an Hours sheet (person × week);
                             csv: the tasks, UTF-8 with a byte-order mark (Excel reads Chinese);
                             ics: each task with dates as an all-day event (Outlook, 钉钉, 飞书);
                             mspdi: one plan as Microsoft Project XML (MS Project, ProjectLibre):
                             tasks, dependencies, team, assignments, holidays and make-up days
                             (default: from the --out extension; .xml is mspdi)
  --out FILE                 write to FILE (refused if it exists, unless --force); without it
                             csv, ics and mspdi are printed, xlsx goes to <plan id>-tasks.xlsx here
  --force                    overwrite an existing file
  --person ID                only the tasks (and hours) of this person, e.g. an engineer's calendar
                             (not with mspdi)
  --today YYYY-MM-DD         the forecast's today and the export's date (default: settings, else today)
  --locale zh-CN|en          language of headers, labels and the file name
  -h, --help                 this help

A *.poc.yaml / *.project.yaml file gives its own tasks; a folder gives every plan under it in
one file (the Plan column, and each event's UID, tell them apart); mspdi takes one plan. Tasks that cannot be scheduled
are in the workbook and the CSV without dates, and not in the calendar. Errors in the plans do
not stop an export. Exit code: 0 written, 2 on bad usage or when the file exists.`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  const r = readArgs(argv, { values: ['--format', '--out', '--person', '--today', '--locale'], flags: ['--force'], stop: ['-h', '--help'] });
  if ('stopped' in r) {
    io.out.write(EXPORT_HELP + '\n');
    return 0;
  }
  if ('problem' in r) return usage(io, r.problem);
  const out = r.values.get('--out');
  const format = r.values.get('--format') ?? formatOfName(out);
  const today = r.values.get('--today');
  const locale = r.values.get('--locale');
  const person = r.values.get('--person');
  const force = r.flags.has('--force');
  if (format === undefined) return usage(io, 'export needs --format xlsx, csv, ics or mspdi');
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) return usage(io, `--format must be xlsx, csv, ics or mspdi (got ${terminalText(format)})`);
  if (format === 'mspdi' && person !== undefined) return usage(io, '--person does not go with --format mspdi (a Microsoft Project file holds the whole plan)');
  if (r.positionals.length !== 1) return usage(io, 'export needs exactly one plan file or folder');
  if (today !== undefined && parseDate(today) === undefined) return usage(io, `--today must be a date YYYY-MM-DD (got ${terminalText(today)})`);
  if (locale !== undefined && !/^(zh|en)/i.test(locale)) return usage(io, `--locale must be zh-CN or en (got ${terminalText(locale)})`);
  if (person !== undefined && !person.trim()) return usage(io, '--person needs a person id');

  const arg = r.positionals[0];
  const target = path.resolve(io.cwd, arg);
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    return fail(io, `${terminalText(arg)}: no such file or folder`);
  }
  const isFolder = st.isDirectory();
  if (!isFolder && !/^(poc|project)$/.test(kindOfPath(target) ?? '')) return fail(io, `${terminalText(arg)}: not a plan (expected *.poc.yaml or *.project.yaml, or a folder)`);
  const root = isFolder ? target : path.dirname(target);
  const { ws, warnings } = loadFolder(root, { today, locale, include: isFolder ? [] : [target], maxDepth: isFolder ? 20 : 3 });
  for (const w of warnings) io.err.write(`poc-studio: ${terminalText(w)}\n`);
  const uris = isFolder ? planUris(ws) : [pathToFileURL(target).href].filter((u) => ws.get(u));
  if (uris.length === 0) return fail(io, isFolder ? `no plan (*.poc.yaml or *.project.yaml) in ${terminalText(arg)}` : `${terminalText(arg)}: the plan could not be read`);

  if (format === 'mspdi' && uris.length > 1) return fail(io, `--format mspdi writes one plan; ${terminalText(arg)} holds ${uris.length}: give one plan file`);
  const data = exportData(ws, uris, { person });
  if (person !== undefined && !data.people.some((p) => p.id === person)) {
    const known = data.people.map((p) => p.id).join(', ');
    return fail(io, `${terminalText(person)} is neither a team member nor an owner of a task in these plans${known ? ` (people: ${terminalText(known)})` : ''}`);
  }
  let bytes: string | Buffer;
  if (format === 'xlsx') bytes = await documents().tasksWorkbook(data);
  else if (format === 'csv') bytes = tasksCsv(data);
  else if (format === 'mspdi') {
    const x = planMspdi(ws, uris[0])!;
    bytes = x.text;
    if (x.undated.length) io.err.write(`poc-studio: ${terminalText(`${x.undated.length} task${x.undated.length === 1 ? '' : 's'} without dates (a dependency cycle) written without Start and Finish: ${x.undated.map((t) => t.id ?? `#${t.index + 1}`).join(', ')}`)}\n`);
  } else {
    const ics = tasksIcs(data);
    bytes = ics.text;
    if (ics.skipped.length) {
      const ids = ics.skipped.map((t) => (t.id ? `${t.plan}/${t.id}` : `${t.plan}#${t.index + 1}`)).join(', ');
      io.err.write(`poc-studio: ${terminalText(`${ics.skipped.length} task${ics.skipped.length === 1 ? '' : 's'} without dates not in the calendar: ${ids}`)}\n`);
    }
  }

  if (out === undefined && format !== 'xlsx') {
    await new Promise<void>((resolve) => io.out.write(bytes, () => resolve()));
    return 0;
  }
  const name = out ?? exportFileName(data, format as ExportFormat, path.basename(root));
  const dest = path.resolve(io.cwd, name);
  const shown = terminalText(path.relative(io.cwd, dest) || dest);
  if (fs.existsSync(dest) && !force) return fail(io, `${shown} already exists; not overwritten (use --force to replace it)`);
  try {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    // 'wx': never over a file that appeared since the check above.
    fs.writeFileSync(dest, bytes, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    return fail(io, `cannot write ${shown}: ${terminalText((e as Error).message)}`);
  }
  io.err.write(`poc-studio: wrote ${shown} (${data.tasks.length} task${data.tasks.length === 1 ? '' : 's'})\n`);
  return 0;
}

/** The format an --out file name implies: .xlsx, .csv, .ics, and .xml for mspdi. */
function formatOfName(out: string | undefined): string | undefined {
  const ext = /\.(xlsx|csv|ics|xml)$/i.exec(out ?? '')?.[1]?.toLowerCase();
  return ext === 'xml' ? 'mspdi' : ext;
}

function fail(io: Io, message: string): number {
  io.err.write(`poc-studio: ${message}\n`);
  return 2;
}

function usage(io: Io, message: string): number {
  io.err.write(`error: ${message}\n\n${EXPORT_HELP}\n`);
  return 2;
}
