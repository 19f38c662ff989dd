/**
 * What POC Studio must find in examples/ (with the folder's pinned today, 2027-01-27): one entry
 * per diagnostic, as file, 1-based line and rule id. Shared by the CLI test and the end-to-end
 * test in VS Code, which must agree. Each finding is there on purpose; see README.md.
 */
export interface Expected {
  file: string;
  line: number;
  rule: string;
  why: string;
}

export const EXAMPLE_FINDINGS: Expected[] = [
  { file: 'bank-log.poc.yaml', line: 109, rule: 'demo-too-long', why: 'demo planned for 45 minutes (playbook: at most 30)' },
  { file: 'bank-log.project.yaml', line: 30, rule: 'overdue', why: 'P4 ended 2027-01-26 and is still doing' },
  { file: 'bank-log.project.yaml', line: 31, rule: 'baseline-slip', why: 'P5 lengthened from 8 to 10 working days since the kickoff baseline, no delay recorded (P3 slipped too, explained by its delay)' },
  { file: 'bank-log.project.yaml', line: 32, rule: 'over-allocated', why: 'zhao on P5 and P6 at once from 2027-01-25 (once, at P6: it starts later)' },
  { file: 'bank-log.project.yaml', line: 35, rule: 'unknown-ref', why: "owner 'sunn' is a typo of 'sun'" },
  { file: 'bank-log.project.yaml', line: 40, rule: 'risk-unmitigated', why: 'RK2 high impact, open, no mitigation' },
  { file: 'bank-log.project.yaml', line: 56, rule: 'change-undecided', why: 'CR2 pending for 8 working days' },
  { file: 'bank-log.project.yaml', line: 60, rule: 'delay-unreported', why: 'delay of P3 told to sales 2 days late' },
  { file: 'bank-log.project.yaml', line: 62, rule: 'weekly-report-missing', why: 'no report for 2027-W03' },
  { file: 'bank-log.project.yaml', line: 71, rule: 'acceptance-category-missing', why: 'no acceptance item for report' },
  { file: 'bank.requirements.yaml', line: 41, rule: 'untestable-requirement', why: 'R4 "报表界面友好，操作简单"' },
  { file: 'bank.requirements.yaml', line: 45, rule: 'untraced-requirement', why: 'must requirement R5 covered by nothing' },
  { file: 'bank.requirements.yaml', line: 62, rule: 'out-of-contract-unpriced', why: 'R6 out of contract, agreed, no price' },
  { file: 'bank.stakeholders.yaml', line: 31, rule: 'blocker-unmanaged', why: 'sec-zhou: high influence skeptic without strategy' },
  { file: 'machine-readiness.checklist.yaml', line: 13, rule: 'checklist-overdue', why: 'M6 due 2026-12-04, not done' },
];
