/**
 * Reports for leads (DOMAIN.md, Reports): the weekly report 周报, the POC summary report POC报告 and
 * the acceptance report 验收报告, as Markdown with Mermaid diagrams, in zh-CN or English. Pure: the
 * caller (language server, CLI) reads the files into a Workspace and writes the result.
 */
import { formatDate, formatIsoWeek, isoWeekOf, parseIsoWeek, weekday, type Day } from '../dates';
import { isPlan } from '../model';
import type { Locale } from '../types';
import type { Workspace } from '../workspace';
import { acceptanceReport } from './acceptance';
import { reportContext } from './context';
import { pocReport } from './poc';
import { weeklyReport } from './weekly';
import { weeklyImpacts } from './weekly-impact';
import { fileStem } from '../file-names';
import type { ReportDoc, ReportEdition } from './doc';
import { reportMarkdown } from './render-markdown';

export type ReportKind = 'weekly' | 'poc' | 'acceptance';
export const REPORT_KINDS: readonly ReportKind[] = ['weekly', 'poc', 'acceptance'];

export interface ReportOptions {
  kind: ReportKind;
  /** ISO week `YYYY-Www` of a weekly report; default: the week of today. */
  week?: string;
  locale?: Locale;
  today?: Day;
  /** customer: only what the customer should read; internal (default): everything. */
  edition?: ReportEdition;
}

export interface Report {
  kind: ReportKind;
  /** The document every output renders (Markdown, HTML, Word, e-mail). */
  doc: ReportDoc;
  markdown: string;
  /** File name for the report, e.g. `2027-W04-bank-log-impl-周报.md` (to be written under `reports/`). */
  fileName: string;
  /** The week of a weekly report. */
  week?: string;
  locale: Locale;
}

export class ReportError extends Error {}

const zhOf = (l: Locale): boolean => l === 'zh-CN';

export const isWeek = (text: string): boolean => parseIsoWeek(text) !== undefined;

/** The Monday of the week containing `day`. */
export const mondayOf = (day: Day): Day => day - ((weekday(day) || 7) - 1);

export function generateReport(ws: Workspace, uri: string, opts: ReportOptions): Report {
  if (!REPORT_KINDS.includes(opts.kind)) throw new ReportError(`unknown report kind ${opts.kind} (weekly, poc or acceptance)`);
  const file = ws.get(uri);
  if (!file || !isPlan(file.model)) throw new ReportError(`${file?.name ?? uri} is not a POC or project plan (*.poc.yaml, *.project.yaml)`);
  const ctx = reportContext(ws, uri, { locale: opts.locale, today: opts.today, edition: opts.edition });
  const edition = ctx.edition === 'customer' ? (zhOf(ctx.locale) ? '-客户版' : '-customer') : '';
  const zh = ctx.locale === 'zh-CN';
  const id = fileStem(file.model.id?.value, '') || fileStem(file.name.replace(/\.(poc|project)\.ya?ml$/, ''), 'plan');
  if (opts.kind === 'weekly') {
    let monday: Day;
    if (opts.week !== undefined) {
      const m = parseIsoWeek(opts.week);
      if (m === undefined) throw new ReportError(`--week must be an ISO week YYYY-Www (got ${opts.week})`);
      monday = m;
    } else monday = mondayOf(ctx.today);
    const week = formatIsoWeek(isoWeekOf(monday));
    const doc = weeklyReport(ctx, monday, weeklyImpacts(ws, uri));
    return { kind: 'weekly', doc, markdown: reportMarkdown(doc), fileName: `${week}-${id}-${zh ? '周报' : 'weekly-report'}${edition}.md`, week, locale: ctx.locale };
  }
  const date = formatDate(ctx.today);
  const doc = opts.kind === 'poc' ? pocReport(ctx) : acceptanceReport(ctx);
  const name = opts.kind === 'poc' ? (zh ? 'POC报告' : 'poc-report') : zh ? '验收报告' : 'acceptance-report';
  return { kind: opts.kind, doc, markdown: reportMarkdown(doc), fileName: `${date}-${id}-${name}${edition}.md`, locale: ctx.locale };
}

/** The plan a report of this kind is about, among the files of a folder: POC → *.poc.yaml, else *.project.yaml. */
export function pickPlan(ws: Workspace, kind: ReportKind): string[] {
  const want = kind === 'poc' ? 'poc' : 'project';
  const plans = ws.files().filter((f) => f.kind === want);
  return plans.map((f) => f.uri).sort();
}

export { md, mm } from './markdown';
export type { ReportDoc, ReportEdition } from './doc';
export { REPORT_EDITIONS } from './doc';
