/*
 * The dashboards' charts: every element with a data-chart attribute holds its data as
 * JSON (written by the server, so no inline script is needed) and becomes an ECharts
 * chart. Two kinds: "axis" (bars or lines over months) and "pie" (shares of a whole);
 * a chart with nothing to show says so in words.
 * A [data-print] button prints the page.
 */
(function () {
	'use strict';

	/** Whether there is nothing to draw: no month, or every value 0. */
	function empty(data) {
		var values = data.kind === 'pie' ? data.data.map(function (part) { return part.value; })
			: [].concat.apply([], data.series.map(function (series) { return series.data; }));
		return values.every(function (value) { return !value; });
	}

	function option(data) {
		if (empty(data)) {
			// a pie of zeros would show equal slices: say there is nothing instead
			return { title: { text: data.empty, left: 'center', top: 'middle',
				textStyle: { color: '#57606a', fontSize: 14, fontWeight: 'normal' } } };
		}
		if (data.kind === 'pie') {
			return {
				tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
				legend: { bottom: 0, type: 'scroll' },
				// parts of none are left out, so that their labels do not crowd the others
				series: [{ name: data.name, type: 'pie', radius: ['35%', '65%'],
					data: data.data.filter(function (part) { return part.value > 0; }),
					label: { formatter: '{b}：{c}' } }]
			};
		}
		return {
			tooltip: { trigger: 'axis' },
			legend: { bottom: 0 },
			grid: { left: 40, right: 16, top: 16, bottom: 48 },
			xAxis: { type: 'category', data: data.categories },
			yAxis: { type: 'value', minInterval: 1 },
			series: data.series.map(function (series) {
				return { name: series.name, type: series.type, data: series.data,
					stack: series.type === 'bar' ? 'total' : undefined };
			})
		};
	}

	function draw() {
		if (typeof echarts === 'undefined') {
			return;
		}
		var charts = [];
		document.querySelectorAll('[data-chart]').forEach(function (element) {
			var data;
			try {
				data = JSON.parse(element.getAttribute('data-chart'));
			}
			catch (e) {
				return;
			}
			var chart = echarts.init(element, null, { renderer: 'canvas' });
			chart.setOption(Object.assign({ animation: false }, option(data)));
			element.setAttribute('data-chart-ready', 'true');
			charts.push(chart);
		});
		window.addEventListener('resize', function () {
			charts.forEach(function (chart) { chart.resize(); });
		});
		window.addEventListener('beforeprint', function () {
			charts.forEach(function (chart) { chart.resize(); });
		});
	}

	document.querySelectorAll('[data-print]').forEach(function (button) {
		button.addEventListener('click', function () { window.print(); });
	});

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
})();
