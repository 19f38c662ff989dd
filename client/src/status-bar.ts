/**
 * The status bar item of the portfolio's findings: the errors and warnings that POC Studio's
 * language server reports on artifact files (diagnostics whose source is `POC Studio`, on
 * *.poc.yaml, *.project.yaml … files), kept per file from vscode.languages.onDidChangeDiagnostics.
 * A click opens the Problems view with its filter box focused (`pocStudio.showProblems`).
 *
 * VS Code (1.100) has no command that sets the Problems view's filter text: its markers commands
 * are `workbench.actions.view.problems` (open the view) and `problems.action.focusFilter` (focus the
 * filter box); the tooltip says what to type there ("POC Studio", the diagnostics' source).
 */
import * as vscode from 'vscode';

/** The `source` of every diagnostic the server publishes (server/src/lsp/validation.ts). */
export const DIAGNOSTIC_SOURCE = 'POC Studio';
const ARTIFACT = /\.(poc|project|stakeholders|requirements|checklist|calendar|baseline)\.ya?ml$/i;

export interface ProblemCounts {
  errors: number;
  warnings: number;
  /** Artifact files with at least one error or warning. */
  files: number;
}

/** Errors and warnings of POC Studio among `diagnostics` of the file `uri` (zero for other files). */
export function countOf(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  if (!ARTIFACT.test(uri.path)) return { errors, warnings };
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
  }
  return { errors, warnings };
}

/** Opens the Problems view and focuses its filter box. */
export async function showProblems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  try {
    await vscode.commands.executeCommand('problems.action.focusFilter');
  } catch {
    // The view opened; a VS Code without the filter command still shows every problem.
  }
}

export class ProblemsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pocStudio.problems', vscode.StatusBarAlignment.Left, 49);
  private readonly perFile = new Map<string, { errors: number; warnings: number }>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.item.name = vscode.l10n.t('POC Studio findings');
    this.item.command = 'pocStudio.showProblems';
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) this.store(uri, diagnostics);
    this.subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) this.store(uri, vscode.languages.getDiagnostics(uri));
      this.render();
    });
    this.render();
    this.item.show();
  }

  counts(): ProblemCounts {
    let errors = 0;
    let warnings = 0;
    for (const c of this.perFile.values()) {
      errors += c.errors;
      warnings += c.warnings;
    }
    return { errors, warnings, files: this.perFile.size };
  }

  /** What the item shows (tests). */
  view(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: String(this.item.tooltip ?? '') };
  }

  private store(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    const c = countOf(uri, diagnostics);
    if (c.errors + c.warnings > 0) this.perFile.set(uri.toString(), c);
    else this.perFile.delete(uri.toString());
  }

  private render(): void {
    const { errors, warnings, files } = this.counts();
    this.item.text = `POC $(error) ${errors} $(warning) ${warnings}`;
    const summary =
      errors + warnings === 0
        ? vscode.l10n.t('POC Studio: no errors or warnings in your plans.')
        : vscode.l10n.t('POC Studio: {0} errors and {1} warnings in {2} files.', errors, warnings, files);
    this.item.tooltip = `${summary}\n${vscode.l10n.t('Click to open the Problems view; type “POC Studio” in its filter to see only these.')}`;
    this.item.accessibilityInformation = { label: summary };
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
