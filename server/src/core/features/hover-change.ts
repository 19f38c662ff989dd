/**
 * The hover card of a change request (issue 18): description, scope and decision, and for an
 * estimate (`estimateDays`) the tasks linked to it (`change: CR1` on a task) with their working
 * days in the plan, so the plan shows the change's effect against its estimate.
 *
 * Decisions:
 * - Linked tasks: tasks of the same file whose `change` is the id; cancelled ones are left out.
 *   Their days are the schedule's working days (duration); an unscheduled task counts 0.
 * - The comparison is shown when the change has an estimate or linked tasks; "more / fewer than
 *   estimated" only when both are there (person-days against working days: one person per task).
 */
import { isPlan } from '../model';
import type { ArtifactFile } from '../rules/api';
import type { SymbolDef } from '../symbols';
import { label } from '../labels';
import type { Locale } from '../types';

export function changeCard(locale: Locale, file: ArtifactFile, def: SymbolDef, md: (s: string) => string, br: string): { detail: string; markdown: string } {
  const zh = locale === 'zh-CN';
  const m = file.model;
  const c = isPlan(m) ? m.changes.items.find((x) => x.id?.span.start === def.span.start) ?? m.changes.items.find((x) => x.id?.value === def.id) : undefined;
  const what = c?.description?.value?.trim() ?? '';
  const lines = [`**${md(def.id)}** ${md(what)}`.trim()];
  const facts = [
    c?.scope?.value ? label(locale, 'scope', c.scope.value) : '',
    c?.decision?.value ? label(locale, 'decision', c.decision.value) : '',
  ].filter(Boolean);
  if (facts.length) lines.push(facts.join(' · '));
  const linked = (file.schedule?.tasks ?? []).filter((t) => t.task.change?.value.trim() === def.id && t.task.status?.value !== 'cancelled');
  const days = linked.reduce((n, t) => n + (t.unscheduled ? 0 : t.duration), 0);
  const est = c?.estimateDays?.value;
  if (est !== undefined || linked.length) {
    const ids = linked.map((t) => md(t.id ?? `#${t.index + 1}`)).join(zh ? '、' : ', ');
    const estText = est !== undefined ? (zh ? `预估 ${est} 人天` : `Estimate: ${est} person-days`) : zh ? '未填写预估工作量' : 'No estimate';
    const planText = linked.length
      ? zh
        ? `关联任务 ${ids}，计划共 ${days} 个工作日`
        : `linked tasks ${ids}: ${days} working day${days === 1 ? '' : 's'} in the plan`
      : zh
        ? '计划中没有关联任务'
        : 'no task of the plan is linked to it';
    let diff = '';
    if (est !== undefined && linked.length && days !== est) {
      const d = Math.round(Math.abs(days - est) * 10) / 10;
      diff = days > est ? (zh ? `（比预估多 ${d} 天）` : ` (${d} more than estimated)`) : zh ? `（比预估少 ${d} 天）` : ` (${d} fewer than estimated)`;
    }
    lines.push(zh ? `${estText}；${planText}${diff}` : `${estText}; ${planText}${diff}`);
  }
  lines.push(`*${md(file.name)}*`);
  return { detail: [what, file.name].filter(Boolean).join(' · '), markdown: lines.join(br) };
}
