/**
 * `poc-studio --help` in English and Chinese. The language: `--locale zh-CN|en` when given, else
 * the environment's (LC_ALL, LC_MESSAGES, LANG), as the messages of `check` choose it.
 */
import { VERSION } from '../core/version';
import { pickLocale, type Locale } from '../core/types';

const HELP_EN = `POC Studio ${VERSION} — checks POC and implementation-project files against the playbook.

Usage:
  poc-studio check <files or folders…> [options]
  poc-studio gantt <plan file | folder> [--format mermaid|markdown|html] [--out FILE]   (see gantt --help)
  poc-studio report <weekly|poc|acceptance> <file|folder> [--week YYYY-Www] [--out F] …  (report --help)
  poc-studio schedule <plan file> [--format json|text] [--today D] [--baseline NAME]       (schedule --help)
  poc-studio baseline <plan file> [--name NAME] [--today D]                              (baseline --help)
  poc-studio export <plan file | folder> --format xlsx|csv|ics [--out FILE] [--person ID] (export --help)
  poc-studio load <files or folders…> [--format json|csv|html] [--from D] [--weeks N]     (load --help)
  poc-studio import <file.xlsx|file.csv|file.xml> --out <plan file> [--kind poc|project] [--map field=列名,…] [--force-partial]

Options:
  --format json|text|sarif|codequality
                             output format (default: text): json (one array of findings), text
                             (file:line:col severity rule message), sarif (SARIF 2.1.0 for code
                             scanning), codequality (a GitLab Code Quality report)
  --today YYYY-MM-DD         the date that date rules compare with (default: today)
  --locale zh-CN|en          message language (default: from the folder settings, else $LANG)
  -h, --help                 this help
  -v, --version              the version

A folder is checked with every artifact file under it (*.poc.yaml, *.project.yaml,
*.stakeholders.yaml, *.requirements.yaml, *.checklist.yaml, *.calendar.yaml, *.baseline.yaml;
.yml works too). A file is checked in the context of the other artifact files of its folder.
All arguments are one portfolio: the same team id in any of them is the same person, and their
bookings add up (over-allocated); stakeholders, requirements and decision makers count only
for the customer's own folder (the folder holding the plan and its subfolders). Settings (rule
severities, thresholds, "today") are read from each folder's .vscode/settings.json, like the
editor does.
Exit code: 1 when an error is found, 0 otherwise, 2 on bad usage. In CI: see docs/ci.md.`;

const HELP_ZH = `POC Studio ${VERSION} —— 按实施手册检查 POC 与实施项目的计划文件。

用法：
  poc-studio check <文件或文件夹…> [选项]
  poc-studio gantt <计划文件 | 文件夹> [--format mermaid|markdown|html] [--out 文件]   （详见 gantt --help）
  poc-studio report <weekly|poc|acceptance> <文件|文件夹> [--week YYYY-Www] [--out 文件] …  （report --help）
  poc-studio schedule <计划文件> [--format json|text] [--today 日期] [--baseline 基线名]   （schedule --help）
  poc-studio baseline <计划文件> [--name 基线名] [--today 日期]                          （baseline --help）
  poc-studio export <计划文件 | 文件夹> --format xlsx|csv|ics [--out 文件] [--person 成员]  （export --help）
  poc-studio load <文件或文件夹…> [--format json|csv|html] [--from 日期] [--weeks 周数]   （load --help）
  poc-studio import <file.xlsx|file.csv|file.xml> --out <计划文件> [--kind poc|project] [--map 字段=列名,…] [--force-partial]

命令：check 检查计划；gantt 甘特图；report 周报、POC 报告与验收报告；schedule 排期表；
baseline 设置基线；export 导出任务（电子表格、逗号分隔文件、日历）；load 团队负荷；
import 从电子表格或项目管理软件导出的文件导入计划。

选项：
  --format json|text|sarif|codequality
                             输出格式（默认 text）：json 为问题列表，text 为“文件:行:列 严重级别
                             规则 说明”，sarif 供代码扫描使用，codequality 为代码质量报告
  --today YYYY-MM-DD         日期类规则所比较的日期（默认：当天）
  --locale zh-CN|en          提示信息的语言（默认：取文件夹设置，否则取系统语言）
  -h, --help                 显示本帮助
  -v, --version              显示版本号

检查文件夹时，会检查其中所有的计划类文件（*.poc.yaml、*.project.yaml、*.stakeholders.yaml、
*.requirements.yaml、*.checklist.yaml、*.calendar.yaml、*.baseline.yaml，后缀也可为 .yml）。
每个文件都结合同一文件夹中的其他文件一起检查。
所有参数视为同一组项目：同一成员编号在任何文件中都是同一个人，其工作安排累计计算（用于检查
人员超负荷）；干系人、需求和决策人只在客户自己的文件夹内（计划所在文件夹及其子文件夹）计入。
设置（规则的严重级别、阈值、固定日期）与编辑器一样，从各文件夹的 .vscode/settings.json 读取。
退出码：发现错误时为 1，否则为 0，用法有误时为 2。在持续集成中使用：见 docs/ci.md。`;

/** The help's language: `--locale X` (or `--locale=X`) among the arguments, else the environment's. */
export function helpLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locale' && argv[i + 1] !== undefined) return pickLocale(argv[i + 1]);
    if (argv[i].startsWith('--locale=')) return pickLocale(argv[i].slice('--locale='.length));
  }
  return pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function mainHelp(locale: Locale): string {
  return locale === 'zh-CN' ? HELP_ZH : HELP_EN;
}
