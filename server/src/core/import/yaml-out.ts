/**
 * An ImportedPlan as plan YAML in the house style of a hand-written plan: the header fields, the
 * calendar, the team and the tasks as one flow mapping per line, each with the source row as a
 * trailing comment and what could not be carried over as comments above it.
 *
 * Decisions:
 * - Written with the `yaml` library (quoting of names with `:` `#` `,` `[` …), lines never folded.
 * - A task gets `start` only when it has no dependency or when its dependencies alone would start
 *   it elsewhere than the source says (verify.ts sets `explicitStart`); `end` only for a task
 *   with an end and no start; the length as `duration` in working days (`0d` for a milestone).
 * - Comments are the source's words (a phase name, other owners, a link that is not
 *   finish-to-start); their new lines become spaces.
 */
import { Document, YAMLMap, YAMLSeq } from 'yaml';
import type { ImportedPlan, ImportedTask } from './types';

export interface WrittenTask extends ImportedTask {
  /** Write `start` (verify.ts: the dependencies alone would not give the source's start). */
  explicitStart?: boolean;
  /** Write `end` instead of relying on the duration (a task with an end only). */
  explicitEnd?: boolean;
}

export interface YamlOptions {
  locale: 'zh-CN' | 'en';
  /** The date of the import, for the header comment (YYYY-MM-DD). */
  today?: string;
  region?: 'CN';
}

const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

const days = (n: number) => `${Number.isInteger(n) ? n : Math.round(n * 10) / 10}d`;

export function taskObject(t: WrittenTask): Record<string, unknown> {
  const o: Record<string, unknown> = { id: t.id, name: t.name };
  if (t.phase) o.phase = t.phase;
  if (t.owner) o.owner = t.owner;
  const start = t.sourceStart && (t.explicitStart || !t.dependsOn.length);
  if (start) o.start = t.sourceStart;
  if (!start && t.explicitEnd && t.sourceEnd) o.end = t.sourceEnd;
  if (t.duration !== undefined) o.duration = days(t.milestone ? 0 : t.duration);
  if (t.dependsOn.length) o.dependsOn = [...t.dependsOn];
  if (t.status) o.status = t.status;
  if (t.progress !== undefined) o.progress = t.progress;
  return o;
}

function header(plan: ImportedPlan, o: YamlOptions): string {
  const s = plan.source;
  const file = oneLine(s.file.replace(/^.*[\\/]/, ''));
  if (o.locale === 'en') {
    const parts = [s.sheet ? `sheet "${oneLine(s.sheet)}"` : '', s.headerRow ? `header on row ${s.headerRow}` : '', s.encoding ? `encoding ${s.encoding}` : ''].filter(Boolean);
    return ` Imported by POC Studio from ${file}${parts.length ? ` (${parts.join(', ')})` : ''}${o.today ? ` on ${o.today}` : ''}.\n The comment after each task names its row in the source.`;
  }
  const parts = [s.sheet ? `工作表“${oneLine(s.sheet)}”` : '', s.headerRow ? `表头在第 ${s.headerRow} 行` : '', s.encoding ? `编码 ${s.encoding}` : ''].filter(Boolean);
  return ` 由 POC Studio 从 ${file} 导入${parts.length ? `（${parts.join('，')}）` : ''}${o.today ? `，导入日期 ${o.today}` : ''}。\n 每个任务行尾的注释是它在原文件中的位置。`;
}

export function planYaml(plan: ImportedPlan, tasks: readonly WrittenTask[], o: YamlOptions): string {
  const doc = new Document({});
  const root = doc.contents as YAMLMap;
  doc.commentBefore = header(plan, o);
  root.set('kind', plan.kind);
  root.set('id', plan.id);
  root.set('title', oneLine(plan.title) || plan.id);
  if (plan.customer) root.set('customer', oneLine(plan.customer));
  if (plan.start) root.set('start', plan.start);
  if (plan.end) root.set('end', plan.end);
  if (o.region || plan.holidays.length || plan.workdays.length) {
    const cal = doc.createNode({
      ...(o.region ? { region: o.region } : {}),
      ...(plan.holidays.length ? { holidays: plan.holidays } : {}),
      ...(plan.workdays.length ? { workdays: plan.workdays } : {}),
    }) as YAMLMap;
    for (const item of cal.items) if (item.value instanceof YAMLSeq) item.value.flow = true;
    root.set('calendar', cal);
  }
  const team = doc.createNode(plan.team.map((m) => ({ id: m.id, name: oneLine(m.name) }))) as YAMLSeq;
  for (const n of team.items) (n as YAMLMap).flow = true;
  root.set('team', team);
  const list = doc.createNode(tasks.map(taskObject)) as YAMLSeq;
  list.items.forEach((n, i) => {
    const node = n as YAMLMap;
    node.flow = true;
    const t = tasks[i];
    node.comment = ` ${o.locale === 'en' ? t.source.en : t.source.zh}`;
    if (t.comments.length) node.commentBefore = t.comments.map((c) => ` ${oneLine(c)}`).join('\n');
  });
  root.set('tasks', list);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
