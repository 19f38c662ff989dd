/**
 * Microsoft Project XML (MSPDI: what MS Project and ProjectLibre save as XML) as an ImportedPlan
 * (core/import/types.ts), which yaml-out.ts writes as a plan and verify.ts checks against the
 * source's dates. The XML itself is read safely in mspdi-xml.ts, the calendar in mspdi-calendar.ts.
 *
 * Decisions:
 * - The project summary task (UID 0 / OutlineLevel 0) and empty rows (IsNull) are skipped. Summary
 *   tasks are not tasks of the plan: a summary's name is the phase of the tasks under it when it
 *   maps to a phase (the nearest such summary wins), else a comment `阶段：<name>` above its first
 *   task. One info note counts them. A link from or to a summary applies to every task under it.
 * - Ids: `T<ID>` (the MSPDI ID, else the UID), made unique with `-2`, `-3` …
 * - Durations: minutes at the project's MinutesPerDay (default 480) as working days, rounded to
 *   half a day (an info note when rounded); elapsed durations are counted as working days from
 *   24-hour days, with a warning. Milestone=1 or a zero duration is a milestone (0 days); one at
 *   the end of a working day (17:00, the DefaultFinishTime) is dated the next working day, where the
 *   plan's schedule puts a milestone after a task that ends that day.
 * - Finish-to-start links without lag are `dependsOn`; other types and any lag are a comment on the
 *   task (`原计划：开始-开始 T3，延隔 2 个工作日`) and one warning per task; a link to an unknown UID is
 *   a warning.
 * - Owner: of the task's work-resource assignments the one with the largest Units (the first on a
 *   tie); the others are a comment `其他资源：…`. Every named work resource is a team member.
 * - Comments are given without the leading `#`, in Chinese (`comments`) and English (`commentsEn`).
 */
import { formatDate, parseDate, parseDateOrRange, WorkCalendar } from '../core/dates';
import { note, WHOLE_FILE, type ImportedMember, type ImportedPlan, type ImportedTask } from '../core/import/types';
import { readCalendar } from './mspdi-calendar';
import { dateOf, listOf, nodeOf, numberOf, parseMspdiXml, textOf, type XmlNode } from './mspdi-xml';
import { dayText, durationMinutes, halfDays, isElapsedFormat, LINK_TYPES, personId, phaseOf, planIdOf } from './mspdi-values';

/** More tasks than this are refused. */
export const MAX_TASKS = 20_000;

export interface MspdiOptions {
  kind?: 'poc' | 'project';
}

interface Summary {
  level: number;
  name: string;
  phase?: string;
  commented: boolean;
  leaves: ImportedTask[];
}

interface Leaf {
  task: ImportedTask;
  node: XmlNode;
  uid: string;
}

const taskWhere = (uid: string) => ({ en: `<Task> UID ${uid}`, zh: `唯一标识号为 ${uid} 的任务` });

function status(progress: number | undefined): ImportedTask['status'] {
  if (progress === undefined) return undefined;
  return progress >= 100 ? 'done' : progress <= 0 ? 'todo' : 'doing';
}

