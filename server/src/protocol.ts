/**
 * The custom requests between the VS Code extension (client/src) and the language server
 * (server/src/lsp): one object per request with its method, parameters and result, declared once
 * for both sides. The server registers them with `lsp/requests.ts` (`serve`, `serveView`), the
 * client sends them with `client/src/request.ts` (`send`), the protocol tests with
 * `TestClient.send`.
 *
 * This module has no runtime dependency (no vscode, no server code): only type imports of the
 * core's view data. A view's data is the core's, with every `span` (offsets in the file named by
 * the nearest `uri` of the object or its ancestors) turned into an LSP `range`: `Wire<T>`, which
 * `lsp/requests.ts` `withRanges` computes for any view.
 *
 * Adding a view: its data in the core (e.g. core/views/), one `RequestType` here, one
 * `serveView` in lsp/views*.ts, the panel, its page script and its tests.
 */
import type { GanttBar, GanttChart, GanttScope } from './core/gantt/gantt';
import type { GanttDrag } from './core/gantt/drag-edit';
import type { LayoutBar, LayoutBaseline, LayoutStrip, SvgLayout } from './core/gantt/svg-layout';
import type { StakeholderMap } from './core/views/stakeholders';
import type { ChecklistProgress, ProgressView } from './core/views/progress';
import type { TeamLoad } from './core/views/load';
import type { Report, ReportKind } from './core/reports';
import type { Locale } from './core/types';
import type { ExportFormat, ExportPerson } from './core/exports';

/** A request: its method on the wire; `P` and `R` are its parameters and result (types only). */
export interface RequestType<P, R> {
  readonly method: string;
  /** Never set: carries the parameter and result types. */
  readonly types?: (params: P) => R;
}

const request = <P, R>(method: string): RequestType<P, R> => ({ method });

// --- Positions -------------------------------------------------------------------------------

/** LSP positions (UTF-16 code units), as in vscode-languageserver. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** `T` with every `span` (offsets) replaced by a `range` (LSP positions), at any depth. */
export type Wire<T> = T extends readonly (infer U)[]
  ? Wire<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'span' ? 'range' : K]: K extends 'span' ? Range : Wire<T[K]> }
    : T;

/** What a request answers when it cannot: the client shows the message. */
export interface RequestError {
  error: string;
}

// --- Views (panels) --------------------------------------------------------------------------

/** Which folder a panel shows: the workspace of `uri`, else of `folderUri`, else the first one. */
export interface PanelParams {
  uri?: string;
  folderUri?: string;
}

export interface GanttParams extends PanelParams {
  /** The plan file (scope `file`), or any file of the folder (scope `portfolio`). */
  scope: GanttScope;
  criticalOnly?: boolean;
  owner?: string;
  /** Show the inspections the contract expects after go-live. */
  inspections?: boolean;
  /**
   * The rows the page needs (from inclusive, to exclusive). A chart of more than
   * GANTT_WINDOW_MIN_ROWS rows is answered for a window of rows only (these, or the first
   * GANTT_WINDOW_ROWS): its bars, rows and arrows; the page asks for other rows as it scrolls.
   */
  rows?: { from: number; to: number };
}

/** Charts of more rows than this are answered a window at a time (GanttParams.rows). */
export const GANTT_WINDOW_MIN_ROWS = 1500;
/** The window answered when the page has not asked for one (the top of the chart). */
export const GANTT_WINDOW_ROWS = 300;

/** A bar of the chart with the text drawn on it (with its marks). */
export type GanttViewBar = GanttBar & { text: string };

/** The Gantt view as the server computes it (spans). */
export interface GanttView {
  chart: Omit<GanttChart, 'sections' | 'unscheduled'> & { sections: { name: string; bars: GanttViewBar[] }[]; unscheduled: GanttViewBar[] };
  locale: Locale;
  /** The hash of the plan's text the chart was drawn from (scope `file`), for drag edits. */
  stamp?: string;
  /** Where everything goes (core/gantt/svg-layout.ts; a window of rows when `windowed`): the panel draws the rows on screen. */
  layout: PanelLayout;
  /** Counted over the whole chart (a windowed answer's sections hold the window's bars only). */
  totals: { scheduled: number; critical: number };
  /**
   * Set when the answer holds the window `layout.window` of a larger chart: then `lines` gives, for
   * every scheduled bar by index, [first line, last line, row] of its task (the cursor follows it).
   */
  windowed?: boolean;
  lines?: number[];
}

/** The SVG layout without the bar objects (the page finds a bar by its key in `chart`). */
export type PanelLayout = Omit<SvgLayout, 'bars' | 'baselines' | 'strip' | 'placed'> & {
  bars: (Omit<LayoutBar, 'bar'> & { key: string })[];
  /** The load strip, each cell with its tooltip in the user's language. */
  strip?: Omit<LayoutStrip, 'cells'> & { cells: (LayoutStrip['cells'][number] & { title: string })[] };
  baselines: (Omit<LayoutBaseline, 'baseline'> & { key: string; slipDays: number; start?: string; end: string })[];
};
export type GanttResponse = Wire<GanttView>;
export type WireBar = Wire<GanttViewBar>;

