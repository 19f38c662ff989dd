// POC Studio report preview (webview): the report's Markdown was rendered to markup by the
// extension (user text escaped, raw HTML shown as text); this script only draws the Mermaid
// blocks with media/mermaid.min.js (securityLevel 'strict') and reports what it drew.
(function () {
  'use strict';
  /* global mermaid */
  // VS Code's webview API (or the browser tests' recorder), from media/panel-common.js.
  var vscode = window.pocPanel.vscode;
  vscode.postMessage({ type: 'ready' });
  var blocks = Array.prototype.slice.call(document.querySelectorAll('pre > code.language-mermaid'));
  var failures = [];
  function done() {
    var svgs = document.querySelectorAll('.diagram > svg').length;
    document.body.setAttribute('data-rendered', String(svgs));
    vscode.postMessage({ type: 'rendered', info: { seq: Number((document.getElementById('report') || document.body).getAttribute('data-seq') || 0), diagrams: blocks.length, svgs: svgs, errors: failures } });
  }
  if (!blocks.length || typeof mermaid === 'undefined') {
    if (blocks.length) failures.push('mermaid.min.js did not load');
    done();
    return;
  }
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10000000, theme: 'default' });
  var n = 0;
  // One after the other: Mermaid's renderer is not re-entrant.
  blocks
    .reduce(function (prev, code) {
      return prev.then(function () {
        var pre = code.parentNode;
        var div = document.createElement('div');
        div.className = 'diagram';
        pre.parentNode.insertBefore(div, pre);
        pre.className = 'mermaid-src';
        return mermaid
          .render('report-diagram-' + n++, code.textContent)
          .then(function (r) {
            div.innerHTML = r.svg; // Mermaid's output (strict mode: labels are SVG text)
          })
          .catch(function (e) {
            var msg = String((e && e.message) || e);
            failures.push(msg);
            div.className = 'diagram failed';
            div.textContent = msg;
            pre.className = '';
          });
      });
    }, Promise.resolve())
    .then(done, done);
})();
