import { defineRule, say } from './api';
import type { ScheduledTask } from '../schedule';

interface CycleArgs {
  task: string;
  dependency: string;
  path: string;
  self: boolean;
}

const messages = {
  cycle: {
    en: (a: CycleArgs) =>
      a.self
        ? `Task ${a.task} depends on itself (${a.path}), so it can never start. Remove ${a.dependency} from its dependsOn.`
        : `Dependency cycle ${a.path} (each arrow reads "depends on"): none of these tasks can start first. ` +
          `Remove one of the dependencies, e.g. ${a.dependency} from the dependsOn of ${a.task}.`,
    'zh-CN': (a: CycleArgs) =>
      a.self
        ? `任务 ${a.task} 依赖自身（${a.path}），永远无法开始。请从其前置任务中删除 ${a.dependency}。`
        : `任务依赖形成循环：${a.path}（箭头表示“依赖于”），这些任务都无法先开始。` +
          `请拆掉其中一条依赖，例如从 ${a.task} 的前置任务中删除 ${a.dependency}。`,
  },
};

/**
 * Shortest dependsOn path from `from` back to `to` inside one cycle (breadth-first), as ids.
 * Always found when both tasks belong to the same strongly connected component.
 */
function pathBack(from: ScheduledTask, to: ScheduledTask, members: Set<ScheduledTask>): ScheduledTask[] | undefined {
  const prev = new Map<ScheduledTask, ScheduledTask | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const t = queue.shift()!;
    if (t === to) {
      const path: ScheduledTask[] = [];
      for (let c: ScheduledTask | null | undefined = t; c; c = prev.get(c)) path.unshift(c);
      return path;
    }
    for (const d of t.deps) {
      if (members.has(d) && !prev.has(d)) {
        prev.set(d, t);
        queue.push(d);
      }
    }
  }
  return undefined;
}

/** seed 000 §7: tasks are ordered by their 前后置关系; a loop in dependsOn makes the plan impossible. */
export const rule = defineRule({
  id: 'schedule-cycle',
  defaultSeverity: 'error',
  description: {
    en: 'A dependsOn cycle; each dependency that closes the cycle is marked.',
    'zh-CN': '任务依赖形成循环；标出循环中的每一条依赖。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const schedule = ctx.file.schedule;
    if (!schedule || !schedule.cycles.length) return;
    // Which cycle (strongly connected component) each task belongs to.
    const componentOf = new Map<ScheduledTask, Set<ScheduledTask>>();
    for (const ids of schedule.cycles) {
      const members = new Set<ScheduledTask>();
      for (const id of ids) {
        const t = schedule.byId.get(id);
        if (t && t.inCycle) members.add(t);
      }
      for (const t of members) componentOf.set(t, members);
    }
    for (let i_ = 0, a_ = schedule.tasks; i_ < a_.length; i_++) {
      const t = a_[i_];
      const members = componentOf.get(t);
      if (!members || t.id === undefined) continue;
      for (const item of t.task.dependsOn.items) {
        const d = schedule.byId.get(item.value);
        if (!d || !members.has(d)) continue;
        const back = d === t ? [t] : pathBack(d, t, members);
        if (!back) continue;
        const ids = [t, ...back].map((x) => x.id ?? `#${x.index + 1}`);
        ctx.report(
          item.span,
          say(messages.cycle, { task: t.id, dependency: item.value, path: ids.join(' → '), self: d === t }),
          { taskId: t.id, dependency: item.value, cycle: ids },
        );
      }
    }
  },
});
