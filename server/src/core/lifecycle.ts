/**
 * The lifecycle of an implementation project (seed 001, issue 18), derived from its fields:
 * the trial run, the departure, the maintenance period and the inspections the contract expects.
 * Rules (acceptance-unsigned, inspection-missing, license-limit …) and views read these; nothing
 * here reports anything.
 *
 * Decisions:
 * - The trial run is the top-level `trialRun`, else `acceptance.trialRun` (one period, two places
 *   to write it; the top-level one wins when both are written).
 * - The maintenance period starts on the date of a signed final acceptance (`acceptance.report`
 *   signed: true with a valid date, and `acceptance.type` final or not written), else on
 *   `contract.signed`; it lasts `contract.maintenanceMonths` calendar months (its last day is the
 *   day before the same date N months later; a day 31 in a shorter month falls on its last day).
 * - Expected inspections: every `contract.inspectionEvery` (1, 3 or 6 months) after the start of
 *   the maintenance period, while on or before its last day. At most 240 dates.
 * - An inspection entry answers an expected date when its `date` (done) or `due` (planned) lies
 *   within the tolerance of it: 7 calendar days for monthly, 21 for quarterly, 45 for half-yearly.
 */
import type { Day } from './dates';
import type { DateField, Inspection, PlanModel } from './model';
import type { TrialRun } from './model-lifecycle';

const MS_PER_DAY = 86_400_000;

/** The same day `months` calendar months later (clamped to the month's last day). */
export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / MS_PER_DAY);
}

/** Months between two inspections for each `inspectionEvery` value. */
export const INSPECTION_MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, 'half-yearly': 6 };

/** Calendar days an inspection may lie before or after its expected date and still answer it. */
export const INSPECTION_TOLERANCE_DAYS: Readonly<Record<string, number>> = { monthly: 7, quarterly: 21, 'half-yearly': 45 };

/** The trial run of a plan: the top-level one, else the acceptance's. */
export function trialRunOf(plan: PlanModel): TrialRun | undefined {
  return plan.trialRun ?? plan.acceptance?.trialRun;
}

/** The days of the trial run when both are valid and in order. */
export function trialRunDays(plan: PlanModel): { from: Day; to: Day } | undefined {
  const t = trialRunOf(plan);
  const from = t?.from?.day;
  const to = t?.to?.day;
  return from !== undefined && to !== undefined && to >= from ? { from, to } : undefined;
}

/** Whether the acceptance counts as the final one (终验): `type` final, or no type written. */
export function isFinalAcceptance(plan: PlanModel): boolean {
  const t = plan.acceptance?.type?.value;
  return t === undefined || t === 'final';
}

/** The date of the signed acceptance report, when it is signed and dated. */
export function acceptanceSigned(plan: PlanModel): Day | undefined {
  const rep = plan.acceptance?.report;
  return rep?.signed?.value === true ? rep.date?.day : undefined;
}

export interface MaintenancePeriod {
  /** First and last day (inclusive). */
  from: Day;
  to: Day;
  /** What the start is: a signed final acceptance, or the contract's signing. */
  basis: 'acceptance' | 'contract';
  /** The field the start was read from. */
  field: DateField;
}

/** The maintenance period (维保期), when `contract.maintenanceMonths` > 0 and a start is known. */
export function maintenancePeriod(plan: PlanModel): MaintenancePeriod | undefined {
  const months = plan.contract?.maintenanceMonths?.value;
  if (months === undefined || !Number.isInteger(months) || months <= 0 || months > 1200) return undefined;
  const signed = acceptanceSigned(plan);
  const field = signed !== undefined && isFinalAcceptance(plan) ? plan.acceptance!.report!.date! : plan.contract?.signed;
  const from = field?.day;
  if (field === undefined || from === undefined) return undefined;
  return { from, to: addMonths(from, months) - 1, basis: field === plan.contract?.signed ? 'contract' : 'acceptance', field };
}

/** The inspections the contract expects over the maintenance period, in date order. */
export function expectedInspections(plan: PlanModel): Day[] {
  const every = INSPECTION_MONTHS[plan.contract?.inspectionEvery?.value ?? ''];
  const period = maintenancePeriod(plan);
  if (!every || !period) return [];
  const out: Day[] = [];
  for (let k = 1; k <= 240; k++) {
    const d = addMonths(period.from, k * every);
    if (d > period.to) break;
    out.push(d);
  }
  return out;
}

/** The index of the first `inspections` entry whose `date` or `due` answers the expected date, else -1. */
export function inspectionFor(plan: PlanModel, expected: Day): number {
  const tol = INSPECTION_TOLERANCE_DAYS[plan.contract?.inspectionEvery?.value ?? ''] ?? 0;
  return plan.inspections.items.findIndex((i) =>
    [i.date?.day, i.due?.day].some((d) => d !== undefined && Math.abs(d - expected) <= tol),
  );
}

/** An expected inspection as the views show it: where it falls and whether it was done. */
export interface InspectionState {
  /** 1-based: the contract's n-th inspection. */
  n: number;
  expected: Day;
  /** The `inspections` entry that answers it, if any. */
  entry?: Inspection;
  /** The entry's `date`, else its `due`, else the expected date. */
  day: Day;
  done: boolean;
}

/** Each inspection the contract expects, with the entry that answers it (the Gantt, the team load). */
export function inspectionStates(plan: PlanModel): InspectionState[] {
  return expectedInspections(plan).map((expected, i) => {
    const at = inspectionFor(plan, expected);
    const entry = at >= 0 ? plan.inspections.items[at] : undefined;
    return { n: i + 1, expected, entry, day: entry?.date?.day ?? entry?.due?.day ?? expected, done: entry?.done?.value === true };
  });
}

/**
 * The last day of the project's life for outside-window: the later of `end` and the trial run's
 * end (a trial run after `end` is part of the project).
 */
export function lifeEnd(plan: PlanModel): Day | undefined {
  const end = plan.end?.day;
  const tr = trialRunDays(plan)?.to;
  if (end === undefined) return undefined;
  return tr !== undefined && tr > end ? tr : end;
}
