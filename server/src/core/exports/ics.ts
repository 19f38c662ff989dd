/**
 * The tasks as an iCalendar file (RFC 5545; `poc-studio export --format ics`): every task with
 * dates an all-day event, so that an engineer subscribes to his tasks in Outlook, 钉钉 or 飞书.
 *
 * Decisions:
 * - Our own small writer, not the `ics` package: that one folds lines by characters (a line of 75
 *   Chinese characters is 225 octets, RFC 5545 allows 75) and stamps events with the clock.
 * - Lines of at most 75 octets of UTF-8, folded with CRLF + one space, never inside a character;
 *   TEXT values escape `\`, `;`, `,` and line breaks (`\n`); parameter values are quoted, with
 *   RFC 6868's `^'` `^^`. Control characters are gone before (text.ts).
 * - DTSTART;VALUE=DATE is the first day, DTEND the day after the last (exclusive); a milestone is a
 *   one-day event on its date. Tasks without computed dates are left out (`skipped`).
 * - UID `<plan id>-<task id>@poc-studio` (a task without an id: `#<its position>`), the same in every
 *   export, so a re-import updates events instead of doubling them; a UID met twice (duplicate
 *   ids) gets `-2`, `-3` … DTSTAMP is the export's today at 00:00 UTC: the same plan and date give
 *   the same bytes.
 * - SUMMARY is the task name on one line (reports' oneLine); DESCRIPTION holds task, plan, owner,
 *   phase, status and progress, and the baseline slip; the owner is also the ATTENDEE (CN = name,
 *   address urn:x-poc-studio:person:<id>: plans hold no e-mail addresses); CATEGORIES the phase.
 *   A cancelled task is STATUS:CANCELLED, every event TRANSP:TRANSPARENT (tasks do not block
 *   free/busy).
 */
import { formatDate, type Day } from '../dates';
import { oneLine } from '../reports/markdown';
import { VERSION } from '../version';
import type { ExportData, TaskRow } from './rows';

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A quoted parameter value (RFC 5545 3.2, RFC 6868): one line, `"` and `^` escaped. */
export function paramValue(s: string): string {
  return `"${oneLine(s).replace(/\^/g, '^^').replace(/"/g, "^'")}"`;
}

const utf8Length = (ch: string): number => {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
};

/** A content line folded at 75 octets (RFC 5545 3.1): CRLF + space before each continuation. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space is the 75th octet
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icsDate = (d: Day): string => formatDate(d).replace(/-/g, '');

export interface IcsResult {
  text: string;
  /** Events written. */
  events: number;
  /** Tasks left out: without computed dates. */
  skipped: TaskRow[];
}

/** The tasks of an export as one calendar. */
export function tasksIcs(data: ExportData): IcsResult {
  const zh = data.locale === 'zh-CN';
  const lines: string[] = [];
  const prop = (name: string, value: string) => lines.push(foldLine(`${name}:${value}`));
  const titles = data.plans.map((p) => p.title).join(zh ? '、' : ', ');
  const personName = data.person !== undefined ? (data.people.find((p) => p.id === data.person)?.name ?? data.person) : undefined;
  const calName = personName !== undefined ? `${personName} · ${titles}` : titles;
  lines.push('BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//POC Studio//POC Studio ${VERSION}//${zh ? 'ZH-CN' : 'EN'}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH');
  prop('X-WR-CALNAME', escapeText(oneLine(calName)));
  const stamp = `${icsDate(data.today)}T000000Z`;
  const uids = new Map<string, number>();
  const skipped: TaskRow[] = [];
  let events = 0;
  const titleOf = new Map(data.plans.map((p) => [p.id, p.title]));
  for (const t of data.tasks) {
    if (t.start === undefined || t.end === undefined) {
      skipped.push(t);
      continue;
    }
    let uid = `${t.plan}-${t.id ?? `#${t.index + 1}`}@poc-studio`;
    const n = (uids.get(uid) ?? 0) + 1;
    uids.set(uid, n);
    if (n > 1) uid = uid.replace(/@poc-studio$/, `-${n}@poc-studio`);
    const last = t.milestone ? t.start : Math.max(t.start, t.end);
    lines.push('BEGIN:VEVENT');
    prop('UID', escapeText(uid));
    prop('DTSTAMP', stamp);
    prop('DTSTART;VALUE=DATE', icsDate(t.start));
    prop('DTEND;VALUE=DATE', icsDate(last + 1));
    prop('SUMMARY', escapeText(oneLine(t.name) || t.id || `#${t.index + 1}`));
    prop('DESCRIPTION', escapeText(description(t, titleOf.get(t.plan) ?? t.plan, zh)));
    if (t.phase) prop('CATEGORIES', escapeText(oneLine(t.phase)));
    if (t.owner !== null) prop(`ATTENDEE;CN=${paramValue(t.ownerName || t.owner)};ROLE=REQ-PARTICIPANT`, `urn:x-poc-studio:person:${encodeURIComponent(t.owner)}`);
    prop('STATUS', t.statusValue === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
    prop('TRANSP', 'TRANSPARENT');
    lines.push('END:VEVENT');
    events++;
  }
  lines.push('END:VCALENDAR');
  return { text: lines.join('\r\n') + '\r\n', events, skipped };
}

function description(t: TaskRow, planTitle: string, zh: boolean): string {
  const task = [t.id, t.name].filter(Boolean).join(' ');
  const plan = planTitle === t.plan ? t.plan : zh ? `${planTitle}（${t.plan}）` : `${planTitle} (${t.plan})`;
  const lines = zh
    ? [`任务：${task}`, `计划：${plan}`, t.owner !== null ? `负责人：${t.ownerName || t.owner}` : '', t.phase ? `阶段：${t.phase}` : '', `状态：${t.status}，进度 ${t.progress}%`]
    : [`Task: ${task}`, `Plan: ${plan}`, t.owner !== null ? `Owner: ${t.ownerName || t.owner}` : '', t.phase ? `Phase: ${t.phase}` : '', `Status: ${t.status} (${t.progress}%)`];
  if (t.milestone) lines.push(zh ? '里程碑' : 'Milestone');
  if (t.baselineEnd !== undefined && t.slipDays !== null) {
    const d = formatDate(t.baselineEnd);
    const s = t.slipDays;
    lines.push(
      zh
        ? `原计划完成：${d}${s > 0 ? `，比原计划晚 ${s} 个工作日` : s < 0 ? `，比原计划早 ${-s} 个工作日` : '，按原计划'}`
        : `Baseline end: ${d}${s > 0 ? `, ${s} working day${s === 1 ? '' : 's'} late` : s < 0 ? `, ${-s} working day${s === -1 ? '' : 's'} early` : ', on time'}`,
    );
  }
  return lines.filter(Boolean).join('\n');
}
