/**
 * Model types of a project's lifecycle fields (issue 18): trial run, departure, licence and usage,
 * the satisfaction follow-up. Read by model-build.ts; derived dates in lifecycle.ts.
 */
import type { DateField, Entity, Field } from './model';
import type { Span } from './text';

/** A trial run (试运行): the top-level `trialRun` or `acceptance.trialRun` (the same period). */
export interface TrialRun extends Entity {
  keySpan: Span;
  from?: DateField;
  to?: DateField;
}

/** `license:` — the licensed daily volume and the expiry (授权文件). */
export interface License extends Entity {
  keySpan: Span;
  dailyVolumeGB?: Field<number>;
  expires?: DateField;
}

/** `usage:` — the daily volume actually ingested, when known. */
export interface Usage extends Entity {
  keySpan: Span;
  dailyVolumeGB?: Field<number>;
  measured?: DateField;
}

/** `satisfaction[].followUp` — sales following up a low score. */
export interface FollowUp extends Entity {
  keySpan: Span;
  date?: DateField;
  by?: Field<string>;
}
