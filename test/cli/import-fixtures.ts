/**
 * Source files of the import tests, written by the tests themselves: workbooks with exceljs,
 * a GBK CSV with iconv-lite, a zip bomb with zlib; and the bundled CLI run as a child process.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';

const REPO = path.resolve(__dirname, '../../..');
export const BIN = path.join(REPO, 'bin', 'poc-studio.js');

export function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(!r.error, String(r.error));
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * The Excel plan of a Chinese team: a merged title, a blank row, the header on row 3, Excel date
 * cells and text dates, predecessors by 序号, by WBS and by name, progress as fractions, Chinese
 * status words, an unknown column, a WBS group row. The dates the source says are SOURCE_DATES.
 */
export async function chineseWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('实施计划');
  wb.addWorksheet('说明').addRow(['本表由项目经理维护']);
  ws.mergeCells('A1:J1');
  ws.getCell('A1').value = '某银行日志平台一期实施计划';
  ws.addRow([]);
  ws.addRow(['序号', 'WBS', '任务名称', '负责人', '开始时间', '完成时间', '工期', '前置任务', '状态', '完成百分比', '颜色']);
  const rows: unknown[][] = [
    [1, '1', '项目启动'],
    [2, '1.1', '项目启动会', '孙七', d('2027-03-01'), d('2027-03-01'), 1, '', '已完成', 1, '绿'],
    [3, '1.2', '需求调研', '李四', '2027/3/2', '2027年3月4日', '3天', '2', '已完成', 1],
    [4, '2', '实施部署'],
    [5, '2.1', '环境部署', '赵六', d('2027-03-05'), d('2027-03-09'), 3, '1.2', '进行中', 0.5],
    [6, '2.2', '日志接入', '赵六、王五', '2027-03-10', '2027-03-16', '5 个工作日', '5', '未开始', 0],
    [7, '2.3', '告警规则配置', '王五', '2027-03-12', '2027-03-18', 5, '环境部署', '未开始', 0],
    [8, '2.4', '报表开发', '李四', '2027-03-19', '2027-03-25', 5, '6、7', '暂停', 0.2],
    [9, '3', '上线', '孙七', '2027-03-26', '2027-03-26', 0, '8', '未开始', 0],
  ];
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

export const SOURCE_DATES: Record<string, [string, string]> = {
  T2: ['2027-03-01', '2027-03-01'],
  T3: ['2027-03-02', '2027-03-04'],
  T5: ['2027-03-05', '2027-03-09'],
  T6: ['2027-03-10', '2027-03-16'],
  T7: ['2027-03-12', '2027-03-18'],
  T8: ['2027-03-19', '2027-03-25'],
  T9: ['2027-03-26', '2027-03-26'],
};

/** A CSV as Excel saves it on Chinese Windows (GBK), the header under a title line; predecessors by row number. */
export function gbkCsv(file: string): void {
  const text = [
    '某券商交易日志 POC 计划,,,,,',
    ',,,,,',
    '任务,执行人,计划开始,计划完成,前置,进度',
    '情报收集,张三,2027-04-01,2027-04-02,,100%',
    '环境准备,王五,2027-04-05,2027-04-07,4,50%',
    '"部署与对接, 第一轮",王五,2027-04-08,2027-04-09,5,0%',
    '演示,李四,2027-04-12,2027-04-12,6,0%',
  ].join('\r\n');
  fs.writeFileSync(file, iconv.encode(text, 'gbk'));
}

