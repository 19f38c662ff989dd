/**
 * The stakeholder map's data (seed 002: identify → analyse → manage): every stakeholder of the
 * workspace folder placed on the power/interest grid (Mendelow) by `influence` and `interest`,
 * coloured by `attitude`, with the quadrant's strategy; the `reportsTo` tree with decision makers
 * marked; and where each person matters elsewhere (demo audience, change requests, requirement
 * sources). Pure data: the panel draws it (Mermaid `quadrantChart` and `flowchart`, see
 * `stakeholderQuadrantMermaid` / `stakeholderTreeMermaid`).
 *
 * Decisions:
 * - Levels sit at 0.15 (low), 0.38 (medium) and 0.8 (high): the grid's line is at 0.5, so
 *   `medium` counts with `low` for the quadrant (only a high level is "high" in Mendelow's sense,
 *   as in blocker-unmanaged), but is drawn nearer the line.
 * - People in the same cell are spread around its centre so that no point hides another.
 * - A stakeholder without a valid influence or interest is listed aside (with what is missing),
 *   never dropped; it still appears in the tree.
 * - Mermaid sources carry generated keys only (`p0`, `n0` …), never user text: the page writes the
 *   names into the SVG as text.
 */
import { labels } from '../labels';
import type { ArtifactFile } from '../rules/api';
import type { Workspace } from '../workspace';
import { isPlan, type Stakeholder } from '../model';
import type { Span } from '../text';
import type { Locale, Localized } from '../types';
import { mermaidText } from '../gantt/mermaid';

export type Level = 'high' | 'medium' | 'low';
export type QuadrantId = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';
export type Attitude = 'champion' | 'supporter' | 'neutral' | 'skeptic' | 'blocker' | 'unknown';

export interface StakeholderMention {
  /** What names the person, in the user's language (e.g. "演示受众 · 某银行日志分析平台 POC"). */
  text: string;
  uri: string;
  span: Span;
}

export interface StakeholderPoint {
  /** Generated key (`p0` …): the point's id in the Mermaid source and the SVG. */
  key: string;
  /** The tree node's key (`n0` …). */
  node: string;
  uri: string;
  span: Span;
  id?: string;
  name: string;
  title?: string;
  org?: string;
  roles: string[];
  influence?: Level;
  interest?: Level;
  attitude: Attitude;
  /** The attitude in the user's language. */
  attitudeName: string;
  /** 0–1 on the grid (x = interest, y = influence); absent when listed aside. */
  x?: number;
  y?: number;
  quadrant?: QuadrantId;
  decisionMaker: boolean;
  reportsTo?: string;
  strategy?: string;
  /** Why the person is not on the grid (missing or invalid influence/interest). */
  missing: string[];
  mentions: StakeholderMention[];
}

export interface StakeholderMap {
  title: string;
  quadrants: { id: QuadrantId; name: string; count: number }[];
  /** On the grid. */
  points: StakeholderPoint[];
  /** Not on the grid (missing influence or interest). */
  aside: StakeholderPoint[];
  /** reportsTo edges between tree nodes (from the manager to the report). */
  edges: { from: string; to: string }[];
  attitudes: { id: Attitude; name: string; count: number }[];
  empty?: string;
}

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

const QUADRANTS: { id: QuadrantId; name: Localized }[] = [
  { id: 'manage-closely', name: L('Manage closely', '重点管理') },
  { id: 'keep-satisfied', name: L('Keep satisfied', '保持满意') },
  { id: 'keep-informed', name: L('Keep informed', '及时告知') },
  { id: 'monitor', name: L('Monitor', '监督观察') },
];

const ATTITUDES: Record<Attitude, Localized> = {
  champion: labels('attitude', 'champion'),
  supporter: labels('attitude', 'supporter'),
  neutral: labels('attitude', 'neutral'),
  skeptic: labels('attitude', 'skeptic'),
  blocker: labels('attitude', 'blocker'),
  unknown: L('attitude unknown', '态度未知'),
};

const TEXT = {
  title: L('Stakeholders: power / interest', '干系人：权力 / 利益'),
  none: L('No stakeholders in this workspace folder (add a stakeholders file).', '此工作区文件夹中没有干系人（请新建干系人文件）。'),
  influence: L('influence', '影响力'),
  interest: L('interest', '关注度'),
  missing: (what: Localized) => L(`no valid ${what.en}`, `缺少有效的${what['zh-CN']}`),
  audience: (plan: string) => L(`demo audience · ${plan}`, `演示受众 · ${plan}`),
  requested: (id: string, plan: string) => L(`requested change ${id} · ${plan}`, `提出变更 ${id} · ${plan}`),
  source: (id: string, title: string) => L(`source of requirement ${id}${title ? ` (${title})` : ''}`, `需求 ${id}${title ? `（${title}）` : ''} 的来源`),
  lowInterest: L('Low interest', '低关注'),
  highInterest: L('High interest', '高关注'),
  lowInfluence: L('Low influence', '低影响力'),
  highInfluence: L('High influence', '高影响力'),
};

