// The home page's chart of acts per year, from the data-chart attribute (years, counts, label). The same figures are
// in the table under it, so the page reads without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("acts-chart");
  if (!element || typeof echarts === "undefined") {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var chart = echarts.init(element);
  // On a right-to-left page the years run from right to left, as the page reads, with the counts' axis on the right.
  var rtl = document.documentElement.dir === "rtl";
  chart.setOption({
    grid: { left: rtl ? 20 : 50, right: rtl ? 50 : 20, top: 20, bottom: 40 },
    xAxis: { type: "category", data: data.years, inverse: rtl },
    yAxis: { type: "value", minInterval: 1, position: rtl ? "right" : "left" },
    tooltip: { trigger: "axis" },
    animation: false,
    series: [{ name: data.label, type: "bar", data: data.counts, itemStyle: { color: "#7a2e2e" } }]
  });
  window.addEventListener("resize", function () { chart.resize(); });
});
