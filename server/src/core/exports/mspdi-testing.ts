/**
 * Test data of the Microsoft Project XML export and its round trip (core/exports/mspdi.test.ts,
 * import/mspdi-roundtrip.test.ts): a plan over the CN National Day, and the parse back.
 */
import { XMLParser } from 'fast-xml-parser';
import { yaml } from '../testing';

/** A project over the 2026 National Day (CN region: 10-01..10-07 off, Saturday 10-10 worked) with a plan holiday 10-13. */
export const CN_PLAN = yaml`
  kind: project
  id: cn-demo
  title: 国庆前后 <实施> & "验收"
  customer: 某银行
  start: 2026-09-28
  calendar:
    region: CN
    holidays: [2026-10-13]
  team:
    - { id: zhao, name: 赵六, role: engineer }
    - { id: qian, name: 钱八, role: engineer }
  tasks:
    - { id: A, name: 部署, owner: zhao, start: 2026-09-28, duration: 3d, status: done, progress: 100 }
    - { id: B, name: 联调, owner: qian, dependsOn: [A], duration: 5d, progress: 40 }
    - { id: C, name: 汇报, owner: cio-liu, dependsOn: [B], duration: 2d }
    - { id: M, name: 上线, owner: zhao, dependsOn: [B, C], duration: 0d }
    - { id: X, name: 环一, dependsOn: [Y], duration: 1d }
    - { id: Y, name: 环二, dependsOn: [X], duration: 1d }
`;

const LISTS = new Set(['Task', 'PredecessorLink', 'Resource', 'Assignment', 'Calendar', 'WeekDay', 'Exception', 'WorkingTime']);
export type Node = Record<string, unknown>;
/** The <Project> element of an MSPDI text, every value a string, lists as arrays. */
export function parseBack(text: string): Node {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (n) => LISTS.has(n) });
  return (parser.parse(text) as { Project: Node }).Project;
}
