/** The seed sample exactly as the app serves it: the bytes in public/data, through the real parser. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import type { Observation, ObservationFeed } from '../../../src/domain/observation';

// A path, not `new URL(…)`: under jsdom the global URL is jsdom's, which node:url rejects.
const SAMPLE_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../public/data/observations.json',
);

export function readSamplePayload(): unknown {
  return JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
}

export function loadSampleFeed(): ObservationFeed {
  return parseObservationFeed(readSamplePayload());
}

export function stationById(feed: ObservationFeed, stationId: string): Observation {
  const station = feed.observations.find((o) => o.stationId === stationId);
  if (!station) throw new Error(`station ${stationId} is not in the sample feed`);
  return station;
}
