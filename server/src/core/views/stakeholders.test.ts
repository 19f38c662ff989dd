import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { allPeople, quadrantOf, stakeholderMap, stakeholderQuadrantMermaid, stakeholderTreeMermaid } from './stakeholders';

const PEOPLE = yaml`
  kind: stakeholders
  stakeholders:
    - { id: ceo, name: 陈总, title: 行长, influence: high, interest: low, attitude: neutral }
    - { id: cio, name: 刘总, title: CIO, roles: [decision-maker], influence: high, interest: high, attitude: supporter, reportsTo: ceo }
    - { id: sec, name: 周经理, influence: high, interest: high, attitude: skeptic, reportsTo: cio }
    - { id: ops, name: 马工, influence: low, interest: high, attitude: champion, reportsTo: cio }
    - { id: buy, name: 吴经理, influence: medium, interest: low, attitude: neutral }
    - { id: odd, name: "<b>x</b> -->|y| z[\\"q\\"]", interest: high }
`;
const POC = yaml`
  kind: poc
  id: p1
  title: POC
  demo: { date: 2027-01-10, durationMinutes: 20, audience: [cio, sec] }
`;
const REQS = yaml`
  kind: requirements
  requirements:
    - { id: R1, title: 检索, source: cio }
`;

describe('stakeholder map data', () => {
  const ws = () => workspaceOf({ 'a.stakeholders.yaml': PEOPLE, 'a.poc.yaml': POC, 'a.requirements.yaml': REQS });

  it('places everyone with influence and interest in the Mendelow quadrant; medium counts as low', () => {
    const map = stakeholderMap(ws(), 'zh-CN');
    assert.deepStrictEqual(
      map.points.map((p) => `${p.id}:${p.quadrant}:${p.attitude}`),
      ['ceo:keep-satisfied:neutral', 'cio:manage-closely:supporter', 'sec:manage-closely:skeptic', 'ops:keep-informed:champion', 'buy:monitor:neutral'],
    );
    for (const p of map.points) {
      assert.strictEqual(p.x! > 0.5, p.interest === 'high', p.id);
      assert.strictEqual(p.y! > 0.5, p.influence === 'high', p.id);
    }
    const [cio, sec] = [map.points[1], map.points[2]];
    assert.ok(cio.x !== sec.x || cio.y !== sec.y, 'two people of one cell do not overlap');
    assert.deepStrictEqual(map.quadrants.map((q) => `${q.name}=${q.count}`), ['重点管理=2', '保持满意=1', '及时告知=1', '监督观察=1']);
    assert.strictEqual(quadrantOf('medium', 'high'), 'keep-informed');
  });

  it('lists a stakeholder without influence aside, with the reason, and keeps it in the tree', () => {
    const map = stakeholderMap(ws(), 'en');
    assert.deepStrictEqual(map.aside.map((p) => [p.id, p.missing, p.attitude]), [['odd', ['no valid influence'], 'unknown']]);
    assert.strictEqual(allPeople(map).length, 6);
    assert.match(stakeholderTreeMermaid(map), /n5\[/);
  });

  it('builds the reportsTo tree with decision makers marked, and where people are named', () => {
    const map = stakeholderMap(ws(), 'zh-CN');
    assert.deepStrictEqual(map.edges, [
      { from: 'n0', to: 'n1' },
      { from: 'n1', to: 'n2' },
      { from: 'n1', to: 'n3' },
    ]);
    assert.deepStrictEqual(map.points.filter((p) => p.decisionMaker).map((p) => p.id), ['cio']);
    const cio = map.points.find((p) => p.id === 'cio')!;
    assert.deepStrictEqual(cio.mentions.map((m) => m.text), ['演示受众 · POC', '需求 R1（检索） 的来源']);
    assert.deepStrictEqual(map.points.find((p) => p.id === 'sec')!.mentions.map((m) => m.text), ['演示受众 · POC']);
  });

  it('writes Mermaid sources with generated keys only, never user text', () => {
    const map = stakeholderMap(ws(), 'en');
    const q = stakeholderQuadrantMermaid(map, 'en');
    assert.match(q, /^quadrantChart\n/);
    assert.match(q, /"p1":::attSupporter: \[0\.\d+, 0\.\d+\]/);
    assert.match(q, /quadrant-1 "Manage closely"/);
    const t = stakeholderTreeMermaid(map);
    assert.match(t, /class n1 dm/);
    for (const src of [q, t]) assert.ok(!/<b>|-->\|y\||刘总|陈总/.test(src), src);
  });

  it('says so when there are no stakeholders', () => {
    const map = stakeholderMap(workspaceOf({ 'a.poc.yaml': POC }), 'en');
    assert.match(map.empty ?? '', /No stakeholders/);
  });
});
