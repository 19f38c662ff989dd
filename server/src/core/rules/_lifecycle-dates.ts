/**
 * date-order's lifecycle part (issue 18): contradictory trial-run, departure and acceptance dates of
 * a project, each reported at the later-written date that cannot be right.
 *
 * Decisions:
 * - Trial run (top-level `trialRun`, and `acceptance.trialRun` when written): `to` before `from`, at `to`.
 * - `trialRun.from` before the project `start`: at `from`.
 * - `departure` before the project `start`, or before the trial run's `from`: at `departure` (one
 *   finding: the project start is named when both apply).
 * - A signed acceptance's `report.date` before the project `start` (the kickoff): at that date.
 * - `acceptance.reportReceived` before `acceptance.reportSent`: at `reportReceived`.
 * Only valid dates are compared (the schema rule reports bad ones).
 */
import { say, type RuleContext } from './api';
import type { DateField, PlanModel } from '../model';
import type { TrialRun } from '../model-lifecycle';

type A = { later: string; earlier: string };

const messages = {
  trialRunTo: {
    en: (a: A) => `The trial run ends (to: ${a.later}) before it begins (from: ${a.earlier}). Correct the dates of the trial run.`,
    'zh-CN': (a: A) => `试运行结束日期 ${a.later} 早于开始日期 ${a.earlier}，请修正试运行日期。`,
  },
  trialRunBeforeStart: {
    en: (a: A) => `The trial run starts on ${a.later}, before the project starts (${a.earlier}). Correct the trial run or the project start.`,
    'zh-CN': (a: A) => `试运行开始日期 ${a.later} 早于项目开始日期 ${a.earlier}，请修正试运行日期或项目开始日期。`,
  },
  departureBeforeStart: {
    en: (a: A) => `The departure on ${a.later} is before the project starts (${a.earlier}). Correct the departure date.`,
    'zh-CN': (a: A) => `离场日期 ${a.later} 早于项目开始日期 ${a.earlier}，请修正离场日期。`,
  },
  departureBeforeTrialRun: {
    en: (a: A) => `The departure on ${a.later} is before the trial run starts (${a.earlier}): the team leaves only once the trial run is under way. Correct the departure or the trial run.`,
    'zh-CN': (a: A) => `离场日期 ${a.later} 早于试运行开始日期 ${a.earlier}：试运行开始后才能离场。请修正离场日期或试运行日期。`,
  },
  acceptanceBeforeStart: {
    en: (a: A) => `The acceptance report is signed on ${a.later}, before the project starts (${a.earlier}). Correct the signing date.`,
    'zh-CN': (a: A) => `验收报告签署日期 ${a.later} 早于项目开始日期 ${a.earlier}，请修正签署日期。`,
  },
  receivedBeforeSent: {
    en: (a: A) => `The acceptance report is received (${a.later}) before it was sent (${a.earlier}). Correct reportReceived or reportSent.`,
    'zh-CN': (a: A) => `验收报告签收日期 ${a.later} 早于寄出日期 ${a.earlier}，请修正签收日期或寄出日期。`,
  },
};

const before = (a: DateField | undefined, b: DateField | undefined): boolean => a?.day !== undefined && b?.day !== undefined && a.day < b.day;

export function lifecycleDateOrder(ctx: RuleContext, plan: PlanModel): void {
  const rep = (m: keyof typeof messages, later: DateField, earlier: DateField, extra: Record<string, unknown> = {}) =>
    ctx.report(later.span, say(messages[m], { later: later.value.trim(), earlier: earlier.value.trim() }), { from: earlier.value.trim(), to: later.value.trim(), ...extra });
  const runs = [plan.trialRun, plan.acceptance?.trialRun].filter((t): t is TrialRun => !!t);
  for (const t of runs) if (before(t.to, t.from)) rep('trialRunTo', t.to!, t.from!);
  const trial = runs[0];
  if (trial && before(trial.from, plan.start)) rep('trialRunBeforeStart', trial.from!, plan.start!);
  const dep = plan.departure;
  if (before(dep, plan.start)) rep('departureBeforeStart', dep!, plan.start!);
  else if (trial && before(dep, trial.from)) rep('departureBeforeTrialRun', dep!, trial.from!);
  const acc = plan.acceptance;
  const signed = acc?.report?.signed?.value === true ? acc.report.date : undefined;
  if (before(signed, plan.start)) rep('acceptanceBeforeStart', signed!, plan.start!);
  if (before(acc?.reportReceived, acc?.reportSent)) rep('receivedBeforeSent', acc!.reportReceived!, acc!.reportSent!);
}
