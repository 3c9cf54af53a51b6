/**
 * A look at the first bytes, so that a source given to the wrong --format
 * fails with the format it probably is, instead of a parser's puzzled
 * message ("comma-separated output is not supported" for an XML file).
 * Only clear cases are named; anything unsure goes on to the parser, which
 * has its own messages (the data.go.kr gateway's XML error body, for one).
 */
import type { Format } from './formats';
import { IngestError } from './ingest-error';

/** Enough to see past an XML declaration and a comment to the first elements. */
const HEAD_BYTES = 4096;

const DESCRIPTIONS: Readonly<Record<Format, string>> = {
  'kma-xml': "KMA's portal XML feed (<weather>)",
  'kma-sfctm2': "API Hub's surface-observation text (kma_sfctm2)",
  'asos-hourly-json': 'JSON (the data.go.kr ASOS hourly service)',
};

/** An API Hub data row: a 12-digit time (YYYYMMDDHHMI), then the station number. */
const SFCTM2_ROW = /^\s*\d{12}\s+\d{2,3}\s/m;

/** The format the source most likely is, or null when it is not clear. */
export function likelyFormat(bytes: Uint8Array): Format | null {
  // latin1 maps every byte to one character: safe for a peek whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const start = head.replace(/^(\u00ef\u00bb\u00bf)?\s*/, '');
  if (start.startsWith('<')) return /<weather[\s>/]/.test(start) ? 'kma-xml' : null;
  if (start.startsWith('{') || start.startsWith('[')) return 'asos-hourly-json';
  if (start.startsWith('#START7777') || SFCTM2_ROW.test(start)) return 'kma-sfctm2';
  return null;
}

/** Throws when the source is clearly another format than the one asked for, naming that one. */
export function assertFormatFits(format: Format, bytes: Uint8Array): void {
  const likely = likelyFormat(bytes);
  if (likely === null || likely === format) return;
  throw new IngestError(
    `${format}: this looks like ${DESCRIPTIONS[likely]}, not ${format}; try --format ${likely}.`,
  );
}
