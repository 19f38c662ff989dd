// POC Studio team load panel (webview). Receives the team load of the portfolio from the extension
// (which got it from the language server): people × ISO weeks, each cell the load in percent of
// capacity, coloured by state (free, busy, over: theme colours in load.css). Clicking a cell lists
// its tasks below the grid; clicking a task posts `open` (the extension opens the file at the
// task). The earlier / later buttons post `page` with the window's `from`; the person, customer and
// role filters hide rows here. User text is written with textContent only.
(function () {
  'use strict';

  var P = window.pocPanel; // media/panel-common.js
  var vscode = P.vscode;
  var S = P.S;
  var fmt = P.fmt;
  var $ = P.$;
  var el = P.el;

  var load = null; // the last data's load
  var seq;
  var selected = null; // "person|week index"
  var state = vscode.getState() || {};
  var filters = { person: state.person || '', customer: state.customer || '', role: state.role || '' };

  $('filter-person').placeholder = S.filterPerson || '';
  $('filter-person').value = filters.person;

  function post(m) {
    vscode.postMessage(m);
  }
  $('prev').addEventListener('click', function () {
    if (load) post({ type: 'page', from: load.previous });
  });
  $('next').addEventListener('click', function () {
    if (load) post({ type: 'page', from: load.next });
  });
  $('this-week').addEventListener('click', function () {
    post({ type: 'page', from: null });
  });

  function saveFilters() {
    vscode.setState({ person: filters.person, customer: filters.customer, role: filters.role });
  }
  $('filter-person').addEventListener('input', function () {
    filters.person = $('filter-person').value;
    saveFilters();
    applyFilters();
  });
  $('filter-customer').addEventListener('change', function () {
    filters.customer = $('filter-customer').value;
    saveFilters();
    applyFilters();
  });
  $('filter-role').addEventListener('change', function () {
    filters.role = $('filter-role').value;
    saveFilters();
    applyFilters();
  });

  function cellAt(key) {
    if (!load || !key) return null;
    var parts = key.split('|');
    var p = -1;
    for (var i = 0; i < load.people.length; i++) if (load.people[i].id === parts[0]) p = i;
    var w = Number(parts[1]);
    if (p < 0 || !(w >= 0 && w < load.weeks.length)) return null;
    return { person: load.people[p], cell: load.cells[p * load.weeks.length + w], week: load.weeks[w] };
  }

  document.body.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest) return;
    var c = t.closest('td[data-key]');
    if (c) return select(c.getAttribute('data-key'));
    var task = t.closest('li[data-task]');
    if (task) open(Number(task.getAttribute('data-task')));
  });
  document.body.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var t = e.target;
    if (!t || !t.closest) return;
    var c = t.closest('td[data-key]');
    var task = t.closest('li[data-task]');
    if (c || task) e.preventDefault();
    if (c) select(c.getAttribute('data-key'));
    else if (task) open(Number(task.getAttribute('data-task')));
  });

  function open(i) {
    var found = cellAt(selected);
    var task = found && found.cell.tasks[i];
    if (task) post({ type: 'open', key: selected, index: i, uri: task.uri, range: task.range });
  }

  function select(key, quiet) {
    selected = key;
    document.querySelectorAll('#grid td.selected').forEach(function (td) {
      td.classList.remove('selected');
    });
    var td = key ? document.querySelector('#grid td[data-key="' + CSS.escape(key) + '"]') : null;
    if (td) td.classList.add('selected');
    showTasks();
    if (!quiet) report();
  }

  function showTasks() {
    var found = cellAt(selected);
    var section = $('tasks-section');
    var list = $('tasks');
    P.clear(list);
    if (!found) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    $('tasks-title').textContent = fmt(S.tasksOf, found.person.name, found.week.label, found.week.first, found.week.last);
    $('tasks-empty').hidden = found.cell.tasks.length > 0;
    found.cell.tasks.forEach(function (t, i) {
      var li = el('li');
      li.setAttribute('data-task', String(i));
      li.setAttribute('tabindex', '0');
      li.title = S.openTask || '';
      li.appendChild(el('span', 'plan', t.planTitle + ' · '));
      li.appendChild(el('span', 'task', t.label));
      li.appendChild(el('span', 'meta', fmt(S.taskLine, t.allocation, t.days, t.start, t.end)));
      list.appendChild(li);
    });
  }

  function options(select, all, values, current) {
    P.clear(select);
    var first = el('option', null, all);
    first.value = '';
    select.appendChild(first);
    values.forEach(function (v) {
      var o = el('option', null, v);
      o.value = v;
      select.appendChild(o);
    });
    select.value = values.indexOf(current) >= 0 ? current : '';
    return select.value;
  }

  function visible(p) {
    var q = filters.person.trim().toLowerCase();
    if (q && p.id.toLowerCase().indexOf(q) < 0 && p.name.toLowerCase().indexOf(q) < 0) return false;
    if (filters.customer && p.customers.indexOf(filters.customer) < 0) return false;
    if (filters.role && p.roles.indexOf(filters.role) < 0) return false;
    return true;
  }

  function applyFilters() {
    if (!load) return;
    document.querySelectorAll('#grid tbody tr').forEach(function (tr) {
      var p = load.people[Number(tr.getAttribute('data-row'))];
      tr.hidden = !visible(p);
    });
    report();
  }

  function sorted(lists) {
    var set = {};
    lists.forEach(function (l) {
      l.forEach(function (v) {
        set[v] = true;
      });
    });
    return Object.keys(set).sort();
  }

  function render(data) {
    load = data.load;
    seq = data.seq;
    P.showMessage(load.people.length ? '' : S.noPeople);
    var head = document.querySelector('#grid thead');
    var body = document.querySelector('#grid tbody');
    P.clear(head);
    P.clear(body);
    var hr = el('tr');
    hr.appendChild(el('th', 'person', S.person));
    load.weeks.forEach(function (w) {
      var th = el('th', 'week', w.label);
      th.title = w.first + ' – ' + w.last;
      hr.appendChild(th);
    });
    head.appendChild(hr);
    load.people.forEach(function (p, i) {
      var tr = el('tr');
      tr.setAttribute('data-row', String(i));
      tr.setAttribute('data-person', p.id);
      var th = el('th', 'person');
      th.appendChild(el('span', 'name', p.name));
      th.appendChild(el('span', 'meta', [p.id].concat(p.roles, [fmt(S.capacity, Math.round(p.capacity * 10000) / 100)]).join(' · ')));
      th.title = p.customers.join(', ');
      tr.appendChild(th);
      load.weeks.forEach(function (w, k) {
        var c = load.cells[i * load.weeks.length + k];
        var td = el('td', 'cell state-' + c.state, c.loadPercent + '%');
        td.setAttribute('data-key', p.id + '|' + k);
        td.setAttribute('data-state', c.state);
        td.setAttribute('tabindex', '0');
        if (c.leaveDays) td.appendChild(el('span', 'leave', fmt(S.leave, c.leaveDays)));
        td.title = fmt(S.cellTitle, S[c.state], c.loadPercent, c.booked, c.available) + (c.plans.length ? '\n' + c.plans.join(', ') : '');
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    renderInspections();
    filters.customer = options($('filter-customer'), S.allCustomers, sorted(load.people.map(function (p) { return p.customers; })), filters.customer);
    filters.role = options($('filter-role'), S.allRoles, sorted(load.people.map(function (p) { return p.roles; })), filters.role);
    if (!cellAt(selected)) selected = null;
    select(selected, true);
    applyFilters();
    return Promise.resolve();
  }

  /** The inspections the contracts expect in these weeks: one row under the people (textContent only). */
  function renderInspections() {
    var foot = document.querySelector('#grid tfoot');
    if (!foot) return;
    P.clear(foot);
    var list = load.inspections || [];
    if (!list.length) return;
    var tr = el('tr');
    tr.className = 'inspections';
    tr.appendChild(el('th', 'person', S.inspections));
    load.weeks.forEach(function (w, k) {
      var td = el('td', 'cell inspections');
      list.forEach(function (i) {
        if (i.week === k) td.appendChild(el('div', 'inspection state-' + i.state, i.text));
      });
      tr.appendChild(td);
    });
    foot.appendChild(tr);
  }

  /** What the page shows, read back from the DOM (tests). */
  function report() {
    var rows = [];
    document.querySelectorAll('#grid tbody tr').forEach(function (tr) {
      var cells = [];
      tr.querySelectorAll('td.cell').forEach(function (td) {
        cells.push({ key: td.getAttribute('data-key'), text: td.firstChild ? td.firstChild.textContent : '', state: td.getAttribute('data-state'), background: getComputedStyle(td).backgroundColor });
      });
      rows.push({ person: tr.getAttribute('data-person'), hidden: tr.hidden, cells: cells });
    });
    var weeks = [];
    document.querySelectorAll('#grid thead th.week').forEach(function (th) {
      weeks.push(th.textContent);
    });
    var tasks = [];
    document.querySelectorAll('#tasks li').forEach(function (li) {
      tasks.push(li.textContent);
    });
    var inspections = [];
    document.querySelectorAll('#grid tfoot div.inspection').forEach(function (d) {
      inspections.push(d.textContent);
    });
    post({ type: 'rendered', info: { seq: seq, weeks: weeks, rows: rows, selected: selected, tasks: tasks, inspections: inspections } });
  }

  P.onData(render);
  post({ type: 'ready' });
})();
