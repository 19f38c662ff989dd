/**
 * Webview options and page shells: every panel (client/src/panels/*.ts) limits
 * localResourceRoots to media/, enables no command URIs, and its page loads only media/ files
 * under a CSP with default-src 'none' and a per-load script nonce. A new panel is one line of PAGES.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../protocol/lsp-client';
import { ganttPageHtml, GANTT_STRINGS } from '../../client/src/panels/gantt-page';
import { stakeholdersPageHtml, STAKEHOLDERS_STRINGS } from '../../client/src/panels/stakeholders-page';
import { progressPageHtml, PROGRESS_STRINGS } from '../../client/src/panels/progress-page';
import { loadPageHtml, LOAD_STRINGS } from '../../client/src/panels/load-page';
import { fileEnv } from './browser';

export const PAGES: [string, () => string][] = [
  ['gantt', () => ganttPageHtml(fileEnv('en'), GANTT_STRINGS)],
  ['stakeholders', () => stakeholdersPageHtml(fileEnv('en'), STAKEHOLDERS_STRINGS)],
  ['progress', () => progressPageHtml(fileEnv('en'), PROGRESS_STRINGS)],
  ['load', () => loadPageHtml(fileEnv('en'), LOAD_STRINGS)],
];

const PANELS = path.join(REPO, 'client', 'src', 'panels');

describe('webview options and page shells', () => {
  it('every webview panel limits localResourceRoots to media/ and enables no command URIs', () => {
    const files = fs.readdirSync(PANELS).filter((f) => f.endsWith('.ts'));
    const creating = files.filter((f) => /createWebviewPanel\(/.test(fs.readFileSync(path.join(PANELS, f), 'utf8')));
    assert.ok(creating.length >= 1, 'at least one panel');
    for (const f of creating) {
      const src = fs.readFileSync(path.join(PANELS, f), 'utf8');
      const roots = [...src.matchAll(/localResourceRoots:\s*\[([^\]]*)\]/g)].map((m) => m[1]);
      assert.ok(roots.length >= 1, `${f}: sets localResourceRoots`);
      for (const r of roots) {
        const dirs = [...r.matchAll(/joinPath\([^,]+,\s*'([^']+)'\)/g)].map((m) => m[1]);
        assert.deepStrictEqual(dirs, ['media'], `${f}: localResourceRoots ${r}`);
      }
      assert.ok(!/enableCommandUris:\s*true/.test(src), `${f}: no command URIs`);
    }
  });

  for (const [name, build] of PAGES) {
    it(`${name} page: strict CSP with a fresh nonce, resources only from media/`, () => {
      const a = build();
      const b = build();
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(a)?.[1] ?? '';
      assert.match(csp, /default-src 'none'/);
      const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      assert.ok(nonce && nonce.length >= 16, csp);
      assert.ok(!/unsafe-eval|unsafe-inline[^;]*script|script-src[^;]*unsafe-inline/.test(csp), csp);
      assert.notStrictEqual(/nonce-([^']+)'/.exec(b)?.[1], nonce, 'a new nonce per page');
      const urls = [...a.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(urls.length >= 2);
      for (const u of urls) assert.match(u, /\/media\/[\w.-]+\.(js|css)$/, u);
      for (const s of a.match(/<script(?![^>]*type="application\/json")[^>]*>/g) ?? []) assert.match(s, new RegExp(`nonce="${nonce}"`), s);
    });
  }
});
