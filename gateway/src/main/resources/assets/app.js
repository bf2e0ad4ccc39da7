// The page's only script, plain and small. Every text from a digest reaches the page through
// textContent or text nodes, never as markup: a <script> in a title stays text, in results and
// highlights too. Names of the reader's preferences are the pipeline front-end's own
// (daily-arXiv-ai-enhanced js/app.js: localStorage 'preferredKeywords' / 'preferredAuthors',
// JSON arrays; keywords match title + summary, authors the author list).
(function () {
  'use strict';

  var papers = [];          // every article.paper, in page order
  var originals = null;     // paper id -> original text (a promise once asked)
  var current = -1;         // the paper j/k moved to
  var find = null;

  function $(id) { return document.getElementById(id); }
  function lower(s) { return (s || '').toLowerCase(); }
  function terms(s) { return lower(s).split(/\s+/).filter(function (t) { return t.length > 0; }); }
  function list(s) { return (s || '').split(',').map(function (t) { return t.trim(); }).filter(function (t) { return t; }); }

  function haystack(a) {
    if (a._text === undefined) {
      var parts = [];
      a.querySelectorAll('h3, .authors, .category, .text, .abstract').forEach(function (e) { parts.push(e.textContent); });
      a._text = lower(parts.join('\n'));
      a._authors = lower((a.querySelector('.authors') || {}).textContent);
      var t = a.querySelector('h3');
      var tl = a.querySelector('.field-tldr .text');
      a._keywordText = lower((t ? t.textContent : '') + ' ' + (tl ? tl.textContent : ''));
    }
    return a._text + (originals && originals.done && originals.done[a.id] ? '\n' + lower(originals.done[a.id]) : '');
  }

  // --- highlighting: marks made of text nodes, removed before every new search
  function unmark(root, cls) {
    if (!root['_' + cls]) return;
    root['_' + cls] = false;
    root.querySelectorAll('mark.' + cls).forEach(function (m) {
      var parent = m.parentNode;
      parent.replaceChild(document.createTextNode(m.textContent), m);
      parent.normalize();
    });
  }

  function mark(root, words, cls) {
    if (!words.length) return;
    root['_' + cls] = true;
    root.querySelectorAll('h3, .authors, .text, .abstract').forEach(function (el) {
      var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      nodes.forEach(function (node) {
        if (node.parentNode.nodeName === 'MARK') return;
        var text = node.nodeValue;
        var low = lower(text);
        var ranges = [];
        words.forEach(function (w) {
          for (var i = low.indexOf(w); i >= 0; i = low.indexOf(w, i + w.length)) ranges.push([i, i + w.length]);
        });
        if (!ranges.length) return;
        ranges.sort(function (x, y) { return x[0] - y[0]; });
        var frag = document.createDocumentFragment();
        var at = 0;
        ranges.forEach(function (r) {
          if (r[0] < at) return;
          frag.appendChild(document.createTextNode(text.slice(at, r[0])));
          var m = document.createElement('mark');
          m.className = cls;
          m.textContent = text.slice(r[0], r[1]);
          frag.appendChild(m);
          at = r[1];
        });
        frag.appendChild(document.createTextNode(text.slice(at)));
        node.parentNode.replaceChild(frag, node);
      });
    });
  }

  // --- filters: status, category chip, search; all three in the URL (?q=&cat=&status=)
  function state() {
    return { q: $('q').value.trim(), status: $('status-filter').value, cat: find.getAttribute('data-cat') || '' };
  }

  function writeUrl(s) {
    var url = new URL(location.href);
    [['q', s.q], ['cat', s.cat], ['status', s.status === 'all' ? '' : s.status]].forEach(function (kv) {
      if (kv[1]) url.searchParams.set(kv[0], kv[1]); else url.searchParams.delete(kv[0]);
    });
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }

  function apply() {
    var s = state();
    var words = terms(s.q);
    var shown = 0;
    var matched = 0;
    var perCat = {};
    papers.forEach(function (a) {
      if (!a._cat) a._cat = a.parentNode.getAttribute('data-cat');
      unmark(a, 'q');
      var hit = !words.length || (function (h) { return words.every(function (w) { return h.indexOf(w) >= 0; }); })(haystack(a));
      var statusOk = s.status === 'all' || a.getAttribute('data-status') === s.status;
      if (hit && statusOk) {
        perCat[a._cat] = (perCat[a._cat] || 0) + 1;
      }
      var visible = hit && statusOk && (!s.cat || a._cat === s.cat);
      if (a.hidden !== !visible) a.hidden = !visible;
      if (visible) {
        shown++;
        if (words.length) { matched++; mark(a, words, 'q'); }
      }
    });
    document.querySelectorAll('section.category').forEach(function (sec) {
      var none = sec.querySelector('article.paper:not([hidden])') === null;
      if (sec.hidden !== none) sec.hidden = none;
    });
    var all = 0;
    document.querySelectorAll('#chips .chip').forEach(function (chip) {
      var cat = chip.getAttribute('data-cat');
      var n = cat ? (perCat[cat] || 0) : 0;
      if (cat) all += n;
      chip.setAttribute('aria-pressed', cat === s.cat ? 'true' : 'false');
      chip.classList.toggle('active', cat === s.cat);
      chip._count = n;
    });
    document.querySelectorAll('#chips .chip').forEach(function (chip) {
      var c = chip.querySelector('.c');
      var n = String(chip.getAttribute('data-cat') ? chip._count : all);
      if (c.textContent !== n) c.textContent = n;
    });
    $('filter-count').textContent = (words.length ? matched + ' found · ' : '') + shown + ' of ' + papers.length + ' papers';
    writeUrl(s);
  }

  function setupFind() {
    find = $('find');
    if (!find) return;
    papers = Array.prototype.slice.call(document.querySelectorAll('article.paper'));
    var params = new URLSearchParams(location.search);
    var q = $('q');
    q.value = params.get('q') || '';
    var status = params.get('status');
    if (status && $('status-filter').querySelector('option[value="' + CSS.escape(status) + '"]')) $('status-filter').value = status;
    find.setAttribute('data-cat', params.get('cat') || '');
    var timer = null;
    q.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { apply(); if (q.value.trim()) loadOriginals().then(apply); }, 120);
    });
    $('status-filter').addEventListener('change', apply);
    $('chips').addEventListener('click', function (e) {
      var chip = e.target.closest('.chip');
      if (!chip) return;
      e.preventDefault();
      var cat = chip.getAttribute('data-cat');
      find.setAttribute('data-cat', cat === find.getAttribute('data-cat') ? '' : cat);
      apply();
    });
    apply();
    if (q.value.trim()) loadOriginals().then(apply);
  }

  // --- the original text: one page for the digest, fetched once, parsed without running anything
  function loadOriginals() {
    if (originals) return originals;
    var href = find && find.getAttribute('data-original');
    originals = !href || !window.fetch ? Promise.resolve({}) : fetch(href).then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var byId = {};
        doc.querySelectorAll('article.paper').forEach(function (a) {
          byId[a.id] = Array.prototype.map.call(a.querySelectorAll('.field'), function (f) {
            return { label: (f.querySelector('strong') || {}).textContent || '', text: (f.querySelector('.text') || {}).textContent || '' };
          });
        });
        var flat = {};
        Object.keys(byId).forEach(function (k) { flat[k] = byId[k].map(function (f) { return f.text; }).join('\n'); });
        originals.done = flat;
        originals.fields = byId;
        return byId;
      }).catch(function () { return {}; });
    return originals;
  }

  function setupOriginals() {
    document.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a.orig') : null;
      if (!link) return;
      e.preventDefault();
      var a = link.closest('article.paper');
      var box = a.querySelector('.original');
      if (box) {
        box.hidden = !box.hidden;
        link.setAttribute('aria-expanded', box.hidden ? 'false' : 'true');
        link.textContent = box.hidden ? 'original' : 'hide original';
        return;
      }
      loadOriginals().then(function (byId) {
        box = document.createElement('div');
        box.className = 'original';
        (byId[a.id] || []).forEach(function (f) {
          var p = document.createElement('p');
          var label = document.createElement('span');
          label.className = 'label';
          label.textContent = 'Original ' + f.label;
          var text = document.createElement('span');
          text.className = 'text';
          text.textContent = ' ' + f.text;
          p.appendChild(label);
          p.appendChild(text);
          box.appendChild(p);
        });
        a.insertBefore(box, a.querySelector('details'));
        link.setAttribute('aria-expanded', 'true');
        link.textContent = 'hide original';
      });
    });
  }

  // --- preferences, kept in this browser
  function readList(key) {
    try { var v = JSON.parse(localStorage.getItem(key) || '[]'); return Array.isArray(v) ? v.map(String) : []; } catch (e) { return []; }
  }

  function applyPrefs() {
    var keywords = readList('preferredKeywords');
    var authors = readList('preferredAuthors');
    var n = 0;
    if (!keywords.length && !authors.length && !applyPrefs.used) {
      if ($('pref-count')) $('pref-count').textContent = '';
      return; // nothing to mark: the page as the server made it, at once
    }
    applyPrefs.used = true;
    papers.forEach(function (a) {
      unmark(a, 'pref');
      a.querySelectorAll('.badge.match').forEach(function (b) { b.remove(); });
      haystack(a);
      var why = [];
      keywords.forEach(function (k) { if (a._keywordText.indexOf(lower(k)) >= 0) why.push(k); });
      authors.forEach(function (k) { if (a._authors.indexOf(lower(k)) >= 0) why.push(k); });
      a.classList.toggle('preferred', why.length > 0);
      if (!why.length) return;
      n++;
      var badge = document.createElement('span');
      badge.className = 'badge match';
      badge.textContent = 'matches ' + why.join(', ');
      a.querySelector('.status').appendChild(badge);
      mark(a, why.map(lower), 'pref');
    });
    var count = $('pref-count');
    if (count) count.textContent = keywords.length || authors.length ? n + ' papers match' : '';
  }

  function setupPrefs() {
    var save = $('pref-save');
    if (!save) return;
    $('pref-keywords').value = readList('preferredKeywords').join(', ');
    $('pref-authors').value = readList('preferredAuthors').join(', ');
    save.addEventListener('click', function () {
      localStorage.setItem('preferredKeywords', JSON.stringify(list($('pref-keywords').value)));
      localStorage.setItem('preferredAuthors', JSON.stringify(list($('pref-authors').value)));
      applyPrefs();
      apply();
    });
    applyPrefs();
  }

  // --- keyboard: j/k or arrows between papers, o opens the details, / searches
  function move(step) {
    var visible = papers.filter(function (a) { return !a.hidden; });
    if (!visible.length) return;
    var at = visible.indexOf(papers[current]);
    at = at < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.max(0, Math.min(visible.length - 1, at + step));
    if (papers[current]) papers[current].classList.remove('current');
    current = papers.indexOf(visible[at]);
    var a = papers[current];
    a.classList.add('current');
    a.tabIndex = -1;
    a.focus({ preventScroll: true });
    a.scrollIntoView({ block: 'start' });
  }

  function setupKeys() {
    document.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
      if (typing) {
        if (e.key === 'Escape' && t.id === 'q') { t.value = ''; apply(); t.blur(); }
        return;
      }
      if (e.key === 'j' || e.key === 'ArrowRight') { move(1); e.preventDefault(); }
      else if (e.key === 'k' || e.key === 'ArrowLeft') { move(-1); e.preventDefault(); }
      else if (e.key === 'o' && papers[current]) {
        var d = papers[current].querySelector('details');
        if (d) d.open = !d.open;
        e.preventDefault();
      } else if (e.key === '/' && $('q')) { $('q').focus(); e.preventDefault(); }
    });
    document.addEventListener('focusin', function (e) {
      var a = e.target.closest ? e.target.closest('article.paper') : null;
      if (a && papers.indexOf(a) >= 0 && papers.indexOf(a) !== current) {
        if (papers[current]) papers[current].classList.remove('current');
        current = papers.indexOf(a);
        a.classList.add('current');
      }
    });
  }

  function setupDayPicker() {
    var day = $('day');
    if (day) day.addEventListener('change', function () { day.form.submit(); });
  }

  // --- a running repair: progress, ETA, and the cards and counts of the papers as they come back
  function recount() {
    ['ok', 'repaired', 'pending', 'failed'].forEach(function (s) {
      var el = $('count-' + s);
      if (el) el.textContent = papers.filter(function (a) { return a.getAttribute('data-status') === s; }).length;
    });
  }

  function update(p) {
    var a = $('paper-' + p.index);
    if (!a) return;
    a.setAttribute('data-status', p.status);
    var badge = a.querySelector('.status .badge');
    if (badge) {
      badge.className = 'badge status-' + p.status;
      badge.textContent = p.status === 'repaired' ? 'Repaired' : 'Failed' + (p.error ? ': ' + p.error : '');
    }
    Object.keys(p.fields).forEach(function (key) {
      var f = a.querySelector('.field-' + key);
      if (!f) return;
      f.querySelector('.text').textContent = p.fields[key].text;
      f.classList.remove('broken');
      f.classList.add('repaired');
      f.querySelectorAll('.badge').forEach(function (b) { b.remove(); });
      var b = document.createElement('span');
      var kind = p.fields[key].badge === 'translated' || p.fields[key].badge === 'from-abstract' ? p.fields[key].badge : 'generated';
      b.className = 'badge ' + kind;
      b.textContent = kind === 'from-abstract' ? 'from the abstract' : kind;
      if (p.fields[key].engine) b.title = p.fields[key].engine;
      f.appendChild(document.createTextNode(' '));
      f.appendChild(b);
    });
    a._text = undefined;
  }

  function setupProgress() {
    var job = $('job');
    if (!job || !window.EventSource) return;
    var bar = $('job-progress');
    var source = new EventSource(job.getAttribute('data-events'));
    var from = 0;
    var fetching = false;
    var again = false;
    var first = null;
    function pull() {
      if (fetching) { again = true; return; }
      fetching = true;
      fetch(job.getAttribute('data-papers') + '?from=' + from).then(function (r) { return r.ok ? r.json() : null; })
        .then(function (batch) {
          if (batch) {
            batch.papers.forEach(update);
            from = batch.next;
            recount();
            if (batch.papers.length && find) apply();
          }
        }).catch(function () {}).then(function () {
          fetching = false;
          if (again) { again = false; pull(); }
        });
    }
    function eta(data) {
      var now = Date.now();
      if (!first || data.done < first.done) first = { at: now, done: data.done };
      var rate = (data.done - first.done) / ((now - first.at) / 1000);
      if (data.done >= data.total || !(rate > 0)) return '';
      var left = Math.round((data.total - data.done) / rate);
      return 'about ' + (left >= 60 ? Math.floor(left / 60) + ' min ' : '') + (left % 60) + ' s left';
    }
    source.addEventListener('progress', function (e) {
      var data = JSON.parse(e.data);
      bar.value = data.percent;
      bar.textContent = data.percent + '%';
      $('job-percent').textContent = data.percent + '%';
      $('job-state').textContent = data.state;
      $('job-counts').textContent = data.done + ' / ' + data.total;
      $('job-message').textContent = data.message || '';
      $('job-eta').textContent = eta(data);
      if (data.done > from) pull();
      if (data.state === 'DONE' || data.state === 'FAILED' || data.state === 'CANCELLED') {
        source.close();
        job.classList.add('ended');
        // the served digest is the repaired one now: the page as the server renders it
        if (data.state === 'DONE') setTimeout(function () { location.reload(); }, 1500);
      }
    });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) $('job-message').textContent = 'progress unavailable; reload the page';
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupFind();
    setupOriginals();
    setupPrefs();
    setupKeys();
    setupDayPicker();
    setupProgress();
  });
})();
