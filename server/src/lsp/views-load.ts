/**
 * The team load panel's request (registered from views.ts; types in ../protocol.ts):
 *
 *   pocStudio/teamLoad  TeamLoadParams { from?, weeks?, uri? } → { load, locale }
 *
 * The load is over the portfolio (`portfolioIndex`: any member's index holds every folder's
 * people and bookings). `from` defaults to today's week (the panel's workspace's today), `weeks` to 8.
 */
import type { Connection } from 'vscode-languageserver';
import { parseDate } from '../core/dates';
import { teamLoad, MAX_WEEKS } from '../core/views/load';
import type { WorkspaceIndex } from '../core/workspace-index';
import type { Workspace } from '../core/workspace';
import { TeamLoadRequest, type TeamLoadData, type TeamLoadParams } from '../protocol';
import { serveView } from './requests';
import type { ViewsHost } from './views';

/**
 * The index the load is computed over: the panel's workspace's, which holds the people and bookings
 * of the whole portfolio (every folder and loose file: lsp/folders.ts).
 */
export function portfolioIndex(host: ViewsHost, ws: Workspace): WorkspaceIndex {
  host.flushAll();
  return ws.index();
}

export function registerLoadView(connection: Connection, host: ViewsHost): void {
  serveView(connection, host, TeamLoadRequest, (p: TeamLoadParams, scope): TeamLoadData => {
    const index = portfolioIndex(host, scope.ws);
    const locale = scope.ws.messageLocale;
    const from = (typeof p.from === 'string' ? parseDate(p.from) : undefined) ?? scope.ws.today;
    const n = Number(p.weeks);
    const weeks = Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_WEEKS) : 8;
    return { load: teamLoad(index, { from, weeks, locale, today: scope.ws.today }), locale };
  });
}
