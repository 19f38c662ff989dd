// POC Studio Gantt panel (webview): the toolbar and scrolling. Scope, critical-path, owner and
// inspections filters post `options`; zoom (buttons, Ctrl+wheel) keeps the middle of the view and
// redraws; the export menu asks the extension (the server writes every row); scrolling keeps the
// position in the webview state and draws the rows that come into view. `g` (media/gantt.js):
// state (zoom, scrollLeft, scrollTop), rerender(), scrolled().
(function () {
  'use strict';

  var P = window.pocPanel; // media/panel-common.js
  var vscode = P.vscode;
  var $ = P.$;

  window.pocGanttToolbar = function (g) {
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
    $('inspections').addEventListener('change', function () {
      setOptions({ inspections: $('inspections').checked });
    });

    function zoomTo(z) {
      var wrap = $('chart-wrap');
      var old = g.state.zoom;
      g.state.zoom = Math.max(0.25, Math.min(8, Math.round(z * 100) / 100));
      var mid = wrap.scrollLeft + wrap.clientWidth / 2;
      g.state.scrollLeft = Math.max(0, (mid * g.state.zoom) / old - wrap.clientWidth / 2);
      g.state.scrollTop = wrap.scrollTop;
      saveState();
      g.rerender();
    }
    $('zoom-in').addEventListener('click', function () {
      zoomTo(g.state.zoom * 1.25);
    });
    $('zoom-out').addEventListener('click', function () {
      zoomTo(g.state.zoom / 1.25);
    });
    $('zoom-fit').addEventListener('click', function () {
      zoomTo(1);
    });
    $('chart-wrap').addEventListener(
      'wheel',
      function (e) {
        if (!e.ctrlKey && !e.metaKey) return;
        e.preventDefault();
        zoomTo(g.state.zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1));
      },
      { passive: false },
    );

    // Every export is made by the server from the plan (all rows, not only those on screen).
    $('export').addEventListener('change', function () {
      var format = $('export').value;
      $('export').value = '';
      if (format) vscode.postMessage({ type: 'export', format: format });
    });

    var saveTimer;
    function saveState() {
      vscode.setState(g.state);
    }
    var frame = 0;
    $('chart-wrap').addEventListener('scroll', function () {
      var wrap = $('chart-wrap');
      g.state.scrollLeft = wrap.scrollLeft;
      g.state.scrollTop = wrap.scrollTop;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveState, 100);
      if (!frame)
        frame = requestAnimationFrame(function () {
          frame = 0;
          g.scrolled();
        });
    });
  };
})();
