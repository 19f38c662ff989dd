/**
 * "POC Studio: Import Plan…": a plan from an Excel workbook (.xlsx), a CSV file or a Microsoft
 * Project XML file. The server reads the file and answers what it would write
 * (`pocStudio/importPreview`: the YAML, the column mapping, the notes); the client shows that
 * first — the YAML in a read-only preview tab, the mapping and the notes in a modal dialog with
 * "Write Plan" / "Cancel" — and only then writes `<suggestedName>` into the chosen folder. An
 * existing file is never written over: the next free name (`-2`, `-3` …) is taken, and the plan's
 * id becomes that name's (`<id>-2`), since plan ids are unique in the folder. With errors in the
 * notes nothing is written.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exists } from './files';
import { isPlainFileName } from '../../server/src/core/file-names';
import { ImportPreviewRequest, type ImportPreviewResult } from '../../server/src/protocol';
import { send } from './request';
import { isPlanFileName, planNameCandidate, planNameStem, renamePlanId } from './plan-names';

/** Arguments for running the command without dialogs (tests, other extensions). */
export interface ImportPlanArgs {
  /** The source file, a file system path. */
  source: string;
  /** The folder the plan is written into, a file system path. */
  folder: string;
  /** Write without asking (the preview is still shown). */
  confirm: true;
  kind?: 'poc' | 'project';
}

const PREVIEW_SCHEME = 'poc-studio-import';

/** The read-only documents of the previews (scheme poc-studio-import:), by URI. */
class PreviewDocuments implements vscode.TextDocumentContentProvider {
  readonly texts = new Map<string, string>();
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}
const previews = new PreviewDocuments();
let previewSerial = 0;

export function registerImportPreviews(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews);
}

/** `name` in `folder` if free, else `<stem>-2.<kind>.yaml`, `-3` … (the kind suffix kept, so it stays a plan). */
export async function freePlanUri(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, planNameCandidate(name, n));
    if (!(await exists(candidate))) return candidate;
  }
}

/** The dialog's text: what was read (encoding, header row), the column mapping, then the notes. */
export function previewDetail(p: ImportPreviewResult): string {
  const lines: string[] = [];
  if (p.encoding) lines.push(vscode.l10n.t('Encoding: {0}', p.encoding));
  if (p.headerRow !== undefined) lines.push(vscode.l10n.t('Header row: {0}', p.headerRow));
  const mapping = Object.entries(p.mapping);
  if (mapping.length) {
    lines.push('', vscode.l10n.t('Columns:'));
    for (const [field, column] of mapping) lines.push(`  ${field} ← ${column}`);
  }
  if (p.messages.length) {
    lines.push('', vscode.l10n.t('Notes:'));
    const shown = p.messages.slice(0, 20);
    for (const m of shown) lines.push(`  ${m}`);
    if (p.messages.length > shown.length) lines.push(`  ${vscode.l10n.t('… and {0} more', p.messages.length - shown.length)}`);
  }
  return lines.join('\n');
}

async function showPreview(name: string, p: ImportPreviewResult): Promise<vscode.Uri> {
  const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${++previewSerial}/${name}` });
  previews.texts.set(uri.toString(), p.yaml);
  await vscode.window.showTextDocument(uri, { preview: true, preserveFocus: true });
  return uri;
}

async function closePreview(uri: vscode.Uri): Promise<void> {
  previews.texts.delete(uri.toString());
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  if (tabs.length) await vscode.window.tabGroups.close(tabs, true).then(undefined, () => undefined);
}

function isArgs(arg: unknown): arg is ImportPlanArgs {
  const a = arg as ImportPlanArgs | undefined;
  return !!a && typeof a === 'object' && typeof a.source === 'string' && typeof a.folder === 'string' && a.confirm === true;
}

export async function importPlan(client: () => LanguageClient | undefined, ready: Promise<void>, arg?: unknown): Promise<vscode.Uri | undefined> {
  const args = isArgs(arg) ? arg : undefined;
  const title = vscode.l10n.t('Import Plan');
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let source: vscode.Uri | undefined = args ? vscode.Uri.file(args.source) : undefined;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      title,
      canSelectFiles: true,
      canSelectFolders: false,
      canSelectMany: false,
      defaultUri: workspaceFolder,
      openLabel: vscode.l10n.t('Preview the import'),
      filters: { [vscode.l10n.t('Plans (Excel, CSV, Microsoft Project XML)')]: ['xlsx', 'csv', 'xml'] },
    });
    source = picked?.[0];
  }
  if (!source) return undefined;
  let kind = args?.kind;
  if (!kind && !args) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Implementation project'), planKind: 'project' as const },
        { label: vscode.l10n.t('POC'), planKind: 'poc' as const },
      ],
      { title, placeHolder: vscode.l10n.t('What kind of plan is it?') },
    );
    if (!picked) return undefined;
    kind = picked.planKind;
  }
  await ready;
  const c = client();
  if (!c) return undefined;
  const fileName = source.path.split('/').pop() ?? source.path;
  let preview: ImportPreviewResult;
  try {
    // No locale: the server answers in the workspace's message language (the pocStudio.locale setting, else VS Code's).
    preview = await send(c, ImportPreviewRequest, { uri: source.toString(), kind: kind ?? 'project' });
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not import {0}: {1}', fileName, (e as Error)?.message ?? String(e)));
    return undefined;
  }
  if (!isPlainFileName(preview.suggestedName) || !isPlanFileName(preview.suggestedName)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not import {0}: {1}', fileName, preview.suggestedName));
    return undefined;
  }
  let previewUri = preview.yaml ? await showPreview(preview.suggestedName, preview) : undefined;
  try {
    if (preview.errors > 0 || !preview.yaml) {
      const shown = vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be imported as it is: {1} errors. Nothing was written.', fileName, preview.errors), { modal: !args, detail: previewDetail(preview) });
      // A modal keeps the preview open while it is read; a notification (no dialogs) is not waited for.
      if (!args) await shown;
      return undefined;
    }
    if (!args) {
      const write = vscode.l10n.t('Write Plan');
      const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Import {0} as {1}?', fileName, preview.suggestedName), { modal: true, detail: previewDetail(preview) }, write);
      if (answer !== write) return undefined;
    }
    const folder =
      (args ? vscode.Uri.file(args.folder) : undefined) ??
      (
        await vscode.window.showOpenDialog({
          title: vscode.l10n.t('Where to write the plan {0}', preview.suggestedName),
          canSelectFolders: true,
          canSelectFiles: false,
          canSelectMany: false,
          defaultUri: workspaceFolder ?? vscode.Uri.joinPath(source, '..'),
          openLabel: vscode.l10n.t('Write the plan here'),
        })
      )?.[0];
    if (!folder) return undefined;
    const target = await freePlanUri(folder, preview.suggestedName);
    // A numbered copy (`<id>-2.project.yaml`) gets the plan id of its name: plan ids are unique in the folder.
    const written = renamePlanId(preview.yaml, planNameStem(preview.suggestedName), planNameStem(target.path.split('/').pop() ?? ''));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(written));
    if (previewUri) await closePreview(previewUri);
    previewUri = undefined;
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} into {1}.', fileName, vscode.workspace.asRelativePath(target)));
    return target;
  } finally {
    if (previewUri) await closePreview(previewUri);
  }
}