export const GanttRequest = request<GanttParams, GanttResponse | RequestError>('pocStudio/gantt');

export type GanttExportFormat = 'mermaid' | 'markdown' | 'html' | 'svg';
export interface GanttExportParams extends GanttParams {
  format: GanttExportFormat;
}
export const GanttExportRequest = request<GanttExportParams, { text: string; name: string } | RequestError>('pocStudio/ganttExport');
/** The chart as a PNG picture (every row, the light theme, twice the SVG's size): base64 bytes and a file name. */
export const GanttPngRequest = request<GanttParams, { data: string; name: string; width: number; height: number } | RequestError>('pocStudio/ganttPng');

export interface StakeholdersView {
  map: StakeholderMap;
  /** Mermaid source of the grid ('' when nobody is on it) and of the reportsTo tree. */
  quadrant: string;
  tree: string;
  locale: Locale;
}
export type StakeholdersResponse = Wire<StakeholdersView>;
export const StakeholdersRequest = request<PanelParams, StakeholdersResponse | RequestError>('pocStudio/stakeholders');

/** A checklist with the `stamp` (hash of its file's text) that a tick on it must send back. */
export type StampedChecklist = ChecklistProgress & { stamp: string };
export interface ProgressData {
  view: Omit<ProgressView, 'checklists'> & { checklists: StampedChecklist[] };
  locale: Locale;
}
export type ProgressResponse = Wire<ProgressData>;
export const ProgressRequest = request<PanelParams, ProgressResponse | RequestError>('pocStudio/progress');

/** The team load over the portfolio: `weeks` ISO weeks (default 8) from the week of `from` (default: today's). */
export interface TeamLoadParams extends PanelParams {
  /** `YYYY-MM-DD` (any day of the first week). */
  from?: string;
  weeks?: number;
}
export interface TeamLoadData {
  load: TeamLoad;
  locale: Locale;
}
export type TeamLoadResponse = Wire<TeamLoadData>;
export const TeamLoadRequest = request<TeamLoadParams, TeamLoadResponse | RequestError>('pocStudio/teamLoad');

/**
 * Ticking a checklist item: the server refuses when the file's text is no longer the one of
 * `stamp`; otherwise it answers the minimal edit with the document version and the hash it was
 * computed against, which the client applies only if its document still has exactly that text.
 */
export interface TickParams {
  uri: string;
  index: number;
  id?: string;
  done: boolean;
  /** The `stamp` of the checklist in the progress data the tick was made on. */
  stamp: string;
}
export type TickResponse =
  | { edit: { range: Range; newText: string }; version: number | null; hash: string }
  | { refused: 'stale' | 'unchanged' }
  | RequestError;
export const TickRequest = request<TickParams, TickResponse>('pocStudio/tick');

/** A drag on the Gantt chart (or its keyboard equivalent): see core/gantt/drag-edit.ts. */
export interface GanttEditParams {
  uri: string;
  drag: GanttDrag;
  /** The hash of the plan's text the chart was drawn from (GanttView `stamp`). */
  stamp: string;
}
export type GanttEditResponse =
  | { edits: { range: Range; newText: string }[]; version: number | null; hash: string }
  | { refused: string; message: string }
  | RequestError;
export const GanttEditRequest = request<GanttEditParams, GanttEditResponse>('pocStudio/ganttEdit');

// --- Commands --------------------------------------------------------------------------------

export interface ChecklistTemplateInfo {
  id: string;
  title: string;
  description: string;
  phase?: string;
}
/**
 * Without `template`: the templates. With it: the new checklist, its file stem `id` the
 * template's id, else `-2`, `-3` … — free among the checklist ids of the workspace folder and the
 * stems `taken` that the client found in the target folder.
 */
export interface NewChecklistParams {
  folderUri?: string;
  template?: string;
  taken?: string[];
}
export type NewChecklistResult = { templates: ChecklistTemplateInfo[] } | { name: string; text: string; id: string } | RequestError;
export const NewChecklistRequest = request<NewChecklistParams, NewChecklistResult>('pocStudio/newChecklist');

export interface GeneratedFile {
  name: string;
  text: string;
}
export type GeneratedFiles = { files: GeneratedFile[] } | RequestError;

export interface NewPocFolderParams {
  customer: string;
  pocId: string;
  /** YYYY-MM-DD; default: the next Monday. */
  start?: string;
  /** The folder the command will write into (to pick the workspace's language settings). */
  folderUri?: string;
  /** What sales has confirmed (New POC folder asks); anything but `true` counts as not confirmed. */
  qualified?: { financiallyVetted?: boolean; purchaseCommitment?: boolean };
}
export const NewPocFolderRequest = request<NewPocFolderParams, GeneratedFiles>('pocStudio/newPocFolder');

export interface NewProjectParams {
  customer: string;
  projectId: string;
  start?: string;
  folderUri?: string;
}
export const NewProjectRequest = request<NewProjectParams, GeneratedFiles>('pocStudio/newProject');

