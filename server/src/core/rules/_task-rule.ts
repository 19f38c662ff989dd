/**
 * Rules whose findings on a task depend only on that task, its position, its scheduled dates and
 * a few plan-wide values (today, the plan window …). Such a rule checks one task at a time, and the
 * workspace keeps each task's findings from one version of the file to the next: the tasks of
 * unchanged chunks are the very same objects (model.ts), so a keystroke in a plan of thousands of
 * tasks re-checks the edited task alone (see Workspace.findings and TaskFindingsCache).
 */
import type { Task } from '../model';
import type { ScheduledTask } from '../schedule';
import type { Span } from '../text';
import type { Localized } from '../types';
import type { ArtifactFile, Rule, RuleContext } from './api';

/** A finding of one task. Its span is read when reported: spans of a kept task move with the text. */
export interface TaskFinding {
  span: (file: ArtifactFile) => Span;
  message: Localized;
  data?: Record<string, unknown>;
}

export interface TaskCheck {
  /**
   * Everything the findings depend on besides the task itself, its index and its scheduled task
   * (today, the plan window …), as a string; undefined when the rule has nothing to check in this file.
   */
  env(ctx: RuleContext): string | undefined;
  /** The findings of task `index` (`st`: its scheduled task, when the file has a schedule). */
  check(ctx: RuleContext, task: Task, index: number, st: ScheduledTask | undefined, out: TaskFinding[]): void;
}

export type TaskRule = Rule & { perTask: TaskCheck };

/** A rule checked task by task: `check` runs every task (the workspace uses `perTask` with its cache). */
export function defineTaskRule(rule: Omit<Rule, 'check'> & { perTask: TaskCheck }): TaskRule {
  return {
    ...rule,
    check(ctx) {
      const env = rule.perTask.env(ctx);
      if (env === undefined) return;
      report(ctx, taskFindings(ctx, rule.perTask, env));
    },
  };
}

const NONE: readonly TaskFinding[] = Object.freeze([]);

/** Reports every task's findings (indexed loops: 20,000 tasks × every task rule, no iterators). */
function report(ctx: RuleContext, found: readonly (readonly TaskFinding[])[]): void {
  for (let i = 0; i < found.length; i++) {
    const list = found[i];
    for (let k = 0; k < list.length; k++) ctx.report(list[k].span(ctx.file), list[k].message, list[k].data);
  }
}

function tasksOf(file: ArtifactFile): readonly Task[] {
  const m = file.model;
  return m.kind === 'poc' || m.kind === 'project' ? m.tasks.items : [];
}

/** Each task's findings: those of `previous` for the tasks it can vouch for, the others computed. */
function taskFindings(ctx: RuleContext, perTask: TaskCheck, env: string, previous?: TaskFindingsCache): (readonly TaskFinding[])[] {
  const tasks = tasksOf(ctx.file);
  const schedule = ctx.file.schedule;
  const reuse = previous && previous.env === env && previous.schedule === schedule?.basis && previous.tasks.length === tasks.length ? previous : undefined;
  const found: (readonly TaskFinding[])[] = new Array(tasks.length);
  for (let i = 0; i < tasks.length; i++) {
    if (reuse && reuse.tasks[i] === tasks[i]) {
      found[i] = reuse.found[i];
      continue;
    }
    const out: TaskFinding[] = [];
    perTask.check(ctx, tasks[i], i, schedule?.tasks[i], out);
    found[i] = out.length ? out : NONE;
  }
  return found;
}

/** The findings of one task rule on one version of a file, for the next version to reuse. */
export interface TaskFindingsCache {
  env: string;
  tasks: readonly Task[];
  /** The schedule's dates (Schedule.basis). */
  schedule: unknown;
  found: (readonly TaskFinding[])[];
}

/**
 * Runs a task rule on a file, reusing the findings of the tasks that did not change since
 * `previous` (same task object at the same index, same schedule dates, same env). Returns what
 * the next version may reuse.
 */
export function runTaskRule(ctx: RuleContext, rule: TaskRule, previous?: TaskFindingsCache): TaskFindingsCache | undefined {
  const env = rule.perTask.env(ctx);
  if (env === undefined) return undefined;
  const found = taskFindings(ctx, rule.perTask, env, previous);
  report(ctx, found);
  return { env, tasks: tasksOf(ctx.file), schedule: ctx.file.schedule?.basis, found };
}

export function isTaskRule(rule: Rule): rule is TaskRule {
  return 'perTask' in rule && (rule as TaskRule).perTask !== undefined;
}
