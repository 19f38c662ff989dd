// POC Studio Gantt panel (webview). Draws the chart that the language server laid out
// (core/gantt/svg-layout.ts: rows, bars, baselines, arrows, days off, today, ticks) as SVG built
// with createElementNS — only the rows on screen (and a margin), so a plan of thousands of tasks
// stays fast; scrolling draws the rows that come into view. It never parses YAML and never inserts
// user text as markup (textContent only). Drags post a request; the extension asks the server for
// the minimal edit and applies it. Keeps zoom and scroll across updates and reloads (webview state).
(function () {
  'use strict';

  var P = window.pocPanel; // media/panel-common.js
  var vscode = P.vscode;
  var S = P.S;
  var fmt = P.fmt;
  var $ = P.$;
  var SVG_NS = 'http://www.w3.org/2000/svg';
  /** Rows drawn above and below the visible ones. */
  var MARGIN_ROWS = 20;
  var DAY_MS = 86400000;

  var state = Object.assign({ zoom: 1, scrollLeft: 0, scrollTop: 0 }, vscode.getState() || {});
  var data; // the last data drawn
  var bars = {}; // key → bar
  var barByIndex = {}; // layout index → layout bar
  var drawn = { from: -1, to: -1 };

  // ------------------------------------------------------------ theme

  var themeColor = P.themeColor;
  function palette() {
    return {
      task: themeColor('--vscode-charts-blue', '#3794ff'),
      done: themeColor('--vscode-charts-green', '#89d185'),
      active: themeColor('--vscode-charts-orange', '#d18616'),
      critical: themeColor('--vscode-charts-red', '#f14c4c'),
      overdue: themeColor('--vscode-charts-purple', '#b180d7'),
      today: themeColor('--vscode-charts-red', '#f14c4c'),
    };
  }

  // ------------------------------------------------------------ toolbar

  // Filters, zoom, export and scrolling: media/gantt-toolbar.js, on this page's state.
  window.pocGanttToolbar({
    state: state,
    rerender: function () {
      requestRender();
    },
    scrolled: function () {
      stickLabels();
      drawWindow(false);
    },
  });

  // ------------------------------------------------------------ geometry

  /** x of the layout, zoomed (the label column keeps its width). */
  function X(x) {
    var l = data.layout;
    return l.plotX + (x - l.plotX) * state.zoom;
  }
  function W(w) {
    return Math.max(1, w * state.zoom);
  }
  function svgEl(tag, attrs, cls) {
    var e = document.createElementNS(SVG_NS, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    if (cls) e.setAttribute('class', cls);
    return e;
  }
  function dayOf(x) {
    var l = data.layout;
    return l.start + Math.floor((x - l.plotX) / (l.pxPerDay * state.zoom));
  }
  function iso(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  // ------------------------------------------------------------ drawing

  var requestRender = P.onData(render);
  var showMessage = P.showMessage;
  var legend = window.pocGanttLegend; // media/gantt-legend.js

  function updateToolbar(chart) {
    $('scope').value = chart.scope;
    $('critical').checked = !!chart.criticalOnly;
    $('inspections').checked = !!chart.inspections;
    var sel = $('owner');
    P.clear(sel);
    var all = document.createElement('option');
    all.value = '';
    all.textContent = S.allOwners;
    sel.appendChild(all);
    (chart.owners || []).forEach(function (o) {
      var opt = document.createElement('option');
      opt.value = o.id;
      opt.textContent = o.name ? o.name + ' (' + o.id + ')' : o.id;
      sel.appendChild(opt);
    });
    sel.value = chart.owner || '';
    $('zoom-level').textContent = Math.round(state.zoom * 100) + '%';
  }

  function renderUnscheduled(chart) {
    var list = $('unscheduled-list');
    P.clear(list);
    chart.unscheduled.forEach(function (b) {
      var li = document.createElement('li');
      li.setAttribute('data-key', b.key);
      li.tabIndex = 0;
      li.appendChild(P.el('span', 'name', b.text || b.label));
      li.appendChild(P.el('span', 'why', ' — ' + (b.problems || []).join('; ')));
      list.appendChild(li);
    });
    $('unscheduled').hidden = chart.unscheduled.length === 0;
  }

  var layers = {};
  var Rows = window.pocGanttRows; // media/gantt-rows.js
  var keyed = { bars: { made: 0 } };
  var frameSig;
  function render(d) {
    var t0 = d.receivedAt || performance.now();
    data = d;
    var chart = d.chart;
    bars = {};
    chart.sections.forEach(function (s) {
      s.bars.forEach(function (b) {
        bars[b.key] = b;
      });
    });
    chart.unscheduled.forEach(function (b) {
      bars[b.key] = b;
    });
    barByIndex = {};
    (d.layout ? d.layout.bars : []).forEach(function (lb) {
      barByIndex[lb.index] = lb;
    });
    updateToolbar(chart);
    renderUnscheduled(chart);
    // Counted by the server over the whole chart (a large chart's answer holds a window of its rows).
    var scheduled = d.totals ? d.totals.scheduled : chart.sections.reduce(function (n, s) {
      return n + s.bars.length;
    }, 0);
    var critical = d.totals ? d.totals.critical : chart.sections.reduce(function (n, s) {
      return n + s.bars.filter(function (b) { return b.critical; }).length;
    }, 0);
    pendingRows = undefined;
    $('status').textContent = [chart.title, fmt(S.tasks, scheduled + chart.unscheduled.length), fmt(S.critical, critical), S.today + ' ' + chart.today].join(' · ');
    var target = $('chart');
    drawn = { from: -1, to: -1 };
    if (chart.empty || !scheduled || !d.layout) {
      P.clear(target);
      frameSig = undefined;
      showMessage(chart.empty || '');
      legend.render({ sections: [] }, false, palette());
      vscode.postMessage({ type: 'rendered', info: summary(d, performance.now() - t0) });
      return Promise.resolve();
    }
    showMessage('');
    // The frame (axis, days off, today, the load strip) is kept while it would be drawn the same;
    // the rows are drawn keyed (media/gantt-rows.js): an update redraws only what changed.
    var l = d.layout;
    var sig = JSON.stringify([l.width, l.height, l.top, l.labelW, l.plotX, l.plotW, l.pxPerDay, l.start, l.days, l.totalRows, l.today, l.shading, l.ticks, l.strip, chart.title, chart.today, state.zoom]);
    if (sig !== frameSig || !layers.svg || !target.contains(layers.svg)) {
      P.clear(target);
      drawFrame(l, chart);
      frameSig = sig;
    }
    keyed.bars.made = 0;
    legend.render(chart, !!d.layout.today, palette(), d.layout.baselines.length > 0, d.layout.strip);
    var wrap = $('chart-wrap');
    wrap.scrollLeft = state.scrollLeft;
    wrap.scrollTop = state.scrollTop;
    stickLabels();
    drawWindow(true);
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        setTimeout(function () {
          vscode.postMessage({ type: 'rendered', info: summary(d, performance.now() - t0) });
          resolve();
        }, 0);
      });
    });
  }

  /** What does not depend on the rows on screen: the SVG, days off, grid, axis, today line. */
  function drawFrame(l, chart) {
    var width = Math.ceil(X(l.plotX + l.plotW) + 12);
    var svg = svgEl('svg', { xmlns: SVG_NS, width: width, height: l.height, viewBox: '0 0 ' + width + ' ' + l.height, role: 'img' }, 'poc-gantt');
    svg.setAttribute('aria-label', chart.title);
    var g = function (cls) {
      var e = svgEl('g', {}, cls);
      svg.appendChild(e);
      return e;
    };
    layers.shade = g('days-off');
    l.shading.forEach(function (s) {
      layers.shade.appendChild(svgEl('rect', { x: X(s.x), y: l.top, width: W(s.w), height: l.height - l.top }, 'day-off'));
    });
    layers.grid = g('tick');
    var lastRight = -Infinity;
    l.ticks.forEach(function (t) {
      var x = X(t.x);
      layers.grid.appendChild(svgEl('line', { x1: x, y1: l.top - 4, x2: x, y2: l.height }, 'grid'));
      // Axis dates at least 64 px apart when zoomed out.
      if (x - lastRight < 8) return;
      var label = svgEl('text', { x: x + 2, y: l.top - 6 }, 'tick-text');
      label.textContent = t.text;
      layers.grid.appendChild(label);
      lastRight = x + 64;
    });
    var title = svgEl('text', { x: 8, y: 12 }, 'titleText');
    title.textContent = chart.title;
    svg.appendChild(title);
    layers.baselines = g('baselines');
    layers.arrows = g('arrows');
    layers.bars = g('bars');
    layers.strip = g('load-strip');
    if (l.today) {
      svg.appendChild(svgEl('rect', { x: X(l.today.x) - 1, y: l.top - 6, width: 2, height: l.height - l.top + 6 }, 'vert'));
      var tt = svgEl('text', { x: X(l.today.x) + 3, y: 12 }, 'vertText');
      tt.textContent = S.today + ' ' + chart.today;
      svg.appendChild(tt);
    }
    // The label column: sticks to the left edge when the chart scrolls sideways.
    layers.labels = g('labels');
    layers.labels.appendChild(svgEl('rect', { x: 0, y: 0, width: l.labelW, height: l.height }, 'label-bg'));
    layers.labelRows = svgEl('g', {}, 'label-rows');
    layers.labels.appendChild(layers.labelRows);
    // The owner's load strip (filtered by owner): always drawn, under the rows.
    legend.drawStrip(l, layers.strip, layers.labels, X, W, svgEl);
    layers.svg = svg;
    keyed = { bars: new Rows.Keyed(layers.bars), arrows: new Rows.Keyed(layers.arrows), baselines: new Rows.Keyed(layers.baselines), labels: new Rows.Keyed(layers.labelRows) };
    $('chart').appendChild(svg);
  }

  function stickLabels() {
    if (layers.labels) layers.labels.setAttribute('transform', 'translate(' + $('chart-wrap').scrollLeft + ',0)');
  }

  /** Draws the rows on screen (and a margin), unless they are drawn already. */
  function drawWindow(force) {
    if (!data || !data.layout) return;
    var l = data.layout;
    var wrap = $('chart-wrap');
    var first = Math.max(0, Math.floor((wrap.scrollTop - l.top) / l.rowH) - MARGIN_ROWS);
    var last = Math.min(l.totalRows, Math.ceil((wrap.scrollTop + (wrap.clientHeight || 800) - l.top) / l.rowH) + MARGIN_ROWS);
    if (!force && first >= drawn.from && last <= drawn.to) return;
    first = Math.max(0, first - MARGIN_ROWS);
    last = Math.min(l.totalRows, last + MARGIN_ROWS);
    askRows(first, last);
    drawn = { from: first, to: last };
    Object.keys(keyed).forEach(function (k) {
      keyed[k].begin();
    });
    var inRows = function (row) {
      return row >= first && row < last;
    };
    var baseOf = {};
    l.baselines.forEach(function (b) {
      baseOf[b.index] = b;
      var lb = barByIndex[b.index];
      if (!lb || !inRows(lb.row)) return;
      var cls = 'baseline' + (b.slipDays > 0 ? ' slipped' : '');
      keyed.baselines.place('base-' + b.index, JSON.stringify([b.x, b.y, b.w, b.h, b.key, cls]), function () {
        var r = svgEl('rect', { id: 'base-' + b.index, x: X(b.x), y: b.y, width: W(b.w), height: b.h }, cls);
        r.setAttribute('data-key', b.key);
        return r;
      });
    });
    l.rows.forEach(function (row) {
      if (!inRows(row.row)) return;
      if (row.kind === 'section') {
        keyed.labels.place('row-' + row.row, JSON.stringify(['section', row.y, row.text]), function () {
          var st = svgEl('text', { x: 8, y: row.y + l.rowH / 2 + 4 }, 'sectionTitle');
          st.textContent = row.text;
          return st;
        });
        return;
      }
      var lb = barByIndex[row.bar];
      var bar = lb && bars[lb.key];
      if (!bar) return;
      var cls = 'poc-bar poc-label' + (bar.overdue ? ' poc-overdue' : '');
      keyed.labels.place('row-' + row.row, JSON.stringify([row.y, row.text, bar.key, cls]), function () {
        var label = svgEl('text', { x: 20, y: row.y + l.rowH / 2 + 4 }, cls);
        label.setAttribute('data-key', bar.key);
        label.textContent = row.text;
        return label;
      });
    });
    l.bars.forEach(function (lb) {
      if (!inRows(lb.row)) return;
      var bar = bars[lb.key];
      if (!bar) return;
      var cls = 'poc-bar fill-' + lb.fill + (bar.critical ? ' poc-critical crit' : '') + (bar.overdue ? ' poc-overdue' : '') + (bar.inCycle || (bar.problems && bar.problems.length) ? ' poc-problem' : '') + (bar.milestone ? ' milestone' : '');
      var tip = Rows.tooltip(bar, baseOf[lb.index], S, fmt);
      var sig = JSON.stringify([lb.x, lb.y, lb.w, lb.h, lb.progressW, lb.diamond, lb.late, bar.key, bar.name, cls, tip, data.chart.scope]);
      keyed.bars.place('bar-' + lb.index, sig, function () {
        return Rows.barGroup(lb, bar, cls, tip, { X: X, W: W, svgEl: svgEl, resizable: data.chart.scope === 'file' });
      });
    });
    l.arrows.forEach(function (a) {
      // In a window of a large chart, one end may lie outside it (its points are laid out all the same).
      var from = barByIndex[a.from];
      var to = barByIndex[a.to];
      if ((!from || !inRows(from.row)) && (!to || !inRows(to.row))) return;
      var pts = a.points
        .map(function (p) {
          return X(p[0]) + ',' + p[1];
        })
        .join(' ');
      keyed.arrows.place('arrow-' + a.from + '-' + a.to, pts, function () {
        return svgEl('polyline', { id: 'arrow-' + a.from + '-' + a.to, points: pts }, 'arrow');
      });
    });
    Object.keys(keyed).forEach(function (k) {
      keyed[k].sweep();
    });
    if (current !== undefined) markCurrent();
  }


  /**
   * A large chart comes a window of rows at a time (data.windowed, layout.window): rows on screen
   * that the window does not hold are asked for, with a margin, once until the answer arrives.
   */
  var pendingRows;
  var lastAsked;
  var ASK_MARGIN_ROWS = 150;
  function askRows(first, last) {
    if (!data || !data.windowed) return;
    var w = data.layout.window;
    if (first >= w.from && last <= w.to) return;
    if (pendingRows && first >= pendingRows.from && last <= pendingRows.to) return;
    var ask = { from: Math.max(0, first - ASK_MARGIN_ROWS), to: Math.min(data.layout.totalRows, last + ASK_MARGIN_ROWS) };
    // Never the same rows twice in a row: an answer that cannot hold them does not start a loop.
    if (lastAsked && lastAsked.from === ask.from && lastAsked.to === ask.to && !pendingRows) return;
    pendingRows = lastAsked = ask;
    vscode.postMessage({ type: 'rows', from: ask.from, to: ask.to });
  }

  /** The bar of the task under the editor's cursor (its layout index), marked when drawn. */
  var current;
  function markCurrent() {
    var prev = $('chart').querySelectorAll('.poc-current');
    Array.prototype.forEach.call(prev, function (el) {
      el.classList.remove('poc-current');
    });
    var el = $('chart').querySelector('[id="bar-' + current + '"]');
    if (el) el.classList.add('poc-current');
  }

  // ------------------------------------------------------------ interaction

  // Clicks, drags, keys and the editor's cursor: media/gantt-interact.js, on this page's state.
  window.pocGanttInteract({
    data: function () {
      return data;
    },
    bars: function () {
      return bars;
    },
    zoom: function () {
      return state.zoom;
    },
    iso: iso,
    follow: function (index) {
      current = index;
      drawWindow(false);
      markCurrent();
    },
  });

  /** What was drawn, for the extension (and the tests): counted from the SVG itself. */
  function summary(d, ms) {
    var target = $('chart');
    var rects = Array.prototype.slice.call(target.querySelectorAll('rect.poc-bar'));
    return {
      seq: d.seq,
      ms: Math.round(ms),
      bars: rects.length,
      /** Bars drawn anew by this update (the others were kept as they were). */
      redrawn: keyed.bars.made,
      totalBars: d.totals ? d.totals.scheduled : d.layout ? d.layout.bars.length : 0,
      window: d.windowed ? [d.layout.window.from, d.layout.window.to] : undefined,
      rows: d.layout ? d.layout.totalRows : 0,
      drawnRows: drawn.to - drawn.from,
      critical: rects.filter(function (r) { return /crit/i.test(r.getAttribute('class') || ''); }).length,
      milestones: rects.filter(function (r) { return /\bmilestone\b/.test(r.getAttribute('class') || ''); }).length,
      arrows: target.querySelectorAll('polyline.arrow').length,
      baselines: target.querySelectorAll('rect.baseline').length,
      strip: target.querySelectorAll('.load-strip rect').length,
      todayLine: !!target.querySelector('rect.vert'),
      overdue: rects.filter(function (r) { return r.classList.contains('poc-overdue'); }).map(function (r) { return r.getAttribute('data-key'); }),
      legend: Array.prototype.slice.call(document.querySelectorAll('#legend [data-legend]')).map(function (li) { return li.getAttribute('data-legend'); }),
      labels: Array.prototype.slice.call(target.querySelectorAll('text.poc-bar')).map(function (t) { return t.textContent.trim(); }),
      widths: rects.reduce(function (o, r) { o[r.getAttribute('data-key')] = Number(r.getAttribute('width')); return o; }, {}),
      unscheduled: d.chart.unscheduled.length,
      zoom: state.zoom,
    };
  }

  vscode.postMessage({ type: 'ready' });
})();
