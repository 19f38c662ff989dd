// The first-run walkthrough (contributes.walkthroughs) and its texts, for sync-manifest.mjs.
// `t(key, english, chinese)` records both texts for package.nls*.json and returns `%key%`.
// Walkthrough media cannot be localized per language (VS Code reads one file), so each step's
// picture (media/walkthrough/*.svg) has no words; the words are in the nls strings. A line of a
// description holding only a `[label](command:…)` link is drawn as a button.

export const WALKTHROUGH_ID = 'pocStudio.firstRun';

export function walkthroughs(t) {
  const step = (id, command, title, description, alt, extraEvents = []) => ({
    id,
    title: t(`walkthrough.${id}.title`, title[0], title[1]),
    description: t(`walkthrough.${id}.description`, description[0], description[1]),
    media: { svg: `media/walkthrough/${id}.svg`, altText: t(`walkthrough.${id}.alt`, alt[0], alt[1]) },
    completionEvents: [command, ...extraEvents].map((c) => `onCommand:${c}`),
  });
  return [
    {
      id: WALKTHROUGH_ID,
      title: t('walkthrough.title', 'Get started with POC Studio', 'POC Studio 入门'),
      description: t(
        'walkthrough.description',
        'From a customer folder to the weekly report in five steps.',
        '五步上手：从客户文件夹到每周周报。',
      ),
      steps: [
        step(
          'openFolder',
          'pocStudio.newPocFolder',
          ['Open or create a customer folder', '打开或新建客户文件夹'],
          [
            'Each customer gets a folder: the plan (*.poc.yaml or *.project.yaml), the stakeholders, the requirements and the checklists side by side. Start from the playbook’s templates, or bring the plan you already keep in Excel, a CSV export or Microsoft Project (XML).\n[New POC Folder](command:pocStudio.newPocFolder)\n[Import Plan…](command:pocStudio.importPlan)',
            '每个客户一个文件夹：计划、干系人、需求和检查清单放在一起。可以按实施手册的模板新建，也可以把已有的电子表格计划或项目管理软件导出的计划直接导入。\n[新建 POC 文件夹](command:pocStudio.newPocFolder)\n[导入计划…](command:pocStudio.importPlan)',
          ],
          ['A folder holding a plan, stakeholders and checklists', '一个文件夹，内含计划、干系人和检查清单'],
          ['pocStudio.importPlan', 'pocStudio.newProject'],
        ),
        step(
          'findings',
          'pocStudio.showProblems',
          ['See a finding and fix it', '查看问题并修正'],
          [
            'Plans are checked against the playbook as you type. Findings are underlined in the editor and listed in the Problems view; the POC Studio item in the status bar counts the errors and warnings of all your plans. Put the cursor on an underlined line: where a fix exists a light bulb appears — click it (or press Ctrl+., ⌘. on macOS) and pick the fix.\n[Open the Problems view](command:pocStudio.showProblems)',
            '输入时即按实施手册检查计划。发现的问题在编辑器中以波浪线标出，并列在“问题”面板里；状态栏上的计数就是所有计划的错误和警告数。把光标放到带波浪线的行上：能自动修正时会出现一个灯泡，点击灯泡（或按 Ctrl+.，苹果电脑按 ⌘.）选择修正方式即可。\n[打开问题面板](command:pocStudio.showProblems)',
          ],
          ['A plan line underlined, with a light bulb offering a fix', '计划中一行带波浪线，旁边的灯泡给出修正'],
          ['workbench.actions.view.problems'],
        ),
        step(
          'schedule',
          'pocStudio.showSchedule',
          ['Open the schedule', '查看排期'],
          [
            'The Gantt chart of the plan: the computed dates, the critical path, holidays and make-up working days, and the baseline once there is one. Dragging a bar changes the task in the plan.\n[Show Schedule](command:pocStudio.showSchedule)',
            '查看计划的甘特图：推算出的日期、关键路径、节假日与调休上班日，设置基线后还会显示基线。拖动任务条即可直接修改计划中的任务。\n[显示排期](command:pocStudio.showSchedule)',
          ],
          ['A Gantt chart with a critical path', '带关键路径的甘特图'],
        ),
        step(
          'baseline',
          'pocStudio.setBaseline',
          ['Set a baseline', '设置基线'],
          [
            'When the customer has agreed the plan, set a baseline: a snapshot of its dates, saved next to the plan. From then on each task shows how far it slipped, and the weekly report says what moved.\n[Set Baseline](command:pocStudio.setBaseline)',
            '客户认可计划后，设置一条基线：把当前的计划日期存成快照，保存在计划文件旁边。此后每个任务都会显示比基线延后了多少，周报也会写明哪些任务有变化。\n[设置基线](command:pocStudio.setBaseline)',
          ],
          ['Bars of a plan over the bars of its baseline', '计划任务条与基线任务条的对比'],
        ),
        step(
          'weeklyReport',
          'pocStudio.weeklyReport',
          ['Generate the weekly report', '生成周报'],
          [
            'The week’s progress, the delays and what they affect, next week’s tasks, risks and pending changes — in the customer’s or the internal edition, ready to send.\n[Weekly Report](command:pocStudio.weeklyReport)',
            '本周进展、延期及其影响、下周任务、风险和待定的变更一并写入周报，可生成客户版或内部版，直接发送即可。\n[生成周报](command:pocStudio.weeklyReport)',
          ],
          ['A weekly report with a progress chart', '带进度图的周报'],
        ),
      ],
    },
  ];
}