export function readMspdi(xml: string, fileName: string, options: MspdiOptions = {}): ImportedPlan {
  const kind = options.kind ?? 'project';
  const id = planIdOf(fileName);
  const plan: ImportedPlan = { kind, id, title: id, holidays: [], workdays: [], team: [], tasks: [], notes: [], source: { format: 'mspdi', file: fileName } };
  const parsed = parseMspdiXml(xml);
  if (!parsed.ok) {
    plan.notes.push(...parsed.notes);
    return plan;
  }
  const project = nodeOf(parsed.root, 'Project');
  if (!project) {
    plan.notes.push(note('error', WHOLE_FILE, 'Not a Microsoft Project XML file: its root element is not <Project>.', '不是项目管理软件导出的 XML 文件：根元素不是 <Project>。'));
    return plan;
  }
  const tasksNode = nodeOf(project, 'Tasks');
  if (!tasksNode) {
    plan.notes.push(note('error', { en: '<Project>', zh: '<Project>' }, 'The file has no <Tasks>: there is nothing to import.', '文件中没有 <Tasks> 元素，没有可导入的任务。'));
    return plan;
  }
  const rawTasks = listOf(tasksNode, 'Task');
  if (rawTasks.length > MAX_TASKS) {
    plan.notes.push(note('error', { en: '<Tasks>', zh: '<Tasks>' }, `The file has ${rawTasks.length} tasks; at most ${MAX_TASKS} are imported.`, `文件中有 ${rawTasks.length} 个任务，最多导入 ${MAX_TASKS} 个。`));
    return plan;
  }
  plan.title = textOf(project, 'Title').trim() || textOf(project, 'Name').trim().replace(/\.xml$/i, '') || id;
  plan.start = dateOf(project, 'StartDate');
  plan.end = dateOf(project, 'FinishDate');
  const company = textOf(project, 'Company').trim();
  if (company) plan.customer = company;
  const minutesPerDay = (numberOf(project, 'MinutesPerDay') ?? 0) > 0 ? numberOf(project, 'MinutesPerDay')! : 480;

  const calendar = readCalendar(project);
  plan.holidays = calendar.holidays;
  plan.workdays = calendar.workdays;
  plan.notes.push(...calendar.notes);
  const ranges = (list: string[]) => list.map((r) => parseDateOrRange(r)).filter((r): r is [number, number] => r !== undefined);
  const workCalendar = new WorkCalendar(ranges(plan.holidays), ranges(plan.workdays));
  const finishTime = textOf(project, 'DefaultFinishTime').trim() || '17:00:00';

  // Tasks in file order; summaries give phases and comments to the tasks under them.
  const leaves: Leaf[] = [];
  const byUid = new Map<string, { leaves: ImportedTask[]; node: XmlNode; summary: boolean }>();
  const stack: Summary[] = [];
  const summaries: Summary[] = [];
  const ids = new Set<string>();
  for (const node of rawTasks) {
    const uid = textOf(node, 'UID').trim();
    const level = numberOf(node, 'OutlineLevel') ?? 1;
    if (uid === '0' || level === 0 || textOf(node, 'IsNull').trim() === '1') continue;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const name = textOf(node, 'Name').trim();
    if (textOf(node, 'Summary').trim() === '1') {
      const s: Summary = { level, name, phase: phaseOf(name, kind), commented: false, leaves: [] };
      stack.push(s);
      summaries.push(s);
      if (uid) byUid.set(uid, { leaves: s.leaves, node, summary: true });
      continue;
    }
    const task = readTask(node, uid, name, ids, minutesPerDay, plan);
    if (task.milestone) milestoneDay(task, node, finishTime, workCalendar);
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].phase) {
      task.phase = stack[i].phase;
      break;
    }
    for (const s of stack) {
      s.leaves.push(task);
      if (!s.phase && !s.commented && s.name) {
        s.commented = true;
        task.comments.push(`阶段：${s.name}`);
        task.commentsEn!.push(`Phase: ${s.name}`);
      }
    }
    plan.tasks.push(task);
    leaves.push({ task, node, uid });
    if (uid) byUid.set(uid, { leaves: [task], node, summary: false });
  }
  if (summaries.length) {
    const phases = summaries.filter((s) => s.phase).length;
    const n = summaries.length;
    plan.notes.push(
      note(
        'info',
        WHOLE_FILE,
        `${n} summary task${n === 1 ? ' was' : 's were'} dropped: ${phases} became the phase of the tasks under ${phases === 1 ? 'it' : 'them'}, ${n - phases} a comment above ${n - phases === 1 ? 'its' : 'their'} first task.`,
        `已去掉 ${n} 个摘要任务：其中 ${phases} 个作为下属任务的阶段，${n - phases} 个作为注释写在其第一个任务上方。`,
      ),
    );
  }

  readLinks(leaves, byUid, minutesPerDay, plan);
  readOwners(project, plan);
  return plan;
}

