/**
 * The `poc-studio` command line: the same core as the language server.
 *
 *   poc-studio check <files or folders…> [--format json|text|sarif|codequality] [--today YYYY-MM-DD] [--locale zh-CN|en]
 *   poc-studio schedule <plan file> [--format json|text] [--today …] [--baseline NAME]
 *   poc-studio report <weekly|poc|acceptance> <file|folder> [--week YYYY-Www] [--today …] [--locale …] [--out F] [--force]
 *   poc-studio export <plan file | folder> --format xlsx|csv|ics [--out F] [--force] [--person ID] [--today …] [--locale …]
 *   poc-studio load <files or folders…> [--format json|csv|html] [--from D] [--weeks N] [--today …] [--locale …]
 *   poc-studio import <file.xlsx|file.csv|file.xml> --out <plan file> [--kind poc|project] [--map field=列名,…] [--force-partial]
 *
 * The help (help.ts) is in Chinese or English, like the messages.
 *
 * Exit code: 0 no error found, 1 errors found, 2 bad usage.
 */
import * as path from 'path';
import { runCheck } from './check';
import { runReport } from './report';
import { formatCodeQuality, formatJson, formatSarif, formatText, terminalText } from './format';
import { VERSION } from '../core/version';
import { runGantt } from './gantt';
import { runSchedule } from './schedule';
import { runBaseline } from './baseline';
import { runExport } from './export';
import { runImport } from './import';
import { runLoad } from './load-command';
import { readArgs } from './args';
import { helpLocale, mainHelp } from './help';


const CHECK_FORMATS = ['json', 'text', 'sarif', 'codequality'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

interface Args {
  command?: string;
  paths: string[];
  format: CheckFormat;
  today?: string;
  locale?: string;
}

function parseArgs(argv: string[]): Args | string {
  const r = readArgs(argv, { values: ['--format', '--today', '--locale'], stop: ['-h', '--help', '-v', '--version'] });
  if ('stopped' in r) return r.stopped === '-v' || r.stopped === '--version' ? 'version' : 'help';
  if ('problem' in r) return `error: ${r.problem}`;
  const f = r.values.get('--format') ?? 'text';
  if (!CHECK_FORMATS.includes(f as CheckFormat)) return `error: --format must be json, text, sarif or codequality (got ${f})`;
  const [command, ...paths] = r.positionals;
  return { command, paths, format: f as CheckFormat, today: r.values.get('--today'), locale: r.values.get('--locale') };
}

export async function main(argv: string[], io = { out: process.stdout, err: process.stderr, cwd: process.cwd() }): Promise<number> {
  if (argv[0] === 'gantt') return runGantt(argv.slice(1), io);
  if (argv[0] === 'schedule') return runSchedule(argv.slice(1), io);
  if (argv[0] === 'baseline') return runBaseline(argv.slice(1), io);
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  if (argv[0] === 'load') return runLoad(argv.slice(1), io);
  if (argv.find((a) => !a.startsWith('-')) === 'report') return runReport(argv, io);
  const parsed = parseArgs(argv);
  const HELP = mainHelp(helpLocale(argv));
  if (parsed === 'help') {
    io.out.write(HELP + '\n');
    return 0;
  }
  if (parsed === 'version') {
    io.out.write(VERSION + '\n');
    return 0;
  }
  if (typeof parsed === 'string') {
    io.err.write(`${parsed}\n\n${HELP}\n`);
    return 2;
  }
  if (parsed.command !== 'check') {
    io.err.write(`${parsed.command ? `error: unknown command ${parsed.command}` : 'error: no command given'}\n\n${HELP}\n`);
    return 2;
  }
  if (parsed.paths.length === 0) {
    io.err.write('error: check needs at least one file or folder\n');
    return 2;
  }
  if (parsed.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(parsed.today)) {
    io.err.write(`error: --today must be YYYY-MM-DD (got ${parsed.today})\n`);
    return 2;
  }
  if (parsed.locale !== undefined && !/^(zh|en)/i.test(parsed.locale)) {
    io.err.write(`error: --locale must be zh-CN or en (got ${parsed.locale})\n`);
    return 2;
  }
  const result = runCheck(parsed.paths.map((p) => path.resolve(io.cwd, p)), {
    today: parsed.today,
    locale: parsed.locale,
    cwd: io.cwd,
  });
  for (const w of result.warnings) io.err.write(`poc-studio: ${terminalText(w)}\n`);
  if (result.fatal) return 2;
  const text = {
    json: () => formatJson(result.diagnostics),
    sarif: () => formatSarif(result.diagnostics, result.locale),
    codequality: () => formatCodeQuality(result.diagnostics),
    text: () => formatText(result.diagnostics, result.locale),
  }[parsed.format]();
  await new Promise<void>((resolve) => io.out.write(text, () => resolve()));
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`poc-studio: internal error: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
