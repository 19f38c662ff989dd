/**
 * Quick fixes (code actions) for the diagnostics of a file. Each rule with fixes has its provider
 * module in fixes/<rule-id>.ts, looked up by the diagnostic's code; every diagnostic also gets
 * "disable this rule for this line" (a `# poc-studio-disable-next-line <rule-id>` comment above
 * its line, or the rule id added to such a comment already there). Edits are minimal: only the
 * bytes of the fix change; comments, formatting and line endings elsewhere stay as they are.
 */
import type { Span } from '../text';
import type { CodeActionEntry, DiagnosticRef, FeatureContext } from './types';
import { insertLineAbove, lineEndAt, lineStartAt } from './edits';
import { tr, type FixProvider } from './fixes/_util';
import { directiveIn, DISABLE_NEXT_LINE } from '../suppress';
import { provide as schema } from './fixes/schema';
import { provide as unknownRef } from './fixes/unknown-ref';
import { provide as statusProgress } from './fixes/status-progress';
import { provide as successCriteriaMissing } from './fixes/success-criteria-missing';
import { provide as criterionUnmeasurable } from './fixes/criterion-unmeasurable';
import { provide as untestableRequirement } from './fixes/untestable-requirement';
import { provide as overdue } from './fixes/overdue';
import { provide as kindMismatch } from './fixes/kind-mismatch';
import { provide as dateOrder } from './fixes/date-order';
import { provide as duplicateId } from './fixes/duplicate-id';
import { provide as baselineSlip } from './fixes/baseline-slip';
import { provide as overAllocated } from './fixes/over-allocated';
import { provide as delayImpact } from './fixes/delay-impact';

/** Quick-fix providers by rule id (the diagnostic's code). */
export const FIX_PROVIDERS: Readonly<Record<string, FixProvider>> = {
  schema,
  'unknown-ref': unknownRef,
  'status-progress': statusProgress,
  'success-criteria-missing': successCriteriaMissing,
  'criterion-unmeasurable': criterionUnmeasurable,
  'untestable-requirement': untestableRequirement,
  overdue,
  'kind-mismatch': kindMismatch,
  'date-order': dateOrder,
  'duplicate-id': duplicateId,
  'baseline-slip': baselineSlip,
  'over-allocated': overAllocated,
  'delay-impact': delayImpact,
};

/** Rules whose diagnostics are not silenced by a comment: the file could not be read as intended. */
const NOT_SILENCEABLE = new Set(['yaml-syntax', 'file-unreadable', 'file-encoding']);

const DISABLE = DISABLE_NEXT_LINE;

/**
 * The quick fixes for `diagnostics` (those the client sends back for `range`; others are
 * ignored). The fixes of the rules come first, in the order of the diagnostics, then the
 * disable comments. A provider that fails throws (the server logs it and answers nothing).
 */
export function codeActions(ctx: FeatureContext, diagnostics: DiagnosticRef[], range: Span): CodeActionEntry[] {
  const fixes: CodeActionEntry[] = [];
  const disables: CodeActionEntry[] = [];
  const seen = new Set<string>();
  const add = (list: CodeActionEntry[], entries: CodeActionEntry[]) => {
    for (const e of entries) {
      const key = JSON.stringify([e.title, e.edits, e.createFiles]);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(e);
    }
  };
  for (const d of diagnostics) {
    if (!d || typeof d.rule !== 'string' || !d.span) continue;
    if (d.span.start > range.end || d.span.end < range.start) continue;
    const provider = Object.prototype.hasOwnProperty.call(FIX_PROVIDERS, d.rule) ? FIX_PROVIDERS[d.rule] : undefined;
    if (provider) add(fixes, provider(ctx, d));
    add(disables, disableComment(ctx, d));
  }
  return [...fixes, ...disables];
}

/** `# poc-studio-disable-next-line <rule>` above the diagnostic's line, or `<rule>` added to the comment there. */
export function disableComment(ctx: FeatureContext, d: DiagnosticRef): CodeActionEntry[] {
  if (NOT_SILENCEABLE.has(d.rule) || !/^[a-z0-9-]+$/.test(d.rule)) return [];
  const { file } = ctx;
  const text = file.text;
  if (d.span.start < 0 || d.span.start > text.length) return [];
  const title = tr(ctx, `Disable ${d.rule} for this line`, `在此行禁用 ${d.rule} 检查`);
  const lineStart = lineStartAt(text, d.span.start);
  if (lineStart > 0) {
    const prevEnd = lineStart - (text.slice(lineStart - 2, lineStart) === '\r\n' ? 2 : 1);
    const prevStart = lineStartAt(text, prevEnd);
    const prev = text.slice(prevStart, lineEndAt(text, prevStart));
    const m = /^\s*#/.test(prev) ? directiveIn(prev) : undefined;
    if (m && m.target === 'next') {
      const ids = m.ids;
      if (ids.length === 0 || ids.includes(d.rule)) return []; // already silenced
      const at = prevStart + m.idsEnd;
      const sep = ids.length > 1 && !prev.slice(m.end, m.idsEnd).includes(',') ? ' ' : ', ';
      return [{ title, kind: 'quickfix', rule: d.rule, edits: [{ uri: file.uri, span: { start: at, end: at }, newText: sep + d.rule }] }];
    }
  }
  const edit = insertLineAbove(file, d.span.start, `# ${DISABLE} ${d.rule}`);
  return edit ? [{ title, kind: 'quickfix', rule: d.rule, edits: [edit] }] : [];
}
