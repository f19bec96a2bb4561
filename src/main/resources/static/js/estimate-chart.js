// Draws the estimate page's chart from its data-chart attribute: each method's estimate with its 95% interval,
// and the posterior histogram of N when LCMCR ran. The numbers are also in the table above (readable without JS).
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("estimate-chart");
  if (!element || typeof echarts === "undefined") {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var chart = echarts.init(element);
  var series = [{
    name: "estimate", type: "bar", data: data.estimates
  }, {
    // Both ends of the interval count for the axis' extent (by default only the second value would).
    // Drawn over the bar (z), so that the part of the interval below the estimate shows too.
    name: "95%", type: "custom", encode: { x: 0, y: [1, 2] }, z: 3,
    data: data.intervals.map(function (iv, i) { return [i, iv[0], iv[1]]; }),
    renderItem: function (params, api) {
      var low = api.coord([api.value(0), api.value(1)]);
      var high = api.coord([api.value(0), api.value(2)]);
      return { type: "line", shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] },
        style: { stroke: "#7a2e2e", lineWidth: 3 } };
    }
  }];
  var option = {
    grid: [{ left: 60, right: 20, top: 20, height: data.histogram ? "35%" : "75%" }],
    xAxis: [{ type: "category", data: data.methods }],
    yAxis: [{ type: "value" }],
    animation: false,
    tooltip: {},
    series: series
  };
  if (data.histogram) {
    option.grid.push({ left: 60, right: 20, top: "55%", height: "35%" });
    option.xAxis.push({ type: "category", gridIndex: 1,
      data: data.histogram.map(function (b) { return Math.round(b.lower) + "–" + Math.round(b.upper); }) });
    option.yAxis.push({ type: "value", gridIndex: 1 });
    series.push({ name: "posterior of N", type: "bar", xAxisIndex: 1, yAxisIndex: 1,
      data: data.histogram.map(function (b) { return b.share; }) });
  }
  chart.setOption(option);
});
