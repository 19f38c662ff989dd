import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

/** The repo's schemas/ folder (this test runs from out/server/src/core/). */
const SCHEMA_DIR = path.resolve(__dirname, '../../../../schemas');
const KINDS = ['poc', 'project', 'stakeholders', 'requirements', 'checklist'] as const;
type SchemaKind = (typeof KINDS)[number];
const FILES = ['common', ...KINDS].map((k) => `${k}.schema.json`);

type Json = Record<string, unknown>;

function loadSchemas(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const file of FILES) out[file] = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Json;
  return out;
}

function makeAjv(schemas: Record<string, Json>): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addVocabulary(['enumDescriptions', 'defaultSnippets', 'markdownDescription', 'x-id', 'x-list', 'x-ref', 'x-schedule']);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  for (const [file, json] of Object.entries(schemas)) ajv.addSchema(json, file);
  return ajv;
}

/** The DOMAIN.md examples, with realistic values where the contract shows "…". */
const EXAMPLES: Record<SchemaKind, string> = {
  poc: `
kind: poc
id: bank-log-poc
title: 某银行日志分析平台 POC
customer: 某银行
mode: onsite                # onsite 现场POC | remote 远程POC
stage: presentation
start: 2026-12-01
end: 2026-12-19
calendar:
  holidays: [2026-12-25, "2026-10-01..2026-10-07"]
  workdays: [2026-12-27]
qualification:
  financiallyVetted: true
  purchaseCommitment: true
  conceptFit: 需要不可篡改的审计日志
  stakeholderSupport: CIO 支持
  referenceCase: 某城商行
team:
  - { id: zhang, name: 张三, role: sales }
  - { id: li, name: 李四, role: presales }
  - { id: wang, name: 王五, role: ops }
  - { id: zhao, name: 赵六, role: engineer, capacity: 1 }
intelligence:
  customer:
    scenarios: 交易日志审计与实时检索
    techStack: [Oracle, WebLogic, Kafka]
    team: 运维 5 人，熟悉 Linux，无大数据经验
    competitors: 同业城商行已上线日志平台
    compliance: 等保三级，日志留存 180 天
    architecture: 两地三中心，日志经 Kafka 汇聚
    budget: 2027 年预算 200 万
  competitors:
    - { name: 竞品A, features: [全文检索, 告警], customers: 股份制银行, strategy: 低价, technology: Elasticsearch, pocResults: 检索性能未达标 }
  market: { trends: 信创替代, technology: 云原生可观测性, regulations: 数据安全法 }
scenarios:
  - id: S1
    title: 交易日志实时检索
    requirements: [R1, R2]
    data: { sources: [核心系统, 网银], volume: 100GB/天, format: JSON, location: 生产区日志服务器 }
successCriteria:
  - id: SC1
    description: 检索 P95 小于 3 秒
    metric: search_p95_seconds
    target: "< 3"
    agreedWithCustomer: true
    requirement: R1
    result: pending
    evidence: 压测报告 v1.pdf
environment:
  machines: [ { role: indexer, count: 3, cpu: 16, memoryGB: 64, diskGB: 2000, os: CentOS 7.9 } ]
  network: 万兆内网，可访问 Kafka 集群
  security: 仅堡垒机登录，数据不得出域
  deployment: vm
tasks:
  - id: T1
    name: 情报收集
    phase: intelligence
    owner: zhang
    start: 2026-12-01
    duration: 2d
    dependsOn: []
    priority: high
    status: done
    progress: 100
  - { id: T2, name: 产品部署, phase: deployment, owner: zhao, dependsOn: [T1], duration: 1w, status: doing, progress: 50 }
  - { id: T3, name: 演示, phase: demo, owner: li, start: 2026-12-18, end: 2026-12-18, duration: 0d }
risks:
  - { id: RK1, description: 客户数据质量不佳, probability: high, impact: high, mitigation: 提前抽样检查数据, owner: li, status: open }
demo:
  date: 2026-12-18
  durationMinutes: 30
  audience: [cio-liu]
  storyboard: [ { step: 实时检索, painPoint: 故障排查慢, scenario: S1, minutes: 10 } ]
  rehearsal: { date: 2026-12-16, goals: 全流程不超过 30 分钟, metrics: 检索 P95 } 
review:
  decision: pending
  feedback: [ { date: 2026-12-19, from: cio-liu, text: 检索速度满意，关注授权价格 } ]
`,
  project: `
kind: project
id: bank-log-impl
title: 某银行日志分析平台实施项目
customer: 某银行
start: 2027-01-04
end: 2027-03-31
calendar:
  holidays: ["2027-02-10..2027-02-17"]
  workdays: [2027-02-07]
contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly }
team:
  - { id: zhao, name: 赵六, role: engineer, capacity: 1 }
  - { id: qian, name: 钱七, role: pm }
releases: [ { id: basic, title: 基础版, date: 2027-02-28 } ]
tasks:
  - { id: T1, name: 项目启动会, phase: kickoff, owner: qian, start: 2027-01-04, duration: 1d, status: done, progress: 100 }
  - { id: T5, name: 日志接入, phase: implementation, owner: zhao, dependsOn: [T1], duration: 3w, status: doing, progress: 40, release: basic }
changes:
  - id: CR1
    date: 2027-02-01
    requestedBy: cio-liu
    description: 新增数据库审计日志接入
    scope: next-phase
    decision: pending
    approvedBy: 刘总
    estimateDays: 5
    price: 5万元
delays:
  - { task: T5, date: 2027-02-10, days: 3, reason: 客户防火墙策略审批延迟, reportedToSales: 2027-02-10, affects: [other-project-id] }
halts:
  - { from: 2027-02-20, to: 2027-02-27, reason: 客户系统割接, resumePlan: 2027-02-28 恢复实施 }
weeklyReports:
  - { week: 2027-W02, sent: 2027-01-15, hours: { zhao: 40, qian: 8 } }
satisfaction:
  - { date: 2027-01-29, score: 9 }
training:
  - { date: 2027-03-20, topic: 日志检索与告警配置, attendees: 12, signIn: true, exam: true, passRate: 0.9 }
acceptance:
  items:
    - { id: A1, category: analysis, requirement: R3, status: passed, date: 2027-03-28 }
  report: { signed: false, date: 2027-03-30 }
inspections:
  - { due: 2027-06-30, done: false }
`,
  stakeholders: `
kind: stakeholders
stakeholders:
  - id: cio-liu
    name: 刘总
    title: CIO
    org: customer
    roles: [decision-maker]
    influence: high
    interest: high
    attitude: supporter
    reportsTo: ceo-chen
    strategy: 每两周当面汇报进展，突出合规价值
    lastContact: 2026-11-10
  - { id: ceo-chen, name: 陈总, title: CEO, org: customer, roles: [approver] }
`,
  requirements: `
kind: requirements
requirements:
  - id: R1
    title: 日志检索性能
    type: non-functional
    category: performance
    priority: must
    source: cio-liu
    acceptance: 100GB/天 数据量下检索 P95 < 3 秒
    metric: { name: search_p95_seconds, op: "<", value: 3, unit: s }
    scope: in-contract
    release: basic
    status: agreed
`,
  checklist: `
kind: checklist
id: closing
title: 项目收尾检查
phase: closing
due: 2027-03-25
items:
  - { id: C1, text: 备份数据库, done: false, required: true, owner: zhao, due: 2027-03-24, evidence: 备份记录截图 }
  - group: 产品培训
    items: [ { id: C2, text: 培训签到, done: true } ]
`,
};

