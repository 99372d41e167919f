// Draws the leaders' dashboard (ECharts) from /leader/dashboard/data; every element opens the list of the
// tasks it counts (the "href" the server put beside each number). Empty periods are gaps (null), never 0.
(function () {
  var root = document.getElementById('dashboard');
  if (!root) { return; }
  var COLORS = {GREEN: '#2e7d32', YELLOW: '#f9a825', RED: '#c62828', STAGNANT: '#6d4c41',
    COMPLETED: '#1565c0', CANCELLED: '#9e9e9e', ON_TIME: '#2e7d32', LATE: '#f9a825', MISSING: '#c62828'};

  function chart(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    var c = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
    c.on('click', function (p) {
      var href = p.data && p.data.href;
      if (href) { window.location.href = href; }
    });
    c.on('finished', function () { el.setAttribute('data-ready', 'true'); });
    return c;
  }

  function point(count) {
    return {value: count.count, href: count.href, name: count.label};
  }

  function statusChart(d) {
    var c = chart('chart-status');
    c.setOption({
      tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'},
      legend: {bottom: 0},
      series: [{type: 'pie', radius: ['40%', '70%'], center: ['50%', '45%'], animationDuration: 300,
        label: {formatter: '{b} {c}'},
        data: d.statuses.filter(function (s) { return s.count > 0; }).map(function (s) {
          return {name: s.label, value: s.count, href: s.href, key: s.key, itemStyle: {color: COLORS[s.key]}};
        })}]
    });
  }

  function stacked(id, rows, horizontal) {
    var c = chart(id);
    if (!c) { return; }
    var names = rows.map(function (r) { return r.label; });
    var series = rows.length === 0 ? [] : rows[0].statuses.map(function (s, i) {
      return {name: s.label, type: 'bar', stack: 'all', itemStyle: {color: COLORS[s.key]}, animationDuration: 300,
        data: rows.map(function (r) { return point(r.statuses[i]); })};
    });
    var category = {type: 'category', data: names, axisLabel: {width: 160, overflow: 'truncate'}};
    c.setOption({
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {bottom: 0},
      grid: {left: horizontal ? 170 : 48, right: 16, top: 16, bottom: horizontal ? 40 : 90},
      xAxis: horizontal ? {type: 'value', minInterval: 1} : Object.assign(category, {axisLabel: {rotate: 30, width: 120, overflow: 'truncate'}}),
      yAxis: horizontal ? Object.assign(category, {inverse: true}) : {type: 'value', minInterval: 1},
      series: series
    });
  }

  function ranking(r) {
    var c = chart('chart-ranking-' + r.key);
    if (!c) { return; }
    c.setOption({
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      grid: {left: 150, right: 16, top: 8, bottom: 24},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', inverse: true, data: r.units.map(function (u) { return u.label; }),
        axisLabel: {width: 140, overflow: 'truncate'}},
      series: r.parts.length
        ? r.parts.map(function (p) {
          return {type: 'bar', stack: 'units', name: p.label, itemStyle: {color: COLORS[p.key] || COLORS.LATE},
            data: p.points.map(point)};
        })
        : [{type: 'bar', name: r.label, itemStyle: {color: COLORS[r.key] || COLORS.LATE},
          data: r.units.map(point)}]
    });
  }

  function trend(d) {
    var c = chart('chart-trend');
    c.setOption({
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: 48, right: 16, top: 16, bottom: 48},
      xAxis: {type: 'category', data: d.periods.labels},
      yAxis: {type: 'value', minInterval: 1},
      series: d.periods.statuses.map(function (s) {
        return {name: s.label, type: 'line', connectNulls: false, symbolSize: 8, itemStyle: {color: COLORS[s.key]},
          data: s.points.map(point)};
      })
    });
  }

  function timeliness(d) {
    var c = chart('chart-timeliness');
    var series = d.periods.timeliness.map(function (s) {
      return {name: s.label, type: 'bar', stack: 'due', itemStyle: {color: COLORS[s.key]}, data: s.points.map(point)};
    });
    series.push({name: root.dataset.labelRate, type: 'line', yAxisIndex: 1, connectNulls: false, symbolSize: 8,
      itemStyle: {color: '#1565c0'}, data: d.periods.onTimeRate});
    c.setOption({
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: 48, right: 48, top: 16, bottom: 48},
      xAxis: {type: 'category', data: d.periods.labels},
      yAxis: [{type: 'value', minInterval: 1}, {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}],
      series: series
    });
  }

  function indicator(card, i) {
    var c = chart('chart-indicator-' + i);
    if (!c) { return; }
    var goal = card.goal === null ? [] : card.months.map(function () { return {value: card.goal, href: card.href}; });
    c.setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 40, right: 8, top: 8, bottom: 20},
      xAxis: {type: 'category', data: card.months.map(function (m) { return m.substring(5); })},
      yAxis: {type: 'value', scale: true},
      series: [
        {name: root.dataset.labelReported, type: 'line', connectNulls: false, symbolSize: 6,
          data: card.reported.map(function (v) { return {value: v, href: card.href}; })},
        {name: root.dataset.labelTarget, type: 'line', symbol: 'none', lineStyle: {type: 'dashed'}, data: goal},
        {name: root.dataset.labelPace, type: 'line', symbol: 'none', lineStyle: {type: 'dotted'},
          data: card.pace.map(function (v) { return {value: v, href: card.href}; })}
      ]
    });
  }

  function draw(d) {
    statusChart(d);
    trend(d);
    stacked('chart-sections', d.sections, false);
    stacked('chart-units', d.units, true);
    timeliness(d);
    d.rankings.forEach(ranking);
    d.indicators.forEach(indicator);
    window.addEventListener('resize', function () {
      document.querySelectorAll('.gp-chart').forEach(function (el) {
        var c = window.echarts.getInstanceByDom(el);
        if (c) { c.resize(); }
      });
    });
  }

  function load() {
    fetch(root.getAttribute('data-src'), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        // the session ended while the page was open: reloading the page leads through the login back to it
        if (r.status === 401) { window.location.reload(); return null; }
        return r.json();
      })
      .then(function (data) { if (data) { draw(data); } });
  }

  if (window.echarts) { load(); return; }
  var script = document.createElement('script');
  script.src = root.getAttribute('data-echarts');
  script.onload = load;
  document.head.appendChild(script);
})();
