/**
 * "POC Studio: Generate Report" (and the three direct commands Weekly Report, POC Summary Report,
 * Acceptance Report): the language server computes the report (`pocStudio/report`) as Markdown,
 * offline HTML, Word or an e-mail draft, for the customer or for us (the edition asked, the last
 * choice remembered); this module writes it to `reports/` next to the plan. A Word document or an
 * e-mail draft never replaces a file: it gets a free name (`… (2).docx`), then Open / Reveal in
 * Explorer (and, for a draft, Open in Mail). Markdown is written never over an existing file without asking,
 * and opens it with a preview beside it in which the Mermaid diagrams are pictures: the built-in
 * Markdown preview where it draws Mermaid (VS Code 1.121+), else POC Studio's report preview.
 * An offline HTML report is never opened as text (5 MB of inlined Mermaid): its preview shows the
 * report, and "Open in Browser" hands the file to the system's browser.
 */
import * as vscode from 'vscode';
import { exists, freeName } from './files';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isPlainFileName } from '../../server/src/core/file-names';
import { ReportRequest, type ReportResult, type RequestError } from '../../server/src/protocol';
import { send } from './request';
import { builtInPreviewDrawsMermaid, ReportPreview } from './panels/report-preview';

import { reportPickEntries, type ReportFormat, type ReportKind } from './report-kinds';
export type { ReportKind };

/** Arguments for running the commands without prompts (tests, other extensions, keybindings). */
export interface ReportArgs {
  kind?: ReportKind;
  /** The plan (*.poc.yaml / *.project.yaml); default: the active editor's, else the workspace's. */
  uri?: vscode.Uri | string;
  /** ISO week YYYY-Www of a weekly report; default: asked, proposing the current week. */
  week?: string;
  locale?: 'zh-CN' | 'en';
  /** When the report file exists: ask (default, modal), keep it, or overwrite it. */
  ifExists?: 'ask' | 'keep' | 'overwrite';
  /** Open the preview too (default true). */
  preview?: boolean;
  /** markdown (default); html: a standalone offline page; docx: Word; eml: an e-mail draft. */
  format?: ReportFormat;
  /** customer or internal; default: asked (the last choice first). */
  edition?: 'customer' | 'internal';
  /** After writing a Word or e-mail report: the buttons' toast (default true). */
  notify?: boolean;
}

const EDITION_KEY = 'pocStudio.reportEdition';

/** The server's answer (protocol.ts ReportResult) with every field optional: checked before use. */
type ReportAnswer = Partial<Exclude<ReportResult, RequestError>> & { error?: string };

const PLAN_RE = /\.(poc|project)\.ya?ml$/;
const SAFE_FILE = /^[^/\\:*?"<>|\u0000-\u001f]+\.(md|html|docx|eml)$/;

export function registerReportCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>): void {
  const run = (fixed?: ReportKind) => (arg?: vscode.Uri | ReportArgs) => {
    const args: ReportArgs = arg instanceof vscode.Uri ? { uri: arg } : { ...(arg ?? {}) };
    if (fixed) args.kind = fixed;
    // From a menu or the palette the edition is asked; with arguments (keybindings, tests) the default is internal.
    return generateReport(context, client, ready, args, arg === undefined || arg instanceof vscode.Uri);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('pocStudio.generateReport', run()),
    vscode.commands.registerCommand('pocStudio.weeklyReport', run('weekly')),
    vscode.commands.registerCommand('pocStudio.pocReport', run('poc')),
    vscode.commands.registerCommand('pocStudio.acceptanceReport', run('acceptance')),
    vscode.commands.registerCommand('pocStudio.showReportPreview', (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target) return undefined;
      // An offline page already draws itself: the browser shows it.
      if (/\.html?$/i.test(target.path)) return vscode.env.openExternal(target);
      return ReportPreview.show(context, target);
    }),
  );
}

