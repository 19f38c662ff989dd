/**
 * `poc-studio schedule <plan file> [--format json|text] [--today D] [--baseline NAME] [--locale L]`:
 * the computed working-day schedule of one plan (DOMAIN.md "CLI contract additions"), as JSON
 * `{ plan, tasks: [{ id, start, end, slack, critical, baselineStart, baselineEnd, slipDays }] }` or
 * as a readable table. The plan is read with its folder (shared calendars, baselines).
 */
import { scheduleTable, type ScheduleRow } from '../core/views/schedule-table';
import type { Locale } from '../core/types';
import { loadPlanFile } from './load';
import { baselineFor } from '../core/baselines/read';
import { readArgs } from './args';
import { terminalText } from './format';

export const SCHEDULE_HELP = `Usage:
  poc-studio schedule <plan file> [options]

Options:
  --format json|text         JSON (the contract's shape) or a readable table (default: text)
  --today YYYY-MM-DD         "today" for the forecast (default: settings, else today)
  --baseline NAME            the baseline to compare with (default: the newest)
  --locale zh-CN|en          language of the table's headings
  -h, --help                 this help

Dates are working days of the plan's calendar; slack and slip in working days.`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

const HEAD: Record<Locale, string[]> = {
  en: ['Task', 'Name', 'Start', 'End', 'Slack', 'Critical', 'Baseline end', 'Slip'],
  'zh-CN': ['任务', '名称', '开始', '结束', '浮动时间', '关键路径', '原计划完成', '比原计划晚'],
};

export async function runSchedule(argv: string[], io: Io): Promise<number> {
  const r = readArgs(argv, { values: ['--format', '--today', '--locale', '--baseline'], stop: ['-h', '--help'] });
  if ('stopped' in r) {
    io.out.write(SCHEDULE_HELP + '\n');
    return 0;
  }
  if ('problem' in r) return usage(io, r.problem);
  const format = r.values.get('--format') ?? 'text';
  const today = r.values.get('--today');
  const locale = r.values.get('--locale');
  if (format !== 'json' && format !== 'text') return usage(io, `--format must be json or text (got ${format})`);
  if (r.positionals.length !== 1) return usage(io, 'schedule needs exactly one plan file');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) return usage(io, `--today must be YYYY-MM-DD (got ${today})`);
  if (locale !== undefined && !/^(zh|en)/i.test(locale)) return usage(io, `--locale must be zh-CN or en (got ${locale})`);
  const plan = loadPlanFile(r.positionals[0], io.cwd, io.err, { today, locale });
  if (!plan) return 2;
  const { ws, file } = plan;
  const planId = file.model.kind === 'poc' || file.model.kind === 'project' ? file.model.id?.value : undefined;
  const wanted = r.values.get('--baseline') ?? (ws.settings.baseline || undefined);
  const baseline = baselineFor(ws.index().files, planId, wanted);
  if (r.values.has('--baseline') && !baseline) {
    io.err.write(`poc-studio: no baseline named ${terminalText(wanted ?? '')} for plan ${terminalText(planId ?? '')} next to it\n`);
    return 2;
  }
  const table = scheduleTable(file, baseline);
  if (!table) return 2;
  const text = format === 'json' ? JSON.stringify(table, null, 2) + '\n' : textTable(table.plan, table.tasks, ws.messageLocale);
  await new Promise<void>((resolve) => io.out.write(text, () => resolve()));
  return 0;
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function textTable(plan: string | null, rows: ScheduleRow[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const yes = zh ? '是' : 'yes';
  const cells = rows.map((t) => [
    t.id ?? '-',
    terminalText(t.name ?? ''),
    t.start ?? '-',
    t.end ?? '-',
    t.slack === null ? '-' : String(t.slack),
    t.critical ? yes : '',
    t.baselineEnd ?? '-',
    t.slipDays === null ? '-' : t.slipDays > 0 ? `+${t.slipDays}` : String(t.slipDays),
  ]);
  const all = [HEAD[locale], ...cells];
  const widths = HEAD[locale].map((_, i) => Math.max(...all.map((row) => width(row[i]))));
  const line = (row: string[]) => row.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd();
  const title = plan ? (zh ? `计划 ${plan} 的排期` : `Schedule of ${plan}`) : zh ? '排期' : 'Schedule';
  return [title, '', line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), ''].join('\n');
}

function usage(io: Io, message: string): number {
  io.err.write(`error: ${message}\n\n${SCHEDULE_HELP}\n`);
  return 2;
}
