/**
 * The entries of the Generate Report picker, without the vscode module (so a unit test can build
 * them). Each report shows its translated name; the Chinese name is added as a description only
 * where it says something the label does not (an English VS Code), never "周报 周报".
 */
export type ReportKind = 'weekly' | 'poc' | 'acceptance';

export interface ReportPickEntry {
  report: ReportKind;
  label: string;
  description?: string;
  format: 'markdown' | 'html';
}

const KINDS: [ReportKind, string, string][] = [
  ['weekly', 'Weekly report', '周报'],
  ['poc', 'POC summary report', 'POC报告'],
  ['acceptance', 'Acceptance report', '验收报告'],
];

/** `t` translates a UI string (vscode.l10n.t). */
export function reportPickEntries(t: (message: string, ...args: string[]) => string, format: 'markdown' | 'html'): ReportPickEntry[] {
  return KINDS.map(([report, english, chinese]) => {
    const name = t(english);
    const label = format === 'html' ? t('{0} (offline HTML)', name) : name;
    const shown = name.replace(/\s+/g, '') === chinese.replace(/\s+/g, '') || label.includes(chinese);
    return { report, label, format, ...(shown ? {} : { description: chinese }) };
  });
}
