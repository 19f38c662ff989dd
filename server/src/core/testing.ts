/**
 * Test support for rule and core tests: build a workspace from named YAML texts and look at the
 * diagnostics with 1-based lines and the exact source text each one covers.
 */
import { Workspace } from './workspace';
import { resolveSettings, type Settings } from './settings';
import { formatDate, parseDate } from './dates';
import type { Schedule } from './schedule';
import { LineIndex } from './text';
import type { Severity } from './types';

export interface Hit {
  file: string;
  rule: string;
  severity: Severity;
  /** 1-based line and column of the start. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The source text the diagnostic covers. */
  text: string;
  message: string;
  data?: Record<string, unknown>;
  /** Related places as `file:line: message` (1-based line). */
  related?: string[];
}

export interface RunOptions {
  today?: string;
  locale?: 'zh-CN' | 'en';
  settings?: Partial<Settings> & Record<string, unknown>;
}

/** Strips the common indentation of a template literal and its first/last blank line. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let s = strings.reduce((acc, str, i) => acc + str + (i < values.length ? String(values[i]) : ''), '');
  s = s.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
  const indents = s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => /^ */.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return s
    .split('\n')
    .map((l) => l.slice(min))
    .join('\n');
}

export function workspaceOf(files: Record<string, string>, opts: RunOptions = {}): Workspace {
  const settings = resolveSettings({ ...(opts.settings ?? {}) });
  const ws = new Workspace({ settings, locale: opts.locale ?? 'en', today: parseDate(opts.today ?? '2026-12-10') });
  for (const [name, text] of Object.entries(files)) ws.set(`file:///ws/${name}`, text);
  return ws;
}

/** All diagnostics of all files (or only those of `rule`), in file order. */
export function check(files: Record<string, string>, rule?: string, opts: RunOptions = {}): Hit[] {
  const ws = workspaceOf(files, opts);
  const hits: Hit[] = [];
  for (const name of Object.keys(files)) {
    const uri = `file:///ws/${name}`;
    const file = ws.get(uri);
    if (!file) continue;
    const lines = new LineIndex(file.text);
    for (const d of ws.check(uri)) {
      if (rule && d.rule !== rule) continue;
      const s = lines.positionAt(d.span.start);
      const e = lines.positionAt(d.span.end);
      hits.push({
        file: name,
        rule: d.rule,
        severity: d.severity,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        text: file.text.slice(d.span.start, d.span.end),
        message: d.message,
        data: d.data,
        ...(d.related
          ? {
              related: d.related.map((r) => {
                const other = ws.get(r.uri);
                const line = other ? new LineIndex(other.text).positionAt(r.span.start).line + 1 : 0;
                return `${r.uri.replace('file:///ws/', '')}:${line}: ${r.message}`;
              }),
            }
          : {}),
      });
    }
  }
  if (ws.failures.length) {
    const f = ws.failures[0];
    throw new Error(`rule ${f.rule} threw on ${f.uri}: ${(f.error as Error)?.stack ?? f.error}`);
  }
  return hits;
}

/** Short form for assertions: `line:text`. */
export function brief(hits: Hit[]): string[] {
  return hits.map((h) => `${h.line}:${h.text}`);
}

/** mulberry32: a seeded PRNG (no dependency), so that a failing random test can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The schedule of one plan text (`p.project.yaml`) on its own, with an optional today (forecasts, open halts). */
export function scheduleOfPlan(text: string, today?: string): Schedule {
  const ws = new Workspace({ today: today ? parseDate(today) : undefined });
  ws.set('file:///ws/p.project.yaml', text);
  const schedule = ws.get('file:///ws/p.project.yaml')?.schedule;
  if (!schedule) throw new Error('not a plan');
  return schedule;
}

/** Each task's computed dates by id: `{ A: '2026-09-18..2026-09-21' }`. */
export const taskDates = (s: Schedule): Record<string, string> => Object.fromEntries(s.tasks.map((t) => [t.id, `${formatDate(t.start!)}..${formatDate(t.end!)}`]));
