/**
 * User settings that change what the rules report. The same object comes from VS Code
 * (`pocStudio.*`), from the CLI (flags and `<folder>/.vscode/settings.json`) or from tests.
 */
import type { Locale, SeveritySetting } from './types';

export interface Settings {
  /** Per rule id: a severity, or "off". */
  rules: Record<string, SeveritySetting>;
  /** Demo length above which `demo-too-long` fires (seed 002: at most 30 minutes). */
  demoMaxMinutes: number;
  /** Working days a change request may stay pending (seed 001). */
  changeDecisionDays: number;
  /** Days between satisfaction surveys (seed 001: monthly). */
  satisfactionIntervalDays: number;
  /** Files larger than this are not parsed. */
  maxFileSizeMB: number;
  /** Fixed "today" (YYYY-MM-DD) for date rules; empty = the real date. */
  today: string;
  /** Message language; "auto" follows the editor. */
  locale: 'auto' | Locale;
  /** Inlay hints with each task's computed dates (pocStudio.inlayHints.schedule). */
  scheduleHints: boolean;
  /** The baseline plans are compared with, by name (pocStudio.baseline); empty = the newest. */
  baseline: string;
  /** The company that writes the reports (pocStudio.company): Word page footers, the 乙方 of a signature block. */
  company: string;
  // Presales (issue 18).
  /** Limit of demo-too-long for the final POC presentation, `demo.final: true` (seed 000 §11: demo, evaluation, summary). */
  demoFinalMaxMinutes: number;
  /** Working days before a tender deadline from which tender-matrix-incomplete warns. */
  tenderDeadlineDays: number;
  /** Working days after the demo (else the POC end) that a review may stay pending before review-pending warns. */
  reviewPendingDays: number;
  /** The acceptance categories acceptance-category-missing asks for (values of the acceptance item `category`). */
  acceptanceCategories: string[];
  // Lifecycle (issue 18).
  /** Working days after departure or the trial run's end before acceptance-unsigned warns (default 10). */
  acceptanceSignDays: number;
  /** Usage share of the licensed daily volume (percent) from which license-limit reminds (default 90). */
  licenseWarnPercent: number;
  /** Satisfaction score (out of 10, scaled to each survey's scale) below which sales must follow up (default 7). */
  satisfactionThreshold: number;
  /** Working days after its week's end within which a weekly report must be sent (default 2). */
  weeklyReportGraceDays: number;
}

/** The values an acceptance item's `category` may take (schemas/project.schema.json acceptanceCategory). */
export const ACCEPTANCE_CATEGORIES = ['analysis', 'storage', 'alert', 'report', 'other'] as const;

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  demoMaxMinutes: 30,
  changeDecisionDays: 5,
  satisfactionIntervalDays: 31,
  maxFileSizeMB: 10,
  today: '',
  locale: 'auto',
  scheduleHints: true,
  baseline: '',
  company: '',
  demoFinalMaxMinutes: 90,
  tenderDeadlineDays: 5,
  reviewPendingDays: 10,
  acceptanceCategories: ['analysis', 'storage', 'alert', 'report'],
  acceptanceSignDays: 10,
  licenseWarnPercent: 90,
  satisfactionThreshold: 7,
  weeklyReportGraceDays: 2,
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Merges a partial, untrusted settings object (e.g. from JSON) over the defaults. */
export function resolveSettings(input: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {}, acceptanceCategories: [...DEFAULT_SETTINGS.acceptanceCategories] };
  if (!input || typeof input !== 'object') return s;
  const o = input as Record<string, unknown>;
  if (o.rules && typeof o.rules === 'object') {
    for (const [k, v] of Object.entries(o.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) s.rules[k] = v as Settings['rules'][string];
    }
  }
  const num = (v: unknown, min: number, max: number): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;
  const demo = (o.demo && typeof o.demo === 'object' ? (o.demo as Record<string, unknown>).maxMinutes : undefined) ?? o.demoMaxMinutes;
  s.demoMaxMinutes = num(demo, 1, 1440) ?? s.demoMaxMinutes;
  s.changeDecisionDays = num(o.changeDecisionDays, 0, 365) ?? s.changeDecisionDays;
  s.satisfactionIntervalDays = num(o.satisfactionIntervalDays, 1, 365) ?? s.satisfactionIntervalDays;
  s.maxFileSizeMB = num(o.maxFileSizeMB, 0.001, 1024) ?? s.maxFileSizeMB;
  if (typeof o.today === 'string') s.today = o.today.trim();
  if (o.locale === 'zh-CN' || o.locale === 'en' || o.locale === 'auto') s.locale = o.locale;
  const hints = o.inlayHints && typeof o.inlayHints === 'object' ? (o.inlayHints as Record<string, unknown>).schedule : o['inlayHints.schedule'];
  if (typeof hints === 'boolean') s.scheduleHints = hints;
  if (typeof o.baseline === 'string') s.baseline = o.baseline.trim();
  const finalDemo = (o.demo && typeof o.demo === 'object' ? (o.demo as Record<string, unknown>).finalMaxMinutes : undefined) ?? o.demoFinalMaxMinutes;
  s.demoFinalMaxMinutes = num(finalDemo, 1, 1440) ?? s.demoFinalMaxMinutes;
  s.tenderDeadlineDays = num(o.tenderDeadlineDays, 0, 365) ?? s.tenderDeadlineDays;
  s.reviewPendingDays = num(o.reviewPendingDays, 0, 365) ?? s.reviewPendingDays;
  const categories = (o.acceptance && typeof o.acceptance === 'object' ? (o.acceptance as Record<string, unknown>).categories : undefined) ?? o.acceptanceCategories;
  if (Array.isArray(categories)) {
    const known = new Set<string>(ACCEPTANCE_CATEGORIES);
    s.acceptanceCategories = [...new Set(categories.filter((c): c is string => typeof c === 'string').map((c) => c.trim()).filter((c) => known.has(c)))];
  }
  if (typeof o.company === 'string') s.company = o.company.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim().slice(0, 200);
  s.acceptanceSignDays = num(o.acceptanceSignDays, 0, 365) ?? s.acceptanceSignDays;
  s.licenseWarnPercent = num(o.licenseWarnPercent, 1, 100) ?? s.licenseWarnPercent;
  s.satisfactionThreshold = num(o.satisfactionThreshold, 0, 10) ?? s.satisfactionThreshold;
  s.weeklyReportGraceDays = num(o.weeklyReportGraceDays, 0, 30) ?? s.weeklyReportGraceDays;
  return s;
}
