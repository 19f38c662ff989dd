/**
 * The values of a spreadsheet's cells as a plan needs them: dates, working-day durations,
 * percentages, status words, predecessor lists, yes/no.
 *
 * Decisions:
 * - A cell is what a reader gives: a string (CSV, text cells), a number (Excel numbers and date
 *   serials), a Date (exceljs date cells, read as their UTC calendar day) or null.
 * - Dates: Excel serials (1900 system, 1955–2200), ISO and slashed/dotted text (2027-03-01,
 *   2027/3/1, 2027.3.1), Chinese (2027年3月1日), each optionally followed by a time or a weekday
 *   (周一, 星期一, (Mon)). Day-first or month-first text (1/3/2027) is ambiguous and not read.
 * - Durations are working days: 5, 5d, 5天, 5 个工作日, 5 days, 1w / 1周 (5 days), 4h / 4小时
 *   (8 hours a day); MS Project's estimate mark "?" is ignored; 0 is a milestone.
 * - A progress column is read as fractions when every number in it is at most 1 (0.5 = 50 %),
 *   else as percents; "50%", "50 %", "50％" are always percents.
 * - Status words, Chinese and English, of the usual tools (Excel templates, Worktile, 飞书项目).
 */
import type { ImportedStatus } from './types';

export type Cell = string | number | boolean | Date | null | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return undefined; // 2027-02-30
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel's serial day (1900 system, with its 1900-02-29) → YYYY-MM-DD. */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 20090 || serial > 109574) return undefined; // 1955..2200
  const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT(（]|$)/;

/** A cell as a date, or undefined when it is not one. */
export function readDate(cell: Cell): string | undefined {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : ymd(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === 'number') return excelSerialDate(cell);
  const s = cell.trim().replace(/\u3000/g, ' ');
  if (!s) return undefined;
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerialDate(Number(s));
  const m = DATE_TEXT.exec(s);
  if (!m) return undefined;
  return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A cell is empty: nothing, or only spaces. */
export const isBlank = (cell: Cell): boolean => cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim());

/** A cell as display text (trimmed; dates as YYYY-MM-DD). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return readDate(cell) ?? '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 1e6) / 1e6);
  return String(cell).replace(/\u3000/g, ' ').trim();
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(d|day|days|天|日|个工作日|工作日|w|wk|week|weeks|周|星期|h|hr|hrs|hour|hours|小时|工时)?\s*\??$/i;

/** A cell as working days (0.5 steps kept), or undefined. */
export function readDuration(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 && cell < 100000 ? cell : undefined;
  const s = cellText(cell).replace(/\s+/g, ' ').replace(/^约\s*/, '');
  const m = DURATION.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'd').toLowerCase();
  if (/^(w|wk|week|weeks|周|星期)$/.test(unit)) return n * 5;
  if (/^(h|hr|hrs|hour|hours|小时|工时)$/.test(unit)) return Math.round((n / 8) * 2) / 2;
  return n;
}

/** A number in a progress cell: its value and whether it was written as a percent. */
export function progressNumber(cell: Cell): { value: number; percent: boolean } | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, percent: false } : undefined;
  const s = cellText(cell);
  const m = /^(\d+(?:\.\d+)?)\s*([%％])?$/.exec(s);
  if (!m) return undefined;
  return { value: Number(m[1]), percent: m[2] !== undefined };
}

/** Progress 0–100 from a progress cell; `fractions`: the column writes 0.5 for 50 %. */
export function readProgress(cell: Cell, fractions: boolean): number | undefined {
  const p = progressNumber(cell);
  if (!p) return undefined;
  const v = p.percent || !fractions ? p.value : p.value * 100;
  if (v < 0 || v > 100) return undefined;
  return Math.round(v);
}

const STATUS: [RegExp, ImportedStatus][] = [
  [/^(未开始|待开始|未启动|待启动|计划中|待处理|待办|新建|not started|to ?do|open|planned|new)$/i, 'todo'],
  [/^(进行中|执行中|处理中|实施中|开发中|已开始|正在进行|in progress|doing|ongoing|started|active|wip)$/i, 'doing'],
  [/^(已完成|完成|已关闭|关闭|已结束|结束|已验收|done|completed?|closed|finished|resolved)$/i, 'done'],
  [/^(暂停|已暂停|挂起|阻塞|受阻|延期|搁置|on ?hold|paused|blocked|suspended)$/i, 'blocked'],
  [/^(取消|已取消|作废|不做|cancell?ed|dropped|abandoned)$/i, 'cancelled'],
];

/** A status word → the status enum, or undefined. */
export function readStatus(cell: Cell): ImportedStatus | undefined {
  const s = cellText(cell).replace(/\s+/g, ' ');
  for (const [re, status] of STATUS) if (re.test(s)) return status;
  return undefined;
}

/** A yes/no cell (是/否, Y/N, √/×, true/false, 1/0), or undefined. */
export function readYesNo(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  const s = cellText(cell).toLowerCase();
  if (/^(是|y|yes|true|√|✓|✔|x|●|里程碑|milestone)$/.test(s)) return true;
  if (/^(否|n|no|false|×|✗|-|)$/.test(s)) return false;
  return undefined;
}

export interface PredecessorRef {
  /** What names the predecessor: a row number, a WBS number or a task name. */
  ref: string;
  /** Link type when written (FS, SS, FF, SF; 完成-开始 …); FS when absent. */
  type: 'FS' | 'SS' | 'FF' | 'SF';
  /** Lag in working days (+2, -1), 0 when absent. */
  lag: number;
  /** The token as written. */
  text: string;
}

const LINK_WORDS: Record<string, PredecessorRef['type']> = { 完成开始: 'FS', 开始开始: 'SS', 完成完成: 'FF', 开始完成: 'SF' };

/** A predecessor cell: several refs separated by 、 , ， ; ；(or new lines), each maybe with a link type and a lag. */
export function readPredecessors(cell: Cell): PredecessorRef[] {
  const s = cellText(cell);
  if (!s) return [];
  const out: PredecessorRef[] = [];
  for (const raw of s.split(/[、,，;；\n\r]+/)) {
    const text = raw.trim();
    if (!text) continue;
    const m = /^(.+?)\s*(FS|SS|FF|SF|完成-?开始|开始-?开始|完成-?完成|开始-?完成)?\s*(?:([+-])\s*(\d+(?:\.\d+)?)\s*(?:d|days?|天|个?工作日|工作天)?)?$/i.exec(text);
    if (!m) continue;
    const spaced = /\s/.test(text[m[1].length] ?? '');
    if ((m[2] || m[4]) && !/^[\d.]+$/.test(m[1].trim()) && !spaced) {
      out.push({ ref: text, type: 'FS', lag: 0, text }); // a name that happens to end in "SS" or "+2"
      continue;
    }
    const word = m[2]?.replace('-', '');
    const type = word ? (LINK_WORDS[word] ?? (word.toUpperCase() as PredecessorRef['type'])) : 'FS';
    const lag = m[4] ? Number(m[4]) * (m[3] === '-' ? -1 : 1) : 0;
    out.push({ ref: m[1].trim(), type, lag, text });
  }
  return out;
}
