#!/usr/bin/env node
// Writes the settings, commands and the first-run walkthrough (walkthrough-manifest.mjs) of
// package.json, and their English and Chinese texts in package.nls.json / package.nls.zh-cn.json
// (which it owns whole), from the rule registry. Run after adding a rule:
//   npx tsc -p . && node scripts/sync-manifest.mjs
// A unit test fails when the manifest is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { walkthroughs } from './walkthrough-manifest.mjs';

const require = createRequire(import.meta.url);
const { RULES } = require('../out/server/src/core/rules/index.js');
const { DEFAULT_SETTINGS } = require('../out/server/src/core/settings.js');

export function manifest() {
  const en = {};
  const zh = {};
  const t = (key, english, chinese) => {
    en[key] = english;
    zh[key] = chinese;
    return `%${key}%`;
  };
  const ruleProps = {};
  for (const r of RULES) {
    ruleProps[r.id] = {
      type: 'string',
      enum: ['error', 'warning', 'info', 'hint', 'off'],
      default: r.defaultSeverity,
      description: t(`config.rules.${r.id}`, `${r.description.en} (${r.id})`, `${r.description['zh-CN']}（${r.id}）`),
    };
  }
  const properties = {
    'pocStudio.rules': {
      type: 'object',
      default: {},
      additionalProperties: false,
      properties: ruleProps,
      markdownDescription: t(
        'config.rules',
        'Severity of each rule (`error`, `warning`, `info`, `hint`) or `off`. One line can be silenced with `# poc-studio-disable-next-line <rule-id>`.',
        '各规则的严重级别（`error`、`warning`、`info`、`hint`）或 `off` 关闭。单行可用 `# poc-studio-disable-next-line <规则 id>` 忽略。',
      ),
    },
    'pocStudio.locale': {
      type: 'string',
      enum: ['auto', 'zh-CN', 'en'],
      default: DEFAULT_SETTINGS.locale,
      enumDescriptions: [
        t('config.locale.auto', 'Follow VS Code’s display language', '跟随 VS Code 显示语言'),
        t('config.locale.zh', 'Chinese (Simplified)', '简体中文'),
        t('config.locale.en', 'English', '英文'),
      ],
      description: t('config.locale', 'Language of diagnostics, panels and reports.', '诊断、面板和报告使用的语言。'),
    },
    'pocStudio.today': {
      type: 'string',
      default: DEFAULT_SETTINGS.today,
      pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
      markdownDescription: t(
        'config.today',
        'Fixed date (`YYYY-MM-DD`) that date rules such as `overdue` compare with; empty = the real date. Useful to review a plan as of a given day.',
        '日期类规则（如 `overdue`）比较所用的固定日期（`YYYY-MM-DD`）；留空表示使用当天日期。可用于按某一天回看计划。',
      ),
    },
    'pocStudio.demo.maxMinutes': {
      type: 'number',
      default: DEFAULT_SETTINGS.demoMaxMinutes,
      minimum: 1,
      description: t('config.demoMaxMinutes', 'Longest demo, in minutes, before demo-too-long warns (playbook: 30).', '演示时长上限（分钟），超过则 demo-too-long 警告（手册建议 30 分钟）。'),
    },
    // Presales (issue 18).
    'pocStudio.demo.finalMaxMinutes': {
      type: 'number',
      default: DEFAULT_SETTINGS.demoFinalMaxMinutes,
      minimum: 1,
      markdownDescription: t('config.demoFinalMaxMinutes', 'Longest final POC presentation (`demo.final: true`: demo, evaluation and summary), in minutes, before demo-too-long warns.', 'POC 最终演示（演示、评估与总结，在演示中标记为最终演示）的时长上限（分钟），超过则 demo-too-long 警告。'),
    },
    'pocStudio.tenderDeadlineDays': {
      type: 'number',
      default: DEFAULT_SETTINGS.tenderDeadlineDays,
      minimum: 0,
      description: t('config.tenderDeadlineDays', 'Working days before a tender deadline from which tender-matrix-incomplete warns about an incomplete response matrix.', '投标截止前多少个工作日起，应答矩阵不完整时 tender-matrix-incomplete 警告。'),
    },
    'pocStudio.reviewPendingDays': {
      type: 'number',
      default: DEFAULT_SETTINGS.reviewPendingDays,
      minimum: 0,
      description: t('config.reviewPendingDays', 'Working days after the demo (else the POC end) a review may stay without a decision before review-pending warns.', '演示（无演示日期时为 POC 结束）后多少个工作日仍无评审结论时，review-pending 警告。'),
    },
    'pocStudio.acceptance.categories': {
      type: 'array',
      items: { type: 'string', enum: ['analysis', 'storage', 'alert', 'report', 'other'] },
      uniqueItems: true,
      default: DEFAULT_SETTINGS.acceptanceCategories,
      description: t('config.acceptanceCategories', 'Acceptance categories that acceptance-category-missing asks an acceptance item for (default: analysis, storage, alert, report).', 'acceptance-category-missing 要求验收项覆盖的验收类别（默认：分析、存储、告警、报表）。'),
    },
    'pocStudio.changeDecisionDays': {
      type: 'number',
      default: DEFAULT_SETTINGS.changeDecisionDays,
      minimum: 0,
      description: t('config.changeDecisionDays', 'Working days a change request may stay pending before change-undecided warns.', '变更请求可保持待定的工作日数，超过则 change-undecided 警告。'),
    },
    'pocStudio.satisfactionIntervalDays': {
      type: 'number',
      default: DEFAULT_SETTINGS.satisfactionIntervalDays,
      minimum: 1,
      description: t('config.satisfactionIntervalDays', 'Days between customer satisfaction surveys (playbook: monthly).', '客户满意度调查的间隔天数（手册：每月一次）。'),
    },
    'pocStudio.acceptanceSignDays': {
      type: 'number',
      default: DEFAULT_SETTINGS.acceptanceSignDays,
      minimum: 0,
      description: t('config.acceptanceSignDays', 'Working days after departure or the end of the trial run before acceptance-unsigned warns that the acceptance report is not signed.', '离场或试运行结束后的工作日数，超过仍未签署验收报告则 acceptance-unsigned 警告。'),
    },
    'pocStudio.licenseWarnPercent': {
      type: 'number',
      default: DEFAULT_SETTINGS.licenseWarnPercent,
      minimum: 1,
      maximum: 100,
      description: t('config.licenseWarnPercent', 'Share of the licensed daily volume (percent) from which license-limit reminds sales.', '实际日志量达到授权日志量的该百分比时，license-limit 提醒销售。'),
    },
    'pocStudio.satisfactionThreshold': {
      type: 'number',
      default: DEFAULT_SETTINGS.satisfactionThreshold,
      minimum: 0,
      maximum: 10,
      description: t('config.satisfactionThreshold', 'Satisfaction score out of 10 (scaled to each survey) below which sales must follow up (satisfaction-low).', '满意度评分（按 10 分制，按各次调查的满分折算）低于该值时需销售回访（satisfaction-low）。'),
    },
    'pocStudio.weeklyReportGraceDays': {
      type: 'number',
      default: DEFAULT_SETTINGS.weeklyReportGraceDays,
      minimum: 0,
      description: t('config.weeklyReportGraceDays', 'Working days after the end of its week within which a weekly report must be sent to count (weekly-report-missing).', '周报须在当周结束后的该工作日数内发送才算按时（weekly-report-missing）。'),
    },
    'pocStudio.maxFileSizeMB': {
      type: 'number',
      default: DEFAULT_SETTINGS.maxFileSizeMB,
      minimum: 0.001,
      description: t('config.maxFileSizeMB', 'Files larger than this (MB) are not checked.', '超过该大小（MB）的文件不做检查。'),
    },
    'pocStudio.inlayHints.schedule': {
      type: 'boolean',
      default: DEFAULT_SETTINGS.scheduleHints,
      description: t('config.inlayHintsSchedule', "Show each task's computed start and end (and the holidays it crosses) after its duration, dependencies or end.", '在任务的工期、前置任务或结束日期之后显示推算出的开始与结束日期（及所跨节假日）。'),
    },
    'pocStudio.baseline': {
      type: 'string',
      default: DEFAULT_SETTINGS.baseline,
      description: t('config.baseline', 'The baseline plans are compared with, by its name (or file name); empty: the newest one of each plan.', '与计划比较的基线名称（或文件名）；留空则使用每个计划最新的基线。'),
    },
    'pocStudio.company': {
      type: 'string',
      default: DEFAULT_SETTINGS.company,
      description: t('config.company', 'Your company, as the reports name it (Word page footer, the supplier of the acceptance signature block).', '本公司名称，用于报告（文档页脚、验收签字栏的乙方）。'),
    },
    'pocStudio.gantt.followCursor': {
      type: 'boolean',
      default: true,
      description: t('config.ganttFollowCursor', "The schedule panel scrolls to the task under the editor's cursor.", '排期面板随编辑器光标滚动到光标所在的任务。'),
    },
    'pocStudio.trace.server': {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      description: t('config.trace', 'Trace the communication with the language server (Output › POC Studio).', '跟踪与语言服务器的通信（输出 › POC Studio）。'),
    },
  };
  const commands = [
    { command: 'pocStudio.restartServer', title: t('command.restartServer', 'Restart Language Server', '重启语言服务器'), category: 'POC Studio' },
    { command: 'pocStudio.showOutput', title: t('command.showOutput', 'Show Output', '显示输出'), category: 'POC Studio' },
    { command: 'pocStudio.newPocFolder', title: t('command.newPocFolder', 'New POC Folder', '新建 POC 文件夹'), category: 'POC Studio' },
    { command: 'pocStudio.newProject', title: t('command.newProject', 'New Project', '新建实施项目'), category: 'POC Studio' },
    { command: 'pocStudio.showSchedule', title: t('command.showSchedule', 'Show Schedule', '显示排期（甘特图）'), category: 'POC Studio', icon: '$(graph-line)' },
    { command: 'pocStudio.generateReport', title: t('command.generateReport', 'Generate Report', '生成报告'), category: 'POC Studio' },
    { command: 'pocStudio.weeklyReport', title: t('command.weeklyReport', 'Weekly Report', '周报'), category: 'POC Studio' },
    { command: 'pocStudio.pocReport', title: t('command.pocReport', 'POC Summary Report', 'POC 报告'), category: 'POC Studio' },
    { command: 'pocStudio.acceptanceReport', title: t('command.acceptanceReport', 'Acceptance Report', '验收报告'), category: 'POC Studio' },
    { command: 'pocStudio.showStakeholders', title: t('command.showStakeholders', 'Show Stakeholders', '显示干系人图'), category: 'POC Studio', icon: '$(organization)' },
    { command: 'pocStudio.showProgress', title: t('command.showProgress', 'Show Progress', '显示进度（检查清单）'), category: 'POC Studio', icon: '$(checklist)' },
    { command: 'pocStudio.showTeamLoad', title: t('command.showTeamLoad', 'Show Team Load', '显示团队负荷'), category: 'POC Studio', icon: '$(pulse)' },
    { command: 'pocStudio.newChecklist', title: t('command.newChecklist', 'New Checklist from Template', '从模板新建检查清单'), category: 'POC Studio' },
    { command: 'pocStudio.setBaseline', title: t('command.setBaseline', 'Set Baseline', '设置基线'), category: 'POC Studio', icon: '$(milestone)' },
    { command: 'pocStudio.showReportPreview', title: t('command.showReportPreview', 'Open Report Preview', '打开报告预览'), category: 'POC Studio', icon: '$(open-preview)' },
    { command: 'pocStudio.exportXlsx', title: t('command.exportXlsx', 'Export Tasks to Excel', '导出任务到 Excel'), category: 'POC Studio' },
    { command: 'pocStudio.exportCsv', title: t('command.exportCsv', 'Export Tasks as CSV', '导出任务为 CSV 文件'), category: 'POC Studio' },
    { command: 'pocStudio.exportIcs', title: t('command.exportIcs', 'Export Tasks to Calendar (.ics)', '导出任务到日历（.ics 文件）'), category: 'POC Studio' },
    { command: 'pocStudio.exportMspdi', title: t('command.exportMspdi', 'Export to MS Project (XML)…', '导出为项目管理软件计划（XML）…'), category: 'POC Studio' },
    // Issue 19: the first run.
    { command: 'pocStudio.importPlan', title: t('command.importPlan', 'Import Plan…', '导入计划…'), category: 'POC Studio' },
    { command: 'pocStudio.showProblems', title: t('command.showProblems', 'Show Problems of Plans', '显示计划中的问题'), category: 'POC Studio', icon: '$(warning)' },
  ];
  t('config.title', 'POC Studio', 'POC Studio');
  const walkthroughList = walkthroughs(t);
  return { properties, commands, walkthroughs: walkthroughList, en, zh };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { properties, commands, walkthroughs: walkthroughList, en, zh } = manifest();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  pkg.contributes.configuration = { title: '%config.title%', properties };
  pkg.contributes.commands = commands;
  pkg.contributes.walkthroughs = walkthroughList;
  writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
  writeFileSync('package.nls.json', JSON.stringify(en, null, 2) + '\n');
  writeFileSync('package.nls.zh-cn.json', JSON.stringify(zh, null, 2) + '\n');
  console.log(`manifest: ${Object.keys(properties['pocStudio.rules'].properties).length} rules, ${Object.keys(properties).length} settings, ${commands.length} commands, ${walkthroughList[0].steps.length} walkthrough steps`);
}
