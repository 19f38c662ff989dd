/**
 * Helpers shared by the schedule rules (schedule-cycle, date-order, starts-before-dependency,
 * outside-window, overdue, over-allocated, status-progress) and checklist-overdue.
 */
import type { Span } from '../text';
import type { Task } from '../model';
import type { Localized } from '../types';
import type { ArtifactFile, Message } from './api';

/** Status values that take a task out of the live plan. */
export function isClosed(task: Task): boolean {
  const s = task.status?.value;
  return s === 'done' || s === 'cancelled';
}

/** How a task is named in messages: `T3（产品部署）` / `T3 (产品部署)`, the name alone, or `#n`. */
export function taskLabel(task: Task, index: number, locale: 'en' | 'zh-CN'): string {
  const id = task.id?.value;
  const name = task.name?.value?.trim();
  if (id !== undefined && name) return locale === 'zh-CN' ? `${id}（${name}）` : `${id} (${name})`;
  if (id !== undefined) return id;
  if (name) return locale === 'zh-CN' ? `“${name}”` : `"${name}"`;
  return locale === 'zh-CN' ? `第 ${index + 1} 个任务` : `task #${index + 1}`;
}

/** The first line of a span (so a diagnostic on a whole mapping does not cover many lines). */
export function firstLine(text: string, span: Span): Span {
  let end = span.start;
  while (end < span.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: span.start, end: Math.max(end, span.start) };
}

/** Where to report something about an item as a whole: its id value, else its name/text value, else its first line. */
export function anchorOf(
  file: ArtifactFile,
  item: { span: Span; id?: { span: Span }; name?: { span: Span }; text?: { span: Span } },
): Span {
  return item.id?.span ?? item.name?.span ?? item.text?.span ?? firstLine(file.text, item.span);
}

export type Lang = 'en' | 'zh-CN';

/** Drops the space left between a full-width closing mark and the Chinese text after it: `T3（部署） 的` → `T3（部署）的`. */
export function tidyZh(s: string): string {
  return s.replace(/([）」”』]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g, '$1');
}

/** A message in both languages from arguments that depend on the language (e.g. task labels). */
export function localized<A>(m: Message<A>, args: (l: Lang) => A): Localized {
  return { en: m.en(args('en')), 'zh-CN': tidyZh(m['zh-CN'](args('zh-CN'))) };
}
