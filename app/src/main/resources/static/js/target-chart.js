// Draws each target's chart (ECharts) in the target panel; loaded with the panel, also after an htmx swap.
(function () {
  var panel = document.getElementById('target-panel');
  if (!panel) { return; }
  function draw() {
    panel.querySelectorAll('[data-chart]').forEach(function (el) {
      var d = JSON.parse(el.getAttribute('data-chart'));
      var chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
      chart.setOption({
        tooltip: {trigger: 'axis'},
        legend: {bottom: 0},
        grid: {left: 48, right: 16, top: 16, bottom: 48},
        xAxis: {type: 'category', data: d.months},
        yAxis: {type: 'value', scale: true, name: d.unit || ''},
        series: [
          {name: el.dataset.labelReported, type: 'line', data: d.reported, connectNulls: false, symbolSize: 8},
          {name: el.dataset.labelTarget, type: 'line', data: d.target, symbol: 'none', lineStyle: {type: 'dashed'}},
          {name: el.dataset.labelExpected, type: 'line', data: d.expected, symbol: 'none', lineStyle: {type: 'dotted'}}
        ]
      });
    });
  }
  if (window.echarts) { draw(); return; }
  var script = document.createElement('script');
  script.src = panel.getAttribute('data-echarts');
  script.onload = draw;
  document.head.appendChild(script);
})();
