// POC Studio progress panel (webview). Receives the progress of the workspace folder from the
// extension (which got it from the language server): plans weighted by task duration, the POC
// success criteria, checklists per phase and one by one, each item with a check box. Ticking posts
// `tick` to the extension, which writes `done: true` / `done: false` into the file as a minimal,
// undoable edit (or refuses when the file changed meanwhile); the new data follows. User text is
// written with textContent only.
(function () {
  'use strict';

  var P = window.pocPanel; // media/panel-common.js
  var vscode = P.vscode;
  var S = P.S;
  var fmt = P.fmt;
  var $ = P.$;
  var el = P.el;

  var entries = {}; // key → { uri, range }

  function reveal(key) {
    var e = key && entries[key];
    if (e) vscode.postMessage({ type: 'reveal', key: key, uri: e.uri, range: e.range });
  }
  document.body.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest || t.tagName === 'INPUT') return;
    var r = t.closest('[data-reveal]');
    if (r) reveal(r.getAttribute('data-reveal'));
  });
  document.body.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter') return;
    var r = e.target && e.target.closest ? e.target.closest('[data-reveal]') : null;
    if (r) {
      e.preventDefault();
      reveal(r.getAttribute('data-reveal'));
    }
  });
  // Ctrl+Z / Cmd+Z in the panel undoes the last tick (the extension runs the editor's undo).
  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault();
      vscode.postMessage({ type: 'undo' });
    }
  });
  document.body.addEventListener('change', function (e) {
    var box = e.target;
    if (!box || box.tagName !== 'INPUT' || !box.hasAttribute('data-key')) return;
    // Wait for the file to change: the new data redraws the box (or puts it back when refused).
    box.disabled = true;
    vscode.postMessage({ type: 'tick', key: box.getAttribute('data-key'), done: box.checked });
  });

  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.type !== 'data') return;
    render(m);
  });

  function bar(percent, overdue) {
    var b = el('div', 'bar' + (overdue ? ' has-overdue' : ''));
    b.setAttribute('role', 'progressbar');
    b.setAttribute('aria-valuemin', '0');
    b.setAttribute('aria-valuemax', '100');
    b.setAttribute('aria-valuenow', String(percent));
    var f = el('div', 'fill');
    f.style.width = percent + '%';
    b.appendChild(f);
    return b;
  }

  function figures(c) {
    var parts = [fmt(S.doneOf, c.done, c.total), fmt(S.requiredOf, c.requiredDone, c.required), c.percent + '%'];
    var span = el('span', 'figures', parts.join(' · '));
    if (c.overdue) span.appendChild(el('span', 'overdue-count', ' · ' + fmt(S.overdue, c.overdue)));
    return span;
  }

  function row(title, percent, overdue, right, revealKey) {
    var r = el('div', 'row');
    var t = el('span', 'title', title);
    if (revealKey) {
      t.setAttribute('data-reveal', revealKey);
      t.tabIndex = 0;
      t.title = S.clickToReveal;
    }
    r.appendChild(t);
    r.appendChild(bar(percent, overdue));
    r.appendChild(right);
    return r;
  }

  function setCounts(node, c) {
    ['total', 'done', 'required', 'requiredDone', 'overdue', 'percent'].forEach(function (k) {
      node.setAttribute('data-' + k.replace(/[A-Z]/g, function (x) { return '-' + x.toLowerCase(); }), String(c[k]));
    });
  }

  function render(d) {
    var v = d.view;
    entries = {};
    P.showMessage(v.empty || '');
    $('status').textContent = [fmt(S.checklistCount, v.checklists.length), S.today + ' ' + v.today].join(' · ');

    // Plans, weighted by duration.
    var plans = $('plans');
    P.clear(plans);
    v.plans.forEach(function (p, i) {
      var key = 'plan' + i;
      entries[key] = { uri: p.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
      var right = el('span', 'figures', typeof p.percent === 'number' ? p.percent + '% · ' + fmt(S.tasksDone, p.doneTasks, p.tasks) : S.noDuration);
      var r = row(p.plan, p.percent || 0, false, right, key);
      r.classList.add('plan');
      r.setAttribute('data-percent', String(typeof p.percent === 'number' ? p.percent : ''));
      plans.appendChild(r);
      // Per release (issue 18): tasks, requirements done and acceptance items passed.
      (p.releases || []).forEach(function (rel) {
        var figures = (typeof rel.percent === 'number' ? rel.percent + '% · ' + fmt(S.tasksDone, rel.doneTasks, rel.tasks) + ' · ' : '') +
          fmt(S.releaseFigures, rel.requirementsDone, rel.requirements, rel.acceptancePassed, rel.acceptance);
        var rr = row(rel.title + (rel.date ? ' · ' + rel.date : ''), rel.percent || 0, false, el('span', 'figures', figures));
        rr.classList.add('release');
        rr.setAttribute('data-release', rel.id);
        plans.appendChild(rr);
      });
    });
    $('plans-section').hidden = !v.plans.length;

    // Success criteria of each POC.
    var crit = $('criteria');
    P.clear(crit);
    v.criteria.forEach(function (c) {
      var box = el('div', 'criteria-plan');
      box.setAttribute('data-met', String(c.met));
      box.setAttribute('data-not-met', String(c.notMet));
      box.setAttribute('data-pending', String(c.pending));
      var total = c.met + c.notMet + c.pending;
      var right = el('span', 'figures');
      right.appendChild(el('span', 'crit-met', fmt(S.met, c.met)));
      right.appendChild(el('span', '', ' · '));
      right.appendChild(el('span', 'crit-not-met', fmt(S.notMet, c.notMet)));
      right.appendChild(el('span', '', ' · '));
      right.appendChild(el('span', 'crit-pending', fmt(S.pending, c.pending)));
      box.appendChild(row(c.plan, total ? Math.round((c.met / total) * 100) : 0, c.notMet > 0, right));
      var ul = el('ul', 'items criteria');
      c.items.forEach(function (it, i) {
        var key = 'crit-' + c.uri + '-' + i;
        entries[key] = { uri: c.uri, range: it.range };
        var li = el('li', 'crit-' + it.result);
        li.setAttribute('data-reveal', key);
        li.tabIndex = 0;
        li.appendChild(el('span', 'mark', it.result === 'met' ? '✔' : it.result === 'not-met' ? '✘' : '…'));
        li.appendChild(el('span', 'text', (it.id ? it.id + ' ' : '') + it.text));
        ul.appendChild(li);
      });
      box.appendChild(ul);
      crit.appendChild(box);
    });
    $('criteria-section').hidden = !v.criteria.length;

    // Per phase.
    var phases = $('phases');
    P.clear(phases);
    v.phases.forEach(function (p) {
      var r = row(p.name, p.percent, p.overdue > 0, figures(p));
      r.classList.add('phase');
      r.setAttribute('data-phase', p.phase);
      setCounts(r, p);
      phases.appendChild(r);
    });
    $('phases-section').hidden = !v.phases.length;

    // Checklists and their items.
    var lists = $('checklists');
    P.clear(lists);
    v.checklists.forEach(function (c) {
      entries[c.key] = { uri: c.uri, range: c.range };
      var box = el('div', 'checklist');
      box.setAttribute('data-key', c.key);
      box.setAttribute('data-id', c.id || '');
      setCounts(box, c);
      var head = row(c.title, c.percent, c.overdue > 0, figures(c), c.key);
      box.appendChild(head);
      var meta = [c.phaseName];
      if (c.due) meta.push(fmt(S.due, c.due));
      box.appendChild(el('div', 'meta', meta.join(' · ')));
      var group;
      var ul;
      c.items.forEach(function (it) {
        if (!ul || it.group !== group) {
          group = it.group;
          if (group !== undefined && group !== null) {
            var g = c.groups.filter(function (x) { return x.name === group; })[0];
            box.appendChild(el('div', 'group-name', group + (g ? ' · ' + fmt(S.doneOf, g.done, g.total) : '')));
          }
          ul = el('ul', 'items');
          box.appendChild(ul);
        }
        entries[it.key] = { uri: c.uri, range: it.range };
        var li = el('li', (it.done ? 'done' : '') + (it.overdue ? ' overdue' : ''));
        li.setAttribute('data-item', it.id || '');
        var cb = document.createElement('input');
        cb.type = 'checkbox';
        cb.checked = !!it.done;
        cb.setAttribute('data-key', it.key);
        cb.title = S.tick;
        cb.setAttribute('aria-label', it.text);
        li.appendChild(cb);
        var text = el('span', 'text', (it.id ? it.id + ' ' : '') + it.text);
        text.setAttribute('data-reveal', it.key);
        text.tabIndex = 0;
        text.title = S.clickToReveal;
        li.appendChild(text);
        var meta = [];
        if (it.owner) meta.push(it.owner);
        if (it.due) meta.push(fmt(S.due, it.due));
        if (!it.required) meta.push(S.optional);
        if (meta.length) li.appendChild(el('span', 'meta', meta.join(' · ')));
        if (it.overdue) li.appendChild(el('span', 'overdue-badge', '⚠ ' + S.overdueItem));
        ul.appendChild(li);
      });
      lists.appendChild(box);
    });
    $('checklists-section').hidden = !v.checklists.length;

    requestAnimationFrame(function () {
      setTimeout(function () {
        vscode.postMessage({ type: 'rendered', info: summary(d) });
      }, 0);
    });
  }

  function barPercent(node) {
    var f = node.querySelector('.bar .fill');
    return f ? parseFloat(f.style.width) : null;
  }
  function num(node, k) {
    return Number(node.getAttribute('data-' + k));
  }

  /** What the page shows, read back from the DOM. */
  function summary(d) {
    return {
      seq: d.seq,
      checklists: Array.prototype.slice.call(document.querySelectorAll('#checklists .checklist')).map(function (c) {
        return {
          id: c.getAttribute('data-id'),
          total: num(c, 'total'),
          done: num(c, 'done'),
          required: num(c, 'required'),
          requiredDone: num(c, 'required-done'),
          overdue: num(c, 'overdue'),
          percent: num(c, 'percent'),
          bar: barPercent(c),
          checked: c.querySelectorAll('input[type=checkbox]:checked').length,
          boxes: c.querySelectorAll('input[type=checkbox]').length,
          figures: (c.querySelector('.row .figures') || {}).textContent,
        };
      }),
      phases: Array.prototype.slice.call(document.querySelectorAll('#phases .phase')).map(function (p) {
        return { phase: p.getAttribute('data-phase'), percent: num(p, 'percent'), bar: barPercent(p), overdue: num(p, 'overdue') };
      }),
      criteria: Array.prototype.slice.call(document.querySelectorAll('#criteria .criteria-plan')).map(function (c) {
        return { met: num(c, 'met'), notMet: num(c, 'not-met'), pending: num(c, 'pending') };
      }),
      plans: Array.prototype.slice.call(document.querySelectorAll('#plans .plan')).map(function (p) {
        return { title: p.querySelector('.title').textContent, percent: p.getAttribute('data-percent'), bar: barPercent(p) };
      }),
    };
  }

  vscode.postMessage({ type: 'ready' });
})();
