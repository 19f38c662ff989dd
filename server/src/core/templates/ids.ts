/**
 * Ids that the "new" commands propose: a free id next to existing ones (a second `closing`
 * checklist becomes `closing-2`), and a POC or project id proposed from the customer's name.
 *
 * Decisions:
 * - `nextFreeId(base, taken)`: `base`, else `base-2`, `base-3` …, the first one `taken` does not
 *   hold (compared case-insensitively, as file names are on Windows and macOS).
 * - `proposeId(customer, suffix, today)`: the ASCII letters and digits of the name, lower-cased and
 *   joined with `-` (`Acme Insurance` → `acme-insurance-poc`); a name with none (a Chinese name:
 *   there is no pinyin table in the product) gives `<suffix>-<yyyymm>` of today (`poc-202612`).
 *   It is a proposal: the command shows it in an input box the user can edit.
 */
import { formatDate, type Day } from '../dates';
import { safeId } from './new-poc';

export function nextFreeId(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`.toLowerCase())) return `${base}-${n}`;
}

export function proposeId(customer: string, suffix: 'poc' | 'impl', today: Day): string {
  const ascii = safeId(String(customer ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-'), '');
  const stem = ascii.replace(/-(poc|impl|project)$/, '').slice(0, 48).replace(/-+$/, '');
  if (stem) return `${stem}-${suffix}`;
  return `${suffix === 'impl' ? 'project' : 'poc'}-${formatDate(today).slice(0, 7).replace('-', '')}`;
}