/**
 * A milestone MS Project puts at the end of a working day (after its predecessor, at 17:00) is, in
 * the plan, the start of the next working day (a milestone is a point at the start of its date).
 */
function milestoneDay(task: ImportedTask, node: XmlNode, finishTime: string, cal: WorkCalendar): void {
  const start = textOf(node, 'Start').trim();
  const day = parseDate(task.sourceStart);
  if (day === undefined || start.length < 19 || start.slice(11, 19) < finishTime.slice(0, 8)) return;
  task.sourceStart = task.sourceEnd = formatDate(cal.nextWorkday(day));
}

function readTask(node: XmlNode, uid: string, name: string, ids: Set<string>, minutesPerDay: number, plan: ImportedPlan): ImportedTask {
  const where = taskWhere(uid || '?');
  const num = textOf(node, 'ID').trim() || uid || String(plan.tasks.length + 1);
  let id = `T${num.replace(/[^A-Za-z0-9_.-]/g, '')}`;
  if (ids.has(id)) {
    let n = 2;
    while (ids.has(`${id}-${n}`)) n++;
    id = `${id}-${n}`;
  }
  ids.add(id);
  const task: ImportedTask = {
    id,
    name: name || (uid ? `UID ${uid}` : id),
    dependsOn: [],
    source: { en: `UID ${uid || '?'}`, zh: `唯一标识号 ${uid || '?'}` },
    comments: [],
    commentsEn: [],
  };
  task.sourceStart = dateOf(node, 'Start');
  task.sourceEnd = dateOf(node, 'Finish');
  const minutes = durationMinutes(textOf(node, 'Duration'));
  const milestoneFlag = textOf(node, 'Milestone').trim() === '1';
  if (minutes === undefined && !milestoneFlag) {
    if (textOf(node, 'Duration').trim())
      plan.notes.push(note('warning', where, `The duration "${textOf(node, 'Duration').trim().slice(0, 40)}" cannot be read.`, `无法读取工期“${textOf(node, 'Duration').trim().slice(0, 40)}”。`));
  } else if (milestoneFlag || minutes === 0) {
    task.milestone = true;
    task.duration = 0;
  } else {
    const elapsed = isElapsedFormat(numberOf(node, 'DurationFormat'));
    const exact = Math.max(0, minutes!) / (elapsed ? 1440 : minutesPerDay);
    const days = Math.max(0.5, halfDays(exact));
    task.duration = days;
    if (elapsed)
      plan.notes.push(
        note('warning', where, `"${task.name}" has an elapsed duration (${dayText(exact)} calendar days), computed as ${dayText(days)} working days: its dates may differ.`, `“${task.name}”的工期按日历天计（${dayText(exact)} 天），导入后按 ${dayText(days)} 个工作日计算，日期可能不同。`),
      );
    else if (Math.abs(days - exact) > 1e-6)
      plan.notes.push(note('info', where, `The duration of "${task.name}" (${dayText(exact)} working days) was rounded to ${dayText(days)}.`, `“${task.name}”的工期（${dayText(exact)} 个工作日）已取整为 ${dayText(days)} 个工作日。`));
  }
  const pct = numberOf(node, 'PercentComplete');
  if (pct !== undefined) {
    task.progress = Math.min(100, Math.max(0, Math.round(pct)));
    task.status = status(task.progress);
  }
  return task;
}

