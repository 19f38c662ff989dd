// POC Studio Gantt panel (webview): keyed drawing of the rows, and what one bar draws (its shape,
// tooltip, progress, lateness, resize handle; textContent only). An update of the chart (an edit,
// a new window of rows) keeps every element whose drawing did not change and replaces only the
// others: each element is drawn from a signature (its geometry, classes and texts), and an
// element placed again under the same key with the same signature is left as it is.
(function () {
  'use strict';

  /** The drawn elements of one layer, by key. */
  function Keyed(layer) {
    this.layer = layer;
    this.els = new Map();
    this.gen = 0;
    /** Elements created (not kept) since the counter was last reset: what an update redrew. */
    this.made = 0;
  }
  /** Starts a pass: what is not placed again before `sweep` goes. */
  Keyed.prototype.begin = function () {
    this.gen++;
  };
  /** Keeps the element of `key` if it was drawn from `sig`; else draws it with `make` (in place of the old one). */
  Keyed.prototype.place = function (key, sig, make) {
    var d = this.els.get(key);
    if (d && d.sig === sig) {
      d.gen = this.gen;
      return d.el;
    }
    var el = make();
    if (d) this.layer.replaceChild(el, d.el);
    else this.layer.appendChild(el);
    this.els.set(key, { sig: sig, el: el, gen: this.gen });
    this.made++;
    return el;
  };
  /** Removes the elements not placed in this pass. */
  Keyed.prototype.sweep = function () {
    var gen = this.gen;
    var layer = this.layer;
    this.els.forEach(function (d, k, m) {
      if (d.gen === gen) return;
      layer.removeChild(d.el);
      m.delete(k);
    });
  };

  /** A bar's tooltip: name, dates, owner, status and slack, lateness, baseline and slip, problems. */
  function tooltip(bar, base, S, fmt) {
    var parts = [bar.name];
    parts.push(bar.milestone ? bar.start + ' · ' + S.milestone : bar.start + ' – ' + bar.end);
    if (bar.ownerName || bar.owner) parts.push(S.owner + ': ' + (bar.ownerName || bar.owner));
    var flags = [];
    if (bar.status === 'done') flags.push(S.done);
    if (bar.status === 'active') flags.push(S.active);
    if (bar.status === 'blocked') flags.push(S.blocked);
    if (bar.status === 'cancelled') flags.push(S.cancelled);
    if (bar.critical) flags.push(S.criticalTask);
    else if (typeof bar.slack === 'number') flags.push(fmt(S.slack, bar.slack));
    if (bar.overdue) flags.push(bar.overdue === 1 ? S.overdueOne : fmt(S.overdueMany, bar.overdue));
    if (flags.length) parts.push(flags.join(' · '));
    if (base) parts.push(fmt(S.baseline, (base.start || base.end) + ' – ' + base.end) + (base.slipDays > 0 ? ' · ' + fmt(S.slip, base.slipDays) : ''));
    (bar.problems || []).forEach(function (p) {
      parts.push('⚠ ' + p);
    });
    parts.push(S.clickToReveal);
    return parts.join('\n');
  }

  /** One bar: its shape (a diamond for a milestone) with its tooltip, progress, lateness and resize handle. */
  /** geo: X(x) and W(w) (zoomed), svgEl(tag, attrs, cls), resizable (a file's chart: a handle at the end). */
  function barGroup(lb, bar, cls, tip, geo) {
    var X = geo.X;
    var W = geo.W;
    var svgEl = geo.svgEl;
    var grp = svgEl('g', { 'data-key': bar.key }, 'bar-group');
    var shape;
    if (lb.diamond) {
      var c = lb.diamond;
      var cx = X(c.cx);
      shape = svgEl('rect', { x: cx - c.r * 0.7, y: c.cy - c.r * 0.7, width: c.r * 1.4, height: c.r * 1.4, transform: 'rotate(45 ' + cx + ' ' + c.cy + ')' }, cls);
    } else {
      shape = svgEl('rect', { x: X(lb.x), y: lb.y, width: W(lb.w), height: lb.h, rx: 2 }, cls);
    }
    shape.setAttribute('data-key', bar.key);
    shape.setAttribute('id', 'bar-' + lb.index);
    shape.setAttribute('tabindex', '0');
    shape.setAttribute('role', 'button');
    shape.setAttribute('aria-label', bar.name);
    var title = svgEl('title', {});
    title.textContent = tip;
    shape.appendChild(title);
    grp.appendChild(shape);
    if (lb.progressW > 0 && !lb.diamond && lb.progressW < lb.w) grp.appendChild(svgEl('rect', { x: X(lb.x), y: lb.y + lb.h - 4, width: W(lb.progressW), height: 4 }, 'progress'));
    if (lb.late) grp.appendChild(svgEl('line', { x1: X(lb.late.x1), y1: lb.late.y, x2: X(lb.late.x2), y2: lb.late.y }, 'late'));
    if (!lb.diamond && geo.resizable) {
      var handle = svgEl('rect', { x: X(lb.x) + W(lb.w) - 4, y: lb.y, width: 6, height: lb.h }, 'poc-handle');
      handle.setAttribute('data-key', bar.key);
      grp.appendChild(handle);
    }
    return grp;
  }

  window.pocGanttRows = { Keyed: Keyed, tooltip: tooltip, barGroup: barGroup };
})();
