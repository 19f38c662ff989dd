/**
 * What an import reads out of a spreadsheet or a Microsoft Project file, before it is written as
 * a plan (yaml-out.ts) and checked against the source's dates (verify.ts). Every reader
 * (table.ts for rows of cells, server/src/import/mspdi.ts for MS Project XML) fills one
 * ImportedPlan; what it could not carry over is an ImportNote naming the row or element.
 *
 * Decisions:
 * - Dates are `YYYY-MM-DD` strings (the source's calendar day); durations are working days.
 * - `sourceStart` / `sourceEnd` are what the source says; verify.ts compares the computed schedule
 *   with them and reports each task that differs.
 * - A note's text is given in both languages; the CLI and the editor pick one.
 */

export type ImportFormat = 'xlsx' | 'csv' | 'mspdi';

export type ImportedStatus = 'todo' | 'doing' | 'done' | 'blocked' | 'cancelled';

export interface ImportedTask {
  /** The task id in the plan: T1, T2 … (or the source's WBS made an id). Unique. */
  id: string;
  name: string;
  /** A team id of ImportedPlan.team. */
  owner?: string;
  /** A phase enum value (kickoff, implementation …) when the source's phase maps to one. */
  phase?: string;
  /** What the source says (YYYY-MM-DD). */
  sourceStart?: string;
  sourceEnd?: string;
  /** Working days (0 = milestone). */
  duration?: number;
  milestone?: boolean;
  /** Ids of ImportedTask (finish-to-start). */
  dependsOn: string[];
  status?: ImportedStatus;
  /** 0–100. */
  progress?: number;
  /** Where it came from, for the comment after the task: "第 5 行" / "row 5", "UID 3". */
  source: { en: string; zh: string };
  /** Comments written above the task (links kept as comments, the source phase text …). */
  comments: string[];
  /** The same comments in English, when the reader gives them (MSPDI does), for a plan written in English. */
  commentsEn?: string[];
}

export interface ImportedMember {
  id: string;
  name: string;
}

export interface ImportNote {
  severity: 'error' | 'warning' | 'info';
  /** The row or element: "第 7 行" / "row 7", "<Task> UID 12". Empty for the whole file. */
  where: { en: string; zh: string };
  message: { en: string; zh: string };
}

export interface ImportedPlan {
  kind: 'poc' | 'project';
  id: string;
  title: string;
  customer?: string;
  start?: string;
  end?: string;
  holidays: string[];
  workdays: string[];
  team: ImportedMember[];
  tasks: ImportedTask[];
  notes: ImportNote[];
  /** What was read: format, the encoding of a CSV, the sheet, the header row, the column mapping. */
  source: {
    format: ImportFormat;
    file: string;
    encoding?: string;
    sheet?: string;
    headerRow?: number;
    /** field → the source's column header (tabular sources). */
    mapping?: Record<string, string>;
    /** Headers that map to no field (reported, ignored). */
    ignoredColumns?: string[];
  };
}

/** A note in both languages. */
export function note(severity: ImportNote['severity'], where: ImportNote['where'], en: string, zh: string): ImportNote {
  return { severity, where, message: { en, zh } };
}

export const WHOLE_FILE = { en: '', zh: '' };

export function rowWhere(row: number): { en: string; zh: string } {
  return { en: `row ${row}`, zh: `第 ${row} 行` };
}
