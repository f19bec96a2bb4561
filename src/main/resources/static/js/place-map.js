// The place page's map: markers from data-markers, tiles from data-tiles when the setting gives a URL, and always the
// bundled provinces of Iran from data-outline (Natural Earth), drawn under the markers, so that the markers have a map
// even with no tile server reachable. A province's name shows when the pointer is over it.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("place-map");
  if (!element || typeof L === "undefined") {
    return;
  }
  var markers = JSON.parse(element.dataset.markers || "[]");
  var map = L.map(element).setView([32.5, 53.7], 5);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 18 }).addTo(map);
  }
  // Below Leaflet's overlay pane (z-index 400), where the markers are, whenever the file arrives.
  map.createPane("provinces").style.zIndex = 350;
  if (element.dataset.outline) {
    fetch(element.dataset.outline).then(function (r) { return r.json(); }).then(function (provinces) {
      L.geoJSON(provinces, {
        pane: "provinces",
        style: { color: "#555", weight: 1, fillColor: "#e8e4d8", fillOpacity: 0.6 },
        onEachFeature: function (feature, layer) {
          if (feature.properties && feature.properties.name) {
            layer.bindTooltip(feature.properties.name, { sticky: true, direction: "top" });
          }
        }
      }).addTo(map);
    });
  }
  var bounds = [];
  markers.forEach(function (m) {
    var marker = L.circleMarker([m.lat, m.lon], { radius: 7, color: "#7a2e2e", fillOpacity: 0.8 }).addTo(map);
    var link = document.createElement("a");
    link.href = m.href;
    link.textContent = m.label;
    marker.bindPopup(link);
    bounds.push([m.lat, m.lon]);
  });
  if (bounds.length === 1) {
    map.setView(bounds[0], 8);
  } else if (bounds.length > 1) {
    map.fitBounds(bounds, { padding: [20, 20] });
  }
});
