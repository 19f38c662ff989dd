/**
 * The team load panel's request (registered from views.ts; types in ../protocol.ts):
 *
 *   pocStudio/teamLoad  TeamLoadParams { from?, weeks?, uri? } → { load, locale }
 *
 * The load is over the portfolio: every workspace that has plans (`portfolioIndexes`), people
 * merged by id (core/views/load.ts). `from` defaults to today's week (the first such workspace's
 * today), `weeks` to 8.
 */
import type { Connection } from 'vscode-languageserver';
import { parseDate } from '../core/dates';
import { teamLoad, MAX_WEEKS } from '../core/views/load';
import type { WorkspaceIndex } from '../core/workspace-index';
import type { Workspace } from '../core/workspace';
import { TeamLoadRequest, type TeamLoadData, type TeamLoadParams } from '../protocol';
import { serveView } from './requests';
import type { ViewsHost } from './views';

/** The workspaces and indexes the load is computed over: those with plans (else the panel's own). */
export function portfolioIndexes(host: ViewsHost, fallback: Workspace): { workspaces: Workspace[]; indexes: WorkspaceIndex[] } {
  host.flushAll();
  const workspaces = host.workspaces().filter((ws) => ws.index().planFiles.length > 0);
  if (!workspaces.length) workspaces.push(fallback);
  return { workspaces, indexes: workspaces.map((ws) => ws.index()) };
}

export function registerLoadView(connection: Connection, host: ViewsHost): void {
  serveView(connection, host, TeamLoadRequest, (p: TeamLoadParams, scope): TeamLoadData => {
    const { workspaces, indexes } = portfolioIndexes(host, scope.ws);
    const locale = scope.ws.messageLocale;
    const from = (typeof p.from === 'string' ? parseDate(p.from) : undefined) ?? workspaces[0].today;
    const n = Number(p.weeks);
    const weeks = Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_WEEKS) : 8;
    return { load: teamLoad(indexes, { from, weeks, locale }), locale };
  });
}
