/** Every rule, in catalogue order (DOMAIN.md). To add a rule: create its module beside this file, with its test, and list it here. */
import type { Rule } from './api';
import { rule as yamlSyntax } from './yaml-syntax';
import { rule as fileUnreadable } from './file-unreadable';
import { rule as fileEncoding } from './file-encoding';
import { rule as schema } from './schema';
import { rule as kindMismatch } from './kind-mismatch';
import { rule as unknownRef } from './unknown-ref';
import { rule as refUnchecked } from './ref-unchecked';
import { rule as duplicateId } from './duplicate-id';
import { rule as scheduleCycle } from './schedule-cycle';
import { rule as dateOrder } from './date-order';
import { rule as startsBeforeDependency } from './starts-before-dependency';
import { rule as outsideWindow } from './outside-window';
import { rule as overdue } from './overdue';
import { rule as overAllocated } from './over-allocated';
import { rule as statusProgress } from './status-progress';
import { rule as successCriteriaMissing } from './success-criteria-missing';
import { rule as successCriteriaNotAgreed } from './success-criteria-not-agreed';
import { rule as criterionUnmeasurable } from './criterion-unmeasurable';
import { rule as unqualified } from './unqualified';
import { rule as onsiteEnvironmentMissing } from './onsite-environment-missing';
import { rule as onsiteTasksMissing } from './onsite-tasks-missing';
import { rule as demoTooLong } from './demo-too-long';
import { rule as calendarDataMissing } from './calendar-data-missing';
import { rule as baselineSlip } from './baseline-slip';
import { rule as leaveOutsidePlan } from './leave-outside-plan';
import { rule as demoWithoutRehearsal } from './demo-without-rehearsal';
import { rule as teamRoleMissing } from './team-role-missing';
import { rule as teamMemberMismatch } from './team-member-mismatch';
import { rule as intelligenceIncomplete } from './intelligence-incomplete';
import { rule as riskUnmitigated } from './risk-unmitigated';
import { rule as noDecisionMaker } from './no-decision-maker';
import { rule as weeklyReportMissing } from './weekly-report-missing';
import { rule as satisfactionOverdue } from './satisfaction-overdue';
import { rule as delayUnreported } from './delay-unreported';
import { rule as delayImpact } from './delay-impact';
import { rule as changeUndecided } from './change-undecided';
import { rule as outOfContractUnpriced } from './out-of-contract-unpriced';
import { rule as acceptanceCategoryMissing } from './acceptance-category-missing';
// Releases and changes (issue 18).
import { rule as releaseOverdue } from './release-overdue';
import { rule as changeApprovalMissing } from './change-approval-missing';
import { rule as trainingIncomplete } from './training-incomplete';
import { rule as haltWithoutResumePlan } from './halt-without-resume-plan';
import { rule as inspectionOverdue } from './inspection-overdue';
import { rule as untestableRequirement } from './untestable-requirement';
import { rule as untracedRequirement } from './untraced-requirement';
import { rule as blockerUnmanaged } from './blocker-unmanaged';
import { rule as reportsToCycle } from './reports-to-cycle';
import { rule as checklistOverdue } from './checklist-overdue';
// Presales (issue 18).
import { rule as tenderMatrixIncomplete } from './tender-matrix-incomplete';
import { rule as reviewPending } from './review-pending';
// Lifecycle (issue 18).
import { rule as acceptanceUnsigned } from './acceptance-unsigned';
import { rule as remoteAcceptanceUnrecorded } from './remote-acceptance-unrecorded';
import { rule as inspectionMissing } from './inspection-missing';
import { rule as licenseLimit } from './license-limit';
import { rule as satisfactionLow } from './satisfaction-low';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  fileUnreadable,
  fileEncoding,
  schema,
  kindMismatch,
  unknownRef,
  refUnchecked,
  duplicateId,
  scheduleCycle,
  dateOrder,
  startsBeforeDependency,
  outsideWindow,
  overdue,
  overAllocated,
  calendarDataMissing,
  baselineSlip,
  leaveOutsidePlan,
  statusProgress,
  successCriteriaMissing,
  successCriteriaNotAgreed,
  criterionUnmeasurable,
  unqualified,
  onsiteEnvironmentMissing,
  onsiteTasksMissing,
  demoTooLong,
  demoWithoutRehearsal,
  teamRoleMissing,
  teamMemberMismatch,
  intelligenceIncomplete,
  riskUnmitigated,
  noDecisionMaker,
  weeklyReportMissing,
  satisfactionOverdue,
  delayUnreported,
  delayImpact,
  changeUndecided,
  outOfContractUnpriced,
  acceptanceCategoryMissing,
  trainingIncomplete,
  haltWithoutResumePlan,
  inspectionOverdue,
  untestableRequirement,
  untracedRequirement,
  blockerUnmanaged,
  reportsToCycle,
  checklistOverdue,
  // Presales (issue 18).
  tenderMatrixIncomplete,
  reviewPending,
  // Lifecycle (issue 18).
  acceptanceUnsigned,
  remoteAcceptanceUnrecorded,
  inspectionMissing,
  licenseLimit,
  satisfactionLow,
  // Releases and changes (issue 18).
  releaseOverdue,
  changeApprovalMissing,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
