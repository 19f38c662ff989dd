import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule team-role-missing', () => {
  it('fires once at the team key, listing the missing roles', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      team:
        - { id: zhang, name: 张三, role: sales }
        - { id: li, name: 李四, role: presales }
        - { id: qian, name: 钱七, role: pm }
    ` }, 'team-role-missing');
    assert.deepStrictEqual(brief(hits), ['4:team']);
    assert.strictEqual(hits[0].severity, 'info');
    assert.deepStrictEqual(hits[0].data, { missing: ['ops', 'engineer'], pocId: 'bank-log-poc' });
    assert.match(hits[0].message, /The team of POC 某银行日志分析平台 POC has no ops .*, no engineer .*add members with role: ops \/ engineer/);
  });

  it('fires at the POC id when there is no team', () => {
    const hits = check({ 'bank.poc.yaml': 'kind: poc\nid: bank-log-poc\n' }, 'team-role-missing');
    assert.deepStrictEqual(brief(hits), ['2:bank-log-poc']);
    assert.deepStrictEqual(hits[0].data?.missing, ['sales', 'presales', 'ops', 'engineer']);
  });

  it('does not fire when all four roles are there', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      team:
        - { id: zhang, name: 张三, role: sales }
        - { id: li, name: 李四, role: presales }
        - { id: wang, name: 王五, role: ops }
        - { id: zhao, name: 赵六, role: engineer, capacity: 1 }
    ` }, 'team-role-missing'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      team:
        - { id: zhang, name: 张三, role: sales }
        - { id: li, name: 李四, role: presales }
        - { id: zhao, name: 赵六, role: engineer }
    ` }, 'team-role-missing', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '“bank-log-poc”的团队缺少运维人员（负责构建部署包并支持部署）。POC 团队应由销售、售前、运维和技术人员组成，请补充运维成员。',
    );
  });

  it('counts every role of a person with several (roles: [presales, engineer])', () => {
    const team = (li: string) => `id: bank-log-poc\nteam:\n  - { id: zhang, name: 张三, role: sales }\n  - { id: wang, name: 王五, role: ops }\n  - ${li}\n`;
    assert.deepStrictEqual(check({ 'bank.poc.yaml': team('{ id: li, name: 李四, roles: [presales, engineer] }') }, 'team-role-missing'), []);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': team('{ id: li, name: 李四, role: presales, roles: [engineer] }') }, 'team-role-missing'), []);
    const hits = check({ 'bank.poc.yaml': team('{ id: li, name: 李四, roles: [presales, pm] }') }, 'team-role-missing');
    assert.deepStrictEqual(hits.map((h) => h.data?.missing), [['engineer']]);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': `title: 某银行 POC\n${team('{ id: li, name: 李四, roles: [presales, engineer] }')}` }).filter((h) => h.rule === 'schema'), [], 'roles is in the schema');
  });

  it('needs no ops for a remote POC, but still the others', () => {
    const team = (mode: string, extra = '') => `id: bank-log-poc\nmode: ${mode}\nteam:\n  - { id: zhang, name: 张三, role: sales }\n  - { id: li, name: 李四, role: presales }\n${extra}`;
    assert.deepStrictEqual(check({ 'bank.poc.yaml': team('remote', '  - { id: zhao, name: 赵六, role: engineer }\n') }, 'team-role-missing'), []);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': team('onsite', '  - { id: zhao, name: 赵六, role: engineer }\n') }, 'team-role-missing').map((h) => h.data?.missing), [['ops']]);
    const hits = check({ 'bank.poc.yaml': team('remote') }, 'team-role-missing');
    assert.deepStrictEqual(hits.map((h) => h.data?.missing), [['engineer']]);
    assert.match(hits[0].message, /A remote POC team needs sales, presales and an engineer: add a member with role: engineer\./);
    const zh = check({ 'bank.poc.yaml': team('remote') }, 'team-role-missing', { locale: 'zh-CN' });
    assert.strictEqual(zh[0].message, '“bank-log-poc”的团队缺少技术人员（负责产品部署并支持演示）。远程 POC 团队应由销售、售前和技术人员组成，请补充实施工程师成员。');
  });
});
