/**
 * team-member-mismatch — DOMAIN.md "Portfolio": people are matched by team id across every plan of
 * the portfolio (all folders, all customers), so the same id must be the same person. Seed 001
 * FAQ 1/2: one engineer's bookings in several customers' projects are added up; a typo in an id, or
 * an id reused for someone else, silently adds or splits a person's load.
 *
 * Decisions:
 * - For each team entry of this plan, the entries with the same id in the other plans of the
 *   portfolio (WorkspaceIndex.team, which holds every member folder's plans) are compared with it.
 * - Name: both written (trimmed, non-empty) and different → one finding at this entry's `name`
 *   naming the other names and their plans (first three, path order, "and N more"). An entry
 *   without a name takes its name from the others: no finding.
 * - Capacity: written or default 1 on both sides and different → one finding at `capacity` (or
 *   the id when it is not written): over-allocated counts the person with the smallest capacity.
 * - Each plan gets its own findings at its own entry (both sides can be fixed where they are).
 *   Entries of the same id inside one plan are duplicate-id's business and are not compared here.
 * - data: { person, names?: string[], capacities?: number[], plans: string[] } (plans: ids or
 *   titles of the other plans involved).
 */
import { defineRule } from './api';
import type { Defined } from '../workspace-index';
import type { TeamMember } from '../model';
import type { ArtifactFile } from './api';

type NameArgs = { person: string; name: string; others: string[]; more: number };
type CapArgs = { person: string; capacity: number; smallest: number; others: string[]; more: number };

const more = (n: number, en: boolean) => (n ? (en ? ` and ${n} more` : ` 等 ${n} 处`) : '');

const messages = {
  name: {
    en: (a: NameArgs) =>
      `Team member ${a.person} is called ${a.name} here but ${a.others.join(', ')}${more(a.more, true)}. The same id in any plan is the same person (their bookings are added up): use one name, or give the other person an id of their own.`,
    'zh-CN': (a: NameArgs) =>
      `团队成员 ${a.person} 在本计划中名为“${a.name}”，但在${a.others.join('、')}${more(a.more, false)}。同一标识在所有计划中都指同一个人（其任务安排会合并计算）：请统一姓名，或为另一位人员改用自己的标识。`,
  },
  capacity: {
    en: (a: CapArgs) =>
      `Team member ${a.person} has a capacity of ${a.capacity} here but ${a.others.join(', ')}${more(a.more, true)}; their load is counted against the smallest, ${a.smallest}. Write the same capacity in every plan.`,
    'zh-CN': (a: CapArgs) =>
      `团队成员 ${a.person} 在本计划中的工作容量为 ${a.capacity}，但在${a.others.join('、')}${more(a.more, false)}；其负荷按最小值 ${a.smallest} 计算。请在各计划中填写相同的工作容量。`,
  },
};

const SHOWN = 3;

function planName(f: ArtifactFile): string {
  const m = f.model;
  return (m.kind === 'poc' || m.kind === 'project' ? m.title?.value?.trim() || m.id?.value : undefined) || f.name;
}

export const rule = defineRule({
  id: 'team-member-mismatch',
  defaultSeverity: 'info',
  description: {
    en: 'The same team id with different names or capacities in two plans of the portfolio.',
    'zh-CN': '同一团队成员标识在不同计划中的姓名或工作容量不一致。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' && m.kind !== 'project') return;
    const seen = new Set<string>();
    for (const t of m.team.items) {
      const id = t.id?.value;
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      const others = (ctx.index.team.get(id) ?? []).filter((d) => d.file.uri !== ctx.file.uri);
      if (!others.length) continue;
      nameFinding(ctx, id, t, others);
      capacityFinding(ctx, id, t, others);
    }
  },
});

type Ctx = Parameters<typeof rule.check>[0];

function nameFinding(ctx: Ctx, id: string, t: TeamMember, others: Defined<TeamMember>[]): void {
  const name = t.name?.value?.trim();
  if (!name || !t.name) return;
  const differ = others.filter((d) => {
    const n = d.item.name?.value?.trim();
    return !!n && n !== name;
  });
  if (!differ.length) return;
  const shown = differ.slice(0, SHOWN);
  const en = shown.map((d) => `${d.item.name!.value.trim()} in ${planName(d.file)}`);
  const zh = shown.map((d) => `“${planName(d.file)}”中名为“${d.item.name!.value.trim()}”`);
  const rest = differ.length - shown.length;
  ctx.report(
    t.name.span,
    { en: messages.name.en({ person: id, name, others: en, more: rest }), 'zh-CN': messages.name['zh-CN']({ person: id, name, others: zh, more: rest }) },
    { person: id, names: [...new Set(differ.map((d) => d.item.name!.value.trim()))], plans: differ.map((d) => planName(d.file)) },
  );
}

function capacityFinding(ctx: Ctx, id: string, t: TeamMember, others: Defined<TeamMember>[]): void {
  const capacity = t.capacity?.value ?? 1;
  const capOf = (d: Defined<TeamMember>) => d.item.capacity?.value ?? 1;
  const differ = others.filter((d) => capOf(d) !== capacity);
  if (!differ.length) return;
  const smallest = Math.min(capacity, ...others.map(capOf));
  const shown = differ.slice(0, SHOWN);
  const rest = differ.length - shown.length;
  const args = (l: 'en' | 'zh-CN'): CapArgs => ({
    person: id,
    capacity,
    smallest,
    others: shown.map((d) => (l === 'en' ? `${capOf(d)} in ${planName(d.file)}` : `“${planName(d.file)}”中为 ${capOf(d)}`)),
    more: rest,
  });
  ctx.report((t.capacity ?? t.id)!.span, { en: messages.capacity.en(args('en')), 'zh-CN': messages.capacity['zh-CN'](args('zh-CN')) }, {
    person: id,
    capacities: [...new Set(differ.map(capOf))],
    plans: differ.map((d) => planName(d.file)),
  });
}
