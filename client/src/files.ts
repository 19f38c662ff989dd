/** Small file helpers of the client (through vscode.workspace.fs, so remote folders work too). */
import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `name.ext` in `folder` if free, else `name (2).ext`, `name (3).ext` … */
export async function freeName(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : '';
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, n === 1 ? fileName : `${stem} (${n})${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
}
