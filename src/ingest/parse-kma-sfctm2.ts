/**
 * `kma-sfctm2`: API Hub surface observations (`kma_sfctm2.php`, also
 * `kma_sfctm3.php`), whitespace-separated fixed-width text in EUC-KR:
 *
 *   #START7777
 *   # YYMMDDHHMI STN  WD   WS GST ...            (comment lines: header, units)
 *   202405211500   90  20  3.4 ...               (one row per station and time)
 *   #7777END
 *
 * Missing values are negative sentinels; the layout (45 or 46 columns) is
 * detected by count and columns are read by position (see sfctm2-layouts.ts).
 */
import { decodeEucKr } from './decode-text';
import { IngestError } from './ingest-error';
import { kstFromCompact } from './kst-time';
import {
  implausibleTemperatureWarning,
  readCloudTenths,
  readCode,
  readTemperature,
} from './measurement';
import { SFCTM2_LAYOUTS, type Sfctm2Layout } from './sfctm2-layouts';
import { scanSfctm2Lines, type Row, type Scan } from './sfctm2-lines';
import type { ParsedSource, ReadingWeather, Skip, SourceReading } from './source-reading';
import { readHumidity, readRain, readWindSpeed, readWindTensOfDegrees } from './weather-values';

const WHAT = 'kma-sfctm2';

/**
 * IX (WMO i_x): 1 manned / 4 automatic station, weather included; 2, 5
 * omitted; 3, 6 missing. 7 would mean WC uses another code table (4680), so
 * WC is read as WMO 4677 only for 1 and 4.
 */
const WEATHER_INCLUDED = new Set([1, 4]);

export function parseKmaSfctm2(bytes: Uint8Array): ParsedSource {
  const scan = scanSfctm2Lines(decodeEucKr(bytes));
  if (scan.startMarker && !scan.endMarker) {
    throw new IngestError(
      `${WHAT}: the text ends before its #7777END marker; the download was cut off.`,
    );
  }
  if (scan.rows.length === 0) {
    const excerpt = scan.firstLines.join(' | ').slice(0, 300) || '(empty)';
    throw new IngestError(`${WHAT}: no observation rows. The response began: ${excerpt}`);
  }
  const layout = chooseLayout(scan);

  const readings: SourceReading[] = [];
  const skipped: Skip[] = [];
  const warnings: string[] = [];
  for (const row of scan.rows) {
    const result = readRow(row, layout);
    if ('reason' in result) skipped.push(result);
    else {
      readings.push(result.reading);
      if (result.warning) warnings.push(result.warning);
    }
  }
  return { readings, recordCount: scan.rows.length, skipped, warnings };
}

/** The header decides; without one, the most common row length does. Never per row. */
function chooseLayout(scan: Scan): Sfctm2Layout {
  const known = [...SFCTM2_LAYOUTS.keys()].join(' or ');
  const rowColumns = mostCommon(scan.rows.map((row) => row.fields.length));
  const columns = scan.headerColumns ?? rowColumns;
  const layout = SFCTM2_LAYOUTS.get(columns);
  if (!layout) {
    const where = scan.headerColumns === null ? 'rows have' : 'header names';
    throw new IngestError(`${WHAT}: the ${where} ${columns} columns; known layouts have ${known}.`);
  }
  if (rowColumns !== columns && SFCTM2_LAYOUTS.has(rowColumns)) {
    throw new IngestError(
      `${WHAT}: the header names ${columns} columns but most rows have ${rowColumns}; ` +
        'refusing to guess which column is which.',
    );
  }
  return layout;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

type RowResult = Skip | { readonly reading: SourceReading; readonly warning: string | undefined };

function readRow(row: Row, layout: Sfctm2Layout): RowResult {
  const subject = `line ${row.line}`;
  const { fields } = row;
  if (fields.length !== layout.columnCount) {
    return {
      subject,
      reason: 'wrong number of columns',
      detail: `${fields.length} of ${layout.columnCount}`,
    };
  }
  const field = (column: keyof Sfctm2Layout['index']) => fields[layout.index[column]];
  const observedAt = kstFromCompact(field('TM') ?? '');
  if (!observedAt) return { subject, reason: 'no valid observation time', detail: field('TM') };
  const stationId = field('STN') ?? '';
  if (!/^\d{1,6}$/.test(stationId)) {
    return { subject, reason: 'no valid station number', detail: stationId };
  }

  const temperature = readTemperature(field('TA'));
  const indicator = readCode(field('IX'), 1, 7);
  const presentWeather =
    indicator !== null && WEATHER_INCLUDED.has(indicator) ? readCode(field('WC'), 0, 99) : null;
  const reading: SourceReading = {
    stationId,
    observedAt,
    name: null,
    temperature: temperature.value,
    sky: { kind: 'measured', presentWeather, cloudTenths: readCloudTenths(field('CA_TOT')) },
    weather: readWeather(field, observedAt),
  };
  return { reading, warning: implausibleTemperatureWarning(stationId, temperature) };
}

/** IR (WMO i_R): 3 = no precipitation, so RN's -9 then means 0 mm, not missing. */
const NO_PRECIPITATION = 3;
/**
 * RN is the last hour's rain in the warm season and three hours' in the cold
 * one (the help text). Only the warm months are read as `precipitation1h`;
 * in the others the value is left out rather than passed off as one hour's.
 */
const ONE_HOUR_RAIN_MONTHS = new Set([5, 6, 7, 8, 9, 10]);

function readWeather(
  field: (column: keyof Sfctm2Layout['index']) => string | undefined,
  observedAt: string,
): ReadingWeather {
  const windSpeed = readWindSpeed(field('WS'));
  const month = Number(observedAt.slice(5, 7));
  const noRain = readCode(field('IR'), 1, 4) === NO_PRECIPITATION;
  const rain = ONE_HOUR_RAIN_MONTHS.has(month) ? readRain(field('RN')) : null;
  return {
    windDirection: readWindTensOfDegrees(field('WD'), windSpeed),
    windSpeed,
    humidity: readHumidity(field('HM')),
    precipitation1h: noRain ? 0 : rain,
  };
}
