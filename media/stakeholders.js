// POC Studio stakeholder map (webview). Receives the map from the extension (which got it from the
// language server) and draws the power/interest grid (Mermaid quadrantChart) and the reportsTo tree
// (Mermaid flowchart), securityLevel 'strict'. The Mermaid sources hold generated keys only; names
// are written into the SVG here with textContent, so markup and Mermaid syntax in a name stay text.
// Points are coloured by attitude with classes (theme colours in stakeholders.css).
(function () {
  'use strict';

  /* global mermaid */
  var P = window.pocPanel; // media/panel-common.js
  var vscode = P.vscode;
  var S = P.S;
  var fmt = P.fmt;
  var $ = P.$;
  var el = P.el;

  var renderCount = 0;
  var people = {}; // key and node → person
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function themeVariables() {
    var fg = P.themeColor('--vscode-editor-foreground', '#333333');
    var bg = P.themeColor('--vscode-editor-background', '#ffffff');
    var alt = P.themeColor('--vscode-editorWidget-background', bg);
    var grid = P.themeColor('--vscode-editorLineNumber-foreground', '#858585');
    var blue = P.themeColor('--vscode-charts-blue', '#3794ff');
    var font = getComputedStyle(document.body).getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
    return {
      background: bg,
      fontFamily: font,
      primaryColor: alt,
      primaryTextColor: fg,
      primaryBorderColor: grid,
      lineColor: grid,
      textColor: fg,
      mainBkg: alt,
      nodeBorder: grid,
      quadrant1Fill: alt,
      quadrant2Fill: bg,
      quadrant3Fill: alt,
      quadrant4Fill: bg,
      quadrant1TextFill: fg,
      quadrant2TextFill: fg,
      quadrant3TextFill: fg,
      quadrant4TextFill: fg,
      quadrantPointFill: blue,
      quadrantPointTextFill: fg,
      quadrantXAxisTextFill: fg,
      quadrantYAxisTextFill: fg,
      quadrantInternalBorderStrokeFill: grid,
      quadrantExternalBorderStrokeFill: grid,
      quadrantTitleFill: fg,
    };
  }

  function reveal(key) {
    var p = key && people[key];
    if (p) vscode.postMessage({ type: 'reveal', key: p.key, uri: p.uri, range: p.range });
  }
  function keyOf(e) {
    var t = e.target && e.target.closest ? e.target.closest('[data-key]') : null;
    return t ? t.getAttribute('data-key') : null;
  }
  document.body.addEventListener('click', function (e) {
    var k = keyOf(e);
    if (k) reveal(k);
  });
  document.body.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var k = keyOf(e);
    if (k) {
      e.preventDefault();
      reveal(k);
    }
  });

  var requestRender = P.onData(render);

  function all(map) {
    return map.points.concat(map.aside);
  }

  function describe(p) {
    var lines = [p.name + (p.title ? ' · ' + p.title : '')];
    if (p.decisionMaker) lines.push('★ ' + S.decisionMaker);
    lines.push(S.influence + ': ' + (p.influence || '—') + ' · ' + S.interest + ': ' + (p.interest || '—'));
    lines.push(S.attitude + ': ' + p.attitudeName);
    lines.push(S.strategy + ': ' + (p.strategy || S.noStrategy));
    (p.mentions || []).forEach(function (m) {
      lines.push('· ' + m.text);
    });
    (p.missing || []).forEach(function (m) {
      lines.push('⚠ ' + m);
    });
    lines.push(S.clickToReveal);
    return lines.join('\n');
  }

  function quadrantName(map, id) {
    var q = map.quadrants.filter(function (x) {
      return x.id === id;
    })[0];
    return q ? q.name : '';
  }

  function render(d) {
    var map = d.map;
    people = {};
    all(map).forEach(function (p) {
      people[p.key] = p;
      people[p.node] = p;
    });
    $('status').textContent = [map.title, fmt(S.count, all(map).length)].join(' · ');
    P.showMessage(map.empty || '');
    renderLegend(map);
    renderAside(map);
    renderTable(map);
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      maxTextSize: 10000000,
      theme: 'base',
      themeVariables: themeVariables(),
      htmlLabels: false,
      // Lines are ours (name, title): Mermaid must not wrap them again, or the box no longer fits them.
      flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 10000 },
      // The grid scales down to a narrow column (useMaxWidth: width 100%, at most 520 px).
      quadrantChart: { chartWidth: 520, chartHeight: 520, pointRadius: 9, pointLabelFontSize: 13, useMaxWidth: true },
    });
    renderCount++;
    var grid = $('grid');
    var tree = $('tree');
    var quad = d.quadrant
      ? mermaid.render('quadrant-' + renderCount, d.quadrant).then(function (r) {
          grid.innerHTML = r.svg; // Mermaid's output (strict mode; labels are keys, replaced below)
          decorateGrid(grid.querySelector('svg'), map);
        })
      : Promise.resolve(P.clear(grid));
    return quad
      .then(function () {
        if (!d.tree) {
          P.clear(tree);
          return;
        }
        return mermaid.render('tree-' + renderCount, d.tree).then(function (r) {
          tree.innerHTML = r.svg;
          decorateTree(tree.querySelector('svg'), map);
        });
      })
      .then(function () {
        return new Promise(function (resolve) {
          requestAnimationFrame(function () {
            setTimeout(function () {
              vscode.postMessage({ type: 'rendered', info: summary(d) });
              resolve();
            }, 0);
          });
        });
      });
  }

  function decorateGrid(svg, map) {
    if (!svg) return;
    // Each point's label is its key (p0 …) in the Mermaid source: find the person by it.
    svg.querySelectorAll('g.data-point').forEach(function (g) {
      var text = g.querySelector('text');
      var p = text && people[text.textContent.trim()];
      if (!p || !/^p\d+$/.test(text.textContent.trim())) return;
      g.setAttribute('data-key', p.key);
      g.setAttribute('data-quadrant', p.quadrant);
      g.setAttribute('class', 'data-point poc-point poc-att-' + p.attitude + (p.decisionMaker ? ' poc-dm' : ''));
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', p.name);
      text.textContent = (p.decisionMaker ? '★ ' : '') + p.name;
      var title = document.createElementNS(SVG_NS, 'title');
      title.textContent = describe(p);
      g.appendChild(title);
      keepInside(svg, text);
    });
  }

  /** Moves a point's label sideways so that it is not cut off at the chart's left or right edge. */
  function keepInside(svg, text) {
    var vb = svg.viewBox && svg.viewBox.baseVal;
    if (!vb || !vb.width || !text.getBBox || !svg.getScreenCTM() || !text.getScreenCTM()) return;
    var b = text.getBBox();
    var m = svg.getScreenCTM().inverse().multiply(text.getScreenCTM());
    var left = Math.min(m.a * b.x + m.e, m.a * (b.x + b.width) + m.e);
    var right = Math.max(m.a * b.x + m.e, m.a * (b.x + b.width) + m.e);
    var shift = 0;
    if (right > vb.x + vb.width - 2) shift = vb.x + vb.width - 2 - right;
    if (left + shift < vb.x + 2) shift = vb.x + 2 - left;
    if (shift) text.setAttribute('transform', ((text.getAttribute('transform') || '') + ' translate(' + shift / (m.a || 1) + ', 0)').trim());
  }

  function treeLines(p) {
    var name = (p.decisionMaker ? '\u2605 ' : '') + p.name;
    var title = (p.title || '').trim();
    return title ? [name, title] : [name];
  }

  function decorateTree(svg, map) {
    if (!svg) return;
    svg.style.maxWidth = 'none';
    svg.querySelectorAll('g.node').forEach(function (g) {
      var m = /flowchart-(n\d+)-/.exec(g.id || '');
      var p = m && people[m[1]];
      if (!p) return;
      g.setAttribute('data-key', p.key);
      g.classList.add('poc-person', 'poc-att-' + p.attitude);
      if (p.decisionMaker) g.classList.add('poc-dm');
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', p.name);
      var lines = treeLines(p);
      var outer = g.querySelectorAll('tspan.text-outer-tspan');
      if (outer.length) {
        for (var i = 0; i < outer.length; i++) {
          if (i < lines.length) outer[i].textContent = lines[i];
          else outer[i].parentNode.removeChild(outer[i]);
        }
      } else {
        var t = g.querySelector('.nodeLabel') || g.querySelector('text');
        if (t) t.textContent = lines.join(' \u00b7 ');
      }
      fitNode(g);
      var title = document.createElementNS(SVG_NS, 'title');
      title.textContent = describe(p);
      g.appendChild(title);
    });
    fitViewBox(svg);
  }

  var NODE_PAD = 8;
  /**
   * The node was sized by Mermaid for the placeholder text; the real text may come out wider in
   * the fonts at hand. Widening the node could cover its neighbours, so the text is made smaller
   * until it fits inside (with the real fonts it is a few per cent at most).
   */
  function fitNode(g) {
    var text = g.querySelector('text');
    var box = g.querySelector('rect.label-container') || g.querySelector('rect.basic') || g.querySelector(':scope > rect');
    if (!text || !box || !text.getScreenCTM || !box.getScreenCTM() || !text.getScreenCTM()) return;
    for (var attempt = 0; attempt < 4; attempt++) {
      var tb = text.getBBox();
      var toBox = box.getScreenCTM().inverse().multiply(text.getScreenCTM());
      var a = pointIn(toBox, tb.x, tb.y);
      var b = pointIn(toBox, tb.x + tb.width, tb.y + tb.height);
      var x = Number(box.getAttribute('x'));
      var y = Number(box.getAttribute('y'));
      var w = Number(box.getAttribute('width'));
      var h = Number(box.getAttribute('height'));
      var cx = x + w / 2;
      var cy = y + h / 2;
      // Half the room the text needs around the box's centre, against half the box.
      var needX = Math.max(cx - Math.min(a.x, b.x), Math.max(a.x, b.x) - cx) + NODE_PAD;
      var needY = Math.max(cy - Math.min(a.y, b.y), Math.max(a.y, b.y) - cy) + NODE_PAD / 2;
      var scale = Math.min(w / 2 / needX, h / 2 / needY);
      if (scale >= 1) return;
      var size = parseFloat(getComputedStyle(text).fontSize) || 16;
      text.style.fontSize = Math.floor(size * scale * 10) / 10 + 'px';
    }
  }

  function pointIn(m, x, y) {
    return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
  }

  /** Makes the SVG's viewBox hold everything drawn (a widened node at the edge included). */
  function fitViewBox(svg) {
    var vb = svg.viewBox && svg.viewBox.baseVal;
    if (!vb || !vb.width) return;
    var bb = svg.getBBox();
    var x0 = Math.min(vb.x, bb.x - 4);
    var y0 = Math.min(vb.y, bb.y - 4);
    var x1 = Math.max(vb.x + vb.width, bb.x + bb.width + 4);
    var y1 = Math.max(vb.y + vb.height, bb.y + bb.height + 4);
    if (x0 === vb.x && y0 === vb.y && x1 === vb.x + vb.width && y1 === vb.y + vb.height) return;
    svg.setAttribute('viewBox', [x0, y0, x1 - x0, y1 - y0].join(' '));
    svg.setAttribute('width', String(x1 - x0));
    svg.setAttribute('height', String(y1 - y0));
  }

  function renderLegend(map) {
    var legend = $('legend');
    P.clear(legend);
    map.attitudes.forEach(function (a) {
      if (!a.count) return;
      var item = el('span', 'legend-item poc-att-' + a.id);
      item.appendChild(el('span', 'swatch'));
      item.appendChild(el('span', '', a.name + ' ' + a.count));
      legend.appendChild(item);
    });
  }

  function renderAside(map) {
    var list = $('aside');
    P.clear(list);
    map.aside.forEach(function (p) {
      var li = el('li', 'poc-person poc-att-' + p.attitude);
      li.setAttribute('data-key', p.key);
      li.tabIndex = 0;
      li.title = describe(p);
      li.appendChild(el('span', 'name', p.name));
      li.appendChild(el('span', 'why', ' — ' + p.missing.join('; ')));
      list.appendChild(li);
    });
    $('aside-section').hidden = map.aside.length === 0;
  }

  function renderTable(map) {
    var body = $('people').querySelector('tbody');
    P.clear(body);
    all(map).forEach(function (p) {
      var tr = el('tr', 'poc-person');
      tr.setAttribute('data-key', p.key);
      tr.tabIndex = 0;
      tr.title = S.clickToReveal;
      var name = el('td', 'name');
      name.appendChild(el('span', '', (p.decisionMaker ? '★ ' : '') + p.name));
      if (p.title) name.appendChild(el('span', 'dim', ' · ' + p.title));
      tr.appendChild(name);
      tr.appendChild(el('td', '', p.quadrant ? quadrantName(map, p.quadrant) : '—'));
      var att = el('td', 'poc-att-' + p.attitude);
      att.appendChild(el('span', 'swatch'));
      att.appendChild(el('span', '', p.attitudeName));
      tr.appendChild(att);
      tr.appendChild(el('td', p.strategy ? '' : 'dim', p.strategy || S.noStrategy));
      tr.appendChild(
        el(
          'td',
          '',
          (p.mentions || [])
            .map(function (m) {
              return m.text;
            })
            .join('；'),
        ),
      );
      body.appendChild(tr);
    });
  }

  /** What was drawn, read back from the SVG: each point's quadrant is the quadrant rect it lies in. */
  function summary(d) {
    var grid = $('grid');
    var quads = Array.prototype.slice.call(grid.querySelectorAll('g.quadrant')).map(function (g) {
      var r = g.querySelector('rect');
      var t = g.querySelector('text');
      var name = t ? t.textContent : '';
      var q = d.map.quadrants.filter(function (x) {
        return x.name === name;
      })[0];
      return { id: q ? q.id : name, x: +r.getAttribute('x'), y: +r.getAttribute('y'), w: +r.getAttribute('width'), h: +r.getAttribute('height') };
    });
    var points = Array.prototype.slice.call(grid.querySelectorAll('g.poc-point')).map(function (g) {
      var c = g.querySelector('circle');
      var cx = +c.getAttribute('cx');
      var cy = +c.getAttribute('cy');
      var inQ = quads.filter(function (q) {
        return cx >= q.x && cx <= q.x + q.w && cy >= q.y && cy <= q.y + q.h;
      })[0];
      var att = /poc-att-(\w+)/.exec(g.getAttribute('class') || '');
      return {
        key: g.getAttribute('data-key'),
        name: (g.querySelector('text') || {}).textContent,
        quadrant: inQ ? inQ.id : null,
        attitude: att ? att[1] : null,
        fill: getComputedStyle(c).fill,
      };
    }).sort(function (a, b) {
      return Number(String(a.key).slice(1)) - Number(String(b.key).slice(1));
    });
    var tree = $('tree');
    return {
      seq: d.seq,
      points: points,
      aside: Array.prototype.slice.call($('aside').querySelectorAll('li .name')).map(function (n) {
        return n.textContent;
      }),
      treeNodes: tree.querySelectorAll('g.poc-person').length,
      treeEdges: tree.querySelectorAll('path.flowchart-link, .edgePaths path').length,
      treeLabels: Array.prototype.slice.call(tree.querySelectorAll('g.poc-person')).map(function (g) {
        var rows = g.querySelectorAll('tspan.text-outer-tspan');
        if (!rows.length) return (g.querySelector('text') || g).textContent.trim();
        return Array.prototype.map.call(rows, function (r) { return r.textContent.trim(); }).join(' \u00b7 ');
      }),
      decisionMakers: tree.querySelectorAll('g.poc-person.poc-dm').length,
      rows: $('people').querySelectorAll('tbody tr').length,
    };
  }

  vscode.postMessage({ type: 'ready' });
})();