const LEVEL_POS: Record<Level, number> = { low: 0.15, medium: 0.38, high: 0.8 };
const isLevel = (v: unknown): v is Level => v === 'high' || v === 'medium' || v === 'low';
const isAttitude = (v: unknown): v is Attitude => typeof v === 'string' && v in ATTITUDES && v !== 'unknown';

export function quadrantOf(influence: Level, interest: Level): QuadrantId {
  const power = influence === 'high';
  const care = interest === 'high';
  return power ? (care ? 'manage-closely' : 'keep-satisfied') : care ? 'keep-informed' : 'monitor';
}

/** The stakeholder map of the workspace folder. */
export function stakeholderMap(ws: Workspace, locale: Locale): StakeholderMap {
  const t = (l: Localized) => l[locale];
  const files = ws
    .files()
    .filter((f) => f.model.kind === 'stakeholders')
    .sort((a, b) => a.uri.localeCompare(b.uri));
  const all: StakeholderPoint[] = [];
  let n = 0;
  for (const f of files) {
    if (f.model.kind !== 'stakeholders') continue;
    for (const s of f.model.stakeholders.items) all.push(point(f, s, n++, locale));
  }
  addMentions(ws, all, locale);

  // Spread the people of one cell around its centre.
  const cells = new Map<string, StakeholderPoint[]>();
  for (const p of all) {
    if (!p.influence || !p.interest) continue;
    const k = `${p.influence}/${p.interest}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(p);
  }
  for (const [, ps] of cells) {
    const cols = Math.ceil(Math.sqrt(ps.length));
    ps.forEach((p, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const rows = Math.ceil(ps.length / cols);
      p.x = clamp(LEVEL_POS[p.interest!] + (col - (cols - 1) / 2) * 0.13, p.interest === 'high');
      p.y = clamp(LEVEL_POS[p.influence!] + (row - (rows - 1) / 2) * 0.13, p.influence === 'high');
      p.quadrant = quadrantOf(p.influence!, p.interest!);
    });
  }

  const byId = new Map<string, StakeholderPoint>();
  for (const p of all) if (p.id !== undefined && !byId.has(p.id)) byId.set(p.id, p);
  const edges: { from: string; to: string }[] = [];
  for (const p of all) {
    const boss = p.reportsTo !== undefined ? byId.get(p.reportsTo) : undefined;
    if (boss && boss !== p) edges.push({ from: boss.node, to: p.node });
  }

  const points = all.filter((p) => p.quadrant);
  const map: StakeholderMap = {
    title: t(TEXT.title),
    quadrants: QUADRANTS.map((q) => ({ id: q.id, name: t(q.name), count: points.filter((p) => p.quadrant === q.id).length })),
    points,
    aside: all.filter((p) => !p.quadrant),
    edges,
    attitudes: (Object.keys(ATTITUDES) as Attitude[]).map((a) => ({ id: a, name: t(ATTITUDES[a]), count: all.filter((p) => p.attitude === a).length })),
  };
  if (!all.length) map.empty = t(TEXT.none);
  return map;
}

/** All people of the map, on the grid first. */
export function allPeople(map: StakeholderMap): StakeholderPoint[] {
  return [...map.points, ...map.aside];
}

function clamp(v: number, high: boolean): number {
  // Keep a point on its side of the line and inside the chart.
  const lo = high ? 0.55 : 0.03;
  const hi = high ? 0.97 : 0.45;
  return Math.round(Math.min(hi, Math.max(lo, v)) * 1000) / 1000;
}

function point(f: ArtifactFile, s: Stakeholder, index: number, locale: Locale): StakeholderPoint {
  const influence = isLevel(s.influence?.value) ? s.influence!.value as Level : undefined;
  const interest = isLevel(s.interest?.value) ? s.interest!.value as Level : undefined;
  const attitude: Attitude = isAttitude(s.attitude?.value) ? (s.attitude!.value as Attitude) : 'unknown';
  const missing: string[] = [];
  if (!influence) missing.push(TEXT.missing(TEXT.influence)[locale]);
  if (!interest) missing.push(TEXT.missing(TEXT.interest)[locale]);
  const roles = s.roles.items.map((r) => r.value);
  const id = s.id?.value;
  return {
    key: `p${index}`,
    node: `n${index}`,
    uri: f.uri,
    span: s.span,
    id,
    name: s.name?.value?.trim() || id || `#${index + 1}`,
    title: s.title?.value,
    org: s.org?.value,
    roles,
    influence,
    interest,
    attitude,
    attitudeName: ATTITUDES[attitude][locale],
    decisionMaker: roles.includes('decision-maker'),
    reportsTo: s.reportsTo?.value,
    strategy: s.strategy?.value?.trim() || undefined,
    missing,
    mentions: [],
  };
}

