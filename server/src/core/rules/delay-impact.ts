/**
 * delay-impact — seed 001 FAQ 1/2 (如果延期对下一个项目造成影响，需要关联受影响项目告知销售一同知悉):
 * a delay or slip of this plan pushes a shared person into over-allocation in another plan of the
 * portfolio, and that plan is not yet in the delay's `affects`.
 *
 * Decisions:
 * - What counts as a delay, its pushed part and an impact: rules/_delay-impact.ts.
 * - One finding per (delayed task, affected plan) not recorded: at the `task` value of the task's
 *   last delays entry, else (a slip with no entry) at the task's id (else its name, first line).
 * - The message names the affected plan (title; the id too in English), the person, the overloaded
 *   period and the plan's sales contact (or says its team has none), and asks to tell them and to
 *   add the plan's id to the delay's `affects` (to record the delay with it, for a slip alone).
 * - related: the other plan's tasks involved, and its sales member's entry — the finding points into
 *   that plan, so any change there re-checks this one (Workspace `citing`).
 * - data: { taskId, person, plan (id), planTitle, sales (id), dates: [periods], delayIndex (index in
 *   `delays`, null for a slip alone) } (what the quick fix reads).
 */
import { defineRule } from './api';
import type { Localized } from '../types';
import { anchorOf, localized, taskLabel, tidyZh, type Lang } from './_schedule-util';
import { zhPeriod } from './_allocation-sweep';
import { delayImpacts, type DelayImpact } from './_delay-impact';

interface Args {
  task: string;
  person: string;
  plan: string;
  days: string;
  sales?: string;
  id: string;
}

const tell = {
  en: (a: Args) => (a.sales ? `tell its sales contact ${a.sales}` : `its team has no sales contact: tell its sales`),
  'zh-CN': (a: Args) => (a.sales ? `请告知该项目的销售${a.sales}` : `该项目团队中没有销售，请告知该项目的销售`),
};

const messages = {
  delay: {
    en: (a: Args) => `The delay of ${a.task} makes ${a.person} over-allocated in ${a.plan} on ${a.days}: ${tell.en(a)} and add ${a.id} to the delay's affects.`,
    'zh-CN': (a: Args) => `${a.task}的延期导致${a.person}在“${a.plan}”中 ${a.days} 超负荷：${tell['zh-CN'](a)}，并在延期记录中关联该项目。`,
  },
  slip: {
    en: (a: Args) => `The slip of ${a.task} makes ${a.person} over-allocated in ${a.plan} on ${a.days}: ${tell.en(a)}, and record the delay with ${a.id} in its affects.`,
    'zh-CN': (a: Args) => `${a.task}比原计划晚完成，导致${a.person}在“${a.plan}”中 ${a.days} 超负荷：${tell['zh-CN'](a)}，并登记延期、在延期记录中关联该项目。`,
  },
  other: {
    en: (a: { task: string; plan: string }) => `${a.task} in ${a.plan}, overloaded with the delayed task`,
    'zh-CN': (a: { task: string; plan: string }) => `“${a.plan}”的 ${a.task}，与延期的任务同时超负荷`,
  },
  sales: {
    en: (a: { name: string; plan: string }) => `Sales contact of ${a.plan}: ${a.name}`,
    'zh-CN': (a: { name: string; plan: string }) => `“${a.plan}”的销售：${a.name}`,
  },
};

/** How a person is named: Chinese text by name (the id when there is none), English with the id. */
function personText(id: string, name: string | undefined, l: Lang): string {
  return l === 'zh-CN' ? (name ?? id) : name ? `${name} (${id})` : id;
}

/** The other plan: its title (English adds the id), else its id, else its file name. */
export function planText(i: DelayImpact, l: Lang): string {
  const id = i.plan.id;
  const title = i.plan.title;
  if (l === 'zh-CN') return title ?? id ?? i.plan.file.name;
  return title ? (id ? `${title} (${id})` : title) : (id ?? i.plan.file.name);
}

export function impactMessage(i: DelayImpact): Localized {
  const args = (l: Lang): Args => ({
    task: taskLabel(i.task.task, i.task.index, l),
    person: personText(i.person, i.member.name?.value?.trim() || undefined, l),
    plan: planText(i, l),
    days: l === 'zh-CN' ? i.dates.map(zhPeriod).join('、') : i.dates.join(', '),
    sales: i.sales ? personText(i.sales.id, i.sales.name, l) : undefined,
    id: i.plan.id ?? i.plan.file.name,
  });
  return localized(i.delay ? messages.delay : messages.slip, args);
}

export const rule = defineRule({
  id: 'delay-impact',
  defaultSeverity: 'warning',
  description: {
    en: "A delay or slip pushes a shared person into over-allocation in another plan that is not in the delay's affects.",
    'zh-CN': '延期导致共用人员在其他项目中超负荷，但延期记录中没有关联该项目。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    for (const i of delayImpacts(ctx.index, ctx.file, ctx.settings.baseline || undefined)) {
      if (i.recorded) continue;
      const span = i.delay?.task?.span ?? anchorOf(ctx.file, i.task.task);
      const related = i.others
        .filter((b) => b.task.task.owner)
        .map((b) => ({
          uri: b.file.uri,
          span: b.task.task.owner!.span,
          message: {
            en: messages.other.en({ task: taskLabel(b.task.task, b.task.index, 'en'), plan: planText(i, 'en') }),
            'zh-CN': tidyZh(messages.other['zh-CN']({ task: taskLabel(b.task.task, b.task.index, 'zh-CN'), plan: planText(i, 'zh-CN') })),
          },
        }));
      const s = i.sales;
      if (s?.member.id) {
        related.push({
          uri: i.plan.file.uri,
          span: s.member.id.span,
          message: {
            en: messages.sales.en({ name: personText(s.id, s.name, 'en'), plan: planText(i, 'en') }),
            'zh-CN': messages.sales['zh-CN']({ name: personText(s.id, s.name, 'zh-CN'), plan: planText(i, 'zh-CN') }),
          },
        });
      }
      ctx.report(
        span,
        impactMessage(i),
        {
          taskId: i.task.id ?? null,
          person: i.person,
          plan: i.plan.id ?? null,
          planTitle: i.plan.title ?? null,
          sales: i.sales?.id ?? null,
          dates: i.dates,
          delayIndex: i.delayIndex ?? null,
        },
        related,
      );
    }
  },
});
