// The home page's chart of acts per year, from the data-chart attribute (years, counts, label). The same figures are
// in the table under it, so the page reads without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("acts-chart");
  if (!element || typeof echarts === "undefined") {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var chart = echarts.init(element);
  chart.setOption({
    grid: { left: 50, right: 20, top: 20, bottom: 40 },
    xAxis: { type: "category", data: data.years },
    yAxis: { type: "value", minInterval: 1 },
    tooltip: { trigger: "axis" },
    animation: false,
    series: [{ name: data.label, type: "bar", data: data.counts, itemStyle: { color: "#7a2e2e" } }]
  });
  window.addEventListener("resize", function () { chart.resize(); });
});
