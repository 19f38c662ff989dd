/**
 * "POC Studio: New POC Folder" and "POC Studio: New Project": ask for the customer and an id
 * (proposed from the customer's name by the server, editable), let the server write the files'
 * content from the playbooks (in the user's language), and write them: the POC folder
 * `<parent>/<pocId>/`, or `<folder>/<projectId>.project.yaml`. Never writes over an existing file:
 * if any target exists, nothing is written.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exists } from './files';
import { isPlainFileName } from '../../server/src/core/file-names';
import { NewPocFolderRequest, NewProjectRequest, ProposeIdRequest, type GeneratedFiles } from '../../server/src/protocol';
import { send } from './request';

/** Arguments for running "New POC folder" without prompts (tests, other extensions). */
export interface NewPocFolderArgs {
  customer?: string;
  pocId?: string;
  start?: string;
  /** The parent folder; the POC folder `<pocId>/` is created inside it. */
  parent?: vscode.Uri;
  /** What sales has confirmed; asked when the customer is not given either. */
  qualified?: { financiallyVetted?: boolean; purchaseCommitment?: boolean };
}

/** Arguments for running "New Project" without prompts (tests, other extensions). */
export interface NewProjectArgs {
  customer?: string;
  projectId?: string;
  start?: string;
  /** The folder the plan is written into. */
  parent?: vscode.Uri;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.(poc|project|stakeholders|requirements|checklist)\.ya?ml$/;

type Client = () => LanguageClient | undefined;

const validId = (v: string) => (ID_RE.test(v) && isPlainFileName(v) ? undefined : vscode.l10n.t('An id starts with a letter or digit and contains only letters, digits, "-", "_" and ".".'));

/** Customer, then the id (the server's proposal from the customer's name, editable). */
async function askCustomerAndId(client: Client, ready: Promise<void>, title: string, kind: 'poc' | 'project', given: { customer?: string; id?: string }): Promise<{ customer: string; id: string } | undefined> {
  const customer =
    given.customer ??
    (await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Customer name (e.g. 某银行)'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the customer name.')),
    }));
  if (!customer) return undefined;
  let id = given.id;
  if (id === undefined) {
    await ready;
    const c = client();
    const proposed = c ? await send(c, ProposeIdRequest, { customer, kind, folderUri: vscode.workspace.workspaceFolders?.[0]?.uri.toString() }).catch(() => undefined) : undefined;
    id = await vscode.window.showInputBox({
      title,
      prompt:
        kind === 'poc'
          ? vscode.l10n.t('POC id: letters, digits, "-", "_" or "." (e.g. bank-log-poc)')
          : vscode.l10n.t('Project id: letters, digits, "-", "_" or "." (e.g. bank-log-impl)'),
      value: (proposed && 'id' in proposed ? proposed.id : undefined) ?? '',
      validateInput: validId,
    });
  }
  if (!id) return undefined;
  if (validId(id)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a valid id.', id));
    return undefined;
  }
  return { customer, id };
}

/** Qualification before a POC (the playbook's first step): what has sales confirmed? Undefined when cancelled. */
async function askQualification(title: string): Promise<{ financiallyVetted: boolean; purchaseCommitment: boolean } | undefined> {
  const items = [
    { label: vscode.l10n.t('The customer is financially vetted'), field: 'financiallyVetted' as const },
    { label: vscode.l10n.t('The customer commits to buy when the success criteria are met'), field: 'purchaseCommitment' as const },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title,
    canPickMany: true,
    placeHolder: vscode.l10n.t('What has sales confirmed? (leave unticked what is still open)'),
  });
  if (!picked) return undefined;
  return { financiallyVetted: picked.some((p) => p.field === 'financiallyVetted'), purchaseCommitment: picked.some((p) => p.field === 'purchaseCommitment') };
}

async function pickFolder(title: string, openLabel: string): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const picked = await vscode.window.showOpenDialog({ title, canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folders[0]?.uri, openLabel });
  return picked?.[0];
}

/** Writes the files into `folder` unless one of them exists; opens the plan. */
async function writeAll(folder: vscode.Uri, result: GeneratedFiles | undefined, failure: string, createFolder: boolean): Promise<vscode.Uri[] | undefined> {
  if (!result || !('files' in result) || !result.files) {
    void vscode.window.showErrorMessage(vscode.l10n.t(failure, (result && 'error' in result ? result.error : undefined) ?? '?'));
    return undefined;
  }
  const targets = result.files.filter((f) => SAFE_NAME.test(f.name) && isPlainFileName(f.name)).map((f) => ({ uri: vscode.Uri.joinPath(folder, f.name), text: f.text }));
  for (const t of targets) {
    if (await exists(t.uri)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was written.', vscode.workspace.asRelativePath(t.uri)));
      return undefined;
    }
  }
  if (createFolder) await vscode.workspace.fs.createDirectory(folder);
  for (const t of targets) await vscode.workspace.fs.writeFile(t.uri, new TextEncoder().encode(t.text));
  const plan = targets.find((t) => /\.(poc|project)\.ya?ml$/.test(t.uri.path));
  if (plan) await vscode.window.showTextDocument(plan.uri);
  return targets.map((t) => t.uri);
}

export async function newPocFolder(client: Client, ready: Promise<void>, args: NewPocFolderArgs = {}): Promise<vscode.Uri | undefined> {
  const title = vscode.l10n.t('New POC folder');
  const asked = await askCustomerAndId(client, ready, title, 'poc', { customer: args.customer, id: args.pocId });
  if (!asked) return undefined;
  const qualified = args.qualified ?? (args.customer === undefined ? await askQualification(title) : {});
  if (!qualified) return undefined;
  const parent = args.parent ?? (await pickFolder(vscode.l10n.t('Where to create the POC folder {0}', asked.id), vscode.l10n.t('Create the POC folder here')));
  if (!parent) return undefined;
  await ready;
  const c = client();
  const result = c ? await send(c, NewPocFolderRequest, { customer: asked.customer, pocId: asked.id, start: args.start, folderUri: parent.toString(), qualified }) : undefined;
  const folder = vscode.Uri.joinPath(parent, asked.id);
  const written = await writeAll(folder, result, 'Could not create the POC folder: {0}', true);
  if (!written) return undefined;
  void vscode.window.showInformationMessage(vscode.l10n.t('Created {0} with {1} files.', vscode.workspace.asRelativePath(folder), written.length));
  return folder;
}

export async function newProject(client: Client, ready: Promise<void>, args: NewProjectArgs = {}): Promise<vscode.Uri | undefined> {
  const title = vscode.l10n.t('New project');
  const asked = await askCustomerAndId(client, ready, title, 'project', { customer: args.customer, id: args.projectId });
  if (!asked) return undefined;
  const folder = args.parent ?? (await pickFolder(vscode.l10n.t('Where to write the project plan {0}', asked.id), vscode.l10n.t('Write the project plan here')));
  if (!folder) return undefined;
  await ready;
  const c = client();
  const result = c ? await send(c, NewProjectRequest, { customer: asked.customer, projectId: asked.id, start: args.start, folderUri: folder.toString() }) : undefined;
  const written = await writeAll(folder, result, 'Could not create the project plan: {0}', false);
  if (!written?.[0]) return undefined;
  void vscode.window.showInformationMessage(vscode.l10n.t('Created {0}.', vscode.workspace.asRelativePath(written[0])));
  return written[0];
}