/** Where each person is named: demo audiences, change requests, requirement sources. */
function addMentions(ws: Workspace, people: StakeholderPoint[], locale: Locale): void {
  const byId = new Map<string, StakeholderPoint>();
  for (const p of people) if (p.id !== undefined && !byId.has(p.id)) byId.set(p.id, p);
  if (!byId.size) return;
  const files = [...ws.files()].sort((a, b) => a.uri.localeCompare(b.uri));
  for (const f of files) {
    const m = f.model;
    if (isPlan(m)) {
      const plan = m.title?.value?.trim() || m.id?.value || f.name;
      for (const a of m.demo?.audience.items ?? []) byId.get(a.value)?.mentions.push({ text: TEXT.audience(plan)[locale], uri: f.uri, span: a.span });
      for (const c of m.changes.items) {
        const who = c.requestedBy;
        if (who) byId.get(who.value)?.mentions.push({ text: TEXT.requested(c.id?.value ?? '?', plan)[locale], uri: f.uri, span: who.span });
      }
    } else if (m.kind === 'requirements') {
      for (const r of m.requirements.items) {
        const src = r.source;
        if (src) byId.get(src.value)?.mentions.push({ text: TEXT.source(r.id?.value ?? '?', r.title?.value ?? '')[locale], uri: f.uri, span: src.span });
      }
    }
  }
}

/**
 * Mermaid `quadrantChart` source of the grid. Points are named by their key (`p0` …), given the
 * class of their attitude (`attSupporter` …); quadrant and axis texts are ours, escaped anyway.
 */
export function stakeholderQuadrantMermaid(map: StakeholderMap, locale: Locale): string {
  const q = (id: QuadrantId) => quoted(map.quadrants.find((x) => x.id === id)!.name);
  const lines = [
    'quadrantChart',
    `  x-axis ${quoted(TEXT.lowInterest[locale])} --> ${quoted(TEXT.highInterest[locale])}`,
    `  y-axis ${quoted(TEXT.lowInfluence[locale])} --> ${quoted(TEXT.highInfluence[locale])}`,
    `  quadrant-1 ${q('manage-closely')}`,
    `  quadrant-2 ${q('keep-satisfied')}`,
    `  quadrant-3 ${q('monitor')}`,
    `  quadrant-4 ${q('keep-informed')}`,
  ];
  for (const p of map.points) lines.push(`  "${p.key}":::${attClass(p.attitude)}: [${p.x!.toFixed(3)}, ${p.y!.toFixed(3)}]`);
  // Static colours for the source on its own; the panel recolours with the theme's.
  const colours: Record<Attitude, string> = { champion: '#2e9e44', supporter: '#3794ff', neutral: '#8b949e', skeptic: '#d18616', blocker: '#f14c4c', unknown: '#6e7681' };
  for (const [a, c] of Object.entries(colours)) lines.push(`  classDef ${attClass(a as Attitude)} color: ${c}, radius: 9`);
  return lines.join('\n') + '\n';
}

/** Mermaid `flowchart` source of the reportsTo tree: nodes by key, decision makers in class `dm`. */
export function stakeholderTreeMermaid(map: StakeholderMap): string {
  const people = allPeople(map).sort((a, b) => Number(a.node.slice(1)) - Number(b.node.slice(1)));
  const lines = ['flowchart TD'];
  // Each node's label is a placeholder of the name's length (the name, then the title on a second
  // line): the page writes the real text and widens a node whose text came out wider.
  for (const p of people) lines.push(`  ${p.node}["${treeLines(p).map(placeholder).join('<br/>')}"]`);
  for (const e of map.edges) lines.push(`  ${e.from} --> ${e.to}`);
  const dms = people.filter((p) => p.decisionMaker).map((p) => p.node);
  if (dms.length) lines.push(`  class ${dms.join(',')} dm`);
  return lines.join('\n') + '\n';
}

/** The lines of a tree node: ★ for a decision maker and the name, then the title if any. */
export function treeLines(p: StakeholderPoint): string[] {
  const name = `${p.decisionMaker ? '★ ' : ''}${p.name}`;
  return p.title?.trim() ? [name, p.title.trim()] : [name];
}

/** Characters of the same width class, none of them meaningful to Mermaid or HTML. */
function placeholder(s: string): string {
  return [...s].map((c) => (/[\u1100-\uffff]/.test(c) ? '口' : /[A-Za-z0-9 ]/.test(c) ? c : 'x')).join('') || 'x';
}

/** Mermaid's quadrant grammar takes letters only in a class name. */
function attClass(a: Attitude): string {
  return `att${a[0].toUpperCase()}${a.slice(1)}`;
}

function quoted(s: string): string {
  return `"${mermaidText(s).replace(/"/g, '＂')}"`;
}
