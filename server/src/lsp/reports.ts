/**
 * `pocStudio/report`: a report for a plan (or for the plan of a folder), in the workspace's language,
 * as Markdown, an offline HTML page, a Word document or an e-mail draft (documents/report-output.ts); `pocStudio/baseline`: a plan's baseline file ("Set Baseline"). The server computes; the client writes the file (never over an existing
 * one without asking), so the server itself never touches the disk. Types in ../protocol.ts.
 */
import type { Connection } from 'vscode-languageserver';
import { generateReport, pickPlan, ReportError } from '../core/reports';
import { pickLocale } from '../core/types';
import type { Workspace } from '../core/workspace';
import type { FeatureHost } from './features';
import { documents } from '../node/lazy';
import { BaselineRequest, ReportRequest, type ReportParams, type ReportResult } from '../protocol';
import { baselineOf } from '../core/baselines/write';
import { isPlainFileName } from '../core/file-names';
import { serve } from './requests';

export function registerReports(connection: Connection, host: FeatureHost, workspaceFor: (uri: string) => Workspace, scanned: Promise<void> = Promise.resolve()): void {
  const report = async (params: ReportParams): Promise<ReportResult> => {
    // A report right after start-up must see the settings and every file of the folder.
    await scanned;
    const uri = String(params?.uri ?? '');
    const found = host.fileOf(uri);
    let ws: Workspace;
    let planUri = uri;
    if (found) ws = found.ws;
    else {
      // A folder: its plan, when there is exactly one.
      ws = workspaceFor(`${uri.replace(/\/$/, '')}/x`);
      const prefix = uri.replace(/\/?$/, '/');
      const plans = pickPlan(ws, params.kind).filter((u) => u.startsWith(prefix));
      if (plans.length !== 1) return { error: plans.length ? 'several plans: choose one' : 'no plan found', candidates: plans };
      planUri = plans[0];
      host.fileOf(planUri);
    }
    const { doc, ...report } = generateReport(ws, planUri, {
      kind: params.kind,
      week: params.week || undefined,
      locale: params.locale ? pickLocale(params.locale) : undefined,
      edition: params.edition === 'customer' ? 'customer' : 'internal',
    });
    const format = params.format === 'html' || params.format === 'docx' || params.format === 'eml' ? params.format : 'markdown';
    if (format === 'markdown') return { ...report, uri: planUri };
    const out = await documents().reportOutput({ ...report, doc }, format);
    // `source`: the Markdown, for the editor's preview of an HTML page.
    if (typeof out.data === 'string') return { ...report, markdown: out.data, source: report.markdown, fileName: out.fileName, uri: planUri };
    return { ...report, base64: Buffer.from(out.data).toString('base64'), fileName: out.fileName, uri: planUri };
  };

  serve(connection, host.log, BaselineRequest, async (params) => {
    await scanned;
    const found = host.fileOf(String(params?.uri ?? ''));
    if (!found) return { error: 'not a file of the workspace' };
    const { ws, file } = found;
    const name = typeof params.name === 'string' && params.name.trim() ? params.name.trim() : undefined;
    const b = baselineOf(file, { name, taken: ws.today, locale: ws.messageLocale });
    if ('problem' in b) return { error: b.problem };
    if (!isPlainFileName(b.fileName)) return { error: 'the baseline name cannot make a file name' };
    return b;
  });

  serve(connection, host.log, ReportRequest, async (params) => {
    try {
      return await report(params);
    } catch (e) {
      // No plan, an invalid week …: the user's mistake, shown to them; anything else is logged.
      if (e instanceof ReportError) return { error: e.message };
      throw e;
    }
  });
}
