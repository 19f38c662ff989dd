/**
 * The POC and presales checklist templates (DOMAIN.md "Built-in templates"): machine readiness
 * (seed 000 §6), integration verification (§8), on-site deployment verification (§9), demo
 * rehearsal (§10, with the demo practice of seed 002), readiness-assessment workshop (seed 002).
 * Chinese texts are worded as a Chinese PM writes them (the workshop's compliance item names 等保
 * and the Chinese laws, the scale item a group-wide rollout, not another industry's words).
 */
import type { ChecklistTemplate } from './checklists';
import { L, group, item } from './checklists-build';

export const POC_TEMPLATES: ChecklistTemplate[] = [
  {
    id: 'machine-readiness',
    title: L('客户方机器准备检查', 'Customer machine readiness'),
    description: L(
      '现场POC部署前，审查客户机器的硬件、网络、安全、操作系统和配置、部署环境。',
      'Before an on-site POC deployment, check the customer machines: hardware, network, security, OS and configuration, deployment environment.',
    ),
    phase: 'environment',
    source: L('《POC 任务流程》六、客户方申请机器（现场POC）', 'POC playbook, §6 Customer machines (on-site POC)'),
    entries: [
      item('M1', '客户机器符合产品的硬件需求（计算和存储资源）', 'The customer machines meet the product’s hardware requirements (compute and storage)'),
      item('M2', '客户机器的网络连接稳定，能及时从各数据源获取数据', 'The machines’ network connection is stable and reaches every data source in time'),
      item('M3', '客户机器的安全性已确认，不会发生数据泄露等安全问题', 'The machines’ security is confirmed, with no risk of data leaks'),
      item('M4', '客户机器的操作系统和配置正确，无兼容性问题', 'The machines’ operating system and configuration are correct, with no compatibility issues'),
      item('M5', '客户机器的部署环境（云平台、容器等）符合平台要求', 'The deployment environment (cloud platform, containers …) meets the platform’s requirements'),
      item('M6', '部署前已模拟现场部署环境进行验证', 'The on-site deployment environment was simulated and verified before deployment'),
    ],
  },
  {
    id: 'integration-verification',
    title: L('软件集成与验证检查', 'Software integration and verification'),
    description: L(
      '现场POC：构建部署包，在测试环境中验证部署工艺、功能、性能与安全，并编写测试报告。',
      'On-site POC: build the deployment package and verify the deployment procedure, functions, performance and security in a test environment, then write the test report.',
    ),
    phase: 'integration',
    source: L('《POC 任务流程》八、软件集成与验证（现场POC）', 'POC playbook, §8 Software integration and verification (on-site POC)'),
    entries: [
      group('构建部署包', 'Build the deployment package', [
        item('IV1', '销售人员提供用户的需求清单', 'Sales provides the customer’s requirement list'),
        item('IV2', '技术人员根据需求清单确定所需服务与功能，以邮件形式发送给运维人员', 'The engineer lists the services and functions needed from the requirement list and mails them to ops'),
        item('IV3', '运维人员确认后构建部署包与部署工艺', 'Ops confirms, then builds the deployment package and the deployment procedure'),
      ]),
      group('验证部署工艺', 'Verify the deployment procedure', [
        item('IV4', '已申请机器用于 POC 部署测试', 'Machines for the POC deployment test have been requested and approved'),
        item('IV5', '技术人员根据部署工艺完成内部部署验证，问题已与运维人员沟通解决', 'The engineer deployed internally following the procedure; problems were solved with ops'),
      ]),
      group('测试环境验证', 'Verification in the test environment', [
        item('IV6', '验证产品功能：数据导入、数据处理、数据分析和结果展示', 'Functions verified: data import, processing, analysis and presentation of results'),
        item('IV7', '验证产品性能：数据处理速度、并发处理能力、稳定性和可靠性', 'Performance verified: processing speed, concurrency, stability and reliability'),
        item('IV8', '安全验证：漏洞扫描、渗透测试和安全审计', 'Security verified: vulnerability scan, penetration test and security audit'),
        item('IV9', '编写测试报告：测试结果、问题描述、风险评估和建议的解决方案', 'Test report written: results, problems, risk assessment and proposed solutions'),
      ]),
      group('注意事项', 'Points to watch', [
        item('IV10', '测试环境准备充分：硬件设备、操作系统、数据库和网络', 'The test environment is fully prepared: hardware, operating system, database and network'),
        item('IV11', '测试用例充分，尽可能覆盖各种场景和用例', 'The test cases are sufficient and cover as many scenarios and use cases as possible'),
        item('IV12', '测试过程和测试结果已详细记录，可为后续部署和交付提供参考', 'The test process and results are recorded in detail for the later deployment and delivery'),
      ]),
    ],
  },
  {
    id: 'deployment-verification',
    title: L('产品部署与现场验证检查', 'On-site deployment verification'),
    description: L(
      '在客户现场部署产品，并再次验证功能、性能与安全，完成数据迁移。',
      'Deploy the product at the customer site, verify functions, performance and security again, and migrate the data.',
    ),
    phase: 'deployment',
    source: L('《POC 任务流程》九、产品部署与验证', 'POC playbook, §9 Product deployment and verification'),
    entries: [
      group('产品部署', 'Deployment', [
        item('DV1', '技术人员根据部署工艺完成产品部署', 'The engineer deployed the product following the deployment procedure'),
        item('DV2', '部署问题已及时联系运维人员沟通解决', 'Deployment problems were raised with ops in time and solved'),
      ]),
      group('现场验证', 'On-site verification', [
        item('DV3', '验证产品功能：数据导入、数据处理、数据分析和结果展示', 'Functions verified: data import, processing, analysis and presentation of results'),
        item('DV4', '验证产品性能：数据处理速度、并发处理能力、稳定性和可靠性', 'Performance verified: processing speed, concurrency, stability and reliability'),
        item('DV5', '安全验证：漏洞扫描、渗透测试和安全审计', 'Security verified: vulnerability scan, penetration test and security audit'),
      ]),
      group('数据迁移', 'Data migration', [
        item('DV6', '已与客户确认数据或模型的位置、形式、数据量', 'Location, form and volume of the data or models confirmed with the customer'),
        item('DV7', '数据或模型已处理成符合平台要求的格式', 'The data or models are converted to the format the platform needs'),
        item('DV8', '数据或模型已导入平台并得到正确处理', 'The data or models are imported and processed correctly'),
      ]),
    ],
  },
  {
    id: 'demo-rehearsal',
    title: L('演示流程设计与预演检查', 'Demo design and rehearsal'),
    description: L(
      '正式演示前的预演：数据、目标和指标、流程和步骤、评估与优化；演示不超过 30 分钟、按演示脚本、面向受众。',
      'Rehearsal before the demo: data, goals and metrics, flow and steps, assessment and tuning; a demo of at most 30 minutes, storyboard-driven and audience-focused.',
    ),
    phase: 'rehearsal',
    source: L(
      '《POC 任务流程》十、设计演示流程并预演；演示执行',
      'POC playbook, §10 Design the demo flow and rehearse; demo practice',
    ),
    entries: [
      group('预演', 'Rehearsal', [
        item('DR1', '准备充分的数据：各种类型、足够的数据量和真实的数据质量，尽可能接近实际场景', 'Enough data prepared: all types, enough volume and real quality, as close to the real scenario as possible'),
        item('DR2', '定义好预演的目标和指标，与客户需求和业务场景相匹配', 'Rehearsal goals and metrics defined, matching the customer’s needs and business scenarios'),
        item('DR3', '定义好预演的流程和步骤（数据清洗、数据处理、算法选择、模型调优）', 'Rehearsal flow and steps defined (data cleaning, processing, algorithm choice, model tuning)'),
        item('DR4', '评估方案的准确性和可行性（精度、稳定性、实时性），并与预设目标和指标对照', 'Accuracy and feasibility assessed (precision, stability, timeliness) against the preset goals and metrics'),
        item('DR5', '预演中发现的问题已反馈和优化，并与客户充分沟通', 'Problems found in the rehearsal fed back and fixed, in agreement with the customer'),
      ]),
      group('演示准备', 'Demo preparation', [
        item('DR6', '演示脚本已确定，每一步对应客户的痛点', 'The storyboard is set; each step answers one of the customer’s pain points'),
        item('DR7', '演示时长不超过 30 分钟', 'The demo takes 30 minutes or less'),
        item('DR8', '已提前确定受众干系人，演示内容面向受众定制', 'The audience (stakeholders) is known in advance and the demo is tailored to it'),
        item('DR9', '演示在我方维护的稳定平台上进行', 'The demo runs on a stable platform that we maintain'),
      ]),
    ],
  },
  {
    id: 'readiness-workshop',
    title: L('准备评估工作坊检查', 'Readiness-assessment workshop'),
    description: L(
      '与客户干系人一起确定机会和用例、记录功能与非功能需求、风险、合规与性能要求，并约定下一步。',
      'With the customer’s stakeholders: find opportunities and use cases, record functional and non-functional requirements, risks, compliance and performance needs, and agree the next steps.',
    ),
    phase: 'scenario',
    source: L('售前任务：准备评估工作坊', 'Presales tasks: readiness-assessment workshop'),
    entries: [
      item('W1', '与干系人接触，确定潜在机会，围绕潜在问题促进解决方案的讨论', 'Met the stakeholders, found potential opportunities and led the discussion of solutions to their problems'),
      item('W2', '识别并记录用例的潜在规模（单个部门或集团统一推广）', 'Identified and recorded the potential scale of the use case (one department, or a group-wide rollout)'),
      item('W3', '记录干系人的功能需求（合规、报告、审计、授权或业务重点）', 'Recorded the stakeholders’ functional requirements (compliance, reporting, audit, authorization, business focus)'),
      item('W4', '记录干系人的非功能需求（性能、可靠性、安全性）', 'Recorded the stakeholders’ non-functional requirements (performance, reliability, security)'),
      item('W5', '确定客户对实施的感知风险', 'Identified the risks the customer perceives in the implementation'),
      item('W6', '记录合规要求（如等保 2.0、《数据安全法》《个人信息保护法》及行业监管要求）', 'Recorded compliance requirements (e.g. MLPS 2.0, the Data Security Law and the Personal Information Protection Law in China, GDPR or PCI DSS elsewhere, and the rules of industry regulators)'),
      item('W7', '确定性能要求（如每秒交易量 TPS）', 'Identified performance requirements (e.g. transactions per second)'),
      item('W8', '提供一份带有可实际应用用例的摘要报告', 'Delivered a summary report with use cases that can really be applied'),
      item('W9', '向客户说明预期的下一步评估流程（如后续电话或报价）', 'Told the customer the expected next steps of the assessment (follow-up call, quote)'),
    ],
  },
];
