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
  format: ReportFormat;
}

export type ReportFormat = 'markdown' | 'html' | 'docx' | 'eml';

const KINDS: [ReportKind, string, string][] = [
  ['weekly', 'Weekly report', '周报'],
  ['poc', 'POC summary report', 'POC报告'],
  ['acceptance', 'Acceptance report', '验收报告'],
];

const SUFFIX: Record<ReportFormat, string | undefined> = { markdown: undefined, html: '{0} (offline HTML)', docx: '{0} (Word)', eml: '{0} (e-mail draft)' };

/** `t` translates a UI string (vscode.l10n.t). The e-mail draft is offered for the weekly report only. */
export function reportPickEntries(t: (message: string, ...args: string[]) => string, format: ReportFormat): ReportPickEntry[] {
  return KINDS.filter(([report]) => format !== 'eml' || report === 'weekly').map(([report, english, chinese]) => {
    const name = t(english);
    const suffix = SUFFIX[format];
    const label = suffix ? t(suffix, name) : name;
    const shown = name.replace(/\s+/g, '') === chinese.replace(/\s+/g, '') || label.includes(chinese);
    return { report, label, format, ...(shown ? {} : { description: chinese }) };
  });
}
