#!/usr/bin/env node
/**
 * Deterministic generator of a delivery department's portfolio (issue 17 "Scale"): N customer
 * folders holding F artifact files in all, staffed from one pool of P people shared across the
 * customers (the same team id in two plans is the same person).
 *
 *   node bench/portfolio-generate.mjs [outDir] [--folders 300] [--files 10000] [--people 150]
 *
 * Each folder: 1–3 plans (POC or implementation project) of ~10–40 tasks, a stakeholders file,
 * a requirements file and checklists (phase checklists per plan, site inspections …) up to its
 * share of F. Each plan's team is picked from the pool: one workstream per member, a chain of tasks
 * without gaps, with an allocation (100, 80, 50 or 30 %). People are staffed so that nobody is
 * booked beyond 100 % on any day, except ~8 % of them (`overAllocated` in the manifest): each of
 * those is lent for three days to another customer's plan while booked by their own (a deliberate
 * cross-customer conflict). One more person (`edit`) carries the edit scenario: a two-week task in
 * plan A, written with an explicit `start:` on a free fortnight; moving that start to `busyStart`
 * puts it over the person's bookings in other customers' plans (`edit.others`), so over-allocated
 * appears there and in A, and moving it back makes it disappear.
 *
 * Working days are weekdays minus the plans' own holidays for 2030–2032 (no region calendar: its
 * data ends before 2030), so the generator's dates are the server's. Dates lie in 2030–2032, so the
 * findings are the same whatever day it runs (until 2030).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Rng, Calendar, day, fmt, people, q, stakeholders, requirements, checklist, CHECKLISTS,
  VERBS, OBJECTS, SYSTEMS, PHASE_NAMES, REGIONS, INDUSTRIES, defaultWorkDir,
} from './generate.mjs';

export const PORTFOLIO_GENERATOR_VERSION = 1;
/** The portfolio of the issue and the variant for the growth ratio (same proportions). */
export const PORTFOLIO_SIZES = {
  10000: { folders: 300, files: 10000, people: 150 },
  1000: { folders: 30, files: 1000, people: 15 },
};

const HOLIDAYS = [
  '2030-01-01', '2030-02-04..2030-02-08', '2030-04-05', '2030-05-01..2030-05-03', '2030-06-05', '2030-09-12', '2030-10-01..2030-10-07',
  '2031-01-01', '2031-01-23..2031-01-29', '2031-04-04', '2031-05-01..2031-05-05', '2031-06-24', '2031-10-01..2031-10-07',
  '2032-01-01', '2032-02-11..2032-02-17', '2032-04-05', '2032-05-01..2032-05-05', '2032-06-14', '2032-09-20', '2032-10-01..2032-10-07',
];
const WORKDAYS = ['2030-02-09', '2030-09-29', '2031-01-26', '2031-09-28', '2032-02-07', '2032-10-09'];
const CAL = new Calendar(HOLIDAYS, WORKDAYS);
const CAL_LINES = ['calendar:', `  holidays: [${HOLIDAYS.map((h) => (h.includes('..') ? `"${h}"` : h)).join(', ')}]   # 元旦、春节、清明、劳动节、端午、中秋、国庆`, `  workdays: [${WORKDAYS.join(', ')}]   # 调休上班`];
const FIRST = day('2030-01-07');
/** Plans start within the first 130 weeks (all of them end by 2032). */
const START_WEEKS = 130;
const DAYS = 3 * 366 + 60;

const ROLES = ['pm', 'pm', 'presales', 'sales', 'ops', 'ops', 'engineer', 'engineer', 'engineer', 'engineer'];
const ALLOCATIONS = [100, 100, 80, 50, 50, 50, 30];
const INSPECTION_ITEMS = ['服务进程状态正常', '磁盘使用率低于 80%', '索引集群健康状态为绿色', '告警规则全部生效', '备份任务按期执行', '证书有效期大于 30 天', '系统日志无异常报错', '采集代理版本一致'];

/** Working days from `start` (a working day) for `n` days: the last one. */
const endOf = (start, n) => CAL.endAfter(start, n);

