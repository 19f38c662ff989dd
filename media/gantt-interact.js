// POC Studio Gantt panel (webview): what the user does on the chart. A click (or Enter) on a bar
// reveals its task; dragging a bar's end resizes it, dragging the bar moves it, Alt+drag onto another
// bar links them, Shift/Alt+arrow keys do the same by a working day — each posts a drag that the
// extension turns into the server's minimal edit; the editor's cursor on a task brings its row
// into view (a large chart's window follows). Reads the page's state through `g` (media/gantt.js).
(function () {
  'use strict';

  var P = window.pocPanel; // media/panel-common.js
  var vscode = P.vscode;
  var $ = P.$;
  var DAY_MS = 86400000;

  /** g: data(), bars() (key → bar), zoom(), iso(day), follow(index) (scroll to a bar and mark it). */
  window.pocGanttInteract = function (g) {
    function reveal(key) {
      if (key && g.bars()[key]) vscode.postMessage({ type: 'reveal', key: key, uri: g.bars()[key].uri, range: g.bars()[key].range });
    }
    function keyAt(target) {
      var el = target && target.closest ? target.closest('[data-key]') : null;
      return el ? el.getAttribute('data-key') : undefined;
    }
    function drag(key, drag) {
      vscode.postMessage({ type: 'drag', key: key, drag: drag, stamp: g.data() && g.data().stamp });
    }

    var pressed; // { key, mode, x0, el }
    $('chart').addEventListener('pointerdown', function (e) {
      var key = keyAt(e.target);
      if (!key || !g.data() || g.data().chart.scope !== 'file' || e.button !== 0 || (g.bars()[key] && g.bars()[key].fixed)) return;
      var handle = e.target.classList && e.target.classList.contains('poc-handle');
      pressed = { key: key, mode: e.altKey ? 'link' : handle ? 'resize' : 'move', x0: e.clientX, moved: false };
      // No text selection or native drag (which would cancel the pointer events).
      e.preventDefault();
    });
    window.addEventListener('pointercancel', function () {
      pressed = undefined;
    });
    window.addEventListener('pointermove', function (e) {
      if (!pressed) return;
      if (Math.abs(e.clientX - pressed.x0) > 3) pressed.moved = true;
      var grp = $('chart').querySelector('g.bar-group[data-key="' + pressed.key + '"]');
      if (grp && pressed.mode === 'move') grp.setAttribute('transform', 'translate(' + (e.clientX - pressed.x0) + ',0)');
    });
    window.addEventListener('pointerup', function (e) {
      var p = pressed;
      pressed = undefined;
      if (!p) return;
      var grp = $('chart').querySelector('g.bar-group[data-key="' + p.key + '"]');
      if (grp) grp.removeAttribute('transform');
      var bar = g.bars()[p.key];
      if (!p.moved || !bar) {
        reveal(p.key);
        return;
      }
      if (p.mode === 'link') {
        var other = keyAt(document.elementFromPoint(e.clientX, e.clientY));
        if (other && other !== p.key && g.bars()[other]) drag(p.key, { kind: 'link', from: bar.taskIndex, to: g.bars()[other].taskIndex });
        return;
      }
      var l = g.data().layout;
      var days = Math.round((e.clientX - p.x0) / (l.pxPerDay * g.zoom()));
      if (!days) return;
      var base = Date.parse(p.mode === 'resize' ? bar.end : bar.start) / DAY_MS;
      drag(p.key, { kind: p.mode, index: bar.taskIndex, toDate: g.iso(base + days) });
    });
    $('chart').addEventListener('keydown', function (e) {
      var key = keyAt(e.target);
      if (!key) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        reveal(key);
        return;
      }
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (!e.shiftKey && !e.altKey) return;
      var bar = g.bars()[key];
      if (!bar || bar.fixed || g.data().chart.scope !== 'file') return;
      e.preventDefault();
      drag(key, { kind: e.altKey ? 'resize' : 'move', index: bar.taskIndex, days: e.key === 'ArrowRight' ? 1 : -1 });
    });
    $('unscheduled-list').addEventListener('click', function (e) {
      reveal(keyAt(e.target));
    });

    /** The editor's cursor is on a task: bring its row into view and mark it. */
    window.addEventListener('message', function (e) {
      var m = e.data;
      var data = g.data();
      if (!m || m.type !== 'cursor' || !data || !data.layout) return;
      var lb = data.layout.bars.find(function (b) {
        return b.key === m.key;
      });
      // A task outside a large chart's window: its row and index (the window follows the scroll).
      var at = lb ? { y: lb.y, index: lb.index } : typeof m.row === 'number' ? { y: data.layout.top + m.row * data.layout.rowH, index: m.index } : undefined;
      if (!at) return;
      var wrap = $('chart-wrap');
      if (at.y < wrap.scrollTop + data.layout.top || at.y > wrap.scrollTop + wrap.clientHeight - data.layout.rowH) wrap.scrollTop = Math.max(0, at.y - wrap.clientHeight / 2);
      g.follow(at.index);
    });
  };
})();
