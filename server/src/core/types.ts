import type { Span } from './text';

export type Kind = 'poc' | 'project' | 'stakeholders' | 'requirements' | 'checklist' | 'calendar' | 'baseline';
export const KINDS: readonly Kind[] = ['poc', 'project', 'stakeholders', 'requirements', 'checklist', 'calendar', 'baseline'];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh-CN' | 'en';

/** Text in both user languages. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

/** Another place a finding involves (LSP relatedInformation): a span of a file of the workspace. */
export interface Related {
  uri: string;
  span: Span;
  message: Localized;
}

/** A diagnostic found in one file, before severity settings and suppression comments apply. */
export interface Finding {
  rule: string;
  span: Span;
  message: Localized;
  /** What a quick fix needs (e.g. the suggested replacement). Must be JSON-serialisable. */
  data?: Record<string, unknown>;
  /** Other places involved (in this file or others), in file path then position order. */
  related?: Related[];
}

/** A finding resolved for output: severity applied, message in one language. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  span: Span;
  message: string;
  data?: Record<string, unknown>;
  related?: { uri: string; span: Span; message: string }[];
}

export function pickLocale(locale: string | undefined): Locale {
  return locale && locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
