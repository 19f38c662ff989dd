// POC Studio Gantt panel (webview). Receives the chart from the extension (which got it from the
// language server) and draws it with Mermaid (securityLevel 'strict'). It never parses YAML and
// never inserts user text as markup: labels are SVG text written by Mermaid, tooltips and lists
// use textContent. Keeps zoom and scroll across updates and reloads (webview state).
(function () {
  'use strict';

  /* global mermaid */
  var P = window.pocPanel; // media/panel-common.js
  var vscode = P.vscode;
  var S = P.S;
  var fmt = P.fmt;
  var $ = P.$;

  var state = Object.assign({ zoom: 1, scrollLeft: 0, scrollTop: 0 }, vscode.getState() || {});
  var renderCount = 0;
  var bars = {}; // key → bar

  // ------------------------------------------------------------ theme

  var themeColor = P.themeColor;
  var luminance = P.luminance;

  /** The chart's colours, for Mermaid and for the legend's swatches (the same values). */
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

  function themeVariables() {
    var fg = themeColor('--vscode-editor-foreground', '#333333');
    var bg = themeColor('--vscode-editor-background', '#ffffff');
    var blue = themeColor('--vscode-charts-blue', '#3794ff');
    var red = themeColor('--vscode-charts-red', '#f14c4c');
    var green = themeColor('--vscode-charts-green', '#89d185');
    var orange = themeColor('--vscode-charts-orange', '#d18616');
    var grid = themeColor('--vscode-editorLineNumber-foreground', '#858585');
    var alt = themeColor('--vscode-editorWidget-background', bg);
    // Text inside a bar: whichever of the theme's text and background colours is darker reads on
    // the chart colours in light and dark themes alike.
    var inside = luminance(fg) < luminance(bg) ? fg : bg;
    var font = getComputedStyle(document.body).getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
    return {
      background: bg,
      fontFamily: font,
      primaryColor: blue,
      primaryTextColor: fg,
      textColor: fg,
      titleColor: fg,
      lineColor: grid,
      gridColor: grid,
      sectionBkgColor: bg,
      sectionBkgColor2: alt,
      altSectionBkgColor: alt,
      taskBkgColor: blue,
      taskBorderColor: blue,
      taskTextColor: inside,
      taskTextLightColor: inside,
      taskTextDarkColor: inside,
      taskTextOutsideColor: fg,
      taskTextClickableColor: fg,
      activeTaskBkgColor: orange,
      activeTaskBorderColor: orange,
      doneTaskBkgColor: green,
      doneTaskBorderColor: green,
      critBkgColor: red,
      critBorderColor: red,
      todayLineColor: red,
      vertLineColor: red,
    };
  }

  // ------------------------------------------------------------ toolbar

  function setOptions(change) {
    vscode.postMessage(Object.assign({ type: 'options' }, change));
  }
  $('scope').addEventListener('change', function () {
    setOptions({ scope: $('scope').value });
  });
  $('critical').addEventListener('change', function () {
    setOptions({ criticalOnly: $('critical').checked });
  });
  $('owner').addEventListener('change', function () {
    setOptions({ owner: $('owner').value });
  });

  function zoomTo(z) {
    var wrap = $('chart-wrap');
    var old = state.zoom;
    state.zoom = Math.max(0.25, Math.min(8, Math.round(z * 100) / 100));
    // Keep the middle of the view where it was.
    var mid = wrap.scrollLeft + wrap.clientWidth / 2;
    state.scrollLeft = Math.max(0, (mid * state.zoom) / old - wrap.clientWidth / 2);
    state.scrollTop = wrap.scrollTop;
    saveState();
    requestRender();
  }
  $('zoom-in').addEventListener('click', function () {
    zoomTo(state.zoom * 1.25);
  });
  $('zoom-out').addEventListener('click', function () {
    zoomTo(state.zoom / 1.25);
  });
  $('zoom-fit').addEventListener('click', function () {
    zoomTo(1);
  });
  $('chart-wrap').addEventListener(
    'wheel',
    function (e) {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomTo(state.zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1));
    },
    { passive: false },
  );

  // One menu for the four exports keeps the toolbar on one line in a narrow panel.
  $('export').addEventListener('change', function () {
    var format = $('export').value;
    $('export').value = '';
    if (!format) return;
    var msg = { type: 'export', format: format };
    if (format === 'svg') msg.svg = currentSvg();
    vscode.postMessage(msg);
  });

  function currentSvg() {
    var svg = $('chart').querySelector('svg');
    if (!svg) return '';
    var copy = svg.cloneNode(true);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  }

  var saveTimer;
  function saveState() {
    vscode.setState(state);
  }
  $('chart-wrap').addEventListener('scroll', function () {
    var wrap = $('chart-wrap');
    state.scrollLeft = wrap.scrollLeft;
    state.scrollTop = wrap.scrollTop;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 100);
  });

  // ------------------------------------------------------------ reveal

  function reveal(key) {
    if (key && bars[key]) vscode.postMessage({ type: 'reveal', key: key, uri: bars[key].uri, range: bars[key].range });
  }
  $('chart').addEventListener('click', function (e) {
    var el = e.target && e.target.closest ? e.target.closest('[data-key]') : null;
    if (el) reveal(el.getAttribute('data-key'));
  });
  $('chart').addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var el = e.target && e.target.closest ? e.target.closest('[data-key]') : null;
    if (el) {
      e.preventDefault();
      reveal(el.getAttribute('data-key'));
    }
  });
  $('unscheduled-list').addEventListener('click', function (e) {
    var el = e.target && e.target.closest ? e.target.closest('[data-key]') : null;
    if (el) reveal(el.getAttribute('data-key'));
  });

  // ------------------------------------------------------------ render

  var requestRender = P.onData(render);

  var showMessage = P.showMessage;

  function updateToolbar(chart) {
    $('scope').value = chart.scope;
    $('critical').checked = !!chart.criticalOnly;
    var sel = $('owner');
    while (sel.firstChild) sel.removeChild(sel.firstChild);
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

  function describe(bar) {
    var parts = [bar.name];
    var when = bar.milestone ? bar.start + ' · ' + S.milestone : bar.start + ' – ' + bar.end;
    parts.push(when);
    if (bar.ownerName || bar.owner) parts.push(S.owner + ': ' + (bar.ownerName || bar.owner));
    var flags = [];
    if (bar.status === 'done') flags.push(S.done);
    if (bar.status === 'active') flags.push(S.active);
    if (bar.status === 'blocked') flags.push(S.blocked);
    if (bar.status === 'cancelled') flags.push(S.cancelled);
    if (bar.critical) flags.push(S.criticalTask);
    else if (typeof bar.slack === 'number') flags.push(fmt(S.slack, bar.slack));
    if (bar.overdue) flags.push(overdueText(bar.overdue));
    if (flags.length) parts.push(flags.join(' · '));
    (bar.problems || []).forEach(function (p) {
      parts.push('⚠ ' + p);
    });
    parts.push(S.clickToReveal);
    return parts.join('\n');
  }

  function overdueText(days) {
    return days === 1 ? S.overdueOne : fmt(S.overdueMany, days);
  }

  var legend = window.pocGanttLegend; // media/gantt-legend.js
  function renderLegend(chart, todayLine) {
    legend.render(chart, todayLine, palette());
  }
  var tickInterval = legend.tickInterval;

  function render(d) {
    var t0 = d.receivedAt || performance.now();
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
    updateToolbar(chart);
    renderUnscheduled(chart);
    var scheduled = chart.sections.reduce(function (n, s) {
      return n + s.bars.length;
    }, 0);
    var critical = chart.sections.reduce(function (n, s) {
      return n + s.bars.filter(function (b) { return b.critical; }).length;
    }, 0);
    $('status').textContent = [chart.title, fmt(S.tasks, scheduled + chart.unscheduled.length), fmt(S.critical, critical), S.today + ' ' + chart.today].join(' · ');
    var target = $('chart');
    if (chart.empty || !scheduled) {
      showMessage(chart.empty || '');
      target.textContent = '';
      renderLegend({ sections: [] }, false);
      vscode.postMessage({ type: 'rendered', info: summary(d, target, performance.now() - t0) });
      return Promise.resolve();
    }
    showMessage('');
    var wrap = $('chart-wrap');
    var width = Math.max(600, (wrap.clientWidth || 900) - 24) * state.zoom;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      // Mermaid refuses sources over 50,000 characters by default: a 1,000-task plan is larger.
      maxTextSize: 10000000,
      theme: 'base',
      themeVariables: themeVariables(),
      gantt: {
        useWidth: width,
        useMaxWidth: false,
        barHeight: 20,
        barGap: 4,
        topPadding: 50,
        leftPadding: 150,
        rightPadding: 40,
        tickInterval: tickInterval(chart, width - 190),
        fontSize: 12,
        sectionFontSize: 12,
        numberSectionStyles: 2,
      },
    });
    renderCount++;
    var id = 'gantt-' + renderCount;
    var t1 = performance.now();
    return mermaid.render(id, d.mermaid).then(function (r) {
      var t2 = performance.now();
      target.innerHTML = r.svg; // Mermaid's output (strict mode: labels are SVG text)
      var svg = target.querySelector('svg');
      decorate(svg, id);
      renderLegend(chart, !!svg && !!svg.querySelector('rect.vert'));
      wrap.scrollLeft = state.scrollLeft;
      wrap.scrollTop = state.scrollTop;
      // Report once the browser has laid out and painted the new chart.
      return new Promise(function (resolve) {
        requestAnimationFrame(function () {
          setTimeout(function () {
            var info = summary(d, target, performance.now() - t0);
            info.mermaidMs = Math.round(t2 - t1);
            info.prepareMs = Math.round(t1 - t0);
            vscode.postMessage({ type: 'rendered', info: info });
            resolve();
          }, 0);
        });
      });
    });
  }

  var SVG_NS = 'http://www.w3.org/2000/svg';
  function decorate(svg, id) {
    if (!svg) return;
    svg.style.maxWidth = 'none';
    Object.keys(bars).forEach(function (key) {
      var bar = bars[key];
      var rect = svg.getElementById ? svg.getElementById(id + '-' + key) : svg.querySelector('#' + id + '-' + key);
      var text = svg.getElementById ? svg.getElementById(id + '-' + key + '-text') : null;
      [rect, text].forEach(function (el) {
        if (!el) return;
        el.setAttribute('data-key', key);
        el.classList.add('poc-bar');
        if (bar.critical) el.classList.add('poc-critical');
        if (bar.inCycle || (bar.problems && bar.problems.length)) el.classList.add('poc-problem');
        if (bar.overdue) el.classList.add('poc-overdue');
      });
      if (rect) {
        rect.setAttribute('tabindex', '0');
        rect.setAttribute('role', 'button');
        var title = document.createElementNS(SVG_NS, 'title');
        title.textContent = describe(bar);
        rect.appendChild(title);
        rect.setAttribute('aria-label', bar.name);
      }
    });
  }

  function renderUnscheduled(chart) {
    var list = $('unscheduled-list');
    while (list.firstChild) list.removeChild(list.firstChild);
    chart.unscheduled.forEach(function (b) {
      var li = document.createElement('li');
      li.setAttribute('data-key', b.key);
      li.tabIndex = 0;
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = b.text || b.label;
      var why = document.createElement('span');
      why.className = 'why';
      why.textContent = ' — ' + (b.problems || []).join('; ');
      li.appendChild(name);
      li.appendChild(why);
      list.appendChild(li);
    });
    $('unscheduled').hidden = chart.unscheduled.length === 0;
  }

  /** What was drawn, for the extension (and the tests): counted from the SVG itself. */
  function summary(d, target, ms) {
    var rects = Array.prototype.slice.call(target.querySelectorAll('rect.poc-bar'));
    return {
      seq: d.seq,
      ms: Math.round(ms),
      bars: rects.length,
      critical: rects.filter(function (r) { return /crit/i.test(r.getAttribute('class') || ''); }).length,
      milestones: rects.filter(function (r) { return /\bmilestone\b/.test(r.getAttribute('class') || ''); }).length,
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
