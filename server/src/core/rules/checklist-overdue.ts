import { defineRule } from './api';
import { formatDate } from '../dates';
import { isRequired } from '../model';
import { anchorOf, localized } from './_schedule-util';
import { personName } from './_project-util';

interface Args {
  item: string;
  group?: string;
  owner?: string;
  due: string;
  days: number;
  fromChecklist: boolean;
  checklist: string;
}

const messages = {
  overdue: {
    en: (a: Args) =>
      `Required item ${a.item}${a.group ? ` (group ${a.group})` : ''} of checklist "${a.checklist}" was due on ${a.due}` +
      `${a.fromChecklist ? ' (the checklist\u2019s due date)' : ''}, ${a.days} day${a.days === 1 ? '' : 's'} ago, and is not done` +
      `${a.owner ? `; owner ${a.owner}` : ''}. Finish it and set done: true, or set required: false if it does not apply.`,
    'zh-CN': (a: Args) =>
      `清单“${a.checklist}”中的必做项 ${a.item}${a.group ? `（分组：${a.group}）` : ''}的截止日期为 ${a.due}` +
      `${a.fromChecklist ? '（清单的截止日期）' : ''}，已逾期 ${a.days} 天仍未完成` +
      `${a.owner ? `，负责人：${a.owner}` : ''}。请完成后标记为已完成；如不适用请改为非必做项。`,
  },
};

/** A required checklist item not done after its own due date, or its checklist's. Items in groups count too. */
export const rule = defineRule({
  id: 'checklist-overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'A required item not done after its own or its checklist\u2019s due date.',
    'zh-CN': '必做检查项已过截止日期（检查项或清单的截止日期）仍未完成。',
  },
  kinds: ['checklist'],
  check(ctx) {
    const model = ctx.file.model;
    if (model.kind !== 'checklist') return;
    const checklist = model.title?.value ?? model.id?.value ?? ctx.file.name;
    for (const item of model.items) {
      if (!isRequired(item) || item.done?.value === true) continue;
      // An item's own due date wins; an unreadable one is left to the schema rule rather than guessed.
      const own = item.due;
      const due = own ? own.day : model.due?.day;
      if (due === undefined || due >= ctx.today) continue;
      const text = item.text?.value?.trim();
      const id = item.id?.value;
      const args = (l: 'en' | 'zh-CN'): Args => ({
        item:
          id !== undefined && text
            ? l === 'zh-CN' ? `${id}（${text}）` : `${id} (${text})`
            : id ?? (l === 'zh-CN' ? `“${text ?? ''}”` : `"${text ?? ''}"`),
        group: item.group,
        owner: item.owner ? personName(ctx.file, ctx.index, item.owner.value) : undefined,
        due: formatDate(due),
        days: ctx.today - due,
        fromChecklist: !own,
        checklist,
      });
      ctx.report(
        anchorOf(ctx.file, item),
        localized(messages.overdue, args),
        { itemId: id ?? null, due: formatDate(due), dueFrom: own ? 'item' : 'checklist' },
      );
    }
  },
});
