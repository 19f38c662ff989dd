/**
 * The presales parts of a POC's model (issue 18): qualification as Chinese buyers purchase (budget,
 * project approval, procurement method), the tender response, and the review with its feedback.
 * Types here, read by model-build.ts with a Reader (model-reader.ts).
 */
import type { DateField, Entity, Field, Section } from './model';
import type { Span } from './text';
import { entity, type Obj, type Reader } from './model-reader';

/** The China-fit fields of `qualification` (the playbook's own ones are in model.ts). */
export interface PresalesQualification {
  budgetApproved?: Field<boolean>;
  projectApproved?: Field<boolean>;
  /** public-tender | invited-tender | competitive-negotiation | single-source | inquiry | direct */
  procurement?: Field<string>;
  tenderDate?: DateField;
}

export interface TenderRow extends Entity {
  requirement?: Field<string>;
  response?: Field<string>;
  remark?: Field<string>;
  /** 1-based position of the row in the written `matrix` list (scalars in the list count too). */
  row: number;
}

export interface Tender extends Entity {
  keySpan: Span;
  deadline?: DateField;
  submitted?: DateField;
  owner?: Field<string>;
  matrix: Section<TenderRow>;
}

export interface Feedback extends Entity {
  date?: DateField;
  from?: Field<string>;
}

export interface Review extends Entity {
  keySpan: Span;
  decision?: Field<string>;
  date?: DateField;
  feedback: Section<Feedback>;
}

export function presalesQualification(q: Obj, r: Reader): PresalesQualification {
  return {
    budgetApproved: r.bool(q, 'budgetApproved'),
    projectApproved: r.bool(q, 'projectApproved'),
    procurement: r.str(q, 'procurement'),
    tenderDate: r.date(q, 'tenderDate'),
  };
}

export function buildTender(t: Entity & { keySpan: Span }, r: Reader): Tender {
  const list = Array.isArray(t.raw.matrix) ? (t.raw.matrix as unknown[]) : [];
  return Object.assign(t, {
    deadline: r.date(t.raw, 'deadline'),
    submitted: r.date(t.raw, 'submitted'),
    owner: r.id(t.raw, 'owner'),
    matrix: r.section(t.raw, 'matrix', (m) => entity(m, {
      requirement: r.id(m, 'requirement'),
      response: responseOf(r.str(m, 'response')),
      remark: r.str(m, 'remark'),
      row: list.indexOf(m) + 1,
    })),
  });
}

export function buildReview(review: Entity & { keySpan: Span }, r: Reader): Review {
  return Object.assign(review, {
    decision: r.str(review.raw, 'decision'),
    date: r.date(review.raw, 'date'),
    feedback: r.section(review.raw, 'feedback', (m) => entity(m, { date: r.date(m, 'date'), from: r.str(m, 'from') })),
  });
}

/** The matrix's answers as written in Chinese (满足 / 部分满足 / 不满足) are the same as full / partial / none. */
const RESPONSE_WORDS: Record<string, string> = { 满足: 'full', 部分满足: 'partial', 不满足: 'none' };

function responseOf(f: Field<string> | undefined): Field<string> | undefined {
  const v = f && RESPONSE_WORDS[f.value.trim()];
  return v && f ? { ...f, value: v } : f;
}
