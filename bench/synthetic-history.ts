/**
 * Deterministic synthetic history feeds (the columnar `history.json`) for the
 * stations of `syntheticFeed(count)`: 24 hours ending at the feed's time,
 * every column filled the way a day really moves (temperature on a daily
 * curve, skies that mostly persist from hour to hour, wind that veers
 * slowly, rain only under rainy skies), with ~3 % of hours not observed.
 * The same (count, hours, seed) always gives the same bytes.
 *
 * For measuring: the history's size and parse time (bench/history-size.ts),
 * and stepping the hour at 10,000 stations (the time control).
 */
import type { HistoryColumns, HistoryDocument } from '../src/ingest/history-document';
import { CONDITION_MIX, DEFAULT_SEED, seededRandom, syntheticFeed } from './synthetic-feed';

const HOUR_MS = 3_600_000;
const RAINY = new Set(['비', '이슬비', '소나기', '눈']);

const round1 = (value: number) => Math.round(value * 10) / 10;

function kstLabel(time: number): string {
  return `${new Date(time + 9 * HOUR_MS).toISOString().slice(0, 13)}:00:00+09:00`;
}

export function syntheticHistory(count: number, hours = 24, seed = DEFAULT_SEED): HistoryDocument {
  const feed = syntheticFeed(count, { seed });
  const random = seededRandom((seed ^ count) + hours);
  const last = Date.parse(feed.observedAt);
  const times = Array.from({ length: hours }, (_, index) =>
    kstLabel(last - (hours - 1 - index) * HOUR_MS),
  );
  const words = CONDITION_MIX.map(([word]) => word);

  const stations: Record<string, HistoryColumns> = {};
  for (const record of feed.observations) {
    const columns: Required<HistoryColumns> = {
      condition: [],
      temperature: [],
      windDirection: [],
      windSpeed: [],
      humidity: [],
      precipitation1h: [],
    };
    let word = record.condition;
    let direction = Math.floor(random() * 36) * 10;
    const warmest = record.temperature ?? 18;
    for (let index = 0; index < hours; index += 1) {
      const hour = (15 - (hours - 1 - index) + 48) % 24;
      if (random() < 0.03) {
        for (const column of Object.values(columns)) column.push(null);
        continue;
      }
      if (random() > 0.85) word = words[Math.floor(random() * words.length)]!;
      direction = (direction + (random() < 0.5 ? -10 : 10) + 360) % 360;
      const curve = Math.cos((2 * Math.PI * (hour - 15)) / 24);
      const temperature = warmest - 5 * (1 - curve) + (random() - 0.5);
      columns.condition.push(word);
      columns.temperature.push(round1(temperature));
      columns.windDirection.push(direction === 0 ? 360 : direction);
      columns.windSpeed.push(round1(random() * 6 + Math.max(0, curve) * 3));
      columns.humidity.push(
        Math.round(55 - 20 * curve + random() * 10 + (RAINY.has(word) ? 25 : 0)),
      );
      columns.precipitation1h.push(RAINY.has(word) ? round1(random() * 8) : 0);
    }
    stations[record.stationId] = columns;
  }
  return { source: 'Nalssi bench (synthetic)', times, stations };
}