function readLinks(leaves: Leaf[], byUid: Map<string, { leaves: ImportedTask[]; node: XmlNode; summary: boolean }>, minutesPerDay: number, plan: ImportedPlan): void {
  // A summary's own links apply to every task under it.
  const linksOf = new Map<ImportedTask, XmlNode[]>();
  for (const l of leaves) linksOf.set(l.task, [...listOf(l.node, 'PredecessorLink')]);
  for (const entry of byUid.values())
    if (entry.summary) for (const t of entry.leaves) linksOf.get(t)?.push(...listOf(entry.node, 'PredecessorLink'));
  for (const { task, uid } of leaves) {
    const kept: { en: string; zh: string }[] = [];
    for (const link of linksOf.get(task) ?? []) {
      const pred = textOf(link, 'PredecessorUID').trim();
      const target = byUid.get(pred);
      if (!target || textOf(link, 'CrossProject').trim() === '1') {
        plan.notes.push(note('warning', taskWhere(uid || '?'), `"${task.name}" has a predecessor UID ${pred || '?'} that is no task of this file; the link is left out.`, `“${task.name}”的前置任务（唯一标识 ${pred || '?'}）不在本文件中，已忽略该依赖。`));
        continue;
      }
      const predIds = target.leaves.filter((t) => t !== task).map((t) => t.id);
      if (!predIds.length) continue;
      const type = numberOf(link, 'Type') ?? 1;
      const lag = numberOf(link, 'LinkLag') ?? 0;
      if (type === 1 && lag === 0) {
        for (const p of predIds) if (!task.dependsOn.includes(p)) task.dependsOn.push(p);
        continue;
      }
      const kind = LINK_TYPES[type] ?? { en: `type ${type}`, zh: `类型 ${type}` };
      const elapsed = isElapsedFormat(numberOf(link, 'LagFormat'));
      const lagDays = lag / 10 / (elapsed ? 1440 : minutesPerDay);
      const lagEn = lag === 0 ? '' : `, lag ${dayText(lagDays)} ${elapsed ? 'calendar' : 'working'} days`;
      const lagZh = lag === 0 ? '' : `，延隔 ${dayText(lagDays)} 个${elapsed ? '日历天' : '工作日'}`;
      const en = `${kind.en} ${predIds.join(', ')}${lagEn}`;
      const zh = `${kind.zh} ${predIds.join('、')}${lagZh}`;
      task.comments.push(`原计划：${zh}`);
      task.commentsEn!.push(`In the source: ${en}`);
      kept.push({ en, zh });
    }
    if (kept.length)
      plan.notes.push(
        note(
          'warning',
          taskWhere(uid || '?'),
          `"${task.name}": ${kept.map((k) => k.en).join('; ')} is not a finish-to-start dependency; kept as a comment, not in dependsOn: its dates may differ.`,
          `“${task.name}”：${kept.map((k) => k.zh).join('；')}不是完成-开始依赖，已作为注释保留、未写入前置任务，日期可能不同。`,
        ),
      );
  }
}

function readOwners(project: XmlNode, plan: ImportedPlan): void {
  const members = new Map<string, ImportedMember>();
  const taken = new Set<string>();
  for (const r of listOf(nodeOf(project, 'Resources'), 'Resource')) {
    const uid = textOf(r, 'UID').trim();
    const name = textOf(r, 'Name').trim();
    const type = numberOf(r, 'Type') ?? 1;
    if (!uid || !name || type !== 1 || textOf(r, 'IsNull').trim() === '1' || members.has(uid)) continue;
    const m = { id: personId(name, taken), name };
    members.set(uid, m);
    plan.team.push(m);
  }
  const byTaskUid = new Map<string, { member: ImportedMember; units: number }[]>();
  for (const a of listOf(nodeOf(project, 'Assignments'), 'Assignment')) {
    const member = members.get(textOf(a, 'ResourceUID').trim());
    const taskUid = textOf(a, 'TaskUID').trim();
    if (!member || !taskUid) continue;
    const list = byTaskUid.get(taskUid) ?? [];
    if (!list.some((x) => x.member === member)) list.push({ member, units: numberOf(a, 'Units') ?? 1 });
    byTaskUid.set(taskUid, list);
  }
  for (const task of plan.tasks) {
    const uid = task.source.en.replace(/^UID /, '');
    const list = [...(byTaskUid.get(uid) ?? [])].sort((a, b) => b.units - a.units);
    if (!list.length) continue;
    task.owner = list[0].member.id;
    if (list.length > 1) {
      const others = list.slice(1).map((x) => x.member.name);
      task.comments.push(`其他资源：${others.join('、')}`);
      task.commentsEn!.push(`Other resources: ${others.join(', ')}`);
    }
  }
}
