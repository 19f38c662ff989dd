/**
 * Small readings of MSPDI values for mspdi.ts: durations, link types and lags, the phase a summary
 * task's name maps to, and ids made from names.
 */

/** DurationFormat / LagFormat codes of elapsed durations (em, eh, ed, ew, emo, e%, and their estimated forms). */
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);

export const isElapsedFormat = (format: number | undefined): boolean => format !== undefined && ELAPSED_FORMATS.has(format);

/** Minutes of an ISO 8601 duration as MSPDI writes it (`PT8H0M0S`, `P2DT4H`); undefined when unreadable. */
export function durationMinutes(text: string): number | undefined {
  const m = /^\s*(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?\s*$/.exec(text);
  if (!m || text.trim() === 'P' || text.trim() === 'PT') return undefined;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  // Years and months as MS Project counts them in elapsed time: 365 and 30 days.
  const minutes = (n(2) * 365 + n(3) * 30 + n(4)) * 1440 + n(5) * 60 + n(6) + n(7) / 60;
  return m[1] ? -minutes : minutes;
}

/** Working days rounded to half a day. */
export const halfDays = (days: number): number => Math.round(days * 2) / 2;

/** A day count as text: 2, 1.5. */
export const dayText = (days: number): string => String(Math.round(days * 100) / 100);

export const LINK_TYPES: Record<number, { en: string; zh: string }> = {
  0: { en: 'finish-to-finish', zh: '完成-完成' },
  1: { en: 'finish-to-start', zh: '完成-开始' },
  2: { en: 'start-to-finish', zh: '开始-完成' },
  3: { en: 'start-to-start', zh: '开始-开始' },
};

interface PhaseWords {
  phase: string;
  words: string[];
}

/** Implementation projects: the words of a summary task's name → phase (first match wins). */
const PROJECT_PHASES: PhaseWords[] = [
  { phase: 'after-sales', words: ['售后', '运维', '巡检', 'after-sales', 'after sales', 'support', 'maintenance'] },
  { phase: 'departure', words: ['离场', '上线', '交接', 'departure', 'go-live', 'go live', 'handover'] },
  { phase: 'closing', words: ['收尾', '培训', '验收', 'closing', 'training', 'acceptance'] },
  { phase: 'kickoff', words: ['启动', '立项', 'kickoff', 'kick-off', 'initiation'] },
  { phase: 'implementation', words: ['实施', '部署', '开发', '测试', '集成', 'implementation', 'deployment', 'development', 'testing', 'execution'] },
];

/** POCs: the POC phases (a name like 设计演示流程并预演 is rehearsal before it is demo). */
const POC_PHASES: PhaseWords[] = [
  { phase: 'intelligence', words: ['情报', '调研', 'intelligence'] },
  { phase: 'scenario', words: ['场景', 'scenario'] },
  { phase: 'environment', words: ['环境', '机器', 'environment'] },
  { phase: 'schedule', words: ['排期', 'scheduling'] },
  { phase: 'integration', words: ['集成', 'integration'] },
  { phase: 'rehearsal', words: ['预演', '演练', 'rehearsal'] },
  { phase: 'deployment', words: ['部署', 'deployment'] },
  { phase: 'demo', words: ['演示', 'demo'] },
  { phase: 'review', words: ['评审', '总结', '反馈', 'review'] },
];

/** The phase enum value a summary task's name maps to, if any. */
export function phaseOf(name: string, kind: 'poc' | 'project'): string | undefined {
  const s = name.trim().toLowerCase();
  if (!s) return undefined;
  const table = kind === 'poc' ? POC_PHASES : PROJECT_PHASES;
  for (const p of table) if (s === p.phase) return p.phase;
  for (const p of table) if (p.words.some((w) => s.includes(w))) return p.phase;
  return undefined;
}

// TODO(main): use core/import/ids personId
/** A team id from a person's name: its ASCII slug (`Li Lei` → `li-lei`), else `p<n>`; unique among `taken` (added to it). */
export function personId(name: string, taken: Set<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  let id = /^[a-z0-9]/.test(slug) ? slug : '';
  if (!id) {
    let n = 1;
    while (taken.has(`p${n}`)) n++;
    id = `p${n}`;
  } else if (taken.has(id)) {
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    id = `${id}-${n}`;
  }
  taken.add(id);
  return id;
}

/** A plan id from a file name: the ASCII slug of its stem, else `imported-plan`. */
export function planIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .replace(/\.{2,}/g, '.')
    .slice(0, 60)
    .replace(/[-_.]+$/, '');
  return slug || 'imported-plan';
}
