/** Reading the free-form parts of a plan (raw YAML values) as report text. */

/** A text field, or a list of texts (the schema's textOrList), as one line; '' for anything else. */
export function rawText(value: unknown, sep: string): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => rawText(v, sep)).filter(Boolean).join(sep);
  return '';
}

/** The items of a textOrList field (a list, or one text). */
export function rawList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => rawText(v, '；')).filter(Boolean);
  const one = rawText(value, '；');
  return one ? [one] : [];
}

/** A mapping's value, when it is a mapping. */
export function rawObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A text, or an object's string values ({ zone: …, ports: … }) joined, for fields such as network/security. */
export function rawProse(value: unknown, sep: string): string {
  const o = rawObject(value);
  if (!o) return rawText(value, sep);
  return Object.values(o).map((v) => rawText(v, sep)).filter(Boolean).join(sep);
}
