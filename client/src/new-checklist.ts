/**
 * "POC Studio: New Checklist from Template": the seed-derived templates (DOMAIN.md), in the user's
 * language, from the server (`pocStudio/newChecklist`); the file `<template>.checklist.yaml` is
 * written next to the active artifact (else in the first workspace folder), with `-2`, `-3` …
 * added to the name and to its `id` when that file or that checklist id exists (the server knows
 * the ids of the folder's checklists; the client tells it the files already in the target
 * folder): an existing file is never written over and no second checklist gets the same id.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exists } from './files';
import { NewChecklistRequest } from '../../server/src/protocol';
import { send } from './request';

/** Arguments for running the command without prompts (tests, other extensions). */
export interface NewChecklistArgs {
  template?: string;
  /** The folder to write into. */
  folder?: vscode.Uri;
  /** Open the new file in an editor (default true). */
  open?: boolean;
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
    const list = await send(c, NewChecklistRequest, { folderUri: folder.toString() });
    if (!('templates' in list)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the checklist: {0}', ('error' in list ? list.error : undefined) ?? '?'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      list.templates.map((t) => ({ label: t.title, detail: t.description, id: t.id })),
      { title: vscode.l10n.t('New checklist from template'), placeHolder: vscode.l10n.t('Choose a checklist template'), matchOnDetail: true },
    );
    template = picked?.id;
  }
  if (!template || !SAFE_ID.test(template)) return undefined;
  // The checklist files already there: their stems are ids the new one must not take.
  const taken: string[] = [];
  try {
    for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
      const m = /^(.+)\.checklist\.ya?ml$/i.exec(name);
      if (m) taken.push(m[1]);
    }
  } catch {
    // A folder that cannot be listed: the existence check below still guards every write.
  }
  let target: vscode.Uri | undefined;
  let text = '';
  for (let attempt = 0; attempt < 20 && !target; attempt++) {
    const r = await send(c, NewChecklistRequest, { folderUri: folder.toString(), template, taken });
    if (!('text' in r) || r.text === undefined || !r.name || !/^[A-Za-z0-9][A-Za-z0-9_.-]*\.checklist\.yaml$/.test(r.name)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the checklist: {0}', ('error' in r ? r.error : undefined) ?? '?'));
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, r.name);
    if (await exists(uri)) taken.push(r.name.replace(/\.checklist\.yaml$/, ''));
    else {
      target = uri;
      text = r.text;
    }
  }
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  if (args.open !== false) await vscode.window.showTextDocument(target);
  void vscode.window.showInformationMessage(vscode.l10n.t('Created {0}.', vscode.workspace.asRelativePath(target)));
  return target;
}
