/**
 * The contract every rule module follows: one rule per file, with its id, default severity,
 * zh-CN/en messages and a `check` that reports findings on one file. Rules read the file's typed
 * model and schedule, and the workspace index for anything in other files.
 */
import type { Kind, Localized, Severity, Finding, Related } from '../types';
import type { Span } from '../text';
import type { FileModel } from '../model';
import type { Schedule } from '../schedule';
import type { ParsedYaml } from '../parse';
import type { WorkspaceIndex } from '../workspace-index';
import type { Day } from '../dates';
import type { Settings } from '../settings';
import type { SourceEncoding } from '../file';

/** Message templates in both languages. */
export interface Message<A> {
  en: (args: A) => string;
  'zh-CN': (args: A) => string;
}

export interface ArtifactFile {
  uri: string;
  /** Path-like name used in messages (the last path segment). */
  name: string;
  kind: Kind;
  text: string;
  parsed: ParsedYaml;
  model: FileModel;
  /** The schedule of a poc/project file. */
  schedule?: Schedule;
  /**
   * Set when the text's encoding needs attention (file-encoding): the legacy encoding it was
   * decoded from on disk, and the offset of its first replacement character U+FFFD, if any.
   */
  read?: { encoding?: SourceEncoding; replacementAt?: number };
}

export interface RuleContext {
  file: ArtifactFile;
  index: WorkspaceIndex;
  today: Day;
  settings: Settings;
  /**
   * What this rule kept from its last check of this file (per workspace, dropped with the file), for
   * a rule that can reuse work between versions. Whatever it reuses it must first compare with the
   * current inputs: the findings must be exactly those of a check from scratch.
   */
  memo?: Map<string, unknown>;
  report(span: Span, message: Localized, data?: Record<string, unknown>, related?: Related[]): void;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One-line description of what the rule checks (for settings and docs). */
  description: Localized;
  /** Kinds this rule looks at; undefined = all kinds. */
  kinds?: readonly Kind[];
  /** Run even when the file has a YAML syntax error (only the structural rules do). */
  runsOnBrokenFiles?: boolean;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Builds a localized message from a template pair. */
export function say<A>(m: Message<A>, args: A): Localized {
  return { en: m.en(args), 'zh-CN': m['zh-CN'](args) };
}

export type { Finding };
