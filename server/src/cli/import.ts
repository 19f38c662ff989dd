/**
 * `poc-studio import <file.xlsx | file.csv | file.xml> --out <plan file> [--kind poc|project]
 * [--map field=列名,…] [--id ID] [--force-partial] [--format text|json] [--today D] [--locale …]`:
 * a task list from a spreadsheet or a Microsoft Project XML file becomes a plan (server/src/import).
 *
 * Never overwrites a file. With an error note (a row that cannot be read, a predecessor that
 * points nowhere, a cycle …) nothing is written unless --force-partial; the notes name the rows.
 * After writing, the plan is checked by the same core as `check` and its dates compared with the
 * source's: both are printed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { localToday, formatDate, parseDate } from '../core/dates';
import { pickLocale } from '../core/types';
import { importer } from '../node/lazy';
import { readArgs } from './args';
import { terminalText } from './format';

export const IMPORT_HELP = `Usage:
  poc-studio import <file.xlsx | file.csv | file.xml> --out <plan file> [options]

A task list from Excel (.xlsx), a CSV (UTF-8, or GB18030/GBK as Excel saves it on Chinese
Windows) or Microsoft Project XML (MSPDI, "Save as XML" in MS Project or ProjectLibre) becomes a
plan: one task per row, owners as team members, predecessors as dependsOn.

Options:
  --out FILE                 the plan to write, *.project.yaml or *.poc.yaml (default:
                             <plan id>.<kind>.yaml here); an existing file is never overwritten
  --kind project|poc         the plan's kind (default: from --out, else project)
  --map field=header,…       which column is which field, e.g. --map name=任务,owner=执行人
                             (fields: id wbs name owner start end duration dependsOn status
                             progress phase milestone note; a header text, a letter or a number)
  --id ID                    the plan's id (default: from the file name)
  --force-partial            write what could be read even when some rows could not
  --format text|json         what is printed (default text; json: the notes, findings, mapping)
  --today YYYY-MM-DD         the import's date (header comment; the check's today)
  --locale zh-CN|en          language of the notes and the plan's comments
  -h, --help                 this help

Headers are found even below titles and blank rows, in Chinese or English (任务名称/任务/工作内容,
负责人/执行人, 开始时间/计划开始, 结束时间/完成时间, 工期/天数, 前置任务/依赖, 状态, 进度/完成百分比,
阶段/里程碑 …). Exit code: 0 written, 1 not written because of errors (or written with
--force-partial), 2 on bad usage or when the file exists.`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

export async function runImport(argv: string[], io: Io): Promise<number> {
  const r = readArgs(argv, { values: ['--out', '--kind', '--map', '--id', '--format', '--today', '--locale'], flags: ['--force-partial'], stop: ['-h', '--help'] });
  if ('stopped' in r) {
    io.out.write(IMPORT_HELP + '\n');
    return 0;
  }
  if ('problem' in r) return usage(io, r.problem);
  if (r.positionals.length !== 1) return usage(io, 'import needs exactly one file (.xlsx, .csv or .xml)');
  // The import's readers are a bundle of their own (dist/import.js), loaded here (node/lazy.ts).
  const { formatOf, importBytes, MAX_IMPORT_BYTES, parseMapOption } = importer();
  const kind = r.values.get('--kind');
  const format = r.values.get('--format') ?? 'text';
  const today = r.values.get('--today') ?? formatDate(localToday());
  const localeArg = r.values.get('--locale');
  const id = r.values.get('--id');
  if (kind !== undefined && kind !== 'project' && kind !== 'poc') return usage(io, `--kind must be project or poc (got ${terminalText(kind)})`);
  if (format !== 'text' && format !== 'json') return usage(io, `--format must be text or json (got ${terminalText(format)})`);
  if (parseDate(today) === undefined) return usage(io, `--today must be a date YYYY-MM-DD (got ${terminalText(today)})`);
  if (localeArg !== undefined && !/^(zh|en)/i.test(localeArg)) return usage(io, `--locale must be zh-CN or en (got ${terminalText(localeArg)})`);
  if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) return usage(io, `--id must be an id (letters, digits, _ . -), got ${terminalText(id)}`);
  let map: Record<string, string> | undefined;
  const mapArg = r.values.get('--map');
  if (mapArg !== undefined) {
    const m = parseMapOption(mapArg);
    if (typeof m === 'string') return usage(io, `--map needs field=header pairs separated by commas (got ${terminalText(m)})`);
    map = m;
  }
  const locale = pickLocale(localeArg ?? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));
  const source = r.positionals[0];
  const src = path.resolve(io.cwd, source);
  if (!formatOf(src)) return usage(io, `${terminalText(source)}: import reads .xlsx, .csv or Microsoft Project .xml files`);
  let outArg = r.values.get('--out');
  if (outArg !== undefined && !/\.(poc|project)\.ya?ml$/i.test(outArg)) return usage(io, `--out must name a plan file, *.project.yaml or *.poc.yaml (got ${terminalText(outArg)})`);
  const outKind = outArg ? (/\.poc\.ya?ml$/i.test(outArg) ? 'poc' : 'project') : undefined;
  if (kind && outKind && kind !== outKind) return usage(io, `--kind ${kind} disagrees with --out ${terminalText(outArg!)}`);

  let st: fs.Stats;
  try {
    st = fs.statSync(src);
  } catch {
    return fail(io, `${terminalText(source)}: no such file`);
  }
  if (!st.isFile()) return fail(io, `${terminalText(source)}: not a file`);
  if (st.size > MAX_IMPORT_BYTES) return fail(io, `${terminalText(source)}: ${Math.round(st.size / 1024 / 1024)} MB is more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an import reads`);
  const bytes = fs.readFileSync(src);
  const result = await importBytes(bytes, path.basename(src), { kind: (kind ?? outKind) as 'poc' | 'project' | undefined, map, locale, id, today, outName: outArg });
  outArg ??= `${result.plan.id}.${result.plan.kind}.yaml`;
  const dest = path.resolve(io.cwd, outArg);
  const shown = terminalText(path.relative(io.cwd, dest) || dest);
  const zh = locale === 'zh-CN';
  const blocked = result.errors > 0 && !r.flags.has('--force-partial');
  const empty = !result.yaml;
  let written = false;
  let exists = false;
  if (!blocked && !empty) {
    if (fs.existsSync(dest)) exists = true;
    else {
      try {
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        fs.writeFileSync(dest, result.yaml, { flag: 'wx' }); // never over a file that appeared meanwhile
        written = true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') exists = true;
        else return fail(io, `cannot write ${shown}: ${terminalText((e as Error).message)}`);
      }
    }
  }
  const errorsInPlan = result.findings.filter((f) => f.severity === 'error');
  if (format === 'json') {
    const s = result.plan.source;
    io.out.write(
      JSON.stringify(
        {
          source: source,
          format: s.format,
          encoding: s.encoding ?? null,
          sheet: s.sheet ?? null,
          headerRow: s.headerRow ?? null,
          mapping: s.mapping ?? {},
          ignoredColumns: s.ignoredColumns ?? [],
          out: path.relative(io.cwd, dest) || dest,
          written,
          tasks: result.plan.tasks.length,
          team: result.plan.team,
          region: result.region ?? null,
          notes: result.plan.notes.map((n) => ({ severity: n.severity, where: zh ? n.where.zh : n.where.en, message: zh ? n.message.zh : n.message.en })),
          findings: result.findings,
          differences: result.differences,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const s = result.plan.source;
    const what = [s.sheet ? (zh ? `工作表“${s.sheet}”` : `sheet "${s.sheet}"`) : '', s.headerRow ? (zh ? `表头在第 ${s.headerRow} 行` : `header on row ${s.headerRow}`) : '', s.encoding ? (zh ? `编码 ${s.encoding}` : `encoding ${s.encoding}`) : ''].filter(Boolean).join(zh ? '，' : ', ');
    io.out.write(
      terminalText(
        zh
          ? `读取 ${source}${what ? `（${what}）` : ''}：${result.plan.tasks.length} 个任务，${result.plan.team.length} 名成员`
          : `read ${source}${what ? ` (${what})` : ''}: ${result.plan.tasks.length} task${result.plan.tasks.length === 1 ? '' : 's'}, ${result.plan.team.length} ${result.plan.team.length === 1 ? 'person' : 'people'}`,
      ) + '\n',
    );
    if (s.mapping && Object.keys(s.mapping).length)
      io.out.write(terminalText((zh ? '列对应：' : 'columns: ') + Object.entries(s.mapping).map(([f, h]) => `${h} → ${f}`).join(zh ? '，' : ', ')) + '\n');
    for (const m of result.messages) io.out.write(terminalText(m) + '\n');
    if (!empty && !blocked) {
      const e = errorsInPlan.length;
      const w = result.findings.length - e;
      io.out.write(zh ? `检查结果：${e} 个错误，${w} 个其他问题\n` : `the plan checks with ${e} error${e === 1 ? '' : 's'} and ${w} other finding${w === 1 ? '' : 's'}\n`);
      for (const f of errorsInPlan) io.out.write(terminalText(`  ${shown}:${f.line}:${f.column} ${f.rule} ${f.message}`) + '\n');
      io.out.write(
        result.differences
          ? zh
            ? `${result.differences} 个任务的计算日期与原计划不同（见上）\n`
            : `${result.differences} task${result.differences === 1 ? '' : 's'} computed on other dates than the source's (above)\n`
          : zh
            ? '所有任务的计算日期与原计划一致\n'
            : "every task's computed dates equal the source's\n",
      );
    }
  }
  if (exists) {
    io.err.write(`poc-studio: ${shown} already exists; not overwritten (choose another --out)\n`);
    return 2;
  }
  if (written) io.err.write(`poc-studio: wrote ${shown}\n`);
  else if (blocked) io.err.write(zh ? `poc-studio: 有 ${result.errors} 个错误，未写入 ${shown}（加 --force-partial 可写入能读取的部分）\n` : `poc-studio: ${result.errors} error${result.errors === 1 ? '' : 's'}: ${shown} not written (--force-partial writes what could be read)\n`);
  else if (empty) io.err.write(`poc-studio: nothing to write\n`);
  return result.errors > 0 || empty ? 1 : 0;
}

function fail(io: Io, message: string): number {
  io.err.write(`poc-studio: ${message}\n`);
  return 2;
}

function usage(io: Io, message: string): number {
  io.err.write(`error: ${message}\n\n${IMPORT_HELP}\n`);
  return 2;
}
