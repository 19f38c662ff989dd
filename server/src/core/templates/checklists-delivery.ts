/**
 * The implementation checklist templates (DOMAIN.md "Built-in templates"), from seed 001: closing,
 * trial run (试运行), departure, final acceptance (终验) and after-sales handover, in the order of
 * the playbook (the trial run starts in closing and usually goes on remotely after departure; the
 * final acceptance follows it; maintenance starts with it).
 */
import type { ChecklistTemplate } from './checklists';
import { L, group, item } from './checklists-build';

export const DELIVERY_TEMPLATES: ChecklistTemplate[] = [
  {
    id: 'closing',
    title: L('项目收尾检查', 'Project closing'),
    description: L(
      '平台进入试运行：参数优化、产品培训、阶段性汇报、确认验收与离场时间、备份数据库（项目收尾阶段）。',
      'The platform enters trial operation: parameter tuning, product training, interim report, acceptance and departure dates, database backup (closing).',
    ),
    phase: 'closing',
    source: L('《实施项目流程》项目收尾阶段', 'Implementation playbook, project closing'),
    entries: [
      group('参数优化', 'Parameter tuning', [
        item('C1', '根据《运维标准交付检查项》对系统后台参数进行检查优化', 'System parameters checked and tuned against the standard ops delivery checklist'),
      ]),
      group('产品培训', 'Product training', [
        item('C2', '整理培训材料及培训考题', 'Training material and exam questions prepared'),
        item('C3', '培训前人员签到', 'Attendees signed in before the training'),
        item('C4', '培训完毕后对参训人员进行测试', 'Attendees tested after the training'),
      ]),
      group('阶段性汇报', 'Interim report', [
        item('C5', '准备项目阶段性汇报材料', 'Interim report material prepared'),
        item('C6', '进行阶段性汇报及需求初步验收', 'Interim report given and requirements preliminarily accepted'),
        item('C7', '根据汇报及验收结果完善优化，再验收直到最初确认的需求全部实现', 'Improved after the report and acceptance, re-accepted until every requirement agreed at the start is met'),
      ]),
      group('试运行', 'Trial operation', [
        item('C8', '项目相关资料准备，完善项目信息记录', 'Project documents prepared and the project record completed'),
        item('C9', '观察平台运行情况', 'Platform operation observed'),
        item('C10', '备份数据库', 'Database backed up'),
      ]),
      item('C11', '与客户确认项目验收时间及离场时间', 'Acceptance date and departure date confirmed with the customer'),
    ],
  },
  {
    id: 'trial-run',
    title: L('试运行检查', 'Trial run'),
    description: L(
      '平台试运行期间：确认试运行起止与验收时间，远程支持，监控运行情况，记录并处理问题，编写试运行报告（客户可能要求试运行一段时间后再验收）。',
      'During the trial run: agree its dates and the acceptance date, remote support, monitor the platform, record and solve problems, write the trial-run report (the customer may want a trial run before acceptance).',
    ),
    phase: 'closing',
    source: L('《实施项目流程》项目收尾阶段、项目离场阶段（试运行）', 'Implementation playbook, project closing and departure (trial run)'),
    entries: [
      group('试运行安排', 'Arrangements', [
        item('TR1', '与客户确认试运行起止时间及试运行结束后的验收时间', 'Trial-run start and end dates, and the acceptance date after it, agreed with the customer'),
        item('TR2', '试运行开始前备份数据库', 'Database backed up before the trial run'),
        item('TR3', '实施人员离场后试运行转为远程支持，支持方式和联系人已与客户确认', 'After the engineers leave, the trial run goes on with remote support: how and whom to contact agreed with the customer'),
        item('TR4', '就验收标准与客户提前沟通', 'Acceptance criteria discussed with the customer in advance'),
      ]),
      group('试运行期间监控', 'Monitoring during the trial run', [
        item('TR5', '观察平台运行情况，定期查看数据接入、告警和报表是否正常', 'Platform operation observed: data ingestion, alerts and reports checked regularly'),
        item('TR6', '核对客户日志量是否超出授权，超限时提醒客户并告知销售', 'Daily log volume checked against the licence; when it is over, the customer warned and sales told'),
      ]),
      group('问题记录与处理', 'Problems found', [
        item('TR7', '试运行中发现的问题已记录，并跟踪处理直到解决', 'Problems found in the trial run recorded and followed up until solved'),
        item('TR8', '客户新提出的需求修改已按变更记录，大规模改造与客户商定分阶段解决、放到二期', 'New requirement changes from the customer recorded as changes; large rework agreed with the customer in stages, for the second phase'),
      ]),
      group('试运行报告', 'Trial-run report', [
        item('TR9', '编写试运行报告：运行情况、发现的问题及处理结果', 'Trial-run report written: how the platform ran, the problems found and how they were solved'),
        item('TR10', '试运行报告已提交客户确认，并约定验收时间', 'Trial-run report submitted to the customer, and the acceptance date set'),
      ]),
    ],
  },
  {
    id: 'departure',
    title: L('项目离场检查', 'Project departure'),
    description: L(
      '实施工程师离场前：离场交接、项目验收、售后支持交接、结项通知、项目分享（项目离场阶段）。',
      'Before the engineers leave the site: handover, acceptance, after-sales handover, close-out notices, internal sharing (departure).',
    ),
    phase: 'departure',
    source: L('《实施项目流程》项目离场阶段', 'Implementation playbook, project departure'),
    entries: [
      group('离场交接', 'Handover on leaving', [
        item('L1', '为客户解读售后服务支持计划', 'After-sales support plan explained to the customer'),
        item('L2', '收集项目实施满意度', 'Implementation satisfaction collected'),
        item('L3', '为客户解读技术支持反馈渠道、公司 PMO 直接反馈渠道（邮件、电话）', 'Support channels and the company PMO’s direct channel (mail, phone) explained to the customer'),
        item('L4', '向客户说明技术支持工单提交方式', 'How to submit support tickets explained to the customer'),
        item('L5', '根据项目交付资料清单进行文档交付', 'Documents delivered following the delivery list'),
        item('L6', '根据项目结项清单进行离场交接及结项确认', 'Handover and close-out confirmed following the close-out list'),
      ]),
      group('项目验收', 'Acceptance', [
        item('L7', '分析需求验收', 'Analysis requirements accepted'),
        item('L8', '存储需求验收', 'Storage requirements accepted'),
        item('L9', '告警需求验收', 'Alert requirements accepted'),
        item('L10', '报表需求验收', 'Report requirements accepted'),
        item('L11', '其他需求验收', 'Other requirements accepted', false),
        item('L12', '出具项目验收报告，请客户签名盖章确认', 'Acceptance report issued and signed and stamped by the customer'),
      ]),
      group('售后支持交接', 'After-sales handover', [
        item('L13', '整理项目交接材料并提交运维支持小组验收', 'Handover material prepared and accepted by the support team'),
      ]),
      group('结项通知', 'Close-out notices', [
        item('L14', '离场邮件沟通，邮件截图存档', 'Departure mail sent to the customer, screenshot filed'),
        item('L15', '向客户发送离场通知（简要总结及说明）', 'Departure notice (short summary) sent to the customer'),
        item('L16', '发送内部项目结项通知', 'Internal close-out notice sent'),
        item('L17', '结项之后请客户填写满意度调查', 'Customer asked to fill in the satisfaction survey after close-out'),
      ]),
      group('项目分享', 'Internal sharing', [
        item('L18', '内部项目结项汇报及分享', 'Internal close-out report and sharing held'),
      ]),
    ],
  },
  {
    id: 'final-acceptance',
    title: L('项目终验检查', 'Final acceptance'),
    description: L(
      '试运行结束后进行项目终验：准备验收材料，逐项验收测试，出具验收报告请客户签名盖章，终验后进入维保期（若不能进行终验，也要先进行需求验收）。',
      'After the trial run, the final acceptance: prepare the acceptance material, test item by item, have the acceptance report signed and stamped by the customer, then enter maintenance (when final acceptance cannot be held yet, accept the requirements first).',
    ),
    phase: 'departure',
    source: L('《实施项目流程》项目离场阶段（项目验收）、售后服务支持', 'Implementation playbook, project departure (acceptance) and after-sales support'),
    entries: [
      group('验收材料', 'Acceptance material', [
        item('FA1', '验收责任人为销售，实施人员完成验收资料并协助销售验收', 'Sales owns the acceptance; the engineers prepare the acceptance material and support sales'),
        item('FA2', '按项目交付资料清单准备验收材料（交付文档、需求实现情况）', 'Acceptance material prepared following the delivery list (delivered documents, how each requirement is met)'),
        item('FA3', '验收标准及验收时间已与客户确认', 'Acceptance criteria and date confirmed with the customer'),
      ]),
      group('验收测试', 'Acceptance tests', [
        item('FA4', '按验收标准与客户逐项进行验收测试，记录每项结果', 'Acceptance tests run with the customer item by item against the criteria, each result recorded'),
        item('FA5', '未通过的验收项完善优化后再次验收，直到最初确认的需求全部实现', 'Items that failed improved and accepted again, until every requirement agreed at the start is met'),
        item('FA6', '暂不能进行终验时，已先完成需求验收', 'When final acceptance cannot be held yet, the requirements acceptance is done first', false),
      ]),
      group('验收报告', 'Acceptance report', [
        item('FA7', '验收报告已准备并提交客户审查', 'Acceptance report prepared and submitted to the customer for review'),
        item('FA8', '出具项目验收报告，请客户签名盖章确认', 'Acceptance report issued and signed and stamped by the customer'),
        item('FA9', '远程验收：试运行结束后将验收报告快递给客户，记录寄出和收回日期', 'Remote acceptance: the report sent to the customer by courier after the trial run, the dates sent and received recorded', false),
      ]),
      group('转入维保期', 'Into maintenance', [
        item('FA10', '记录终验日期，维保期自终验起算', 'Final acceptance date recorded: the maintenance period runs from it'),
        item('FA11', '通知技术支持小组项目已终验、进入维保期', 'Support team told that the project passed final acceptance and enters maintenance'),
      ]),
    ],
  },
  {
    id: 'after-sales-handover',
    title: L('售后服务支持交接检查', 'After-sales handover'),
    description: L(
      '项目终验后进入维保期：按《售后内部交接清单》向技术支持小组交接，并安排定期巡检（售后服务支持）。',
      'After final acceptance the project enters maintenance: hand over to the support team with the internal handover list and schedule the inspections (after-sales support).',
    ),
    phase: 'after-sales',
    source: L('《实施项目流程》售后服务支持', 'Implementation playbook, after-sales support'),
    entries: [
      group('内部交接', 'Internal handover', [
        item('H1', '按《售后内部交接清单》向技术支持小组交接', 'Handed over to the support team with the internal after-sales handover list'),
        item('H2', '上传集群信息', 'Cluster information uploaded'),
        item('H3', '上传项目问题变更表', 'Project issue and change log uploaded'),
        item('H4', '上传项目定制化信息', 'Project customizations uploaded'),
        item('H5', '上传脚本信息', 'Scripts uploaded'),
      ]),
      group('售后服务支持', 'After-sales support', [
        item('H6', '技术支持小组跟进满意度调查填写情况', 'The support team follows up the satisfaction survey'),
        item('H7', '日常售后服务支持方式已向客户说明', 'Daily after-sales support arrangements explained to the customer'),
        item('H8', '客户需要现场支持时的协调安排方式已明确', 'How on-site support is arranged when the customer needs it is agreed'),
        item('H9', '根据合同维保期要求定期分配巡检任务', 'Regular inspections assigned as the maintenance terms of the contract require'),
      ]),
    ],
  },
];
