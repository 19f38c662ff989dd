import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));

interface Step {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; altText?: string; image?: string; markdown?: string };
  completionEvents: string[];
}

describe('first-run walkthrough (contributes.walkthroughs, issue 19)', () => {
  const pkg = read('package.json');
  const en = read('package.nls.json') as Record<string, string>;
  const zh = read('package.nls.zh-cn.json') as Record<string, string>;
  const walkthrough = pkg.contributes.walkthroughs?.[0];
  const steps = (walkthrough?.steps ?? []) as Step[];
  const key = (s: string) => /^%(.+)%$/.exec(s)?.[1];

  it('has five steps, each completed by its command: new folder or import, problems, schedule, baseline, weekly report', () => {
    assert.strictEqual(pkg.contributes.walkthroughs.length, 1);
    assert.deepStrictEqual(
      steps.map((s) => [s.id, s.completionEvents[0]]),
      [
        ['openFolder', 'onCommand:pocStudio.newPocFolder'],
        ['findings', 'onCommand:pocStudio.showProblems'],
        ['schedule', 'onCommand:pocStudio.showSchedule'],
        ['baseline', 'onCommand:pocStudio.setBaseline'],
        ['weeklyReport', 'onCommand:pocStudio.weeklyReport'],
      ],
    );
    assert.ok(steps[0].completionEvents.includes('onCommand:pocStudio.importPlan'));
  });

  it('offers buttons only for commands that exist (the extension’s own are contributed)', () => {
    const contributed = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const s of steps) {
      const text = en[key(s.description) ?? ''];
      const linked = [...text.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.ok(linked.length > 0, `${s.id} has a button`);
      for (const c of [...linked, ...s.completionEvents.map((e) => e.replace(/^onCommand:/, ''))]) {
        assert.ok(contributed.has(c) || c.startsWith('workbench.'), `${s.id}: ${c}`);
      }
      // The button that completes the step is on it.
      assert.ok(linked.includes(s.completionEvents[0].replace(/^onCommand:/, '')), s.id);
      // The same buttons in Chinese.
      assert.deepStrictEqual([...zh[key(s.description) ?? ''].matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]), linked, s.id);
    }
  });

  it('has every text in English and Chinese, the Chinese without English words', () => {
    const texts = [walkthrough.title, walkthrough.description, ...steps.flatMap((s) => [s.title, s.description, s.media.altText ?? ''])];
    for (const t of texts) {
      const k = key(t);
      assert.ok(k && en[k] && zh[k], `${t} is localized`);
      const visible = zh[k].replace(/\]\(command:[\w.]+\)/g, ']');
      const words = (visible.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['POC', 'Studio', 'Ctrl'].includes(w));
      assert.deepStrictEqual(words, [], `${k}: ${zh[k]}`);
      assert.ok(/[\u4e00-\u9fff]/.test(zh[k]), `${k} is Chinese`);
    }
  });

  it('shows a picture without words on each step (media cannot be localized), drawn in the theme’s colours', () => {
    for (const s of steps) {
      assert.ok(s.media.svg && !s.media.markdown && !s.media.image, s.id);
      const svg = fs.readFileSync(path.join(REPO, s.media.svg), 'utf8');
      assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.ok(!/<text\b/.test(svg), `${s.media.svg} has no text`);
      assert.match(svg, /var\(--vscode-/);
    }
  });
});