/** The id the "new" commands propose for a customer name (an input box shows it, editable). */
export interface ProposeIdParams {
  customer?: string;
  kind?: 'poc' | 'project';
  folderUri?: string;
}
export const ProposeIdRequest = request<ProposeIdParams, { id: string } | RequestError>('pocStudio/proposeId');

// --- Reports ---------------------------------------------------------------------------------

export interface ReportParams {
  /** A *.poc.yaml / *.project.yaml, or a folder (its plan of the kind's type is used). */
  uri: string;
  kind: ReportKind;
  /** ISO week YYYY-Www of a weekly report; default: the week of today. */
  week?: string;
  /** zh-CN or en; default: the workspace's message language. */
  locale?: string;
  /**
   * markdown (default); html: a standalone offline page (then `markdown` holds the HTML); docx / eml:
   * a Word document / an e-mail draft (then `base64` holds its bytes and `markdown` the Markdown).
   */
  format?: 'markdown' | 'html' | 'docx' | 'eml';
  /** customer: only what the customer should read; internal (default): everything. */
  edition?: 'customer' | 'internal';
}
/** `source`: the Markdown of an HTML report (for the editor's preview of the page); `base64`: the bytes of a Word or e-mail report. */
export type ReportResult = (Omit<Report, 'doc'> & { uri: string; source?: string; base64?: string }) | (RequestError & { candidates?: string[] });
export const ReportRequest = request<ReportParams, ReportResult>('pocStudio/report');

// --- Baselines -------------------------------------------------------------------------------

/** "Set Baseline": the snapshot of a plan's computed dates, for the client to write next to it. */
export interface BaselineParams {
  /** The plan file. */
  uri: string;
  /** The baseline's name (default: the day taken). */
  name?: string;
}
/** `fileName`: `<plan stem>.<name>.baseline.yaml`, a plain file name; the client never writes over a file. */
export type BaselineResult = { name: string; fileName: string; text: string } | RequestError;
export const BaselineRequest = request<BaselineParams, BaselineResult>('pocStudio/baseline');

// --- Exports ---------------------------------------------------------------------------------

/** "Export to Excel / CSV / Calendar": the file's bytes, for the client to write next to the plan. */
export interface ExportParams {
  /** A *.poc.yaml / *.project.yaml, or a folder (every plan under it). */
  uri: string;
  format: ExportFormat;
  /** Only this person's tasks (and hours). */
  person?: string;
  /** zh-CN or en; default: the workspace's message language. */
  locale?: string;
}
export interface ExportResult {
  /** The file's bytes, base64. */
  data: string;
  /** Suggested plain file name, e.g. `bank-log-impl-任务.xlsx` (the client picks a free one next to it). */
  fileName: string;
  /** Where the file belongs: the plan's folder, or the folder exported. */
  folderUri: string;
  /** Tasks exported (events, for ics). */
  tasks: number;
  /** Tasks without dates left out of a calendar. */
  skipped: number;
  /** Team members and task owners of the exported plans (the calendar's "one person" choice). */
  people: ExportPerson[];
  locale: Locale;
}
export const ExportRequest = request<ExportParams, ExportResult | RequestError>('pocStudio/export');

// --- Import (issue 19) -----------------------------------------------------------------------

/** "Import Plan…": the plan the server would write from a spreadsheet or MS Project file, for the user to review first. */
export interface ImportPreviewParams {
  /** The source file (.xlsx, .csv or MS Project .xml), a file: URI. */
  uri: string;
  /** The plan's kind (default project). */
  kind?: 'poc' | 'project';
  /** zh-CN or en (the messages' language); default: the workspace's message language. */
  locale?: string;
}
export interface ImportPreviewResult {
  /** The plan as YAML (empty when nothing could be read). */
  yaml: string;
  /** Notes, errors first, one line each ("row 7: …"), in the requested language. */
  messages: string[];
  /** Number of error notes: the client writes nothing when there is any. */
  errors: number;
  /** field → the source's column header (tabular sources; empty for MS Project). */
  mapping: Record<string, string>;
  /** The encoding a CSV was read in (utf-8, gb18030 …). */
  encoding?: string;
  /** The 1-based row of the header (tabular sources). */
  headerRow?: number;
  /** A plain file name for the plan, e.g. `bank-log.project.yaml`; the client never writes over a file. */
  suggestedName: string;
}
/** Fails with an LSP ResponseError (the message says why: unreadable file, unsupported type, import failed). */
export const ImportPreviewRequest = request<ImportPreviewParams, ImportPreviewResult>('pocStudio/importPreview');

// --- Tests -----------------------------------------------------------------------------------

/** The server's process id (the e2e crash-recovery test kills it). */
export const PidRequest = request<void, number>('pocStudio/pid');

/** Every custom request (the protocol test checks that the server answers each). */
export const REQUESTS = [
  GanttRequest,
  GanttExportRequest,
  GanttPngRequest,
  StakeholdersRequest,
  ProgressRequest,
  TeamLoadRequest,
  TickRequest,
  GanttEditRequest,
  NewChecklistRequest,
  NewPocFolderRequest,
  NewProjectRequest,
  ProposeIdRequest,
  ReportRequest,
  BaselineRequest,
  ExportRequest,
  ImportPreviewRequest,
  PidRequest,
] as const;
