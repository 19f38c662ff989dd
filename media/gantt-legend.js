// The Gantt panel's legend (what each colour and mark means, only those the chart shows, with
// swatches in the chart's own colours), the owner's load strip (layout.strip, server-made: cells,
// their percent and tooltip) and the axis tick step; used by media/gantt.js. Text is written with
// textContent only.
(function () {
  'use strict';

  var P = window.pocPanel; // media/panel-common.js
  var S = P.S;
  var $ = P.$;

  var LEGEND = ['task', 'done', 'active', 'critical', 'milestone', 'overdue', 'baseline', 'load-busy', 'load-over', 'today'];

  /** What the chart's colours and marks mean: only those it shows, swatches in its own colours. */
  function render(chart, todayLine, colours, baseline, strip) {
    var used = {};
    chart.sections.forEach(function (s) {
      s.bars.forEach(function (b) {
        if (b.milestone) used.milestone = true;
        if (b.critical) used.critical = true;
        if (b.status === 'done') used.done = true;
        else if (b.status === 'active') used.active = true;
        else if (!b.critical && !b.milestone) used.task = true;
        if (b.overdue) used.overdue = true;
      });
    });
    if (todayLine) used.today = true;
    if (baseline) used.baseline = true;
    ((strip && strip.cells) || []).forEach(function (c) {
      used['load-' + c.state] = true;
    });
    var names = { task: S.legendTask, done: S.done, active: S.active, critical: S.criticalTask, milestone: S.milestone, overdue: S.legendOverdue, baseline: S.legendBaseline, 'load-busy': S.legendLoadBusy, 'load-over': S.legendLoadOver, today: S.legendToday };
    var legend = $('legend');
    P.clear(legend);
    LEGEND.forEach(function (id) {
      if (!used[id]) return;
      var li = P.el('li', 'legend-item');
      li.setAttribute('data-legend', id);
      var sw = P.el('span', 'swatch swatch-' + id);
      if (id === 'overdue') sw.style.borderColor = colours.overdue;
      else if (id === 'load-busy' || id === 'load-over') sw.className += ' ' + id; // gantt.css
      else sw.style.backgroundColor = id === 'milestone' ? colours.task : id === 'baseline' ? P.themeColor('--vscode-descriptionForeground', '#888888') : colours[id];
      li.appendChild(sw);
      li.appendChild(P.el('span', '', names[id]));
      legend.appendChild(li);
    });
    legend.hidden = !legend.firstChild;
  }

  /**
   * The load strip under the rows: its label in the label column (`labels`, which sticks to the
   * left), one rect per cell in `layer` with a <title>, the percent when it fits. `X`/`W` zoom.
   */
  function drawStrip(l, layer, labels, X, W, svgEl) {
    var s = l.strip;
    if (!s) return;
    var label = svgEl('text', { x: 8, y: s.y + s.h / 2 + 4 }, 'strip-text');
    label.textContent = s.label;
    labels.appendChild(label);
    s.cells.forEach(function (c) {
      var g = svgEl('g', {}, 'load-cell');
      var r = svgEl('rect', { x: X(c.x), y: s.y, width: W(c.w), height: s.h }, 'load-' + c.state);
      r.setAttribute('data-percent', String(c.percent));
      var title = svgEl('title', {});
      title.textContent = c.title;
      r.appendChild(title);
      g.appendChild(r);
      var text = c.percent + '%';
      if (W(c.w) >= text.length * 7 + 4) {
        var t = svgEl('text', { x: X(c.x) + 2, y: s.y + s.h / 2 + 4 }, 'strip-percent');
        t.textContent = text;
        g.appendChild(t);
      }
      layer.appendChild(g);
    });
  }

  /** Mermaid's tickInterval: ticks at least 64 px apart (server/src/core/gantt/legend.ts). */
  function tickInterval(chart, px) {
    var a = Date.parse(chart.start);
    var b = Date.parse(chart.end);
    var days = isNaN(a) || isNaN(b) ? 1 : Math.max(1, Math.round((b - a) / 86400000) + 1);
    var perDay = px / days;
    var steps = [[1, '1day'], [2, '2day'], [7, '1week'], [14, '2week'], [30, '1month'], [91, '3month'], [182, '6month']];
    for (var i = 0; i < steps.length; i++) if (steps[i][0] * perDay >= 64) return steps[i][1];
    return '12month';
  }

  window.pocGanttLegend = { render: render, drawStrip: drawStrip, tickInterval: tickInterval };
})();
