/**
 * What every report reads: the plan file with its schedule, the other files of its workspace folder
 * (names of people, requirements), "today", the language, and the errors that make figures
 * uncertain. Built from a Workspace, so the language server and the CLI give the same report.
 */
import { baselineFor } from '../baselines/read';
import { slipsOf, type TaskSlip } from '../baselines/slip';
import { lineIndexOf } from '../file';
import { isPlan, type PlanModel, type Requirement, type Stakeholder } from '../model';
import type { ArtifactFile } from '../rules/api';
import type { Schedule, ScheduledTask } from '../schedule';
import type { Day } from '../dates';
import type { Locale } from '../types';
import type { Workspace } from '../workspace';
import { oneLine } from './markdown';
import type { ReportEdition } from './doc';

export interface ReportError {
  /** File name (no folder). */
  file: string;
  /** 1-based line. */
  line: number;
  rule: string;
  message: string;
}

export interface ReportContext {
  file: ArtifactFile;
  plan: PlanModel;
  schedule?: Schedule;
  today: Day;
  locale: Locale;
  stakeholders: Map<string, Stakeholder>;
  requirements: Map<string, Requirement>;
  /** Whether the workspace holds an implementation-project plan (a POC report then does not ask for one). */
  hasProject: boolean;
  /** Error diagnostics of the plan and of the files it reads (stakeholders, requirements). */
  errors: ReportError[];
  /** Each task's baseline dates and slip (by task index), when the plan has a baseline. */
  slips: (TaskSlip | undefined)[];
  /** The baseline's name, when there is one. */
  baselineName?: string;
  /** customer: only what the customer should read; internal: everything. */
  edition: ReportEdition;
  /** Our company (setting pocStudio.company), '' when not set. */
  company: string;
}

export function reportContext(ws: Workspace, uri: string, opts: { locale?: Locale; today?: Day; edition?: ReportEdition } = {}): ReportContext {
  const file = ws.get(uri);
  if (!file || !isPlan(file.model)) throw new Error(`not a POC or project plan: ${uri}`);
  const stakeholders = new Map<string, Stakeholder>();
  const requirements = new Map<string, Requirement>();
  const errors: ReportError[] = [];
  const related: ArtifactFile[] = [file];
  let hasProject = false;
  // The customer's own files (core/scope.ts): another customer's stakeholders are not this one's.
  for (const f of ws.filesInScope(uri)) {
    const m = f.model;
    if (m.kind === 'project') hasProject = true;
    if (m.kind === 'stakeholders') {
      for (const s of m.stakeholders.items) if (s.id && !stakeholders.has(s.id.value)) stakeholders.set(s.id.value, s);
      if (f !== file) related.push(f);
    } else if (m.kind === 'requirements') {
      for (const r of m.requirements.items) if (r.id && !requirements.has(r.id.value)) requirements.set(r.id.value, r);
      if (f !== file) related.push(f);
    }
  }
  const locale = opts.locale ?? ws.messageLocale;
  for (const f of related) {
    const lines = lineIndexOf(f);
    const diagnostics = ws.check(f.uri).filter((d) => d.severity === 'error');
    // check() applies suppression comments; findings() has the messages in both languages.
    const findings = diagnostics.length ? ws.findings(f.uri) : [];
    for (const d of diagnostics) {
      const localized = findings.find((x) => x.rule === d.rule && x.span.start === d.span.start && x.span.end === d.span.end && x.message[ws.messageLocale] === d.message);
      const message = localized ? localized.message[locale] : d.message;
      errors.push({ file: f.name, line: lines.positionAt(d.span.start).line + 1, rule: d.rule, message: oneLine(message) });
    }
  }
  errors.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  const baseline = baselineFor(ws.filesInScope(uri), file.model.id?.value, ws.settings.baseline || undefined);
  return {
    slips: baseline && file.schedule ? slipsOf(file.model, file.schedule, baseline) : [],
    baselineName: baseline ? baseline.model.name?.value.trim() || baseline.file.name : undefined,
    file,
    plan: file.model,
    schedule: file.schedule,
    today: opts.today ?? ws.today,
    locale,
    stakeholders,
    requirements,
    hasProject,
    errors,
    edition: opts.edition ?? 'internal',
    company: ws.settings.company,
  };
}

/** Whether this is the customer edition (leave out what is only for us). */
export const forCustomer = (ctx: { edition: ReportEdition }): boolean => ctx.edition === 'customer';

/** zh-CN or English text. */
export const tr = (ctx: { locale: Locale }, zh: string, en: string): string => (ctx.locale === 'zh-CN' ? zh : en);

/** A person's display name: team member of the plan, else stakeholder, else the id itself. */
export function personName(ctx: ReportContext, id: string | undefined): string {
  if (!id) return '';
  const member = ctx.plan.team.items.find((m) => m.id?.value === id);
  if (member?.name?.value) return member.name.value;
  const s = ctx.stakeholders.get(id);
  if (s?.name?.value) return s.name.value;
  return id;
}

export function scheduledTasks(ctx: ReportContext): ScheduledTask[] {
  return ctx.schedule?.tasks ?? [];
}

export { label } from '../labels';
