/**
 * Builders of the checklist template data (checklists-poc.ts, checklists-delivery.ts): an item, a
 * group of items, a text in both languages.
 */
import type { Localized } from '../types';
import type { ChecklistTemplateGroup, ChecklistTemplateItem } from './checklists';

export const L = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
export const item = (id: string, zh: string, en: string, required?: false): ChecklistTemplateItem =>
  required === false ? { id, text: L(zh, en), required } : { id, text: L(zh, en) };
export const group = (zh: string, en: string, items: ChecklistTemplateItem[]): ChecklistTemplateGroup => ({ group: L(zh, en), items });
