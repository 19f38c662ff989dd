/**
 * Test plans of the export tests (rows, CSV, calendar): a hand-made project with a baseline, a
 * dependency cycle, a milestone, owners from the team, a stakeholder and nowhere, and hours.
 */
import { yaml } from '../testing';

/** A hand-made project: a baseline, a cycle, a milestone, owners from the team, a stakeholder and nowhere. */
export const PLAN = yaml`
  kind: project
  id: demo
  title: 演示项目
  start: 2027-03-01
  team:
    - { id: zhao, name: 赵六, role: engineer }
    - { id: qian, name: 钱八, role: engineer }
  tasks:
    - { id: A, name: 部署, phase: implementation, owner: zhao, start: 2027-03-01, duration: 3d, status: done }
    - { id: B, name: 联调, phase: implementation, owner: qian, dependsOn: [A], duration: 2d, status: doing, progress: 40 }
    - { id: C, name: 汇报, owner: cio-liu, dependsOn: [B], duration: 1d }
    - { id: M, name: 上线, phase: departure, owner: zhao, dependsOn: [C], duration: 0d }
    - { id: X, name: 环一, owner: nobody, dependsOn: [Y], duration: 1d, status: cancelled }
    - { id: Y, name: 环二, owner: zhao, dependsOn: [X], duration: 1d }
  weeklyReports:
    - { week: 2027-W09, hours: { zhao: 24, qian: 8 } }
    - { week: 2027-W09, hours: { zhao: 99 } }
    - { week: 2027-W10, hours: { zhao: 12.5 } }
    - { week: 2027-W99, hours: { zhao: 7 } }
`;

export const BASELINE = yaml`
  kind: baseline
  plan: demo
  name: kickoff
  taken: 2027-02-26
  tasks:
    - { id: A, start: 2027-03-01, end: 2027-03-03 }
    - { id: B, start: 2027-03-04, end: 2027-03-04 }
`;

export const STAKEHOLDERS = yaml`
  kind: stakeholders
  stakeholders:
    - { id: cio-liu, name: 刘总, org: customer, influence: high, interest: high, attitude: supporter }
`;

export const OTHER = yaml`
  kind: poc
  id: other
  title: 另一个 POC
  start: 2027-03-01
  team:
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: T1, name: 准备, owner: zhao, start: 2027-03-08, duration: 1d }
  weeklyReports:
    - { week: 2027-W10, hours: { zhao: 10 } }
    - { week: 2027-W11, hours: { zhao: 4 } }
`;