async function generateReport(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, args: ReportArgs, interactive: boolean): Promise<vscode.Uri | undefined> {
  let kind = args.kind;
  if (!kind) {
    const picked = await pickKind();
    if (!picked) return undefined;
    kind = picked.kind;
    args.format ??= picked.format;
  }
  const plan = await pickPlan(kind, args.uri);
  if (!plan) return undefined;
  const edition = args.edition ?? (interactive ? await pickEdition(context) : 'internal');
  if (!edition) return undefined;
  await ready;
  const request = (week?: string): Promise<ReportAnswer> => {
    const c = client();
    return c ? send(c, ReportRequest, { uri: plan.toString(), kind, week, locale: args.locale, format: args.format, edition }) : Promise.resolve({ error: 'the language server is not running' });
  };
  let result = await request(args.week);
  if (kind === 'weekly' && args.week === undefined && result.week) {
    const week = await vscode.window.showInputBox({
      title: vscode.l10n.t('Weekly report'),
      prompt: vscode.l10n.t('ISO week (YYYY-Www)'),
      value: result.week,
      validateInput: (v) => (/^\d{4}-W\d{2}$/.test(v.trim()) ? undefined : vscode.l10n.t('Enter a week like {0}.', result.week ?? '2027-W04')),
    });
    if (!week) return undefined;
    if (week.trim() !== result.week) result = await request(week.trim());
  }
  if (result.error || !result.markdown || !result.fileName || !SAFE_FILE.test(result.fileName) || !isPlainFileName(result.fileName)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not generate the report: {0}', result.error ?? '?'));
    return undefined;
  }
  const planUri = result.uri ? vscode.Uri.parse(result.uri) : plan;
  const folder = vscode.Uri.joinPath(planUri, '..', 'reports');
  if (args.format === 'docx' || args.format === 'eml') {
    if (!result.base64) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not generate the report: {0}', '?'));
      return undefined;
    }
    await vscode.workspace.fs.createDirectory(folder);
    const written = await freeName(folder, result.fileName);
    await vscode.workspace.fs.writeFile(written, new Uint8Array(Buffer.from(result.base64, 'base64')));
    if (args.notify !== false) void offerOpen(written, args.format);
    return written;
  }
  const target = vscode.Uri.joinPath(folder, result.fileName);
  if (await exists(target)) {
    const policy = args.ifExists ?? 'ask';
    let overwrite = policy === 'overwrite';
    if (policy === 'ask') {
      const yes = vscode.l10n.t('Overwrite');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} already exists. Overwrite it?', vscode.workspace.asRelativePath(target)),
        { modal: true },
        yes,
      );
      overwrite = answer === yes;
    }
    if (!overwrite) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; it was not overwritten.', vscode.workspace.asRelativePath(target)));
      return undefined;
    }
  }
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.markdown));
  if (args.format === 'html') {
    // Never the page's source in an editor tab: the preview shows the report.
    if (args.preview !== false) ReportPreview.show(context, target, result.source ?? '');
    const browser = vscode.l10n.t('Open in Browser');
    void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}.', vscode.workspace.asRelativePath(target)), browser).then((a) => {
      if (a === browser) void vscode.env.openExternal(target);
    });
    return target;
  }
  await vscode.window.showTextDocument(target, { preview: false });
  if (args.preview !== false) await showPreview(context, target);
  void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}.', vscode.workspace.asRelativePath(target)));
  return target;
}

/** The built-in Markdown preview where it draws Mermaid, else POC Studio's. */
async function showPreview(context: vscode.ExtensionContext, target: vscode.Uri): Promise<void> {
  if (builtInPreviewDrawsMermaid()) {
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
      return;
    } catch {
      // No built-in Markdown preview in this editor: POC Studio's.
    }
  }
  ReportPreview.show(context, target);
}

async function pickKind(): Promise<{ kind: ReportKind; format: ReportFormat } | undefined> {
  const t = (message: string, ...args: string[]) => vscode.l10n.t(message, ...args);
  const items: (vscode.QuickPickItem & { report?: ReportKind; format?: ReportFormat })[] = [
    ...reportPickEntries(t, 'markdown'),
    { label: vscode.l10n.t('Word'), kind: vscode.QuickPickItemKind.Separator },
    ...reportPickEntries(t, 'docx'),
    { label: vscode.l10n.t('E-mail draft'), kind: vscode.QuickPickItemKind.Separator },
    ...reportPickEntries(t, 'eml'),
    { label: vscode.l10n.t('Offline HTML'), kind: vscode.QuickPickItemKind.Separator },
    ...reportPickEntries(t, 'html'),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Generate report'), placeHolder: vscode.l10n.t('Which report?') });
  return picked?.report ? { kind: picked.report, format: picked.format ?? 'markdown' } : undefined;
}

/** The plan: given, else the active editor's plan, else the workspace's only plan of that type, else asked. */
async function pickPlan(kind: ReportKind, given: vscode.Uri | string | undefined): Promise<vscode.Uri | undefined> {
  if (given) return typeof given === 'string' ? vscode.Uri.parse(given) : given;
  const want = kind === 'poc' ? 'poc' : 'project';
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && PLAN_RE.exec(active.path)?.[1] === want) return active;
  const found = (await vscode.workspace.findFiles(`**/*.${want}.{yaml,yml}`, '**/node_modules/**', 200)).sort((a, b) => a.path.localeCompare(b.path));
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No {0} file in the workspace.', `*.${want}.yaml`));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })),
    { title: vscode.l10n.t('Generate report'), placeHolder: vscode.l10n.t('Which plan?') },
  );
  return picked?.uri;
}

/** Customer or internal edition, the last choice first (remembered across sessions). */
async function pickEdition(context: vscode.ExtensionContext): Promise<'customer' | 'internal' | undefined> {
  const last = context.globalState.get<string>(EDITION_KEY) === 'customer' ? 'customer' : 'internal';
  const items: (vscode.QuickPickItem & { edition: 'customer' | 'internal' })[] = [
    { edition: 'customer', label: vscode.l10n.t('For the customer'), detail: vscode.l10n.t('Leaves out sales notes, the critical path, data problems and internal ids.') },
    { edition: 'internal', label: vscode.l10n.t('Internal'), detail: vscode.l10n.t('Everything, for the team and the lead.') },
  ];
  if (last === 'internal') items.reverse();
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Generate report'), placeHolder: vscode.l10n.t('Which edition?') });
  if (picked) await context.globalState.update(EDITION_KEY, picked.edition);
  return picked?.edition;
}


async function offerOpen(target: vscode.Uri, format: 'docx' | 'eml'): Promise<void> {
  const open = format === 'eml' ? vscode.l10n.t('Open in Mail') : vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}.', vscode.workspace.asRelativePath(target)), open, reveal);
  if (answer === open) await vscode.env.openExternal(target);
  else if (answer === reveal) await vscode.commands.executeCommand('revealInExplorer', target);
}
