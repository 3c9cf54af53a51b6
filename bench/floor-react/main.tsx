// The second floor: the same stations with the same stack as the dashboard
// (React 19, react-leaflet 5, TanStack Query 5) and nothing else. One
// CircleMarker per station on a canvas renderer, a plain <ul>, no base map,
// no validation, no search. What any React + react-leaflet page must pay.
import 'leaflet/dist/leaflet.css';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { CircleMarker, MapContainer } from 'react-leaflet';

interface Station {
  readonly stationId: string;
  readonly name?: string;
  readonly condition: string;
  readonly temperature?: number | null;
  readonly lat?: number;
  readonly lon?: number;
}

const STATIONS_RENDERED_MARK = 'nalssi:stations-rendered';
const KOREA_BOUNDS: [[number, number], [number, number]] = [
  [33.1, 124.6],
  [38.65, 130.95],
];

async function fetchStations(): Promise<Station[]> {
  const response = await fetch('data/observations.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const feed = (await response.json()) as { observations: Station[] };
  return feed.observations;
}

function Floor() {
  const { data = [] } = useQuery({ queryKey: ['observations'], queryFn: fetchStations });
  const placed = data.filter((s) => typeof s.lat === 'number' && typeof s.lon === 'number');

  useEffect(
    function markWhenDrawn() {
      if (placed.length === 0) return;
      requestAnimationFrame(() => {
        performance.mark(STATIONS_RENDERED_MARK, { detail: { count: placed.length } });
      });
    },
    [placed.length],
  );

  return (
    <div style={{ display: 'grid', gridTemplateColumns: '24rem 1fr', height: '100vh' }}>
      <ul style={{ overflow: 'auto', margin: 0 }}>
        {data.map((station) => (
          <li key={station.stationId}>
            {station.condition} {station.name ?? station.stationId} {station.temperature ?? '—'}
          </li>
        ))}
      </ul>
      <MapContainer
        bounds={KOREA_BOUNDS}
        boundsOptions={{ padding: [8, 8] }}
        preferCanvas
        zoomSnap={0.25}
        attributionControl={false}
        style={{ height: '100%' }}
      >
        {placed.map((station) => (
          <CircleMarker
            key={station.stationId}
            center={[station.lat!, station.lon!]}
            radius={5}
            pathOptions={{ color: '#fff', weight: 1, fillColor: '#c2410c', fillOpacity: 1 }}
          />
        ))}
      </MapContainer>
    </div>
  );
}

const client = new QueryClient();
createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={client}>
    <Floor />
  </QueryClientProvider>,
);