/** The tasks of one workstream: a chain without gaps from `begin`. */
function stream(rng, { count, begin, prefix, n0, phaseOf, kickoffId }) {
  const tasks = [];
  let d = begin;
  for (let i = 0; i < count; i++) {
    const duration = rng.pick([1, 2, 2, 3, 3, 4, 5]);
    const end = endOf(d, duration);
    const f = i / count;
    const phase = phaseOf(f);
    const name = phase === 'implementation' ? `${rng.pick(VERBS)}${rng.pick(OBJECTS)}${rng.chance(0.5) ? `（${rng.pick(SYSTEMS)}）` : ''}` : rng.pick(PHASE_NAMES[phase] ?? PHASE_NAMES.closing);
    tasks.push({ id: `${prefix}${n0 + i}`, name, phase, duration, begin: d, end, dep: i === 0 ? kickoffId : `${prefix}${n0 + i - 1}` });
    d = CAL.nextWorkday(end);
  }
  return tasks;
}

/** A plan's shape before it is staffed: streams of tasks with exact dates. */
function planShape(rng, { kind, start }) {
  const total = rng.int(10, 40);
  const members = kind === 'poc' ? rng.int(2, 3) : rng.int(2, 4);
  const kickoff = { id: 'T1', name: kind === 'poc' ? '情报收集' : '项目启动会', phase: kind === 'poc' ? 'intelligence' : 'kickoff', duration: 1, begin: start, end: start, explicit: true };
  const after = CAL.nextWorkday(start);
  const pocPhase = (f) => (f < 0.2 ? 'scenario' : f < 0.4 ? 'environment' : f < 0.6 ? 'integration' : f < 0.8 ? 'deployment' : 'rehearsal');
  const projPhase = (f) => (f < 0.1 ? 'kickoff' : f < 0.8 ? 'implementation' : f < 0.9 ? 'closing' : 'departure');
  const streams = [];
  let n = 2;
  const left = total - 1;
  for (let s = 0; s <= members; s++) {
    // Stream 0: the lead's (PM or presales) management tasks; then one per member.
    const count = Math.max(2, Math.floor(left / (members + 1)));
    const tasks = stream(rng, { count, begin: after, prefix: 'T', n0: n, phaseOf: kind === 'poc' ? (f) => (f < 0.5 ? 'schedule' : 'review') : s === 0 ? (f) => (f < 0.5 ? 'kickoff' : 'closing') : projPhase, kickoffId: 'T1' });
    if (kind === 'poc' && s > 0) for (const t of tasks) t.phase = pocPhase(tasks.indexOf(t) / tasks.length);
    n += count;
    streams.push({ tasks, begin: s === 0 ? start : after, end: tasks[tasks.length - 1].end });
  }
  streams[0].tasks.unshift(kickoff);
  const end = endOf(CAL.nextWorkday(Math.max(...streams.map((s) => s.end))), 5);
  return { kind, start, end, streams };
}

/** People's bookings: per person, the day loads (calendar days, conservative) and the task list. */
class Pool {
  constructor(rng, n) {
    this.people = people(rng, n, new Set()).map((p, i) => ({ ...p, role: ROLES[i % ROLES.length], load: new Uint16Array(DAYS), bookings: [] }));
  }
  fits(p, from, to, a) {
    for (let d = from; d <= to; d++) if (p.load[d - FIRST] + a > 100) return false;
    return true;
  }
  book(p, from, to, a, booking) {
    for (let d = from; d <= to; d++) p.load[d - FIRST] += a;
    if (booking) p.bookings.push(booking);
  }
  freeOn(p, from, to) {
    for (let d = from; d <= to; d++) if (p.load[d - FIRST]) return false;
    return true;
  }
}

