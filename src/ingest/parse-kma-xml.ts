/**
 * `kma-xml`: KMA's portal-strip feed (`sfc_web_map.xml`):
 *
 *   <weather year="2024" month="05" day="21" hour="15">
 *     <local stn_id="90" icon="" desc="-" ta="15.0">속초</local>
 *
 * The time is KST; the text is the station name (sometimes empty: the catalog
 * fills it); `ta` is °C as text (sometimes empty); `desc` is the sky word, and
 * `-` means the station did not observe the sky.
 */
import { decodeStrict, xmlEncoding } from './decode-text';
import { IngestError } from './ingest-error';
import { kstIso } from './kst-time';
import { implausibleTemperatureWarning, readNumber, readTemperature } from './measurement';
import type { ParsedSource, Skip, SourceReading } from './source-reading';
import {
  attribute,
  children,
  findElement,
  parseXml,
  rootName,
  textOf,
  type XmlNode,
} from './xml-document';
import { STATION_ID_PATTERN as STATION_ID } from '../domain/station-id';

const WHAT = 'kma-xml';

export function parseKmaXml(bytes: Uint8Array): ParsedSource {
  const document = parseXml(decodeStrict(bytes, xmlEncoding(bytes), WHAT), WHAT);
  const weather = findElement(document, 'weather');
  if (!weather) {
    throw new IngestError(
      `${WHAT}: no <weather> element (the document's root is <${rootName(document)}>); is this the portal XML feed?`,
    );
  }
  const observedAt = observationTime(weather);
  const locals = children(weather, 'local');

  const readings: SourceReading[] = [];
  const skipped: Skip[] = [];
  const warnings: string[] = [];
  locals.forEach((local, index) => {
    const stationId = attribute(local, 'stn_id')?.trim() ?? '';
    if (!STATION_ID.test(stationId)) {
      skipped.push({
        subject: `<local> #${index + 1}`,
        reason: 'no valid station number',
        detail: stationId === '' ? 'stn_id missing' : `stn_id "${stationId.slice(0, 20)}"`,
      });
      return;
    }
    const temperature = readTemperature(attribute(local, 'ta'));
    const warning = implausibleTemperatureWarning(stationId, temperature);
    if (warning) warnings.push(warning);
    readings.push({
      stationId,
      observedAt,
      name: textOf(local) || null,
      temperature: temperature.value,
      sky: { kind: 'word', word: attribute(local, 'desc') ?? '' },
    });
  });
  return { readings, recordCount: locals.length, skipped, warnings };
}

/** `<weather year month day hour [minute]>`, KST wall-clock time. */
function observationTime(weather: XmlNode): string {
  const part = (name: string) => readNumber(attribute(weather, name)) ?? Number.NaN;
  const minute = attribute(weather, 'minute') === undefined ? 0 : part('minute');
  const iso = kstIso({
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute,
  });
  if (!iso) {
    const shown = ['year', 'month', 'day', 'hour']
      .map((name) => `${name}="${attribute(weather, name) ?? ''}"`)
      .join(' ');
    throw new IngestError(`${WHAT}: <weather> does not give a valid observation time (${shown}).`);
  }
  return iso;
}
