/**
 * The Mermaid bundle (mermaid.min.js) that standalone HTML exports inline: copied into media/ by
 * esbuild.mjs (media/mermaid.min.js, where the webviews load it from), or from node_modules when
 * running from `out/`.
 */
import * as fs from 'fs';
import * as path from 'path';

let cached: string | undefined;

export function mermaidJsPath(): string | undefined {
  const candidates = [path.join(__dirname, '..', 'media', 'mermaid.min.js'), path.join(__dirname, 'mermaid.min.js')];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  try {
    return require.resolve('mermaid/dist/mermaid.min.js');
  } catch {
    return undefined;
  }
}

export function readMermaidJs(): string {
  if (cached !== undefined) return cached;
  const p = mermaidJsPath();
  if (!p) throw new Error('mermaid.min.js not found (run `npm run build`)');
  return (cached = fs.readFileSync(p, 'utf8'));
}
