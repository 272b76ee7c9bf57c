// Draws the diary's pain chart with Chart.js from the numbers in the canvas's data-chart attribute;
// when the span has movement breaks, each day's breaks are bars on a second axis beside the pain.
// The table under the chart holds the same numbers, so the page works without this script.
(function () {
  'use strict';
  var canvas = document.getElementById('diary-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  var days = [];
  for (var day = new Date(data.from + 'T00:00:00Z'); day <= new Date(data.to + 'T00:00:00Z');
       day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  function pointsWhere(session) {
    return data.points.filter(function (p) { return p.session === session; })
      .map(function (p) { return { x: p.date, y: p.pain }; });
  }
  var all = data.points.map(function (p) { return { x: p.date, y: p.pain }; });
  var breaks = (data.breaks || []).map(function (b) { return { x: b.date, y: b.moved }; });
  var anyBreaks = breaks.some(function (b) { return b.y > 0; });
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var datasets = [
    { label: 'Pain (0-10)', data: all, borderColor: '#1d4f91', backgroundColor: '#1d4f91',
      pointRadius: 3, spanGaps: true },
    { label: 'Day with a guided session', data: pointsWhere(true), showLine: false, pointStyle: 'rectRot',
      pointRadius: 8, borderColor: '#2e7d32', backgroundColor: '#2e7d32' }
  ];
  var scales = {
    y: { min: 0, max: 10, ticks: { stepSize: 2 }, title: { display: true, text: 'pain' } },
    x: { ticks: { maxTicksLimit: 8 } }
  };
  if (anyBreaks) {
    // Last in the list, so the bars are drawn under the pain line; an orange apart from its blue.
    datasets.push({ type: 'bar', label: 'Movement breaks', data: breaks, yAxisID: 'breaks',
      backgroundColor: 'rgba(230, 159, 0, 0.55)', borderColor: '#a35f00', borderWidth: 1 });
    scales.breaks = { type: 'linear', axis: 'y', position: 'right', beginAtZero: true, grace: 1,
      ticks: { precision: 0, stepSize: 1 }, grid: { drawOnChartArea: false },
      title: { display: true, text: 'movement breaks' } };
    scales.x.offset = true;
  }
  canvas.chart = new Chart(canvas, {
    type: 'line',
    data: { labels: days, datasets: datasets },
    options: {
      animation: reduceMotion ? false : { duration: 400 },
      responsive: true,
      maintainAspectRatio: false,
      scales: scales,
      plugins: { legend: { position: 'bottom' } }
    }
  });
  canvas.setAttribute('data-drawn', String(data.points.length));
  canvas.setAttribute('data-breaks-drawn', String(anyBreaks ? breaks.length : 0));
})();