describe('JSON Schemas', () => {
  let schemas: Record<string, Json>;
  let ajv: Ajv;
  const validator = (kind: SchemaKind): ValidateFunction => {
    const v = ajv.getSchema(`${kind}.schema.json`);
    assert.ok(v, `no validator for ${kind}`);
    return v;
  };
  const errorsOf = (kind: SchemaKind, text: string): ErrorObject[] => {
    const v = validator(kind);
    return v(parse(text)) ? [] : [...(v.errors ?? [])];
  };
  const assertValid = (kind: SchemaKind, text: string) => {
    const errors = errorsOf(kind, text);
    assert.deepStrictEqual(errors, [], `${kind}: ${JSON.stringify(errors, null, 2)}`);
  };
  const assertInvalid = (kind: SchemaKind, text: string, match: (e: ErrorObject) => boolean): ErrorObject[] => {
    const errors = errorsOf(kind, text);
    assert.ok(errors.length > 0, `${kind}: expected errors`);
    assert.ok(errors.some(match), `${kind}: no matching error in ${JSON.stringify(errors, null, 2)}`);
    return errors;
  };

  before(() => {
    assert.ok(fs.existsSync(SCHEMA_DIR), `schemas folder not found: ${SCHEMA_DIR}`);
    schemas = loadSchemas();
    ajv = makeAjv(schemas);
  });

  describe('compilation and conventions', () => {
    it('compiles every schema in strict mode', () => {
      for (const file of FILES) {
        const v = ajv.getSchema(file);
        assert.ok(v, `${file} does not compile`);
      }
    });

    it('uses draft-07, no $id, and has a title and a description', () => {
      for (const file of FILES) {
        const s = schemas[file];
        assert.strictEqual(s.$schema, 'http://json-schema.org/draft-07/schema#', file);
        assert.ok(!('$id' in s), `${file} has $id`);
        assert.ok(typeof s.title === 'string' && s.title, `${file} title`);
        assert.ok(typeof s.description === 'string' && s.description, `${file} description`);
      }
    });

    it('refers to common definitions with relative refs that exist', () => {
      const common = schemas['common.schema.json'].definitions as Json;
      for (const file of FILES) {
        walk(schemas[file], (node, at) => {
          const ref = node.$ref;
          if (typeof ref !== 'string') return;
          const m = /^(common\.schema\.json)?#\/definitions\/([^/]+)$/.exec(ref);
          assert.ok(m, `${file} ${at}: unexpected $ref ${ref}`);
          const defs = (m[1] ? common : (schemas[file].definitions as Json)) ?? {};
          assert.ok(m[2] in defs, `${file} ${at}: $ref ${ref} does not exist`);
        });
      }
    });

    it('declares kind as a const on every kind schema', () => {
      for (const kind of KINDS) {
        const props = schemas[`${kind}.schema.json`].properties as Json;
        assert.deepStrictEqual((props.kind as Json).const, kind);
      }
    });

    it('gives every property and definition a two-line description (Chinese, then English)', () => {
      const problems: string[] = [];
      for (const file of FILES) {
        walk(schemas[file], (node, at) => {
          const named: [string, unknown][] = [];
          if (isObj(node.properties)) named.push(...Object.entries(node.properties).map(([k, v]) => [`${at}/properties/${k}`, v] as [string, unknown]));
          if (isObj(node.definitions)) named.push(...Object.entries(node.definitions).map(([k, v]) => [`${at}/definitions/${k}`, v] as [string, unknown]));
          for (const [where, sub] of named) {
            const d = isObj(sub) ? sub.description : undefined;
            const why = bilingualProblem(d);
            if (why) problems.push(`${file} ${where}: ${why}`);
          }
        });
      }
      assert.deepStrictEqual(problems, []);
    });

    it('says what a field means, not where the playbook says it (provenance only in $comment)', () => {
      const problems: string[] = [];
      for (const file of FILES) {
        walk(schemas[file], (node, at) => {
          const texts = [node.description, ...(Array.isArray(node.enumDescriptions) ? node.enumDescriptions : [])];
          for (const t of texts) {
            if (typeof t === 'string' && /seed\s*\d|§|\*\.[a-z]+\.ya?ml/i.test(t)) problems.push(`${file} ${at}: ${t.split('\n')[0]}`);
          }
        });
      }
      assert.deepStrictEqual(problems, []);
    });

    it('gives every enum a parallel two-line enumDescriptions', () => {
      const problems: string[] = [];
      let enums = 0;
      for (const file of FILES) {
        walk(schemas[file], (node, at) => {
          if (!('enum' in node)) return;
          enums++;
          const values = node.enum as unknown[];
          const descriptions = node.enumDescriptions;
          if (!Array.isArray(descriptions) || descriptions.length !== values.length) {
            problems.push(`${file} ${at}: enumDescriptions missing or not ${values.length} long`);
            return;
          }
          descriptions.forEach((d, i) => {
            const why = bilingualProblem(d);
            if (why) problems.push(`${file} ${at} enumDescriptions[${i}]: ${why}`);
          });
        });
      }
      assert.deepStrictEqual(problems, []);
      assert.ok(enums >= 20, `only ${enums} enums found`);
    });

    it('closes every object with additionalProperties', () => {
      const problems: string[] = [];
      for (const file of FILES) {
        walk(schemas[file], (node, at) => {
          if (node.type !== 'object') return;
          if (!('additionalProperties' in node)) problems.push(`${file} ${at}: no additionalProperties`);
          else if (node.additionalProperties !== false && !('propertyNames' in node)) {
            problems.push(`${file} ${at}: an open map without propertyNames`);
          }
        });
      }
      assert.deepStrictEqual(problems, []);
    });

    it('has task phases for both POCs and projects', () => {
      const phase = (schemas['common.schema.json'].definitions as Record<string, Json>).taskPhase;
      for (const p of ['intelligence', 'scenario', 'environment', 'schedule', 'integration', 'deployment', 'rehearsal', 'demo', 'review', 'kickoff', 'implementation', 'closing', 'departure', 'after-sales']) {
        assert.ok((phase.enum as string[]).includes(p), p);
      }
    });

    for (const kind of KINDS) {
      it(`offers a valid defaultSnippets skeleton for ${kind}`, () => {
        const snippets = schemas[`${kind}.schema.json`].defaultSnippets as { label: string; description: string; body: unknown }[];
        assert.ok(Array.isArray(snippets) && snippets.length > 0);
        for (const s of snippets) {
          assert.ok(s.label && s.description, 'label and description');
          const v = validator(kind);
          assert.ok(v(s.body), `${kind} snippet ${s.label}: ${JSON.stringify(v.errors, null, 2)}`);
        }
      });
    }
  });

  describe('valid documents', () => {
    for (const kind of KINDS) {
      it(`accepts the DOMAIN.md example of ${kind}`, () => assertValid(kind, EXAMPLES[kind]));
    }

    it('accepts minimal documents with only the required fields', () => {
      assertValid('poc', 'id: p\ntitle: 最小 POC\n');
      assertValid('project', 'id: p\ntitle: 最小项目\n');
      assertValid('stakeholders', 'stakeholders: [ { id: a } ]\n');
      assertValid('requirements', 'requirements: [ { id: R1 } ]\n');
      assertValid('checklist', 'id: c\ntitle: 检查单\nitems: []\n');
      assertValid('stakeholders', '{}\n');
    });

    it('is lenient where users plausibly write either form', () => {
      assertValid('poc', `
id: p
title: t
successCriteria: [ { id: SC1, target: 3 } ]
environment:
  network: { bandwidth: 10Gbps, internet: false, ports: [8090, "9200"] }
  security: { accounts: 只读账号, audit: [登录审计, 操作审计] }
intelligence:
  customer: { techStack: [Kafka, Oracle] }
tasks: [ { id: T1, duration: 3 }, { id: T2, duration: 2w }, { id: T3, duration: 0.5d } ]
`);
      assertValid('project', `
id: p
title: t
changes:
  - { id: CR1, scope: out-of-contract, decision: accepted, price: 50000 }
  - { id: CR2, price: 5万元 }
  - { id: CR3, price: { amount: 20000, currency: CNY, contract: HT-2027-015 } }
`);
      assertValid('requirements', `
requirements:
  - { id: R1, metric: { value: 99.9% }, scope: out-of-contract, price: 30000 }
  - { id: R2, metric: { value: 200, op: ">=" }, price: 三万元 }
`);
    });
  });

  describe('typical mistakes', () => {
    it('rejects an unknown key, naming it', () => {
      assertInvalid('poc', 'id: p\ntitel: 拼错的标题\n', (e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'titel');
      assertInvalid(
        'poc',
        'id: p\ntitle: t\ntasks: [ { id: T1, owenr: zhang } ]\n',
        (e) => e.keyword === 'additionalProperties' && e.instancePath === '/tasks/0' && e.params.additionalProperty === 'owenr',
      );
    });

    it('rejects a wrong enum value (mode: onsit)', () => {
      assertInvalid('poc', 'id: p\ntitle: t\nmode: onsit\n', (e) => e.keyword === 'enum' && e.instancePath === '/mode');
    });

    it('rejects a wrong type (progress: "50%")', () => {
      assertInvalid('poc', 'id: p\ntitle: t\ntasks: [ { id: T1, progress: "50%" } ]\n', (e) => e.keyword === 'type' && e.instancePath === '/tasks/0/progress');
      assertInvalid('poc', 'id: p\ntitle: t\ntasks: [ { id: T1, progress: 120 } ]\n', (e) => e.keyword === 'maximum');
    });

    it('rejects a task without id', () => {
      assertInvalid('project', 'id: p\ntitle: t\ntasks: [ { name: 无 id 的任务 } ]\n', (e) => e.keyword === 'required' && e.params.missingProperty === 'id' && e.instancePath === '/tasks/0');
    });

    it('rejects a missing title', () => {
      assertInvalid('poc', 'id: p\n', (e) => e.keyword === 'required' && e.params.missingProperty === 'title');
    });

    it('rejects a bad date (start: 2026/12/01)', () => {
      assertInvalid('poc', 'id: p\ntitle: t\ntasks: [ { id: T1, start: 2026/12/01 } ]\n', (e) => e.keyword === 'format' && e.instancePath === '/tasks/0/start');
      assertInvalid('poc', 'id: p\ntitle: t\nstart: 2026/12/01\n', (e) => e.instancePath === '/start');
    });

    it('rejects a bad duration (duration: 3days)', () => {
      assertInvalid('poc', 'id: p\ntitle: t\ntasks: [ { id: T1, duration: 3days } ]\n', (e) => e.instancePath === '/tasks/0/duration');
      assertInvalid('poc', 'id: p\ntitle: t\ntasks: [ { id: T1, duration: -1 } ]\n', (e) => e.instancePath === '/tasks/0/duration');
    });

    it('rejects a checklist item without text', () => {
      assertInvalid('checklist', 'id: c\ntitle: t\nitems: [ { id: C1, done: true } ]\n', (e) => e.keyword === 'required' && e.params.missingProperty === 'text');
      assertInvalid('checklist', 'id: c\ntitle: t\nitems: [ { group: 分组, items: [ { id: C1 } ] } ]\n', (e) => e.keyword === 'required' && e.params.missingProperty === 'text' && e.instancePath === '/items/0/items/0');
    });

    it('rejects a kind that disagrees with the schema', () => {
      assertInvalid('poc', 'kind: project\nid: p\ntitle: t\n', (e) => e.keyword === 'const' && e.instancePath === '/kind');
    });

    it('rejects bad ids, weeks, ranges and numbers out of range', () => {
      assertInvalid('poc', 'id: "-bad"\ntitle: t\n', (e) => e.keyword === 'pattern' && e.instancePath === '/id');
      assertInvalid('poc', 'id: p\ntitle: t\ncalendar: { holidays: ["2026-10-01...2026-10-07"] }\n', (e) => e.keyword === 'pattern');
      assertInvalid('project', 'id: p\ntitle: t\nweeklyReports: [ { week: 2027-2 } ]\n', (e) => e.keyword === 'pattern' && e.instancePath === '/weeklyReports/0/week');
      assertInvalid('project', 'id: p\ntitle: t\nweeklyReports: [ { week: 2027-W02, hours: { zhao: 四十 } } ]\n', (e) => e.instancePath === '/weeklyReports/0/hours/zhao');
      assertInvalid('project', 'id: p\ntitle: t\nsatisfaction: [ { score: -1 } ]\n', (e) => e.keyword === 'minimum');
      assertInvalid('project', 'id: p\ntitle: t\nweeklyReports: [ { week: 2027-W02, hours: { zhao: { P4: 四十 } } } ]\n', (e) => e.instancePath.startsWith('/weeklyReports/0/hours/zhao'));
      assertInvalid('project', 'id: p\ntitle: t\ntraining: [ { passRate: 90 } ]\n', (e) => e.keyword === 'maximum');
      assertInvalid('poc', 'id: p\ntitle: t\nteam: [ { id: a, capacity: 0 } ]\n', (e) => e.keyword === 'exclusiveMinimum');
      assertInvalid('poc', 'id: p\ntitle: t\nrisks: [ { id: RK1, impact: very-high } ]\n', (e) => e.keyword === 'enum');
      assertInvalid('stakeholders', 'stakeholders: [ { id: a, roles: decision-maker } ]\n', (e) => e.keyword === 'type' && e.instancePath === '/stakeholders/0/roles');
      assertInvalid('requirements', 'requirements: [ { id: R1, priority: high } ]\n', (e) => e.keyword === 'enum');
      assertInvalid('project', 'id: p\ntitle: t\nchanges: [ { id: CR1, price: -5 } ]\n', (e) => e.instancePath === '/changes/0/price');
    });
  });
});

function isObj(v: unknown): v is Json {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Visits every schema object (not annotation payloads such as defaultSnippets / enumDescriptions). */
function walk(node: unknown, visit: (node: Json, at: string) => void, at = '#'): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => walk(n, visit, `${at}/${i}`));
    return;
  }
  if (!isObj(node)) return;
  visit(node, at);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'defaultSnippets' || k === 'enumDescriptions' || k === 'enum' || k === 'const' || k === 'required') continue;
    if (k === 'properties' || k === 'definitions') {
      if (isObj(v)) for (const [name, sub] of Object.entries(v)) walk(sub, visit, `${at}/${k}/${name}`);
      continue;
    }
    walk(v, visit, `${at}/${k}`);
  }
}

const CJK = /[\u3400-\u9fff]/;

/** Undefined when the text is "中文\nEnglish", else why not. */
function bilingualProblem(d: unknown): string | undefined {
  if (typeof d !== 'string') return 'no description';
  const lines = d.split('\n');
  if (lines.length !== 2) return `${lines.length} lines instead of 2`;
  const [zh, en] = lines;
  if (!CJK.test(zh)) return 'first line is not Chinese';
  if (!en.trim() || CJK.test(en)) return 'second line is not English';
  return undefined;
}
