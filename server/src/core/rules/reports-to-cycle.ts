/*
 * reports-to-cycle — a reportsTo loop among the workspace's stakeholders (A → B → A, or A → A),
 * which makes the stakeholder map's reportsTo tree impossible to draw.
 *
 * Decisions on edge cases:
 * - The graph spans every *.stakeholders.yaml of the workspace; a reportsTo to an unknown id
 *   has no edge (unknown-ref reports it).
 * - A stakeholder is marked when its own reportsTo edge lies on a loop; someone who merely
 *   reports into a loop (C → A → B → A) is not marked.
 * - When an id is defined twice (duplicate-id), the reportsTo edges of all its definitions count.
 * - The loop in the message starts at the marked stakeholder and is the shortest way back;
 *   names come from the first definition of each id.
 * - Span: the reportsTo value. data: { cycle: [ids…, first id again] }.
 */
import { defineRule, say } from './api';
import { idOf } from './_refs-util';

interface Args {
  loopEn: string;
  loopZh: string;
  self: boolean;
}

const messages = {
  cycle: {
    en: (a: Args) =>
      a.self
        ? `${a.loopEn}: this stakeholder reports to themselves. Set reportsTo to their actual manager, or remove it.`
        : `reportsTo forms a loop: ${a.loopEn}. Nobody can be their own (indirect) manager; correct one reportsTo of the loop.`,
    'zh-CN': (a: Args) =>
      a.self
        ? `${a.loopZh}：该干系人的上级是其本人。请改为其实际上级，或删除该上级。`
        : `汇报关系形成循环：${a.loopZh}。任何人都不能是自己的（间接）上级，请修正循环中的某个上级。`,
  },
};

export const rule = defineRule({
  id: 'reports-to-cycle',
  defaultSeverity: 'error',
  description: {
    en: 'A reportsTo loop.',
    'zh-CN': '汇报关系形成循环。',
  },
  kinds: ['stakeholders'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'stakeholders') return;
    const { stakeholders } = ctx.index;

    const edges = new Map<string, Set<string>>();
    for (const [id, defs] of stakeholders) {
      for (const d of defs) {
        const to = idOf(d.item.reportsTo);
        if (to === undefined || !stakeholders.has(to)) continue;
        let set = edges.get(id);
        if (!set) edges.set(id, (set = new Set()));
        set.add(to);
      }
    }

    /** Shortest path from `from` to `to` following reportsTo edges, inclusive; undefined if none. */
    const path = (from: string, to: string): string[] | undefined => {
      const prev = new Map<string, string | null>([[from, null]]);
      const queue = [from];
      for (let q = 0; q < queue.length; q++) {
        const cur = queue[q];
        if (cur === to) {
          const out: string[] = [];
          for (let n: string | null | undefined = cur; n != null; n = prev.get(n)) out.unshift(n);
          return out;
        }
        for (const nx of [...(edges.get(cur) ?? [])].sort()) {
          if (!prev.has(nx)) {
            prev.set(nx, cur);
            queue.push(nx);
          }
        }
      }
      return undefined;
    };

    const nameOf = (id: string, zh: boolean): string => {
      const name = stakeholders.get(id)?.[0]?.item.name?.value.trim();
      return name ? (zh ? `${name}（${id}）` : `${name} (${id})`) : id;
    };

    for (const s of m.stakeholders.items) {
      const id = idOf(s.id);
      const to = idOf(s.reportsTo);
      if (id === undefined || to === undefined || !stakeholders.has(to)) continue;
      const back = path(to, id);
      if (!back) continue;
      const cycle = [id, ...back];
      const self = to === id;
      const loopEn = cycle.map((c) => nameOf(c, false)).join(' → ');
      const loopZh = cycle.map((c) => nameOf(c, true)).join(' → ');
      ctx.report(s.reportsTo!.span, say(messages.cycle, { loopEn, loopZh, self }), { cycle });
    }
  },
});
