/**
 * One spelling per file URI. Editors and Node spell the same file differently: VS Code writes
 * `file:///ws/%E6%8A%A5%E4%BB%B7%28%E7%BB%88%E7%89%88%29.poc.yaml` and `file:///c%3A/ws` where
 * Node's pathToFileURL (the folder scan) writes `…(…).poc.yaml` and `file:///C:/ws`. Compared as
 * strings, an open document and its file on disk would be two files (duplicate ids, stale
 * diagnostics). So every file URI the client sends is rewritten, before any handler sees it, to
 * the spelling of pathToFileURL(fileURLToPath(uri)) (drive letter in lower case), which is also
 * what the scan produces; URIs sent back in that spelling name the same file for any client.
 * Other schemes (untitled:) and URIs Node cannot convert are left as they are. `#` and `?` in a
 * name stay escaped (%23, %3F): they are part of the path, never a fragment or query.
 */
import { fileURLToPath, pathToFileURL } from 'url';
import type { Connection } from 'vscode-languageserver';

export function canonicalUri(uri: string): string {
  if (!/^file:/i.test(uri)) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href.replace(/^file:\/\/\/([A-Za-z]):/, (_m, d: string) => `file:///${d.toLowerCase()}:`);
  } catch {
    return uri;
  }
}

/** Rewrites, in place, every string under a key ending in `uri` / `Uri` of a message's params. */
export function canonicalizeParams<T>(params: T, depth = 0): T {
  if (!params || typeof params !== 'object' || depth > 8) return params;
  if (Array.isArray(params)) {
    for (const p of params) canonicalizeParams(p, depth + 1);
    return params;
  }
  const o = params as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'string') {
      if ((k === 'uri' || k.endsWith('Uri')) && v.startsWith('file:')) o[k] = canonicalUri(v);
    } else if (v && typeof v === 'object') canonicalizeParams(v, depth + 1);
  }
  return params;
}

/**
 * The connection, with every handler registered through it (`onX(…, handler)`, on the connection
 * and on its feature objects: `connection.workspace.onDidChangeWorkspaceFolders`, and the
 * TextDocuments manager's listeners) given params with canonical URIs.
 */
export function withCanonicalUris(connection: Connection): Connection {
  const proxies = new WeakMap<object, object>();
  const wrap = <O extends object>(target: O): O => {
    const known = proxies.get(target);
    if (known) return known as O;
    const proxy = new Proxy(target, {
      get(t, prop, receiver) {
        const value = Reflect.get(t, prop, receiver);
        if (typeof prop === 'string' && /^on[A-Z]/.test(prop) && typeof value === 'function') {
          return (...args: unknown[]) =>
            (value as (...a: unknown[]) => unknown).apply(
              t,
              args.map((a) => (typeof a === 'function' ? (first: unknown, ...rest: unknown[]) => (a as (...x: unknown[]) => unknown)(canonicalizeParams(first), ...rest) : a)),
            );
        }
        if (typeof value === 'function') return (value as (...a: unknown[]) => unknown).bind(t);
        if (value && typeof value === 'object' && typeof prop === 'string' && FEATURES.has(prop)) return wrap(value as object);
        return value;
      },
    });
    proxies.set(target, proxy);
    return proxy;
  };
  return wrap(connection);
}

/** The connection's feature objects that register handlers. */
const FEATURES = new Set(['workspace', 'languages', 'window', 'client', 'notebooks', 'tracer', 'telemetry']);