/** A zip whose one part inflates 1000 times (a zip bomb named .xlsx). */
export function zipBomb(file: string): void {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const raw = Buffer.alloc(64 * 1024 * 1024, 0x20);
  const packed = zlib.deflateRawSync(raw, { level: 9 });
  const crc = zlib.crc32 ? zlib.crc32(raw) : 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(raw.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(raw.length, 24);
  central.writeUInt16LE(name.length, 28);
  const cdOffset = local.length + name.length + packed.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  fs.writeFileSync(file, Buffer.concat([local, name, packed, central, name, eocd]));
}

/**
 * Microsoft Project XML as MS Project saves it: a summary task per phase, a holiday exception
 * (清明节 2027-04-05), FS links, an SS link with a 2-day lag, a milestone at 17:00 of its
 * predecessor's last day, two resources with assignments.
 */
export const MS_PROJECT_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>券商实施计划.xml</Name>
  <Title>某券商交易日志平台实施</Title>
  <StartDate>2027-04-01T08:00:00</StartDate>
  <FinishDate>2027-04-15T17:00:00</FinishDate>
  <MinutesPerDay>480</MinutesPerDay>
  <MinutesPerWeek>2400</MinutesPerWeek>
  <CalendarUID>1</CalendarUID>
  <Calendars>
    <Calendar>
      <UID>1</UID><Name>标准</Name><IsBaseCalendar>1</IsBaseCalendar>
      <WeekDays>
        <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
        <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking></WeekDay>
        <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking></WeekDay>
        <WeekDay><DayType>4</DayType><DayWorking>1</DayWorking></WeekDay>
        <WeekDay><DayType>5</DayType><DayWorking>1</DayWorking></WeekDay>
        <WeekDay><DayType>6</DayType><DayWorking>1</DayWorking></WeekDay>
        <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
      </WeekDays>
      <Exceptions>
        <Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod><FromDate>2027-04-05T00:00:00</FromDate><ToDate>2027-04-05T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences><Name>清明节</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>
      </Exceptions>
    </Calendar>
  </Calendars>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>某券商交易日志平台实施</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>1</UID><ID>1</ID><Name>项目启动</Name><OutlineNumber>1</OutlineNumber><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Start>2027-04-01T08:00:00</Start><Finish>2027-04-07T17:00:00</Finish></Task>
    <Task><UID>2</UID><ID>2</ID><Name>启动会</Name><OutlineNumber>1.1</OutlineNumber><OutlineLevel>2</OutlineLevel><Start>2027-04-01T08:00:00</Start><Finish>2027-04-01T17:00:00</Finish><Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat><PercentComplete>100</PercentComplete><Milestone>0</Milestone><Summary>0</Summary></Task>
    <Task><UID>3</UID><ID>3</ID><Name>需求调研</Name><OutlineNumber>1.2</OutlineNumber><OutlineLevel>2</OutlineLevel><Start>2027-04-02T08:00:00</Start><Finish>2027-04-07T17:00:00</Finish><Duration>PT24H0M0S</Duration><DurationFormat>7</DurationFormat><PercentComplete>50</PercentComplete><Milestone>0</Milestone><Summary>0</Summary><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
    <Task><UID>4</UID><ID>4</ID><Name>实施部署</Name><OutlineNumber>2</OutlineNumber><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>5</UID><ID>5</ID><Name>环境部署</Name><OutlineNumber>2.1</OutlineNumber><OutlineLevel>2</OutlineLevel><Start>2027-04-08T08:00:00</Start><Finish>2027-04-14T17:00:00</Finish><Duration>PT40H0M0S</Duration><DurationFormat>7</DurationFormat><PercentComplete>0</PercentComplete><Summary>0</Summary><PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
    <Task><UID>6</UID><ID>6</ID><Name>日志接入</Name><OutlineNumber>2.2</OutlineNumber><OutlineLevel>2</OutlineLevel><Start>2027-04-12T08:00:00</Start><Finish>2027-04-13T17:00:00</Finish><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat><PercentComplete>0</PercentComplete><Summary>0</Summary><PredecessorLink><PredecessorUID>5</PredecessorUID><Type>3</Type><LinkLag>9600</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
    <Task><UID>7</UID><ID>7</ID><Name>上线</Name><OutlineNumber>3</OutlineNumber><OutlineLevel>1</OutlineLevel><Start>2027-04-14T17:00:00</Start><Finish>2027-04-14T17:00:00</Finish><Duration>PT0H0M0S</Duration><DurationFormat>7</DurationFormat><Milestone>1</Milestone><Summary>0</Summary><PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type></PredecessorLink><PredecessorLink><PredecessorUID>6</PredecessorUID><Type>1</Type></PredecessorLink></Task>
  </Tasks>
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>
    <Resource><UID>1</UID><ID>1</ID><Name>张三</Name><Type>1</Type></Resource>
    <Resource><UID>2</UID><ID>2</ID><Name>李四</Name><Type>1</Type></Resource>
  </Resources>
  <Assignments>
    <Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units></Assignment>
    <Assignment><UID>2</UID><TaskUID>3</TaskUID><ResourceUID>2</ResourceUID><Units>1</Units></Assignment>
    <Assignment><UID>3</UID><TaskUID>5</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units></Assignment>
    <Assignment><UID>4</UID><TaskUID>6</TaskUID><ResourceUID>2</ResourceUID><Units>1</Units></Assignment>
    <Assignment><UID>5</UID><TaskUID>7</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units></Assignment>
  </Assignments>
</Project>
`;

/** What the MS Project file says, as the plan schedules it (the milestone: the next working day's start). */
export const MS_PROJECT_DATES: Record<string, [string, string]> = {
  T2: ['2027-04-01', '2027-04-01'],
  T3: ['2027-04-02', '2027-04-07'],
  T5: ['2027-04-08', '2027-04-14'],
  T6: ['2027-04-12', '2027-04-13'],
  T7: ['2027-04-15', '2027-04-15'],
};