/** A copy of the list in a seeded random order (Fisher–Yates). */
function shuffled(rng, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Status of a task by its position in its stream (the plan lies in the future: nothing is overdue). */
function statusOf(rng, f) {
  if (f < 0.25) return ['done', 100];
  if (f < 0.35) return ['doing', 10 * rng.int(1, 9)];
  if (rng.chance(0.02)) return ['blocked', 0];
  return ['todo', 0];
}

function taskLine(t, owner, allocation, flow) {
  const fields = [['id', t.id], ['name', q(t.name)], ['phase', t.phase], ['owner', owner]];
  if (t.explicit) fields.push(['start', fmt(t.begin)]);
  else fields.push(['dependsOn', `[${t.dep}]`]);
  fields.push(['duration', `${t.duration}d`], ['status', t.status]);
  if (t.progress) fields.push(['progress', String(t.progress)]);
  if (allocation !== 100) fields.push(['allocation', String(allocation)]);
  if (flow) return [`  - { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`];
  return fields.map(([k, v], i) => `${i ? '    ' : '  - '}${k}: ${v}`);
}

/** The text of a staffed plan (extra tasks: the deliberate lending and the edit task, block style). */
function planText(rng, plan) {
  const { kind, id, title, customer, team, streams, extra, shIds, reqs } = plan;
  const L = [`# ${title}（部门项目组合基准数据，由 bench/portfolio-generate.mjs 生成）`, `kind: ${kind}`, `id: ${id}`, `title: ${title}`, `customer: ${customer}`];
  if (kind === 'poc') L.push('mode: onsite', 'stage: presentation');
  L.push(`start: ${fmt(plan.start)}`, `end: ${fmt(plan.end)}`, ...CAL_LINES);
  if (kind === 'poc') {
    L.push('', 'intelligence:', '  customer:', '    scenarios: 交易日志检索、异常交易告警、监管报表', '    techStack: CentOS 7.9，Oracle 与 MySQL，Kafka 消息总线', '    team: 运维部 12 人，熟悉 Shell 与 SQL', '    competitors: 同业已上线同类平台', '    compliance: 等保三级，日志留存不少于 180 天', '    architecture: 两地三中心，采集代理上送', '    budget: 年度预算已批复');
    L.push('  competitors:', '    - { name: 某竞品 A, features: 检索快，告警弱, customers: 多家城商行, strategy: 低价, technology: Elasticsearch, pocResults: 未通过性能测试 }', '  market:', '    trends: 日志集中化与可观测性建设', '    technology: 存算分离、冷热分层存储', '    regulations: 等保 2.0');
    L.push('', 'qualification:', '  financiallyVetted: true', '  purchaseCommitment: true', `  conceptFit: 需要集中检索${customer}的业务日志`, '  stakeholderSupport: 信息科技部牵头');
  } else L.push(`contract: { signed: ${fmt(plan.start - 7)}, maintenanceMonths: 12, inspectionEvery: quarterly }`);
  if (plan.releases) {
    L.push('', 'releases:');
    plan.releases.forEach((r, i) => L.push(`  - { id: ${r}, title: ${['基础版', '标准版'][i]}, date: ${fmt(i ? plan.end : plan.start + Math.floor((plan.end - plan.start) / 2))} }`));
  }
  L.push('', 'team:');
  for (const m of team) L.push(`  - { id: ${m.id}, name: ${m.name}, role: ${m.role} }`);
  if (kind === 'poc') {
    L.push('', 'scenarios:', '  - id: S1', '    title: 交易日志实时检索', `    requirements: [${reqs[0].id}]`);
    L.push('', 'successCriteria:', '  - id: SC1', '    description: 100GB/天 数据量下检索 P95 小于 3 秒', '    metric: search_p95_seconds', '    target: "< 3"', '    agreedWithCustomer: true', `    requirement: ${reqs[0].id}`, '    result: pending');
    L.push('', 'environment:', '  machines:', '    - { role: indexer, count: 3, cpu: 16, memoryGB: 64, diskGB: 2000, os: CentOS 7.9 }', '  deployment: vm');
  }
  L.push('', 'tasks:');
  streams.forEach((s, k) => {
    L.push(`  # 工作流 ${k + 1}（负责人：${s.member.name}，投入 ${s.allocation}%）`);
    for (const t of s.tasks) L.push(...taskLine(t, s.member.id, s.allocation, rng.chance(0.4)));
  });
  for (const x of extra) {
    if (x.comment) L.push(`  # ${x.comment}`);
    L.push(...taskLine(x, x.owner, x.allocation, false));
  }
  if (kind === 'project') {
    const must = reqs.filter((r) => r.priority === 'must');
    const cats = ['analysis', 'storage', 'alert', 'report'];
    L.push('', 'acceptance:', '  items:');
    must.forEach((r, k) => L.push(`    - { id: A${k + 1}, category: ${cats[k % cats.length]}, requirement: ${r.id}, status: pending }`));
    if (!must.length) L.push('    - { id: A1, category: analysis, status: pending }');
    L.push('  report: { signed: false }');
  }
  L.push('', 'risks:', `  - { id: RK1, description: ${rng.pick(['客户防火墙策略审批慢', '历史数据质量不佳', '客户运维人员变动', '硬件到货延迟'])}, probability: medium, impact: high, mitigation: 每周与客户对齐待办清单, owner: ${team[0].id}, status: open }`);
  if (kind === 'poc') L.push('', 'demo:', `  date: ${fmt(plan.end)}`, '  durationMinutes: 30', `  audience: [${shIds.slice(0, 2).join(', ')}]`, '', 'review:', '  decision: pending');
  return L.join('\n') + '\n';
}

function inspectionChecklist(rng, { id, title, due, owners }) {
  const L = [`# ${title}`, 'kind: checklist', `id: ${id}`, `title: ${title}`, 'phase: after-sales', `due: ${fmt(due)}`, 'items:'];
  const n = rng.int(4, INSPECTION_ITEMS.length);
  for (let k = 0; k < n; k++) L.push(`  - { id: C${k + 1}, text: ${INSPECTION_ITEMS[k]}, done: ${rng.chance(0.3)}, owner: ${rng.pick(owners)} }`);
  return L.join('\n') + '\n';
}

/** Generates the portfolio of `size` (10000 or 1000) under root/portfolio-<size>/; returns its manifest. */
export function generatePortfolio(root, size = 10000, { folders = PORTFOLIO_SIZES[size]?.folders, files = PORTFOLIO_SIZES[size]?.files ?? size, people: poolSize = PORTFOLIO_SIZES[size]?.people } = {}) {
  const rng = new Rng(1700 + files);
  const dir = path.join(root, `portfolio-${files}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const pool = new Pool(rng, poolSize);
  const customers = [];
  const plans = [];
  // Customers and their plans' shapes; the plans' starts spread evenly over the weeks.
  for (let c = 0; c < folders; c++) {
    const code = `c${String(c + 1).padStart(3, '0')}`;
    const [ind, indCode] = INDUSTRIES[c % INDUSTRIES.length];
    const name = `${REGIONS[(c * 7) % REGIONS.length]}${ind}${c >= REGIONS.length * INDUSTRIES.length ? `（${Math.floor(c / (REGIONS.length * INDUSTRIES.length)) + 1}）` : ''}`;
    const nPlans = rng.pick([1, 2, 2, 2, 3]);
    const cust = { c, code, indCode, name, dir: path.join(dir, `${code}-${indCode}`), plans: [] };
    for (let k = 0; k < nPlans; k++) {
      const kind = k === 0 && rng.chance(0.5) ? 'poc' : 'project';
      const week = Math.floor(((c * 3 + k) * START_WEEKS) / (folders * 3)) + rng.int(0, 3);
      const plan = { cust, k, kind, week, id: `${code}-${kind === 'poc' ? 'poc' : `impl${k + 1}`}`, extra: [] };
      cust.plans.push(plan);
      plans.push(plan);
    }
    customers.push(cust);
  }
  // Staffing in order of start: each stream gets someone free for its whole span.
  plans.sort((a, b) => a.week - b.week || a.cust.c - b.cust.c || a.k - b.k);
  for (const plan of plans) {
    const srng = new Rng(99 + plan.cust.c * 7 + plan.k);
    for (let shift = 0; ; shift++) {
      if (shift > 40) throw new Error(`cannot staff ${plan.id}: the pool of ${poolSize} is too small`);
      const start = CAL.onOrAfter(FIRST + 7 * (plan.week + shift) + srng.int(0, 4));
      const shape = planShape(new Rng(7 + plan.cust.c * 13 + plan.k * 5 + shift), { kind: plan.kind, start });
      const chosen = [];
      let ok = true;
      for (let s = 0; s < shape.streams.length && ok; s++) {
        const st = shape.streams[s];
        const wantRole = s === 0 ? (plan.kind === 'poc' ? 'presales' : 'pm') : null;
        const order = shuffled(srng, pool.people);
        const a0 = srng.pick(ALLOCATIONS);
        let pick;
        for (const a of [...new Set([a0, 50, 30])]) {
          pick = order.find((p) => !chosen.some((x) => x.p === p) && (wantRole ? p.role === wantRole : !['pm', 'sales'].includes(p.role)) && pool.fits(p, st.begin, st.end, a));
          if (pick) {
            chosen.push({ p: pick, a, st });
            break;
          }
        }
        if (!pick) ok = false;
      }
      if (!ok) continue;
      Object.assign(plan, { start: shape.start, end: shape.end, streams: shape.streams });
      plan.streams.forEach((st, s) => {
        const { p, a } = chosen[s];
        st.member = p;
        st.allocation = a;
        st.tasks.forEach((t, i) => {
          const [status, progress] = s === 0 && i === 0 ? ['todo', 0] : statusOf(srng, i / st.tasks.length);
          t.status = status;
          t.progress = progress;
          pool.book(p, t.begin, t.end, a, status === 'done' || !a ? null : { plan, from: t.begin, to: t.end, allocation: a });
        });
      });
      break;
    }
  }
  // Deliberate conflicts: ~8 % of the people lent to another customer while booked by their own.
  const lent = Math.max(1, Math.round(poolSize * 0.08));
  const overAllocated = [];
  const inWindow = (pl, from, to) => pl.start < from && to < pl.end;
  const candidates = pool.people.filter((p) => !['pm', 'sales'].includes(p.role));
  for (let i = 0; overAllocated.length < lent && i < candidates.length; i++) {
    const p = candidates[(i * 7) % candidates.length];
    if (overAllocated.some((o) => o.person === p.id)) continue;
    for (const b of p.bookings) {
      const to = endOf(b.from, 3);
      const host = plans.find((pl) => pl.cust !== b.plan.cust && inWindow(pl, b.from, to) && !pl.streams.some((s) => s.member === p) && pl.extra.length === 0);
      if (!host) continue;
      host.extra.push({ id: `T${100 + host.extra.length}`, name: '现场支援（临时借调）', phase: host.kind === 'poc' ? 'deployment' : 'implementation', duration: 3, begin: b.from, end: to, explicit: true, status: 'todo', owner: p.id, allocation: 100, comment: `临时借调 ${p.name} 支援，与其在${b.plan.cust.name}的任务重叠` });
      host.lentTeam = [...(host.lentTeam ?? []), p];
      overAllocated.push({ person: p.id, name: p.name, plan: host.id, lentFrom: b.plan.id });
      break;
    }
  }
  // The edit scenario: a person, a plan A, a free fortnight and a busy one in A's window.
  const lentIds = new Set(overAllocated.map((o) => o.person));
  let edit;
  for (const p of candidates.filter((x) => !lentIds.has(x.id))) {
    for (const A of plans) {
      if (A.extra.length || A.streams.some((s) => s.member === p) || A.kind !== 'project') continue;
      // Only plans whose window holds two of the person's bookings elsewhere can hold the busy fortnight.
      if (p.bookings.filter((b) => b.plan.cust !== A.cust && b.from <= A.end && b.to >= A.start).length < 2) continue;
      let free;
      let busy;
      for (let d = CAL.onOrAfter(A.start + 3); ; d = CAL.nextWorkday(d)) {
        const e = endOf(d, 10);
        if (e >= A.end) break;
        if (!free && pool.freeOn(p, d - 1, e + 1)) free = d;
        // Every plan whose counted booking of the person overlaps: all of them are told of the conflict.
        const others = new Set(p.bookings.filter((b) => b.from <= e && b.to >= d).map((b) => b.plan));
        const customers = new Set([...others].map((pl) => pl.cust));
        if (customers.size && !customers.has(A.cust) && (!busy || others.size > busy.others.size)) busy = { d, others };
      }
      if (free && busy && (!edit || busy.others.size > edit.busy.others.size)) edit = { p, A, free, busy };
    }
    if (edit?.busy.others.size >= 3) break;
  }
  if (!edit) throw new Error('no edit scenario found (a person booked by another customer inside a project window, free for a fortnight in it too)');
  const editTask = { id: 'T99', name: '专项性能调优（跨客户支援）', phase: 'implementation', duration: 10, begin: edit.free, end: endOf(edit.free, 10), explicit: true, status: 'todo', owner: edit.p.id, allocation: 100, comment: `${edit.p.name} 支援两周` };
  edit.A.extra.push(editTask);
  edit.A.lentTeam = [...(edit.A.lentTeam ?? []), edit.p];

  // Texts, folder by folder; each folder's share of the files.
  const manifest = { generatorVersion: PORTFOLIO_GENERATOR_VERSION, dir, size: files, folders: [], files: [], bytes: 0, plans: 0, tasks: 0, people: poolSize, overAllocated };
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    manifest.bytes += Buffer.byteLength(text);
    manifest.files.push(file);
  };
  const fileOf = new Map();
  for (const cust of customers) {
    const share = Math.floor(((cust.c + 1) * files) / folders) - Math.floor((cust.c * files) / folders);
    const before = manifest.files.length;
    const sh = stakeholders(rng, `${cust.code}-`, cust.name, 6);
    const shIds = sh.list.map((s) => s.id);
    const releases = [`${cust.code}-basic`, `${cust.code}-standard`];
    const reqs = requirements(rng, `${cust.code.toUpperCase()}-`, cust.name, rng.int(5, 9), shIds, releases);
    // The releases are declared by the customer's first project; without one, requirements name none.
    const releasePlan = cust.plans.find((pl) => pl.kind === 'project');
    if (!releasePlan) reqs.text = reqs.text.replace(/^    release: .*\n/gm, '');
    write(path.join(cust.dir, `${cust.indCode}.stakeholders.yaml`), sh.text);
    write(path.join(cust.dir, `${cust.indCode}.requirements.yaml`), reqs.text);
    const owners = new Set();
    for (const plan of cust.plans) {
      const team = plan.streams.map((s) => ({ id: s.member.id, name: s.member.name, role: s.member.role }));
      for (const p of plan.lentTeam ?? []) team.push({ id: p.id, name: p.name, role: p.role });
      team.forEach((m) => owners.add(m.id));
      const title = `${cust.name}${plan.kind === 'poc' ? '日志分析平台 POC' : `日志分析平台${['一', '二', '三'][plan.k]}期实施`}`;
      const text = planText(rng, { ...plan, title, customer: cust.name, team, shIds, reqs: reqs.list, releases: plan === releasePlan ? releases : undefined });
      const file = path.join(cust.dir, `${plan.id.slice(cust.code.length + 1)}.${plan.kind}.yaml`);
      write(file, text);
      fileOf.set(plan, file);
      manifest.plans++;
      manifest.tasks += plan.streams.reduce((n, s) => n + s.tasks.length, 0) + plan.extra.length;
    }
    const ownerList = [...owners];
    let n = 0;
    for (let k = 0; manifest.files.length - before < share; k++) {
      const plan = cust.plans[k % cust.plans.length];
      const round = Math.floor(k / cust.plans.length);
      const tag = plan.id.slice(cust.code.length + 1);
      if (round < CHECKLISTS.length) {
        const cl = CHECKLISTS[round];
        write(path.join(cust.dir, `${tag}-${cl[0]}.checklist.yaml`), checklist(rng, cl, { prefix: `${cust.code}-${tag}-`, due: plan.end, owners: ownerList }));
      } else {
        n++;
        const due = plan.end + 30 * n;
        write(path.join(cust.dir, `${tag}-inspection-${n}.checklist.yaml`), inspectionChecklist(rng, { id: `${cust.code}-${tag}-inspection-${n}`, title: `${cust.name}第 ${n} 次现场巡检`, due, owners: ownerList }));
      }
    }
    manifest.folders.push(cust.dir);
  }
  const busyEnd = endOf(edit.busy.d, 10);
  manifest.edit = {
    person: edit.p.id,
    name: edit.p.name,
    file: fileOf.get(edit.A),
    taskId: editTask.id,
    freeStart: fmt(edit.free),
    busyStart: fmt(edit.busy.d),
    busyEnd: fmt(busyEnd),
    others: [...edit.busy.others].map((pl) => fileOf.get(pl)).sort(),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, files: manifest.files.length }, null, 2));
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const opt = (name) => {
    const i = a.indexOf(name);
    return i >= 0 ? Number(a[i + 1]) : undefined;
  };
  const root = path.resolve(a[0] && !a[0].startsWith('--') ? a[0] : defaultWorkDir());
  const custom = opt('--files') !== undefined;
  const sizes = custom ? [opt('--files')] : Object.keys(PORTFOLIO_SIZES).map(Number);
  for (const n of sizes) {
    const t0 = Date.now();
    const m = generatePortfolio(root, n, custom ? { folders: opt('--folders') ?? 300, files: n, people: opt('--people') ?? 150 } : undefined);
    console.log(`${m.dir}: ${m.folders.length} folders, ${m.files.length} files (${(m.bytes / 1024 / 1024).toFixed(1)} MiB), ${m.plans} plans, ${m.tasks} tasks, ${m.people} people, ${m.overAllocated.length} lent (over-allocated), edit: ${m.edit.person} in ${path.relative(m.dir, m.edit.file)} (${m.edit.freeStart} ↔ ${m.edit.busyStart}; ${m.edit.others.length} other plans), ${Date.now() - t0} ms`);
  }
}
