#!/usr/bin/env node
/**
 * Deterministic generator of the synthetic benchmark workspaces (same seed → byte-identical files).
 *
 *   node bench/generate.mjs [outDir]        (default $TMPDIR/poc-studio-bench)
 *
 * Not inside the repository: yaml-language-server does not apply its `yaml.schemas` globs to files
 * under a dot-directory (picomatch without `dot`), and a folder check of the repository must not
 * pick up 1,000 synthetic files.
 *
 * It writes
 *   plans/tasks-<N>/        one implementation project of N tasks (200, 2,000, 20,000) with its
 *                           stakeholders and requirements: Chinese task names, one owner per
 *                           workstream, dependsOn chains plus diamonds to earlier tasks of other
 *                           workstreams, phases, durations, statuses, releases, risks, changes,
 *                           delays, acceptance; some flow-style lines and comments.
 *   folder-1000/cNNN/       100 customer folders × 10 files = 1,000 artifact files of all five
 *                           kinds (POC, project, stakeholders, requirements, 6 checklists) that
 *                           reference each other; people of 20 squads are shared across customers
 *                           (the same team id in two plans is the same person).
 *   schema-check/           a POC with one deliberate schema error (the harness asserts that both
 *                           servers report it, so that the peer comparison is meaningful).
 *   manifest.json           what was generated (paths, sizes, task counts, deliberate findings).
 *
 * The content is valid against schemas/*.schema.json. Dates lie in 2030–2032 so that the date
 * rules (overdue, weekly-report-missing …) give the same few findings whatever day the bench runs
 * (until 2030). Deliberate findings, about one per thousand tasks: over-allocated (a task lent to
 * the owner of another workstream) and status-progress (done at 90 %).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 3;
export const PLAN_SIZES = [200, 2000, 20000];
export const FOLDER_CUSTOMERS = 100;
export const defaultWorkDir = () => process.env.POC_STUDIO_BENCH_DIR || path.join(os.tmpdir(), 'poc-studio-bench');

// --- deterministic randomness ---------------------------------------------------------------
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  chance(p) {
    return this.next() < p;
  }
}

// --- dates: day numbers since 1970-01-01 (UTC) ----------------------------------------------
export const MS = 86_400_000;
export const day = (s) => Math.round(Date.parse(`${s}T00:00:00Z`) / MS);
export const fmt = (d) => new Date(d * MS).toISOString().slice(0, 10);
export const weekday = (d) => (((d + 4) % 7) + 7) % 7; // 0 Sunday … 6 Saturday

export class Calendar {
  /** holidays/workdays: arrays of 'YYYY-MM-DD' or 'YYYY-MM-DD..YYYY-MM-DD' */
  constructor(holidays = [], workdays = []) {
    this.off = new Set();
    this.on = new Set();
    const expand = (list, set) => {
      for (const h of list) {
        const [a, b] = h.split('..');
        for (let d = day(a); d <= day(b ?? a); d++) set.add(d);
      }
    };
    expand(holidays, this.off);
    expand(workdays, this.on);
    this.holidays = holidays;
    this.workdays = workdays;
  }
  isWork(d) {
    if (this.on.has(d)) return true;
    if (this.off.has(d)) return false;
    const w = weekday(d);
    return w !== 0 && w !== 6;
  }
  onOrAfter(d) {
    while (!this.isWork(d)) d++;
    return d;
  }
  nextWorkday(d) {
    return this.onOrAfter(d + 1);
  }
  /** Last day of `n` working days starting at working day `start`. */
  endAfter(start, n) {
    let d = start;
    for (let i = 1; i < n; i++) d = this.nextWorkday(d);
    return d;
  }
}

const CAL_2030 = new Calendar(
  ['2030-01-01', '2030-02-04..2030-02-08', '2030-04-05', '2030-05-01..2030-05-03', '2030-10-01..2030-10-07', '2031-01-01', '2031-01-23..2031-01-29', '2031-10-01..2031-10-07'],
  ['2030-02-09', '2030-09-29', '2031-01-26'],
);
for (const w of CAL_2030.workdays) if (![0, 6].includes(weekday(day(w)))) throw new Error(`make-up workday ${w} is not a weekend day`);

