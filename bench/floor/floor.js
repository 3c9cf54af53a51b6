/* global L */
// The floor: what the dashboard's map costs with no framework at all. Plain
// Leaflet, one canvas circleMarker per station, the same feed and the same
// honest mark (in a requestAnimationFrame after the markers were added, so it
// lands after Leaflet's own canvas redraw, which is also rAF-scheduled).
'use strict';

const STATIONS_RENDERED_MARK = 'nalssi:stations-rendered';
const KOREA_BOUNDS = [
  [33.1, 124.6],
  [38.65, 130.95],
];
const COLORS = {
  맑음: '#c2410c',
  구름조금: '#0369a1',
  구름많음: '#64748b',
  흐림: '#334155',
  안개: '#7e22ce',
  박무: '#9333ea',
  연무: '#be185d',
  이슬비: '#0e7490',
  비: '#4338ca',
  소나기: '#3730a3',
  눈: '#0891b2',
};

const map = L.map('map', { preferCanvas: true, zoomSnap: 0.25, attributionControl: false });
map.fitBounds(KOREA_BOUNDS, { padding: [8, 8] });

function addStations(feed) {
  let count = 0;
  for (const station of feed.observations) {
    if (typeof station.lat !== 'number' || typeof station.lon !== 'number') continue;
    L.circleMarker([station.lat, station.lon], {
      radius: 5,
      color: '#fff',
      weight: 1,
      fillColor: COLORS[station.condition] || '#57534e',
      fillOpacity: 1,
    }).addTo(map);
    count += 1;
  }
  requestAnimationFrame(() => {
    performance.mark(STATIONS_RENDERED_MARK, { detail: { count } });
  });
}

fetch('data/observations.json')
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  })
  .then(addStations)
  .catch((error) => {
    document.body.dataset.error = String(error);
    console.error(error);
  });
