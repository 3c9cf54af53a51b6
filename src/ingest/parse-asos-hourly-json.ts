/**
 * `asos-hourly-json`: data.go.kr's ASOS hourly service
 * (`AsosHourlyInfoService/getWthrDataList`, dataType=JSON):
 *
 *   {"response":{"header":{"resultCode":"00","resultMsg":"NORMAL_SERVICE"},
 *    "body":{"items":{"item":[{"tm":"2019-01-20 01:00","stnId":"108","stnNm":"서울",
 *    "ta":"3.6","dc10Tca":"9", ...}]},"numOfRows":10,"pageNo":1,"totalCount":1}}}
 *
 * Quirks: every value is a string and `""` means missing; `items` is `""`
 * when empty and `item` is an object when there is one; errors come as a
 * non-"00" resultCode, or as an XML body from the gateway.
 *
 * The service has no WMO present-weather code (its `dmstMtphNo` is KMA's
 * domestic code, whose table is not published), so the sky word rests on the
 * total cloud amount (`dc10Tca`) alone.
 */
import { describeXmlErrorBody } from './data-go-kr-error';
import { decodeStrict } from './decode-text';
import { IngestError } from './ingest-error';
import { kstFromDashed } from './kst-time';
import {
  implausibleTemperatureWarning,
  readCloudTenths,
  readNumber,
  readTemperature,
} from './measurement';
import type { ParsedSource, ReadingWeather, Skip, SourceReading } from './source-reading';
import { readHumidity, readRain, readWindDegrees, readWindSpeed } from './weather-values';

const WHAT = 'asos-hourly-json';

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** What resultCode "03" means for this service, which only has data up to the previous day. */
const NO_DATA_HINT =
  'no data for the requested station and hours (this service only holds data up to yesterday)';

export function parseAsosHourlyJson(bytes: Uint8Array): ParsedSource {
  const body = responseBody(parseJson(decodeStrict(bytes, 'utf-8', WHAT).trim()));
  const items = itemList(body);

  const readings: SourceReading[] = [];
  const skipped: Skip[] = [];
  const warnings: string[] = [];
  const shownTotal = readNumber(asText(body['totalCount']));
  if (shownTotal !== null && shownTotal > items.length) {
    warnings.push(
      `the response holds ${items.length} of ${shownTotal} items; raise numOfRows (at most 999) or read more pages`,
    );
  }
  items.forEach((item, index) => {
    const result = readItem(item, index);
    if ('reason' in result) skipped.push(result);
    else {
      readings.push(result.reading);
      if (result.warning) warnings.push(result.warning);
    }
  });
  return { readings, recordCount: items.length, skipped, warnings };
}

function parseJson(text: string): unknown {
  if (text.startsWith('<')) throw new IngestError(`${WHAT}: ${describeXmlErrorBody(text, WHAT)}.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError(`${WHAT}: the response is not valid JSON (${reason}); was it cut off?`);
  }
}

/** Unwrap `response`, check `header.resultCode`, return `body`. */
function responseBody(payload: unknown): Json {
  const response = isObject(payload) ? payload['response'] : undefined;
  if (!isObject(response)) {
    throw new IngestError(`${WHAT}: no "response" object; is this the ASOS hourly service?`);
  }
  const header = isObject(response['header']) ? response['header'] : {};
  const code = asText(header['resultCode'])?.trim() ?? '';
  if (code !== '00') {
    const message = asText(header['resultMsg'])?.trim() || 'no message';
    const hint = code === '03' ? `: ${NO_DATA_HINT}` : '';
    throw new IngestError(
      `${WHAT}: the service answered resultCode "${code || '(none)'}" (${message})${hint}.`,
    );
  }
  const body = response['body'];
  if (!isObject(body)) throw new IngestError(`${WHAT}: resultCode "00" but no "body" object.`);
  return body;
}

/** `items: ""`, `items: {item: {...}}` and `items: {item: [...]}` all become a list. */
function itemList(body: Json): readonly unknown[] {
  const items = body['items'];
  if (items === '' || items === undefined || items === null) return [];
  if (!isObject(items)) throw new IngestError(`${WHAT}: "items" is neither an object nor "".`);
  const item = items['item'];
  if (item === undefined || item === '' || item === null) return [];
  return Array.isArray(item) ? item : [item];
}

type ItemResult = Skip | { readonly reading: SourceReading; readonly warning: string | undefined };

function readItem(item: unknown, index: number): ItemResult {
  const subject = `item ${index + 1}`;
  if (!isObject(item)) return { subject, reason: 'not an object' };
  const stationId = asText(item['stnId'])?.trim() ?? '';
  if (!/^\d{1,6}$/.test(stationId)) {
    return { subject, reason: 'no valid station number', detail: stationId || 'stnId missing' };
  }
  const observedAt = kstFromDashed(asText(item['tm']) ?? '');
  if (!observedAt) {
    return {
      subject,
      reason: 'no valid observation time',
      detail: asText(item['tm']) ?? 'tm missing',
    };
  }
  const temperature = readTemperature(asText(item['ta']));
  const reading: SourceReading = {
    stationId,
    observedAt,
    name: asText(item['stnNm'])?.trim() || null,
    temperature: temperature.value,
    sky: {
      kind: 'measured',
      presentWeather: null,
      cloudTenths: readCloudTenths(asText(item['dc10Tca'])),
    },
    weather: readWeather(item),
  };
  return { reading, warning: implausibleTemperatureWarning(stationId, temperature) };
}

/**
 * Every value is a string and "" means not observed; for `rn` too: the
 * service leaves it empty both for "no rain" and "not measured", so an empty
 * `rn` is never turned into 0 mm.
 */
function readWeather(item: Json): ReadingWeather {
  const windSpeed = readWindSpeed(asText(item['ws']));
  return {
    windDirection: readWindDegrees(asText(item['wd']), windSpeed),
    windSpeed,
    humidity: readHumidity(asText(item['hm'])),
    precipitation1h: readRain(asText(item['rn'])),
  };
}
