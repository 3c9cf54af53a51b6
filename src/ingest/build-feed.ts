/**
 * Readings to the feed document: the sky word derived, names and coordinates
 * joined from the station catalog. Stations the catalog does not know are
 * kept (the dashboard lists them, unplaced) and reported as a warning, so a
 * new KMA station shows up instead of vanishing.
 */
import { findCatalogStation } from '../domain/station-catalog';
import { deriveSkyWord, type CloudClasses, type SkyBasis } from './sky-word';
import type { ReadingWeather, SourceReading } from './source-reading';

/** The JSON written to disk: the observation feed contract (feed-schema.ts). */
export interface FeedRecord {
  readonly stationId: string;
  readonly name?: string;
  readonly condition: string;
  readonly temperature?: number;
  readonly lat?: number;
  readonly lon?: number;
  /** This station's own time, written only when it differs from the feed's. */
  readonly observedAt?: string;
  readonly windDirection?: number;
  readonly windSpeed?: number;
  readonly humidity?: number;
  readonly precipitation1h?: number;
}

export interface FeedDocument {
  readonly observedAt: string;
  readonly source: string;
  readonly observations: readonly FeedRecord[];
  /** Made-up data (`--example`): the dashboard says so on screen. */
  readonly example?: true;
}

export interface BuiltFeed {
  readonly feed: FeedDocument;
  readonly warnings: readonly string[];
  /** How many sky words rest on each basis. */
  readonly skyBasis: Readonly<Record<SkyBasis, number>>;
}

/** Every format here is KMA's data. */
export const FEED_SOURCE = '기상청';

export function buildFeed(
  readings: readonly SourceReading[],
  observedAt: string,
  cloudClasses: CloudClasses,
): BuiltFeed {
  const warnings: string[] = [];
  const skyBasis: Record<SkyBasis, number> = {
    'feed-word': 0,
    'present-weather': 0,
    'cloud-amount': 0,
    'not-observed': 0,
  };
  const observations = readings.map((reading): FeedRecord => {
    const sky = deriveSkyWord(reading.sky, cloudClasses);
    skyBasis[sky.basis] += 1;
    if (!sky.known) {
      warnings.push(
        `station ${reading.stationId}: sky word "${sky.word}" is not in the condition table; kept as written`,
      );
    }
    const catalog = findCatalogStation(reading.stationId);
    if (!catalog) {
      warnings.push(
        `station ${reading.stationId} is not in the station catalog; kept without coordinates`,
      );
    }
    // The source's own name wins: it is what KMA calls the station today.
    const name = reading.name ?? catalog?.nameKo;
    return {
      stationId: reading.stationId,
      ...(name ? { name } : {}),
      condition: sky.word,
      ...(reading.temperature !== null ? { temperature: reading.temperature } : {}),
      ...(catalog ? { lat: catalog.lat, lon: catalog.lon } : {}),
      ...(reading.observedAt !== observedAt ? { observedAt: reading.observedAt } : {}),
      ...presentValues(reading.weather),
    };
  });
  return { feed: { observedAt, source: FEED_SOURCE, observations }, warnings, skyBasis };
}

/** Only what was observed: an absent field reads as "not observed", the smallest file. */
function presentValues(weather: ReadingWeather | undefined): {
  [Field in keyof ReadingWeather]?: number;
} {
  if (!weather) return {};
  return Object.fromEntries(Object.entries(weather).filter(([, value]) => value !== null));
}
