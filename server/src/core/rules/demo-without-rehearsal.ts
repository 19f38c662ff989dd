/**
 * demo-without-rehearsal (seed 000 §10–§11: design the demo flow and rehearse it (预演) before the
 * product demo, to find problems and raise the success rate).
 *
 * Decisions:
 * - Every task with phase `demo` that is not `cancelled` needs a non-cancelled task with phase
 *   `rehearsal` before it: either the rehearsal's computed end (ctx.file.schedule) is strictly
 *   before the demo's computed start, or the demo depends on the rehearsal (directly or through
 *   other tasks), which orders them even when dates cannot be computed.
 * - When the demo's start cannot be computed (no dates at all), only a plan with no rehearsal task
 *   whatsoever fires: the order cannot be judged otherwise.
 * - `demo.rehearsal.date` in the demo section is not a task and does not count: the rehearsal should
 *   be a scheduled task with an owner.
 * - Reported at the demo task's id value; without an id, at its name, else the whole task.
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import type { ScheduledTask } from '../schedule';
import { itemLabel } from './_poc-playbook-util';

type A = { task: string; name?: string; start?: string; rehearsals: { label: string; end?: string }[] };

const head = {
  en: (a: A) => `Demo task ${a.task}${a.name ? ` (${a.name}` : ''}${a.start ? `${a.name ? ', ' : ' ('}starts ${a.start})` : a.name ? ')' : ''}`,
  'zh-CN': (a: A) => `演示任务 ${a.task}${a.name ? `（${a.name}` : ''}${a.start ? `${a.name ? '，' : '（'}${a.start} 开始）` : a.name ? '）' : ''}`,
};

const messages = {
  none: {
    en: (a: A) =>
      `${head.en(a)} has no rehearsal task before it. Add a task with phase: rehearsal that ends ${a.start ? `before ${a.start}` : 'before the demo'} and put it in the demo's dependsOn, to rehearse the data, goals and flow of the demo.`,
    'zh-CN': (a: A) =>
      `${head['zh-CN'](a)}之前没有预演任务。请增加阶段为“演示预演”的预演任务，${a.start ? `在 ${a.start} 之前完成` : '在演示之前完成'}，并将其加入演示任务的前置任务，预先检查数据、目标指标和演示流程。`,
  },
  notBefore: {
    en: (a: A) =>
      `${head.en(a)} has no rehearsal scheduled before it: ${a.rehearsals.map((r) => (r.end ? `${r.label} ends ${r.end}` : `${r.label} has no dates`)).join(', ')}. Schedule the rehearsal to end before ${a.start} (e.g. add it to the demo's dependsOn).`,
    'zh-CN': (a: A) =>
      `${head['zh-CN'](a)}之前没有安排预演：${a.rehearsals.map((r) => (r.end ? `${r.label} 于 ${r.end} 结束` : `${r.label} 没有日期`)).join('、')}。请将预演安排在 ${a.start} 之前完成（例如把预演任务加入演示任务的前置任务）。`,
  },
};

const isCancelled = (t: ScheduledTask) => t.task.status?.value === 'cancelled';
const phaseOf = (t: ScheduledTask) => t.task.phase?.value.trim();

/** Tasks that `t` depends on, directly or transitively. */
function ancestors(t: ScheduledTask): Set<ScheduledTask> {
  const seen = new Set<ScheduledTask>();
  const stack = [...t.deps];
  while (stack.length) {
    const d = stack.pop()!;
    if (seen.has(d)) continue;
    seen.add(d);
    stack.push(...d.deps);
  }
  return seen;
}

export const rule = defineRule({
  id: 'demo-without-rehearsal',
  defaultSeverity: 'warning',
  description: {
    en: 'A demo task with no rehearsal task before it.',
    'zh-CN': '演示任务之前没有预演任务。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    const schedule = ctx.file.schedule;
    if (m.kind !== 'poc' || !schedule) return;
    const rehearsals = schedule.tasks.filter((t) => phaseOf(t) === 'rehearsal' && !isCancelled(t));
    for (let i_ = 0, a_ = schedule.tasks; i_ < a_.length; i_++) {
      const demo = a_[i_];
      if (phaseOf(demo) !== 'demo' || isCancelled(demo)) continue;
      const before = ancestors(demo);
      const start = demo.start;
      const ok = rehearsals.some(
        (r) => r !== demo && (before.has(r) || (start !== undefined && r.end !== undefined && r.end < start)),
      );
      if (ok) continue;
      if (start === undefined && rehearsals.length) continue;
      const task = itemLabel(demo.id, demo.task.name?.value, demo.index);
      const name = demo.id !== undefined ? demo.task.name?.value.trim() || undefined : undefined;
      const label = (r: ScheduledTask) => itemLabel(r.id, r.task.name?.value, r.index);
      const args: A = {
        task,
        name,
        start: start !== undefined ? formatDate(start) : undefined,
        rehearsals: rehearsals.map((r) => ({ label: label(r), end: r.end !== undefined ? formatDate(r.end) : undefined })),
      };
      ctx.report(demo.task.id?.span ?? demo.task.name?.span ?? demo.task.span, say(rehearsals.length ? messages.notBefore : messages.none, args), {
        taskId: demo.id ?? null,
        demoStart: args.start ?? null,
        rehearsals: rehearsals.map((r) => ({ taskId: r.id ?? null, end: r.end !== undefined ? formatDate(r.end) : null })),
      });
    }
  },
});
