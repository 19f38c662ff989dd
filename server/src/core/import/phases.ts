/**
 * A phase as a source names it (阶段, a summary task's name) → the phase of the plan's kind.
 *
 * Decisions: keywords of the playbooks' phase names (seed 000 §7 for POCs, seed 001 for projects),
 * first match wins; a name that matches none keeps no phase (it becomes a comment).
 */
const PROJECT: [RegExp, string][] = [
  [/启动|开工|立项|kick-?off|initiat/i, 'kickoff'],
  [/离场|交接|上线|切换|go-?live|cut-?over|handover|departure/i, 'departure'],
  [/售后|运维|维保|巡检|after-?sales|maintenance|support/i, 'after-sales'],
  [/收尾|培训|验收|试运行|总结|closing|training|acceptance|close/i, 'closing'],
  [/实施|部署|开发|测试|配置|调研|设计|接入|迁移|集成|implement|deploy|develop|test|design|build|integrat|migrat/i, 'implementation'],
];

const POC: [RegExp, string][] = [
  [/情报|调研|intelligence|research/i, 'intelligence'],
  [/场景|需求|scenario|requirement/i, 'scenario'],
  [/环境|机器|资源|environment|hardware/i, 'environment'],
  [/排期|日程|进度安排|schedul/i, 'schedule'],
  [/对接|集成|接入|integrat/i, 'integration'],
  [/部署|安装|deploy|install/i, 'deployment'],
  [/演练|预演|彩排|rehears/i, 'rehearsal'],
  [/演示|汇报|展示|demo/i, 'demo'],
  [/评审|总结|复盘|反馈|review|retro/i, 'review'],
];

export function phaseOf(text: string, kind: 'poc' | 'project'): string | undefined {
  const s = text.trim();
  if (!s) return undefined;
  for (const [re, phase] of kind === 'poc' ? POC : PROJECT) if (re.test(s)) return phase;
  return undefined;
}
