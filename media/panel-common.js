// What every POC Studio panel page shares (loaded before the page's own script): VS Code's webview
// API (or, outside VS Code, in the browser tests, a recorder of what would be posted), the
// localized strings (JSON, never markup), placeholders filled with textContent, and the colours of
// the VS Code theme normalised for Mermaid's colour maths.
(function () {
  'use strict';

  /* global acquireVsCodeApi */
  var vscode =
    typeof acquireVsCodeApi === 'function'
      ? acquireVsCodeApi()
      : {
          postMessage: function (m) {
            (window.__pocPosted = window.__pocPosted || []).push(m);
          },
          getState: function () {
            return window.__pocState;
          },
          setState: function (s) {
            window.__pocState = s;
          },
        };

  var S = JSON.parse(document.getElementById('poc-strings').textContent || '{}');

  function fmt(s) {
    var args = arguments;
    return String(s || '').replace(/\{(\d+)\}/g, function (_, i) {
      return String(args[Number(i) + 1]);
    });
  }

  function $(id) {
    return document.getElementById(id);
  }

  document.querySelectorAll('[data-s]').forEach(function (el) {
    el.textContent = S[el.getAttribute('data-s')] || '';
  });
  document.querySelectorAll('[data-t]').forEach(function (el) {
    el.title = S[el.getAttribute('data-t')] || '';
  });

  var probe = document.createElement('canvas').getContext('2d');
  /** A CSS colour variable of the VS Code theme, normalised for Mermaid's colour maths. */
  function themeColor(name, fallback) {
    var v = getComputedStyle(document.body).getPropertyValue(name).trim();
    if (!v || !probe) return fallback;
    probe.fillStyle = fallback;
    probe.fillStyle = v;
    return probe.fillStyle || fallback;
  }

  function luminance(color) {
    var m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color) || /(\d+),\s*(\d+),\s*(\d+)/.exec(color);
    if (!m) return 0.5;
    var hex = color.charAt(0) === '#';
    var c = [1, 2, 3].map(function (i) {
      return (hex ? parseInt(m[i], 16) : Number(m[i])) / 255;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  /** An element with text (textContent only) and classes. */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function showMessage(text) {
    var m = $('message');
    if (!m) return;
    m.textContent = text || '';
    m.hidden = !text;
  }

  /**
   * Receives the extension's `{type:'data'}` messages and draws them with `render(data)` (a
   * promise), one drawing at a time: data arriving meanwhile is drawn next, only the newest.
   * Returns a function that draws the last data again (after a zoom, say).
   */
  function onData(render) {
    var data;
    var rendering = false;
    var pending = false;
    function request() {
      if (!data) return;
      if (rendering) {
        pending = true;
        return;
      }
      rendering = true;
      render(data).then(
        function () {
          rendering = false;
          if (pending) {
            pending = false;
            request();
          }
        },
        function (err) {
          rendering = false;
          showMessage(fmt(S.renderError, (err && err.message) || err));
          vscode.postMessage({ type: 'rendered', info: { seq: data && data.seq, error: String((err && err.message) || err) } });
        },
      );
    }
    window.addEventListener('message', function (e) {
      var m = e.data;
      if (!m || m.type !== 'data') return;
      m.receivedAt = performance.now();
      data = m;
      request();
    });
    return request;
  }

  window.pocPanel = { vscode: vscode, S: S, fmt: fmt, $: $, themeColor: themeColor, luminance: luminance, el: el, clear: clear, showMessage: showMessage, onData: onData };
})();
