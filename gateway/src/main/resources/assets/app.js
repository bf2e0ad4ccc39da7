// The page's only script: status filter, "show original", and the live progress of a running repair.
(function () {
  'use strict';

  function setupFilter() {
    var select = document.getElementById('status-filter');
    if (!select) return;
    var count = document.getElementById('filter-count');
    function apply() {
      var wanted = select.value;
      var shown = 0;
      document.querySelectorAll('article.paper').forEach(function (a) {
        var visible = wanted === 'all' || a.getAttribute('data-status') === wanted;
        a.hidden = !visible;
        if (visible) shown++;
      });
      document.querySelectorAll('section.category').forEach(function (s) {
        s.hidden = s.querySelector('article.paper:not([hidden])') === null;
      });
      if (count) count.textContent = shown + (shown === 1 ? ' paper' : ' papers');
    }
    select.addEventListener('change', apply);
    apply();
  }

  function setupOriginals() {
    document.addEventListener('click', function (e) {
      var button = e.target.closest ? e.target.closest('button.show-original') : null;
      if (!button) return;
      var original = button.nextElementSibling;
      if (!original) return;
      var open = original.hidden;
      original.hidden = !open;
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      button.textContent = open ? 'hide original' : 'show original';
    });
  }

  function setupProgress() {
    var job = document.getElementById('job');
    if (!job || !window.EventSource) return;
    var bar = document.getElementById('job-progress');
    var percent = document.getElementById('job-percent');
    var state = document.getElementById('job-state');
    var counts = document.getElementById('job-counts');
    var message = document.getElementById('job-message');
    var source = new EventSource(job.getAttribute('data-events'));
    function show(data) {
      bar.value = data.percent;
      bar.textContent = data.percent + '%';
      percent.textContent = data.percent + '%';
      state.textContent = data.state;
      counts.textContent = data.done + ' / ' + data.total;
      message.textContent = data.message || '';
    }
    source.addEventListener('progress', function (e) {
      var data = JSON.parse(e.data);
      show(data);
      if (data.state === 'DONE' || data.state === 'FAILED' || data.state === 'CANCELLED') {
        source.close();
        job.classList.add('ended');
        // the repaired fields are on the server now: show them
        if (data.state === 'DONE') setTimeout(function () { location.reload(); }, 1500);
      }
    });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) message.textContent = 'progress unavailable; reload the page';
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupFilter();
    setupOriginals();
    setupProgress();
  });
})();
