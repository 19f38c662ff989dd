/**
 * "POC Studio: Set Baseline" (editor title menu of a plan, command palette): the server takes the
 * snapshot of the plan's computed dates (`pocStudio/baseline`, core/baselines/write.ts); the
 * client asks for a name (default: today's date) and writes `<plan>.<name>.baseline.yaml` next
 * to the plan. An existing file is never written over: the user is told and nothing is written.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exists } from './files';
import { BaselineRequest } from '../../server/src/protocol';
import { send } from './request';

/** Arguments for running the command without prompts (tests). */
export interface SetBaselineArgs {
  uri?: vscode.Uri;
  name?: string;
}

export async function setBaseline(client: () => LanguageClient | undefined, ready: Promise<void>, arg?: vscode.Uri | SetBaselineArgs): Promise<vscode.Uri | undefined> {
  const args: SetBaselineArgs = arg instanceof vscode.Uri ? { uri: arg } : (arg ?? {});
  await ready;
  const c = client();
  const plan = args.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!c || !plan || !/\.(poc|project)\.ya?ml$/i.test(plan.path)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a POC or project plan to set its baseline.'));
    return undefined;
  }
  let name = args.name;
  if (name === undefined) {
    name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Set Baseline'),
      prompt: vscode.l10n.t("Name of the baseline (letters, digits, - and _); empty: today's date"),
      validateInput: (v) => (v.trim() === '' || /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v.trim()) ? undefined : vscode.l10n.t('Use letters, digits, - and _ only.')),
    });
    if (name === undefined) return undefined;
  }
  // The plan as saved and as the server checks it: save first, so the baseline is of what is on disk too.
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === plan.toString());
  if (doc?.isDirty) await doc.save();
  const r = await send(c, BaselineRequest, { uri: plan.toString(), name: name.trim() || undefined });
  if ('error' in r || !/^[^/\\]+\.baseline\.yaml$/.test(r.fileName)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not set the baseline: {0}', 'error' in r ? r.error : '?'));
    return undefined;
  }
  const target = vscode.Uri.joinPath(plan, '..', r.fileName);
  if (await exists(target)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} exists already: a baseline is never written over. Choose another name.', r.fileName));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.text));
  void vscode.window.showInformationMessage(vscode.l10n.t('Baseline {0} set: {1}.', r.name, vscode.workspace.asRelativePath(target)));
  return target;
}
