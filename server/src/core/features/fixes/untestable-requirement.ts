/**
 * Quick fix for `untestable-requirement`: a `metric: { name: …, op: "<", value: 0, unit: … }`
 * skeleton after the requirement's acceptance (or title); when the requirement already has a
 * metric mapping, its absent parts (name, op, value) are added to it instead.
 */
import { insertPair, insertPairs, mapOf, pairOf, quoted, type Place, type YamlValue } from '../edits';
import { itemAt, placeholder, quickFix, tr, type FixProvider } from './_util';

const RULE = 'untestable-requirement';

export const provide: FixProvider = (ctx, d) => {
  const { file } = ctx;
  const m = file.model;
  if (m.kind !== 'requirements') return [];
  const r = itemAt(m.requirements.items, d.span);
  const map = r && mapOf(file, r.raw);
  if (!r || !map) return [];
  const label = r.id?.value ?? r.title?.value ?? `#${m.requirements.items.indexOf(r) + 1}`;
  const ph = placeholder(ctx);
  const parts: Record<string, YamlValue> = { name: ph, op: quoted('<'), value: 0, unit: ph };
  if (!pairOf(map, 'metric')) {
    const place: Place = pairOf(map, 'acceptance') ? { after: 'acceptance' } : pairOf(map, 'title') ? { after: 'title' } : pairOf(map, 'id') ? { after: 'id' } : 'last';
    return quickFix(
      tr(ctx, `Add a metric skeleton to ${label}`, `为需求 ${label} 添加度量指标（metric）模板`),
      RULE,
      [insertPair(file, map, 'metric', parts, { place })],
      true,
    );
  }
  const metricMap = r.metric && mapOf(file, r.metric.raw);
  if (!metricMap) return [];
  const keys = ['name', 'op', 'value'].filter((k) => !pairOf(metricMap, k));
  if (!keys.length) return [];
  return quickFix(
    tr(ctx, `Complete the metric of ${label} (${keys.join(', ')})`, `补全需求 ${label} 的度量指标（${keys.join('、')}）`),
    RULE,
    [insertPairs(file, metricMap, keys.map((k): [string, YamlValue] => [k, parts[k]]), { place: keys.includes('name') ? 'first' : 'last' })],
    true,
  );
};