// --- vocabulary -----------------------------------------------------------------------------
export const SURNAMES = [
  ['张', 'zhang'], ['王', 'wang'], ['李', 'li'], ['赵', 'zhao'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'],
];
export const GIVEN = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei'], ['强', 'qiang'], ['军', 'jun'],
  ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['霞', 'xia'],
  ['平', 'ping'], ['刚', 'gang'], ['辉', 'hui'], ['鹏', 'peng'], ['婷', 'ting'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'],
  ['思远', 'siyuan'], ['子涵', 'zihan'], ['建国', 'jianguo'], ['海燕', 'haiyan'], ['志强', 'zhiqiang'], ['晓东', 'xiaodong'],
];
export const VERBS = ['部署', '配置', '联调', '验证', '优化', '迁移', '编写', '评审', '测试', '安装', '调研', '接入', '梳理', '开发', '压测', '加固', '核对', '整理'];
export const OBJECTS = [
  '采集代理', '索引集群', '告警规则', '监管报表', '日志解析规则', 'Kafka 消息总线', '权限与审计', '冷热分层存储', '数据看板',
  '运维手册', '接口文档', '容灾切换方案', '备份策略', '安全基线', '性能基线', '用户账号', '字段映射', '数据字典', '定时任务', '归档策略',
];
export const SYSTEMS = ['核心交易系统', '网银', '手机银行', '信贷系统', '柜面系统', '数据仓库', '支付网关', '客服系统', '办公 OA', '邮件网关', '反洗钱系统', '票据系统'];
export const PHASE_NAMES = {
  kickoff: ['需求调研', '实施方案评审', '环境勘察', '项目计划确认', '干系人访谈'],
  closing: ['参数优化', '产品培训', '阶段性汇报', '数据库备份', '需求初步验收', '培训考试'],
  departure: ['验收报告签署', '离场交接', '满意度调查', '文档移交', '账号回收'],
  'after-sales': ['首次巡检', '技术支持交接', '季度巡检准备', '知识库整理'],
};
export const COMMENTS = ['客户要求提前', '依赖客户防火墙审批', '需与厂商确认版本', '按《运维标准交付检查项》执行', '周会确认', '优先保障上线'];
export const REGIONS = ['华东', '华南', '华北', '西南', '西北', '东北', '华中', '长三角', '珠三角', '京津冀'];
export const INDUSTRIES = [
  ['某城商行', 'bank'], ['某农商行', 'bank'], ['某证券', 'securities'], ['某保险', 'insurance'], ['某电网', 'grid'],
  ['某运营商', 'telecom'], ['某制造集团', 'manufacturing'], ['某三甲医院', 'hospital'], ['某高校', 'university'], ['某物流集团', 'logistics'],
];

export function people(rng, n, used = new Set()) {
  const out = [];
  while (out.length < n) {
    const s = rng.pick(SURNAMES);
    const g = rng.pick(GIVEN);
    let id = `${s[1]}-${g[1]}`;
    for (let k = 2; used.has(id); k++) id = `${s[1]}-${g[1]}${k}`;
    used.add(id);
    out.push({ id, name: `${s[0]}${g[0]}` });
  }
  return out;
}

export const q = (s) => (/[:#,\[\]{}]|^[\s-]|\s$/.test(s) ? JSON.stringify(s) : s);

// --- a plan's tasks: workstreams, each owned by one person, scheduled like the server does ----
/**
 * Returns { lines, tasks, end } where lines are the YAML lines of the `tasks:` list (indent 2).
 * streams: [{ owner, title }]; stream 0 is the PM's (kickoff, management, closing).
 */
function planTasks(rng, { count, streams, start, cal, idPrefix = 'T', lendEvery = 1000, badProgressEvery = 1000, delays = [], flowShare = 0.35, releases = [] }) {
  const tasks = [];
  const byStream = streams.map(() => []);
  const lines = [];
  let n = 0;
  const delayOf = new Map(delays.map((d) => [d.task, d.days]));
  const kickoffId = `${idPrefix}1`;
  for (let s = 0; s < streams.length; s++) {
    const st = streams[s];
    const size = Math.floor((count - n) / (streams.length - s)); // remainder spread evenly
    if (size <= 0) break;
    lines.push(`  # 工作流 ${s + 1}：${st.title}（负责人：${st.ownerName}）`);
    for (let i = 0; i < size; i++) {
      n++;
      const id = `${idPrefix}${n}`;
      const f = i / size;
      const phase = s === 0 && i === 0 ? 'kickoff' : f < 0.06 ? 'kickoff' : f < 0.8 ? 'implementation' : f < 0.9 ? 'closing' : f < 0.97 ? 'departure' : 'after-sales';
      let name;
      if (n === 1) name = '项目启动会';
      else if (phase === 'implementation') {
        name = `${rng.pick(VERBS)}${rng.pick(OBJECTS)}`;
        if (rng.chance(0.6)) name += `（${rng.pick(SYSTEMS)}）`;
        if (rng.chance(0.15)) name += ` 第${rng.int(2, 6)}批`;
      } else name = rng.pick(PHASE_NAMES[phase]);
      const deps = [];
      const prev = byStream[s][byStream[s].length - 1];
      if (prev) deps.push(prev);
      else if (n !== 1) deps.push(tasks[0]); // every workstream starts after the kickoff meeting
      // Diamonds: wait for an earlier task of an earlier workstream, a few steps back in its chain.
      // Only tasks that end by the time this one could start anyway, so that the plan does not
      // stretch with the number of workstreams (a real plan is levelled the same way).
      if (s > 0 && i > 2 && rng.chance(0.3)) {
        const other = byStream[rng.int(0, s - 1)];
        let j = Math.min(other.length - 1, i - rng.int(2, 6));
        while (j >= 0 && other[j].end > prev.end) j--;
        if (j >= 0 && !deps.includes(other[j])) deps.push(other[j]);
      }
      let owner = st.owner;
      // Deliberate over-allocation: lend a task to the owner of the next workstream.
      const lent = lendEvery && n % lendEvery === Math.floor(lendEvery / 2) && streams.length > 1;
      if (lent) owner = streams[(s + 1) % streams.length].owner;
      const duration = rng.pick([1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 10]);
      const durText = duration === 10 && rng.chance(0.5) ? '2w' : `${duration}d`;
      let begin;
      const explicitStart = n === 1;
      if (explicitStart) begin = cal.onOrAfter(start);
      else begin = cal.nextWorkday(Math.max(...deps.map((d) => d.end)));
      const end = cal.endAfter(begin, duration + (delayOf.get(id) ?? 0));
      // Status by position in the workstream (the plan lies in the future, so nothing is overdue).
      let status;
      let progress;
      if (f < 0.3) [status, progress] = ['done', 100];
      else if (f < 0.4) [status, progress] = ['doing', 10 * rng.int(1, 9)];
      else if (rng.chance(0.02)) [status, progress] = ['blocked', 0];
      else [status, progress] = ['todo', 0];
      if (badProgressEvery && n % badProgressEvery === Math.floor(badProgressEvery / 3) && status === 'done') progress = 90;
      const t = { id, name, phase, owner, deps, duration, begin, end, status };
      tasks.push(t);
      byStream[s].push(t);
      const fields = [
        ['id', id],
        ['name', q(name)],
        ['phase', phase],
        ['owner', owner],
      ];
      if (explicitStart) fields.push(['start', fmt(start)]);
      if (deps.length) fields.push(['dependsOn', `[${deps.map((d) => d.id).join(', ')}]`]);
      fields.push(['duration', durText]);
      if (rng.chance(0.5)) fields.push(['priority', rng.pick(['high', 'medium', 'medium', 'low'])]);
      fields.push(['status', status]);
      if (progress || rng.chance(0.5)) fields.push(['progress', String(progress)]);
      if (releases.length && phase === 'implementation' && rng.chance(0.3)) fields.push(['release', rng.pick(releases)]);
      const flow = !lent && rng.chance(flowShare);
      if (flow) {
        lines.push(`  - { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
      } else {
        if (rng.chance(0.04)) lines.push(`  # ${rng.pick(COMMENTS)}`);
        fields.forEach(([k, v], ix) => {
          const c = lent && k === 'owner' ? '   # 临时借调' : k === 'status' && rng.chance(0.05) ? `   # ${rng.pick(COMMENTS)}` : '';
          lines.push(`${ix === 0 ? '  - ' : '    '}${k}: ${v}${c}`);
        });
        if (rng.chance(0.1)) lines.push(`    description: 完成${name}，输出记录并由客户签字确认`);
        if (rng.chance(0.05)) lines.push(`    note: ${rng.pick(COMMENTS)}`);
      }
    }
  }
  const last = Math.max(...tasks.map((t) => t.end));
  return { lines, tasks, end: last, kickoffId };
}

// --- stakeholders and requirements ----------------------------------------------------------
export function stakeholders(rng, prefix, customer, count = 6) {
  const names = people(rng, count);
  const list = [];
  const roles = [
    ['CIO', ['decision-maker'], 'high', 'high', 'supporter'],
    ['行长', ['approver'], 'high', 'low', 'neutral'],
    ['信息安全部经理', ['technical-influencer', 'approver'], 'high', 'high', 'skeptic'],
    ['运维工程师', ['end-user'], 'low', 'high', 'champion'],
    ['采购部经理', ['procurement'], 'medium', 'low', 'neutral'],
    ['开发组长', ['developer'], 'medium', 'medium', 'supporter'],
    ['业务部门主管', ['business-influencer'], 'medium', 'high', 'neutral'],
    ['法务', ['legal'], 'low', 'low', 'neutral'],
  ];
  for (let i = 0; i < count; i++) {
    const [title, r, influence, interest, attitude] = roles[i % roles.length];
    list.push({ id: `${prefix}${names[i].id}`, name: names[i].name, title, roles: r, influence, interest, attitude });
  }
  list[1].reportsTo = undefined;
  list[0].reportsTo = list[1].id;
  for (let i = 2; i < count; i++) list[i].reportsTo = list[i < 4 ? 0 : rng.int(0, 2)].id;
  const out = [`# ${customer}干系人：识别 → 分析 → 管理`, 'kind: stakeholders', `customer: ${customer}`, 'stakeholders:'];
  for (const s of list) {
    if (rng.chance(0.3)) {
      out.push(`  - { id: ${s.id}, name: ${s.name}, title: ${s.title}, org: customer, roles: [${s.roles.join(', ')}], influence: ${s.influence}, interest: ${s.interest}, attitude: ${s.attitude}${s.reportsTo ? `, reportsTo: ${s.reportsTo}` : ''}, strategy: 每月沟通一次进展 }`);
      continue;
    }
    out.push(`  - id: ${s.id}`, `    name: ${s.name}`, `    title: ${s.title}`, '    org: customer', `    roles: [${s.roles.join(', ')}]`);
    out.push(`    influence: ${s.influence}`, `    interest: ${s.interest}`, `    attitude: ${s.attitude}`);
    if (s.reportsTo) out.push(`    reportsTo: ${s.reportsTo}`);
    out.push(`    strategy: ${rng.pick(['每两周当面汇报进展，重点关注合规与成本', '培训后作为内部推广者', '由销售对接合同与付款节点', '邀请参加每周例会，及时同步风险', '安排专题技术交流，解答安全顾虑'])}`);
    if (rng.chance(0.5)) out.push(`    lastContact: ${fmt(day('2030-01-07') + rng.int(0, 300))}`);
  }
  return { text: out.join('\n') + '\n', list };
}

export function requirements(rng, prefix, customer, count, sources, releases) {
  const out = [`# ${customer}需求：每条需求都应可测试（有数字或度量指标）`, 'kind: requirements', `customer: ${customer}`, 'requirements:'];
  const list = [];
  const cats = ['performance', 'reliability', 'availability', 'security', 'maintainability', 'usability', 'compliance', 'scalability'];
  for (let i = 1; i <= count; i++) {
    const id = `${prefix}R${i}`;
    const priority = i <= Math.ceil(count / 2) ? 'must' : rng.pick(['should', 'could']);
    const type = rng.chance(0.5) ? 'functional' : 'non-functional';
    const sys = rng.pick(SYSTEMS);
    const v = rng.int(2, 60);
    const [title, acceptance, metric] = rng.pick([
      [`${sys}日志检索性能`, `100GB/天 数据量下检索 P95 < ${v} 秒`, `{ name: search_p95_seconds, op: "<", value: ${v}, unit: s }`],
      [`${sys}日志采集完整性`, `每天 ${v * 10}GB 日志接入，丢失率 < 0.01%`, null],
      [`${sys}异常告警`, `告警从触发到短信送达不超过 ${v} 秒`, `{ name: alert_latency_seconds, op: "<=", value: ${v}, unit: s }`],
      [`${sys}日志留存`, `原始日志在线保留 ${v * 6} 天，归档保留 3 年`, null],
      [`${sys}报表导出`, `月度监管报表 ${v} 分钟内生成`, null],
    ]);
    list.push({ id, priority });
    out.push(`  - id: ${id}`, `    title: ${title}`, `    type: ${type}`, `    category: ${rng.pick(cats)}`, `    priority: ${priority}`);
    out.push(`    source: ${rng.pick(sources)}`, `    acceptance: ${acceptance}`);
    if (metric) out.push(`    metric: ${metric}`);
    out.push('    scope: in-contract', `    release: ${rng.pick(releases)}`, `    status: ${rng.pick(['proposed', 'agreed', 'agreed', 'implemented', 'verified'])}`);
  }
  return { text: out.join('\n') + '\n', list };
}

// --- a project plan --------------------------------------------------------------------------
function project(rng, { id, title, customer, start, team, streamsOf, taskCount, stakeholderIds, reqs, releasePrefix = '', lendEvery, badProgressEvery, header }) {
  const cal = CAL_2030;
  const releases = [`${releasePrefix}basic`, `${releasePrefix}standard`];
  // Delays on a few early (done) tasks; they lengthen the task and push its successors.
  const delays = [];
  for (let k = 0; k < Math.max(1, Math.floor(taskCount / 500)); k++) delays.push({ task: `T${2 + k * 97}`, days: rng.int(1, 3) });
  const { lines, tasks, end } = planTasks(rng, { count: taskCount, streams: streamsOf, start, cal, lendEvery, badProgressEvery, delays, releases });
  const planEnd = cal.endAfter(end, 5);
  const out = [...header, 'kind: project', `id: ${id}`, `title: ${title}`, `customer: ${customer}`, `start: ${fmt(start)}`, `end: ${fmt(planEnd)}`];
  // China's calendar in use (its lookups on every working-day step), with the plan's own days for 2030 on top.
  out.push('calendar:', '  region: CN', `  holidays: [${cal.holidays.map((h) => (h.includes('..') ? `"${h}"` : h)).join(', ')}]   # 元旦、春节、清明、劳动节、国庆`);
  out.push(`  workdays: [${cal.workdays.join(', ')}]   # 调休上班`);
  out.push(`contract: { signed: ${fmt(start - 7)}, maintenanceMonths: 12, inspectionEvery: quarterly }`, '');
  out.push('team:');
  for (const m of team) out.push(`  - { id: ${m.id}, name: ${m.name}, role: ${m.role} }`);
  out.push('', 'releases:');
  out.push(`  - { id: ${releases[0]}, title: 基础版, date: ${fmt(start + Math.floor((planEnd - start) / 2))} }`);
  out.push(`  - { id: ${releases[1]}, title: 标准版, date: ${fmt(planEnd)} }`, '', 'tasks:');
  out.push(...lines, '');
  out.push('risks:');
  for (let k = 1; k <= Math.max(2, Math.floor(taskCount / 50)); k++) {
    out.push(`  - { id: RK${k}, description: ${rng.pick(['客户防火墙策略审批慢', '报表需求频繁变化', '历史数据质量不佳', '客户运维人员变动', '硬件到货延迟'])}, probability: ${rng.pick(['high', 'medium', 'low'])}, impact: ${rng.pick(['high', 'medium', 'low'])}, mitigation: ${rng.pick(['每周与安全部对齐待开通端口清单', '需求变更走变更流程并评估工期', '提前抽样数据并确认字段映射'])}, owner: ${rng.pick(team).id}, status: ${rng.pick(['open', 'closed'])} }`);
  }
  out.push('', 'changes:');
  for (let k = 1; k <= Math.max(1, Math.floor(taskCount / 100)); k++) {
    const scope = rng.pick(['in-contract', 'next-phase', 'daily-change']);
    out.push(`  - id: CR${k}`, `    date: ${fmt(start + rng.int(5, 60))}`, `    requestedBy: ${rng.pick(stakeholderIds)}`);
    out.push(`    description: ${rng.pick(['新增数据库审计日志接入', '增加企业微信告警通道', '报表增加按机构汇总', '调整日志留存周期'])}`, `    scope: ${scope}`);
    out.push(`    decision: ${rng.pick(['accepted', 'deferred', 'rejected'])}`, `    approvedBy: ${team[0].name}`, `    estimateDays: ${rng.int(1, 10)}`);
  }
  out.push('', 'delays:');
  for (const d of delays) {
    const t = tasks.find((x) => x.id === d.task);
    out.push(`  - { task: ${d.task}, date: ${fmt(t.begin)}, days: ${d.days}, reason: 客户方防火墙端口未按期开通, reportedToSales: ${fmt(t.begin)} }`);
  }
  out.push('', 'training:', `  - { date: ${fmt(planEnd - 14)}, topic: 平台日常运维, attendees: ${rng.int(8, 30)}, signIn: true, exam: true, passRate: 0.9 }`);
  out.push('', 'acceptance:', '  items:');
  const cats = ['analysis', 'storage', 'alert', 'report'];
  const must = reqs.filter((r) => r.priority === 'must');
  must.forEach((r, k) => out.push(`    - { id: A${k + 1}, category: ${cats[k % cats.length]}, requirement: ${r.id}, status: pending }`));
  for (let k = must.length; k < 4; k++) out.push(`    - { id: A${k + 1}, category: ${cats[k]}, status: pending }`);
  out.push('  report: { signed: false }', '', 'inspections:');
  out.push(`  - { due: ${fmt(planEnd + 91)}, done: false }`, `  - { due: ${fmt(planEnd + 182)}, done: false }`);
  return { text: out.join('\n') + '\n', tasks, end: planEnd, releases };
}

// --- a POC (like examples/bank-log.poc.yaml) ------------------------------------------------
function poc(rng, { id, customer, start, squad, stakeholderIds, reqs }) {
  const cal = CAL_2030;
  const [sales, presales, ops, eng] = squad;
  const steps = [
    ['情报收集', 'intelligence', sales, [], 2],
    ['确定 POC 业务场景', 'scenario', presales, [0], 2],
    ['客户方申请机器', 'environment', ops, [0], 3],
    ['任务排期', 'schedule', presales, [1], 1],
    ['软件集成与验证', 'integration', eng, [2, 3], 3],
    ['产品部署与验证', 'deployment', eng, [4], 2],
    ['数据接入与字段映射', 'deployment', eng, [5], 2],
    ['性能压测', 'deployment', ops, [6], 2],
    ['设计演示流程并预演', 'rehearsal', presales, [7], 1],
    ['产品演示', 'demo', presales, [8], 1],
    ['客户评审结论', 'review', sales, [9], 0],
  ];
  // Durations as written (some steps take a day longer at this customer), then the schedule.
  const written = [];
  for (const [name, phase, owner, deps, d] of steps) {
    const dd = d === 0 ? 0 : rng.chance(0.3) ? d + 1 : d;
    const begin = deps.length ? cal.nextWorkday(Math.max(...deps.map((j) => written[j].end))) : cal.onOrAfter(start);
    written.push({ name, phase, owner, deps, dd, begin, end: dd === 0 ? begin : cal.endAfter(begin, dd) });
  }
  const demoTask = written[9];
  const end = cal.endAfter(written[written.length - 1].end, 3);
  const r = reqs.slice(0, 3);
  const out = [
    `# ${customer}日志分析平台 POC（现场 POC）`,
    '# 流程参照《POC 任务流程》：情报收集 → 确定业务场景 → 客户方申请机器 → 任务排期 → 集成 → 部署 → 预演 → 演示 → 评审',
    'kind: poc', `id: ${id}`, `title: ${customer}日志分析平台 POC`, `customer: ${customer}`, 'mode: onsite', 'stage: presentation',
    `start: ${fmt(start)}`, `end: ${fmt(end)}`, '',
    'qualification:', '  financiallyVetted: true', '  purchaseCommitment: true        # 客户确认：达到成功标准即进入采购',
    '  conceptFit: 需要集中检索全行交易日志，并满足审计留存要求', '  stakeholderSupport: CIO 牵头，安全部参与评估', '  referenceCase: 某城商行日志平台项目', '',
    'team:',
    `  - { id: ${sales.id}, name: ${sales.name}, role: sales }`,
    `  - { id: ${presales.id}, name: ${presales.name}, role: presales }`,
    `  - { id: ${ops.id}, name: ${ops.name}, role: ops }`,
    `  - { id: ${eng.id}, name: ${eng.name}, role: engineer }`, '',
    'intelligence:', '  customer:', '    scenarios: 交易日志检索、异常交易告警、监管报表', '    techStack: CentOS 7.9，Oracle 与 MySQL，Kafka 消息总线',
    '    team: 运维部 12 人，熟悉 Shell 与 SQL', '    competitors: 同城两家股份制银行已上线同类平台', '    compliance: 等保三级，日志留存不少于 180 天',
    '    architecture: 两地三中心，采集代理上送', `    budget: 年度预算已批复，一期约 ${rng.int(100, 500)} 万`,
    '  competitors:', '    - { name: 某竞品 A, features: 检索快，告警弱, customers: 多家城商行, strategy: 低价, technology: Elasticsearch, pocResults: 未通过性能测试 }',
    '  market:', '    trends: 日志集中化与可观测性建设', '    technology: 存算分离、冷热分层存储', '    regulations: 等保 2.0、金融数据安全分级指南', '',
    'scenarios:',
    '  - id: S1', '    title: 交易日志实时检索', `    requirements: [${r.slice(0, 2).map((x) => x.id).join(', ')}]`,
    '    data: { sources: 核心交易系统、网银, volume: 100GB/天, format: JSON 与文本日志, location: 生产区日志服务器 }',
    '  - id: S2', '    title: 异常交易实时告警', `    requirements: [${r[2].id}]`, '    data: { sources: 核心交易系统, volume: 20GB/天, format: JSON, location: 生产区 Kafka }', '',
    'successCriteria:',
  ];
  r.forEach((x, k) => {
    out.push(`  - id: SC${k + 1}`, `    description: ${['100GB/天 数据量下检索 P95 小于 3 秒', '日志接入无丢失', '告警在 60 秒内送达'][k]}`);
    out.push(`    metric: ${['search_p95_seconds', 'loss_rate', 'alert_latency_seconds'][k]}`, `    target: "${['< 3', '< 0.01%', '<= 60'][k]}"`);
    out.push('    agreedWithCustomer: true', `    requirement: ${x.id}`, '    result: pending');
  });
  out.push('', 'environment:', '  machines:', '    - { role: indexer, count: 3, cpu: 16, memoryGB: 64, diskGB: 2000, os: CentOS 7.9 }');
  out.push('    - { role: collector, count: 2, cpu: 8, memoryGB: 16, diskGB: 200, os: CentOS 7.9 }', '  network: 生产区到测试区单向开通 9092、9200 端口', '  security: 使用客户提供的堡垒机账号，数据不出行', '  deployment: vm', '');
  out.push('tasks:');
  written.forEach((t, k) => {
    const f = [`id: T${k + 1}`, `name: ${t.name}`, `phase: ${t.phase}`, `owner: ${t.owner.id}`];
    if (!t.deps.length) f.push(`start: ${fmt(start)}`);
    else f.push(`dependsOn: [${t.deps.map((j) => `T${j + 1}`).join(', ')}]`);
    f.push(`duration: ${t.dd}d`, 'status: todo', 'progress: 0');
    out.push(`  - { ${f.join(', ')} }`);
  });
  out.push('', 'risks:', '  - id: RK1', '    description: 客户数据质量不佳，部分日志缺少交易流水号', '    probability: high', '    impact: high');
  out.push('    mitigation: 提前抽样 1 天日志，与客户确认字段映射', `    owner: ${presales.id}`, '    status: open', '');
  out.push('demo:', `  date: ${fmt(demoTask.begin)}`, '  durationMinutes: 30', `  audience: [${stakeholderIds.slice(0, 2).join(', ')}]`, '  storyboard:');
  out.push('    - { step: 实时检索一笔异常交易, painPoint: 排查一笔交易需跨 5 套系统, scenario: S1, minutes: 15 }', '    - { step: 告警从触发到短信送达, painPoint: 异常发现滞后, scenario: S2, minutes: 15 }');
  out.push(`  rehearsal: { date: ${fmt(written[8].begin)}, goals: 全流程跑通且不超时, metrics: 每步时长、检索耗时 }`, '');
  out.push('review:', '  decision: pending');
  return { text: out.join('\n') + '\n', end };
}

// --- checklists ------------------------------------------------------------------------------
export const CHECKLISTS = [
  ['machine-readiness', '客户方机器准备检查', 'environment', ['机器硬件满足产品要求（CPU、内存、磁盘）', '网络连接稳定，可访问各数据源', '安全：账号权限与数据保护已确认', '操作系统与配置正确（CentOS 7.9，内核参数）', '部署环境符合平台要求（虚拟机）', '生产区到测试区防火墙端口开通（9092、9200）']],
  ['deployment-verification', '现场部署验证', 'deployment', ['安装包校验通过', '服务全部启动', '采集链路打通', '检索功能验证', '告警功能验证', '报表功能验证', '性能指标达标']],
  ['demo-rehearsal', '演示预演', 'rehearsal', ['演示脚本定稿', '演示数据准备', '全流程预演计时', '备用方案准备']],
  ['closing', '项目收尾检查', 'closing', ['按《运维标准交付检查项》检查并优化系统后台参数', '整理培训材料及培训考题', '培训前人员签到', '培训后对参训人员进行测试', '准备阶段性汇报材料', '备份数据库', '与客户确认项目验收时间及离场时间']],
  ['departure', '项目离场检查', 'departure', ['验收报告签署', '文档移交', '账号回收', '满意度调查', '离场邮件通知']],
  ['handover', '售后交接', 'after-sales', ['售后联系人确认', '巡检计划确认', '知识库更新', '遗留问题清单移交']],
];
export function checklist(rng, [cid, title, phase, items], { prefix, due, owners }) {
  const out = [`# ${title}`, 'kind: checklist', `id: ${prefix}${cid}`, `title: ${title}`, `phase: ${phase}`, `due: ${fmt(due)}`, 'items:'];
  const grouped = items.length > 5;
  items.forEach((text, k) => {
    const done = rng.chance(0.4);
    const extra = [`owner: ${rng.pick(owners)}`];
    if (rng.chance(0.2)) extra.push(`due: ${fmt(due - rng.int(1, 5))}`);
    if (rng.chance(0.1)) extra.push('required: false');
    const line = `{ id: C${k + 1}, text: ${q(text)}, done: ${done}, ${extra.join(', ')} }`;
    if (grouped && k === 2) out.push('  - group: 关键检查项', '    items:');
    if (grouped && k >= 2 && k < 5) out.push(`      - ${line}`);
    else out.push(`  - ${line}`);
  });
  return out.join('\n') + '\n';
}

// --- workspaces ------------------------------------------------------------------------------
function write(file, text, manifest) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  manifest.bytes += Buffer.byteLength(text);
  manifest.files.push(file);
}

function planFolder(root, n) {
  const rng = new Rng(1000 + n);
  const dir = path.join(root, 'plans', `tasks-${n}`);
  const manifest = { dir, files: [], bytes: 0 };
  const customer = `${rng.pick(REGIONS)}${rng.pick(INDUSTRIES)[0]}`;
  const sh = stakeholders(rng, '', customer, 8);
  const streamCount = Math.max(4, Math.round(n / 50));
  const members = people(rng, streamCount + 2, new Set(sh.list.map((s) => s.id)));
  const team = [
    { ...members[0], role: 'pm' },
    { ...members[1], role: 'sales' },
    ...members.slice(2).map((m, k) => ({ ...m, role: k % 3 === 2 ? 'ops' : 'engineer' })),
  ];
  const streams = [{ owner: team[0].id, ownerName: team[0].name, title: '项目管理' }];
  for (const m of team.slice(2)) streams.push({ owner: m.id, ownerName: m.name, title: `${rng.pick(SYSTEMS)}${rng.pick(['日志接入', '告警建设', '报表开发', '平台部署', '数据迁移'])}` });
  const reqs = requirements(rng, '', customer, Math.max(6, Math.round(n / 100)), sh.list.map((s) => s.id), ['basic', 'standard']);
  const proj = project(rng, {
    id: `bench-${n}`,
    title: `${customer}日志分析平台实施（${n} 个任务）`,
    customer,
    start: day('2030-01-07'),
    team,
    streamsOf: streams,
    taskCount: n,
    stakeholderIds: sh.list.map((s) => s.id),
    reqs: reqs.list,
    lendEvery: Math.min(1000, n),
    badProgressEvery: Math.min(1000, n),
    header: [`# ${customer}日志分析平台实施项目：${n} 个任务（基准测试数据，由 bench/generate.mjs 生成）`, '# 实施阶段：项目启动 → 实施 → 收尾 → 离场 → 售后（巡检）'],
  });
  const planFile = path.join(dir, `bench-${n}.project.yaml`);
  write(planFile, proj.text, manifest);
  write(path.join(dir, `bench-${n}.stakeholders.yaml`), sh.text, manifest);
  write(path.join(dir, `bench-${n}.requirements.yaml`), reqs.text, manifest);
  return { ...manifest, tasks: n, planFile, planBytes: Buffer.byteLength(proj.text), planLines: proj.text.split('\n').length - 1, team: team.length, end: fmt(proj.end) };
}

function bigFolder(root) {
  const rng = new Rng(42);
  const dir = path.join(root, 'folder-1000');
  const manifest = { dir, files: [], bytes: 0 };
  const used = new Set();
  const squads = [];
  for (let s = 0; s < 20; s++) {
    const p = people(rng, 6, used);
    squads.push({ sales: p[0], presales: p[1], ops: p[2], eng: p[3], eng2: p[4], pm: p[5] });
  }
  for (let c = 1; c <= FOLDER_CUSTOMERS; c++) {
    const code = `c${String(c).padStart(3, '0')}`;
    const [ind, indCode] = INDUSTRIES[c % INDUSTRIES.length];
    const customer = `${REGIONS[(c * 7) % REGIONS.length]}${ind}`;
    const cdir = path.join(dir, `${code}-${indCode}`);
    const sq = squads[c % squads.length];
    const sh = stakeholders(rng, `${code}-`, customer, 6);
    const shIds = sh.list.map((s) => s.id);
    const reqs = requirements(rng, `${code.toUpperCase()}-`, customer, rng.int(6, 10), shIds, [`${code}-basic`, `${code}-standard`]);
    const pocStart = day('2030-01-07') + 7 * (c - 1);
    const p = poc(rng, { id: `${code}-poc`, customer, start: pocStart, squad: [sq.sales, sq.presales, sq.ops, sq.eng], stakeholderIds: shIds, reqs: reqs.list });
    const projStart = CAL_2030.onOrAfter(p.end + 14);
    const team = [
      { ...sq.pm, role: 'pm' },
      { ...sq.eng, role: 'engineer' },
      { ...sq.eng2, role: 'engineer' },
      { ...sq.ops, role: 'ops' },
      { ...sq.sales, role: 'sales' },
    ];
    const streams = [
      { owner: sq.pm.id, ownerName: sq.pm.name, title: '项目管理' },
      { owner: sq.eng.id, ownerName: sq.eng.name, title: '日志接入' },
      { owner: sq.eng2.id, ownerName: sq.eng2.name, title: '报表开发' },
      { owner: sq.ops.id, ownerName: sq.ops.name, title: '平台部署' },
    ];
    const proj = project(rng, {
      id: `${code}-impl`,
      title: `${customer}日志分析平台一期实施`,
      customer,
      start: projStart,
      team,
      streamsOf: streams,
      taskCount: rng.int(24, 40),
      stakeholderIds: shIds,
      reqs: reqs.list,
      releasePrefix: `${code}-`,
      // One customer in ten borrows a person of the next workstream: a few over-allocated findings.
      lendEvery: c % 10 === 5 ? 20 : 0,
      badProgressEvery: 0,
      header: [`# ${customer}日志分析平台一期实施项目`],
    });
    write(path.join(cdir, `${indCode}.poc.yaml`), p.text, manifest);
    write(path.join(cdir, `${indCode}.project.yaml`), proj.text, manifest);
    write(path.join(cdir, `${indCode}.stakeholders.yaml`), sh.text, manifest);
    write(path.join(cdir, `${indCode}.requirements.yaml`), reqs.text, manifest);
    const owners = [sq.pm.id, sq.eng.id, sq.eng2.id, sq.ops.id, shIds[3]];
    CHECKLISTS.forEach((cl, k) => {
      const due = k < 3 ? p.end : proj.end;
      write(path.join(cdir, `${cl[0]}.checklist.yaml`), checklist(rng, cl, { prefix: `${code}-`, due, owners }), manifest);
    });
  }
  return manifest;
}

function schemaCheck(root) {
  const dir = path.join(root, 'schema-check');
  const manifest = { dir, files: [], bytes: 0 };
  const text = [
    '# A deliberate schema error on line 6 (0-based 5): mode must be onsite or remote.',
    'kind: poc',
    'id: schema-check-poc',
    'title: 模式校验',
    'customer: 某银行',
    'mode: 现场',
    'start: 2030-01-07',
    'end: 2030-01-18',
    'tasks:',
    '  - { id: T1, name: 情报收集, phase: intelligence, start: 2030-01-07, duration: 2d }',
    '',
  ].join('\n');
  const file = path.join(dir, 'broken.poc.yaml');
  write(file, text, manifest);
  return { ...manifest, file, errorLine: 5, errorKey: 'mode' };
}

/** Generates everything under `root` (replacing what was there); returns the manifest. */
export function generate(root, { sizes = PLAN_SIZES } = {}) {
  fs.rmSync(path.join(root, 'plans'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'folder-1000'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'schema-check'), { recursive: true, force: true });
  const plans = {};
  for (const n of sizes) plans[n] = planFolder(root, n);
  const folder = bigFolder(root);
  const check = schemaCheck(root);
  const manifest = { generatorVersion: GENERATOR_VERSION, root, plans, folder, schemaCheck: check };
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? defaultWorkDir());
  const t0 = Date.now();
  const m = generate(root);
  for (const [n, p] of Object.entries(m.plans)) console.log(`plan of ${n} tasks: ${p.planFile} (${p.planLines} lines, ${(p.planBytes / 1024).toFixed(0)} KiB, team ${p.team}, ends ${p.end})`);
  console.log(`folder: ${m.folder.dir} (${m.folder.files.length} files, ${(m.folder.bytes / 1024).toFixed(0)} KiB)`);
  console.log(`schema check: ${m.schemaCheck.file}`);
  console.log(`generated in ${Date.now() - t0} ms`);
}
