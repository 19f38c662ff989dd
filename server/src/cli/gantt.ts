/**
 * `poc-studio gantt <file|folder> [--format svg|png|html|mermaid|markdown] [--theme T] [--out F]
 * [--critical] [--owner ID] [--inspections] [--today D] [--locale zh-CN|en] [--force]`: a plan file gives its own
 * chart, a folder the portfolio of every plan in it. Prints to stdout, or writes --out (never over
 * an existing file without --force). Without --format, an --out ending in .svg, .html, .md or .mmd
 * chooses it (else mermaid). svg and html are POC Studio's own renderer (core/gantt/svg.ts): html
 * is a page embedding the SVG, without any script.
 */
import { terminalText } from './format';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { kindOfPath } from '../core/artifact';
import { ganttChart } from '../core/gantt/gantt';
import { ganttMarkdown, ganttMermaid } from '../core/gantt/mermaid';
import { ganttSvg, ganttSvgPage, type SvgTheme } from '../core/gantt/svg';
import { svgInputs } from '../core/gantt/svg-inputs';
import { svgToPng } from '../node/png';
import { loadFolder } from './load';
import { readArgs } from './args';

export const GANTT_HELP = `Usage:
  poc-studio gantt <plan file | folder> [options]

Options:
  --format svg|png|html|mermaid|markdown
                                   output (default: from the --out extension, else mermaid);
                                   svg is an SVG image, png the same as a picture (2× scale,
                                   Chinese labels with a CJK font of the machine), html a
                                   standalone page showing it
  --theme light|dark|high-contrast colours of svg and html (default: light)
  --out FILE                       write to FILE instead of stdout (refused if it exists, unless --force)
  --critical                       only the critical path
  --owner ID                       only the tasks of this owner
  --inspections                    add the inspections the contract expects after go-live
                                   (contract.inspectionEvery over the maintenance period)
  --today YYYY-MM-DD               the today line (default: settings, else today)
  --locale zh-CN|en                language of names and marks
  --force                          overwrite --out

A *.poc.yaml / *.project.yaml file gives its own chart; a folder gives the portfolio of
every plan in it (one lane per plan).`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

export async function runGantt(argv: string[], io: Io): Promise<number> {
  const r = readArgs(argv, { values: ['--format', '--theme', '--out', '--today', '--locale', '--owner'], flags: ['--critical', '--force', '--inspections'], stop: ['-h', '--help'] });
  if ('stopped' in r) {
    io.out.write(GANTT_HELP + '\n');
    return 0;
  }
  if ('problem' in r) return usage(io, r.problem);
  const out = r.values.get('--out');
  const format = r.values.get('--format') ?? formatOfName(out) ?? 'mermaid';
  const theme = r.values.get('--theme') ?? 'light';
  const today = r.values.get('--today');
  const locale = r.values.get('--locale');
  const owner = r.values.get('--owner');
  const critical = r.flags.has('--critical');
  const force = r.flags.has('--force');
  const paths = r.positionals;
  if (!['svg', 'png', 'html', 'mermaid', 'markdown'].includes(format)) return usage(io, `--format must be svg, png, html, mermaid or markdown (got ${format})`);
  if (!['light', 'dark', 'high-contrast'].includes(theme)) return usage(io, `--theme must be light, dark or high-contrast (got ${theme})`);
  if (paths.length !== 1) return usage(io, 'gantt needs exactly one plan file or folder');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) return usage(io, `--today must be YYYY-MM-DD (got ${today})`);
  if (locale !== undefined && !/^(zh|en)/i.test(locale)) return usage(io, `--locale must be zh-CN or en (got ${locale})`);

  const target = path.resolve(io.cwd, paths[0]);
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    io.err.write(`poc-studio: ${paths[0]}: no such file or folder\n`);
    return 2;
  }
  const isFolder = st.isDirectory();
  if (!isFolder && !/^(poc|project)$/.test(kindOfPath(target) ?? '')) {
    io.err.write(`poc-studio: ${paths[0]}: not a plan (expected *.poc.yaml or *.project.yaml, or a folder)\n`);
    return 2;
  }
  const root = isFolder ? target : path.dirname(target);
  const { ws, warnings } = loadFolder(root, { today, locale, include: isFolder ? [] : [target], maxDepth: isFolder ? 20 : 3 });
  for (const w of warnings) io.err.write(`poc-studio: ${terminalText(w)}\n`);
  const file = isFolder ? undefined : ws.get(pathToFileURL(target).href);
  const loc = ws.messageLocale;
  const chart = ganttChart(ws, file, { scope: isFolder ? 'portfolio' : 'file', locale: loc, criticalOnly: critical, owner, inspections: r.flags.has('--inspections') });
  if (chart.empty) io.err.write(`poc-studio: ${terminalText(chart.empty)}\n`);
  for (const b of chart.unscheduled) io.err.write(`poc-studio: ${terminalText(`${b.label}: ${b.problems.join('; ')}`)}\n`);
  const svgOpts = () => ({ locale: loc, theme: theme as SvgTheme, ...svgInputs(ws, chart) });
  let png: Buffer | undefined;
  if (format === 'png') {
    if (out === undefined) return usage(io, '--format png needs --out FILE.png (a PNG is not printed to a terminal)');
    try {
      png = (await svgToPng(ganttSvg(chart, svgOpts()), { scale: 2 })).png;
    } catch (e) {
      io.err.write(`poc-studio: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const text =
    format === 'png'
      ? ''
      : format === 'svg'
      ? ganttSvg(chart, svgOpts())
      : format === 'html'
        ? ganttSvgPage(chart, svgOpts())
        : format === 'markdown'
          ? ganttMarkdown(chart, { locale: loc })
          : ganttMermaid(chart, { locale: loc });
  if (out !== undefined) {
    const dest = path.resolve(io.cwd, out);
    if (fs.existsSync(dest) && !force) {
      io.err.write(`poc-studio: ${out} already exists; use --force to overwrite\n`);
      return 2;
    }
    try {
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      // 'wx': never over a file that appeared since the check above.
      fs.writeFileSync(dest, png ?? text, { flag: force ? 'w' : 'wx' });
    } catch (e) {
      io.err.write(`poc-studio: cannot write ${out}: ${(e as Error).message}\n`);
      return 2;
    }
    io.err.write(`poc-studio: wrote ${out}\n`);
    return chart.empty ? 1 : 0;
  }
  await new Promise<void>((resolve) => io.out.write(text, () => resolve()));
  return chart.empty ? 1 : 0;
}

/** The format an --out file name asks for. */
function formatOfName(name: string | undefined): string | undefined {
  const ext = /\.([a-z]+)$/i.exec(name ?? '')?.[1]?.toLowerCase();
  return ext === 'svg' ? 'svg' : ext === 'png' ? 'png' : ext === 'html' || ext === 'htm' ? 'html' : ext === 'md' ? 'markdown' : ext === 'mmd' ? 'mermaid' : undefined;
}

function usage(io: Io, message: string): number {
  io.err.write(`error: ${message}\n\n${GANTT_HELP}\n`);
  return 2;
}
