/**
 * "POC Studio: Export Tasks to Excel / as CSV / to Calendar / to MS Project (XML)"
 * (pocStudio.exportXlsx, exportCsv, exportIcs, exportMspdi): the language server builds the file
 * (`pocStudio/export`, base64 bytes and a suggested name); this module writes it next to the plan
 * under a free name — never over a file: `name.xlsx`, else `name (2).xlsx`, `name (3).xlsx` … — and
 * offers to open it or reveal it. For a calendar it asks first whether everyone's tasks or one
 * person's go into it; a Microsoft Project file always holds one whole plan.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isPlainFileName } from '../../server/src/core/file-names';
import { ExportRequest, type ExportResult, type RequestError } from '../../server/src/protocol';
import { exists, freeName } from './files';
import { send } from './request';

export type ExportFormat = 'xlsx' | 'csv' | 'ics' | 'mspdi';

/** The file extension the server's suggested name must have, per format. */
const EXTENSION: Record<ExportFormat, string> = { xlsx: 'xlsx', csv: 'csv', ics: 'ics', mspdi: 'xml' };

/** Arguments for running the commands without prompts (tests, keybindings). */
export interface ExportArgs {
  /** The plan, or a folder (its plans); default: the active editor's plan, else asked. */
  uri?: vscode.Uri | string;
  /** Calendar: one person's tasks; null: everyone's (not asked); undefined: asked. Not for MS Project (the whole plan). */
  person?: string | null;
  locale?: 'zh-CN' | 'en';
  /** Show the message with Open / Reveal in Explorer (default true). */
  notify?: boolean;
}

/** The server's answer with every field optional: checked before use. */
type ExportAnswer = Partial<Exclude<ExportResult, RequestError>> & { error?: string };

const PLAN_RE = /\.(poc|project)\.ya?ml$/i;

export function registerExportCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>): void {
  const run = (format: ExportFormat) => (arg?: vscode.Uri | ExportArgs) => exportTasks(client, ready, format, arg instanceof vscode.Uri ? { uri: arg } : { ...(arg ?? {}) });
  context.subscriptions.push(
    vscode.commands.registerCommand('pocStudio.exportXlsx', run('xlsx')),
    vscode.commands.registerCommand('pocStudio.exportCsv', run('csv')),
    vscode.commands.registerCommand('pocStudio.exportIcs', run('ics')),
    vscode.commands.registerCommand('pocStudio.exportMspdi', run('mspdi')),
  );
}


async function exportTasks(client: () => LanguageClient | undefined, ready: Promise<void>, format: ExportFormat, args: ExportArgs): Promise<vscode.Uri | undefined> {
  const plan = await pickPlan(args.uri);
  if (!plan) return undefined;
  await ready;
  // The plan as the server checks it: what is on disk is what the user exports.
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === plan.toString());
  if (doc?.isDirty) await doc.save();
  const request = (person?: string): Promise<ExportAnswer> => {
    const c = client();
    return c ? send(c, ExportRequest, { uri: plan.toString(), format, person, locale: args.locale }) : Promise.resolve({ error: vscode.l10n.t('the language server is not running') });
  };
  // A Microsoft Project file holds the whole plan: no person filter.
  let result = await request(format === 'mspdi' ? undefined : (args.person ?? undefined));
  if (format === 'ics' && args.person === undefined && !result.error && result.people?.length) {
    const everyone = vscode.l10n.t('Everyone');
    const items: (vscode.QuickPickItem & { person?: string })[] = [
      { label: everyone, description: vscode.l10n.t('all tasks of the plan') },
      ...result.people.map((p) => ({ label: p.name, description: p.id, detail: vscode.l10n.t('{0} tasks', String(p.tasks)), person: p.id })),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export to calendar'), placeHolder: vscode.l10n.t('Whose tasks go into the calendar?') });
    if (!picked) return undefined;
    if (picked.person !== undefined) result = await request(picked.person);
  }
  const name = result.fileName;
  if (result.error || typeof result.data !== 'string' || !name || !isPlainFileName(name) || !name.endsWith(`.${EXTENSION[format]}`) || !result.folderUri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not export: {0}', result.error ?? '?'));
    return undefined;
  }
  const target = await freeName(vscode.Uri.parse(result.folderUri), name);
  await vscode.workspace.fs.writeFile(target, new Uint8Array(Buffer.from(result.data, 'base64')));
  if (args.notify !== false) {
    const open = vscode.l10n.t('Open');
    const reveal = vscode.l10n.t('Reveal in Explorer');
    const skipped = result.skipped ? ' ' + vscode.l10n.t('{0} tasks without dates are not in the calendar.', String(result.skipped)) : '';
    void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0} ({1} tasks).', vscode.workspace.asRelativePath(target), String(result.tasks ?? 0)) + skipped, open, reveal).then((a) => {
      // The workbook opens in Excel or WPS, the calendar in the calendar app, the CSV in the spreadsheet app.
      if (a === open) void vscode.env.openExternal(target);
      else if (a === reveal) void vscode.commands.executeCommand('revealInExplorer', target);
    });
  }
  return target;
}

/** The plan: given, else the active editor's plan, else the workspace's only plan, else asked. */
async function pickPlan(given: vscode.Uri | string | undefined): Promise<vscode.Uri | undefined> {
  if (given) return typeof given === 'string' ? vscode.Uri.parse(given) : given;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && PLAN_RE.test(active.path)) return active;
  const found = (await vscode.workspace.findFiles('**/*.{poc,project}.{yaml,yml}', '**/node_modules/**', 200)).sort((a, b) => a.path.localeCompare(b.path));
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No {0} file in the workspace.', '*.poc.yaml / *.project.yaml'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })),
    { title: vscode.l10n.t('Export'), placeHolder: vscode.l10n.t('Which plan?') },
  );
  return picked?.uri;
}
