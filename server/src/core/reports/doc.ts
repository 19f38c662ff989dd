/**
 * The report as a document: a list of blocks that every output renders — Markdown (+ Mermaid),
 * HTML, Word (.docx) and the e-mail draft (.eml). The generators (weekly.ts, poc.ts,
 * acceptance.ts) build it; they never write markup.
 *
 * Decisions:
 * - Text in a block is plain text (user text and product text alike, already localized); each
 *   renderer escapes it for its format. Emphasis is structure (`{ strong }`, `{ em }`, `{ code }`),
 *   never `**` inside a string.
 * - An empty table is never built: the generator gives a paragraph with its "none" line instead
 *   (see `tableOr`), so a renderer never meets a table without rows.
 * - Charts are data (`Chart`), not Mermaid: Markdown renders them as Mermaid, Word and e-mail as
 *   pictures drawn from the same data (reports/charts/), so no output needs a browser.
 * - The signature block is its own block so that Word can give it room to sign and stamp.
 */
import type { Day } from '../dates';
import type { Locale } from '../types';

export type Inline = string | { strong: string } | { em: string } | { code: string };
/** A run of text: a plain string, or pieces with emphasis. */
export type Rich = string | readonly Inline[];

export type ReportEdition = 'customer' | 'internal';
export const REPORT_EDITIONS: readonly ReportEdition[] = ['customer', 'internal'];

export type Block =
  /** A section heading (level 2) or sub-heading (level 3); numbering (一、 / 1.) is part of the text. */
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: Rich; role?: 'note' | 'footer' }
  | { type: 'list'; items: Rich[] }
  | { type: 'table'; header: string[]; rows: Rich[][]; /** The last row is a total (bold in Word). */ total?: boolean }
  | { type: 'chart'; chart: Chart }
  | { type: 'signature'; signature: SignatureBlock }
  /** A thin line before the closing note. */
  | { type: 'rule' };

export interface PieSlice {
  label: string;
  value: number;
}

export interface GanttChartRow {
  /** Stable within the chart (task id, or index). */
  key: string;
  label: string;
  start: Day;
  end: Day;
  milestone: boolean;
  done: boolean;
  active: boolean;
  critical: boolean;
  /** Open and past its end on the chart's today: the bar then runs to today (`end`), `plannedEnd` is where it should have ended. */
  overdue: boolean;
  plannedEnd?: Day;
  /** 0–100. */
  progress?: number;
  baselineStart?: Day;
  baselineEnd?: Day;
}

export type Chart =
  | { kind: 'pie'; title: string; slices: PieSlice[] }
  /** Horizontal bars, e.g. hours by person. */
  | { kind: 'bars'; title: string; unit: string; bars: PieSlice[] }
  | {
      kind: 'gantt';
      title: string;
      /** The window drawn (inclusive). */
      from: Day;
      to: Day;
      today?: Day;
      sections: { title: string; rows: GanttChartRow[] }[];
    };

export interface SignatureParty {
  /** 甲方（客户） / 乙方（实施方）. */
  role: string;
  /** The organisation's name, or '' to be filled in by hand. */
  organisation: string;
}

export interface SignatureBlock {
  /** Row labels: 单位, 验收结论, 代表签字, 日期, 盖章. */
  labels: { organisation: string; conclusion: string; signature: string; date: string; seal: string };
  /** The boxes to tick: □ 通过 □ 有条件通过 □ 不通过. */
  conclusionOptions: string[];
  parties: [SignatureParty, SignatureParty];
}

export interface ReportDoc {
  kind: 'weekly' | 'poc' | 'acceptance';
  edition: ReportEdition;
  locale: Locale;
  /** The document title, e.g. "周报 · 某银行日志平台实施 · 2027-W04". */
  title: string;
  /** For page headers: the customer and the project's title (plain text, '' when unknown). */
  customer: string;
  project: string;
  /** The company that writes the report (setting `pocStudio.company`), '' when not set. */
  company: string;
  /** Short e-mail subject, for a weekly report: 【周报】<project> <week>. */
  subject?: string;
  /** Who a weekly report goes to (the project's `weeklyReport: { to, cc }`), for the e-mail draft. */
  recipients?: { to: string[]; cc: string[] };
  blocks: Block[];
}

/** The picture of a chart, as a renderer of Word or e-mail receives it. */
export interface ChartImage {
  png: Uint8Array;
  /** Size in CSS pixels (the PNG itself may be drawn at 2×). */
  width: number;
  height: number;
  /** Text alternative (the chart's title). */
  alt: string;
}

/** Draws a chart as a picture; undefined when it cannot (the renderer then writes its data as a table). */
export type ChartRenderer = (chart: Chart) => Promise<ChartImage | undefined>;

/** The plain text of a run. */
export function plainText(text: Rich): string {
  if (typeof text === 'string') return text;
  return text.map((i) => (typeof i === 'string' ? i : 'strong' in i ? i.strong : 'em' in i ? i.em : i.code)).join('');
}
