/**
 * What a station number may look like, everywhere: the feed, the URL, the
 * widget's parameters, the news feed and the ingest. KMA numbers are digits;
 * other feeds may use short codes, so letters, `_` and `-` are allowed too.
 */
export const STATION_ID_PATTERN = /^[0-9A-Za-z_-]{1,16}$/;

export function isStationId(value: string): boolean {
  return STATION_ID_PATTERN.test(value);
}
