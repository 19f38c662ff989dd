/**
 * Quick fix for `criterion-unmeasurable`: add the missing `metric` / `target` keys to the
 * criterion (after its description). When the criterion names a requirement whose metric is
 * complete, they are taken from it (metric: its name, target: "<op> <value>"), else they are
 * placeholders to fill in (the diagnostic stays until they are written).
 */
import { insertPairs, mapOf, pairOf, quoted, type Place, type YamlValue } from '../edits';
import { itemAt, placeholder, quickFix, tr, type FixProvider } from './_util';

const RULE = 'criterion-unmeasurable';

export const provide: FixProvider = (ctx, d) => {
  const { file, ws } = ctx;
  const m = file.model;
  if (m.kind !== 'poc') return [];
  const c = itemAt(m.successCriteria.items, d.span);
  const map = c && mapOf(file, c.raw);
  if (!c || !map) return [];
  const wanted = Array.isArray(d.data?.missing) ? d.data!.missing.map(String) : ['metric', 'target'];
  // A key written with a blank value is the author's to fill; only absent keys are added.
  const keys = (['metric', 'target'] as const).filter((k) => wanted.includes(k) && !pairOf(map, k));
  if (!keys.length) return [];

  const reqId = c.requirement?.value;
  const metric = reqId !== undefined ? ws.indexFor(file.uri).requirements.get(reqId)?.[0]?.item.metric : undefined;
  const name = metric?.name?.value.trim();
  const op = metric?.op?.value.trim();
  const value = metric?.value?.value;
  const derived = !!(name && op && (typeof value === 'number' || (typeof value === 'string' && value.trim())));
  const ph = placeholder(ctx);
  const values: Record<'metric' | 'target', YamlValue> = {
    metric: derived ? name! : ph,
    target: derived ? quoted(`${op} ${String(value).trim()}`) : ph,
  };
  const entries = keys.map((k): [string, YamlValue] => [k, values[k]]);
  let place: Place;
  if (keys.length === 2) place = pairOf(map, 'description') ? { after: 'description' } : pairOf(map, 'id') ? { after: 'id' } : 'last';
  else if (keys[0] === 'target') place = { after: 'metric' };
  else place = pairOf(map, 'target') ? { before: 'target' } : pairOf(map, 'description') ? { after: 'description' } : 'last';

  const label = c.id?.value ?? c.description?.value ?? `#${m.successCriteria.items.indexOf(c) + 1}`;
  const from = derived ? tr(ctx, ` (from requirement ${reqId})`, `（取自需求 ${reqId}）`) : '';
  const title = tr(ctx, `Add ${keys.join(' and ')} to ${label}${from}`, `为成功标准 ${label} 补充 ${keys.join(' 和 ')}${from}`);
  return quickFix(title, RULE, [insertPairs(file, map, entries, { place })], true);
};
