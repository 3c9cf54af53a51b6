import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/ingest-error';
import { assertFormatFits, likelyFormat } from '../../../src/ingest/sniff-format';
import { bytes, fixture } from './fixtures';

describe('likelyFormat', () => {
  it.each([
    ['sfc-web-map-seed.xml', 'kma-xml'],
    ['sfctm2-46col.euc-kr.txt', 'kma-sfctm2'],
    ['sfctm2-45col.txt', 'kma-sfctm2'],
    ['sfctm2-ww-trap.txt', 'kma-sfctm2'],
    ['asos-hourly.json', 'asos-hourly-json'],
  ] as const)('recognises %s as %s', (name, format) => {
    expect(likelyFormat(fixture(name))).toBe(format);
  });

  it('does not guess about XML that is not the portal feed (the gateway’s error body)', () => {
    expect(likelyFormat(fixture('asos-hourly-gateway-error.xml'))).toBeNull();
    expect(likelyFormat(bytes(''))).toBeNull();
  });
});

describe('assertFormatFits', () => {
  it.each(['kma-sfctm2', 'asos-hourly-json'] as const)(
    'names kma-xml when KMA’s XML is given to --format %s',
    (format) => {
      const run = () => assertFormatFits(format, fixture('sfc-web-map-seed.xml'));
      expect(run).toThrow(IngestError);
      expect(run).toThrow(
        `${format}: this looks like KMA's portal XML feed (<weather>), not ${format}; try --format kma-xml.`,
      );
    },
  );

  it('names the likely format for JSON and API Hub text as well', () => {
    expect(() => assertFormatFits('kma-xml', fixture('asos-hourly.json'))).toThrow(
      /try --format asos-hourly-json/,
    );
    expect(() => assertFormatFits('asos-hourly-json', fixture('sfctm2-45col.txt'))).toThrow(
      /try --format kma-sfctm2/,
    );
  });

  it('lets a matching or unrecognised source through to its parser', () => {
    expect(() => assertFormatFits('kma-xml', fixture('sfc-web-map-seed.xml'))).not.toThrow();
    expect(() =>
      assertFormatFits('asos-hourly-json', fixture('asos-hourly-gateway-error.xml')),
    ).not.toThrow();
    expect(() => assertFormatFits('kma-sfctm2', fixture('sfctm2-error.utf8.txt'))).not.toThrow();
  });
});
