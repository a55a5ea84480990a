// Draws /actuator/alchemy with ECharts: statement time and counts by shape, the compiled cache's hit ratio, the
// connection pool, the Sessions' flushes and the N+1 incidents.
(function () {
  const charts = {};
  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    }
    return charts[id];
  }
  function shortSql(sql) {
    const line = sql.replace(/\s+/g, ' ').trim();
    return line.length > 80 ? line.substring(0, 77) + '...' : line;
  }
  function bars(id, title, names, values, color, horizontal) {
    const category = { type: 'category', data: names, axisLabel: { fontSize: 10, width: horizontal ? 420 : 80,
      overflow: 'truncate' } };
    const value = { type: 'value' };
    chart(id).setOption({
      animation: false,
      title: { text: title, textStyle: { fontSize: 13 } },
      tooltip: {},
      grid: { left: horizontal ? 430 : 40, right: 20, top: 35, bottom: 25 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({ inverse: true }, category) : value,
      series: [{ type: 'bar', data: values, itemStyle: { color: color } }]
    }, true);
  }
  function draw(report) {
    const top = report.statements.top.slice(0, 8);
    bars('statements', 'Top statements by total time (ms)', top.map(s => shortSql(s.sql)),
      top.map(s => s.totalMillis), '#5470c6', true);
    bars('counts', 'Executions of the top statements', top.map((s, i) => '#' + (i + 1) + ' ' + s.operation),
      top.map(s => s.count), '#91cc75', false);
    const cache = report.statementCache;
    chart('cache').setOption({
      animation: false,
      title: { text: 'Compiled cache: ' + cache.size + ' of ' + cache.maxSize + ' statements',
        textStyle: { fontSize: 13 } },
      series: [{ type: 'gauge', min: 0, max: 100, radius: '100%', center: ['50%', '62%'],
        axisLine: { lineStyle: { width: 12, color: [[0.5, '#ee6666'], [0.8, '#fac858'], [1, '#91cc75']] } },
        splitLine: { length: 8 }, axisTick: { length: 4 }, axisLabel: { fontSize: 9, distance: 14 },
        detail: { formatter: '{value}% hits', fontSize: 15, offsetCenter: [0, '45%'] },
        data: [{ value: Math.round(cache.hitRatio * 1000) / 10 }] }]
    }, true);
    const pool = report.pool || { active: 0, idle: 0, total: 0, pending: 0, max: 0 };
    bars('pool', 'Connection pool', ['active', 'idle', 'total', 'pending', 'max'],
      [pool.active, pool.idle, pool.total, pool.pending, pool.max], '#fac858', false);
    const flushes = report.flushes || { flushes: 0, failed: 0, inserted: 0, updated: 0, deleted: 0 };
    bars('flushes', 'Session flushes and objects written', ['flushes', 'failed', 'inserted', 'updated', 'deleted'],
      [flushes.flushes, flushes.failed, flushes.inserted, flushes.updated, flushes.deleted], '#73c0de', false);
    const subjects = Object.keys(report.nPlusOne.bySubject);
    bars('nplusone', 'N+1 incidents (' + report.nPlusOne.mode + ', threshold ' + report.nPlusOne.threshold + ')',
      subjects, subjects.map(s => report.nPlusOne.bySubject[s]), '#ee6666', false);
    const body = document.querySelector('#incidents tbody');
    body.innerHTML = '';
    report.nPlusOne.recent.slice(0, 6).forEach(incident => {
      const row = document.createElement('tr');
      const what = document.createElement('td');
      what.textContent = incident.message;
      const count = document.createElement('td');
      count.textContent = incident.count;
      row.append(what, count);
      body.append(row);
    });
    document.getElementById('updated').textContent = 'Last read ' + new Date().toLocaleTimeString() + '.';
  }
  function refresh() {
    fetch('/actuator/alchemy').then(response => response.json()).then(draw)
      .catch(error => { document.getElementById('updated').textContent = 'Could not read: ' + error; });
  }
  refresh();
  setInterval(refresh, 5000);
})();
