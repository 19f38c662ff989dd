/**
 * "POC Studio: New Checklist from Template": the seed-derived templates (DOMAIN.md), in the user's
 * language, from the server (`pocStudio/newChecklist`); the file `<template>.checklist.yaml` is
 * written next to the active artifact (else in the first workspace folder), with `-2`, `-3` …
 * added to the name when it exists: an existing file is never written over.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Arguments for running the command without prompts (tests, other extensions). */
export interface NewChecklistArgs {
  template?: string;
  /** The folder to write into. */
  folder?: vscode.Uri;
  /** Open the new file in an editor (default true). */
  open?: boolean;
}

interface TemplateInfo {
  id: string;
  title: string;
  description: string;
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export async function newChecklist(client: () => LanguageClient | undefined, ready: Promise<void>, arg?: vscode.Uri | NewChecklistArgs): Promise<vscode.Uri | undefined> {
  const args: NewChecklistArgs = arg instanceof vscode.Uri ? { folder: arg } : (arg ?? {});
  await ready;
  const c = client();
  if (!c) return undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder =
    args.folder ??
    (active && active.scheme === 'file' && vscode.workspace.getWorkspaceFolder(active) ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri);
  if (!folder) return undefined;
  let template = args.template;
  if (!template) {
    const list = await c.sendRequest<{ templates?: TemplateInfo[]; error?: string }>('pocStudio/newChecklist', { folderUri: folder.toString() });
    if (!list.templates) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the checklist: {0}', list.error ?? '?'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      list.templates.map((t) => ({ label: t.title, detail: t.description, id: t.id })),
      { title: vscode.l10n.t('New checklist from template'), placeHolder: vscode.l10n.t('Choose a checklist template'), matchOnDetail: true },
    );
    template = picked?.id;
  }
  if (!template || !SAFE_ID.test(template)) return undefined;
  const r = await c.sendRequest<{ name?: string; text?: string; error?: string }>('pocStudio/newChecklist', { folderUri: folder.toString(), template });
  if (r.text === undefined || !r.name || !/^[A-Za-z0-9][A-Za-z0-9_.-]*\.checklist\.yaml$/.test(r.name)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the checklist: {0}', r.error ?? '?'));
    return undefined;
  }
  const base = r.name.replace(/\.checklist\.yaml$/, '');
  let target = vscode.Uri.joinPath(folder, r.name);
  for (let n = 2; await exists(target); n++) target = vscode.Uri.joinPath(folder, `${base}-${n}.checklist.yaml`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.text));
  if (args.open !== false) await vscode.window.showTextDocument(target);
  void vscode.window.showInformationMessage(vscode.l10n.t('Created {0}.', vscode.workspace.asRelativePath(target)));
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
