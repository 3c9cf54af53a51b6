import { describe, expect, it } from 'vitest';
import seed from '../../../public/data/observations.json';
import { findCatalogStation } from '../../../src/domain/station-catalog';
import { buildFeed } from '../../../src/ingest/build-feed';
import { IngestError } from '../../../src/ingest/ingest-error';
import { parseKmaXml } from '../../../src/ingest/parse-kma-xml';
import { bytes, fixture } from './fixtures';

const xml = (locals: string, weather = 'year="2024" month="05" day="21" hour="15"') =>
  bytes(`<?xml version="1.0" encoding="UTF-8"?><weather ${weather}>${locals}</weather>`);

describe('kma-xml: the seed as a portal feed', () => {
  const parsed = parseKmaXml(fixture('sfc-web-map-seed.xml'));
  const { feed } = buildFeed(parsed.readings, parsed.readings[0]?.observedAt ?? '', 4);

  it('reads all 97 stations at the feed time, in KST', () => {
    expect(parsed.recordCount).toBe(97);
    expect(parsed.skipped).toEqual([]);
    expect(new Set(parsed.readings.map((reading) => reading.observedAt))).toEqual(
      new Set(['2024-05-21T15:00:00+09:00']),
    );
  });

  it('gives the seed feed: same stations, order, conditions and temperatures', () => {
    const pick = (
      records: readonly { stationId: string; condition: string; temperature?: number | null }[],
    ) =>
      records.map(({ stationId, condition, temperature }) => ({
        stationId,
        condition,
        temperature: temperature ?? null,
      }));
    expect(pick(feed.observations)).toEqual(pick(seed.observations));
  });

  it('fills the four missing names from the catalog and places every station', () => {
    const byId = new Map(feed.observations.map((record) => [record.stationId, record]));
    const unnamed = ['93', '181', '239', '296'];
    expect(unnamed.map((id) => byId.get(id)?.name)).toEqual(
      unnamed.map((id) => findCatalogStation(id)?.nameKo),
    );
    expect(byId.get('93')?.name).toBe('북춘천');
    expect(
      feed.observations.every((record) => record.lat !== undefined && record.lon !== undefined),
    ).toBe(true);
  });

  it('leaves the missing temperature out instead of writing 0 or null', () => {
    const gochang = feed.observations.find((record) => record.stationId === '172');
    expect(gochang).toBeDefined();
    expect(gochang && 'temperature' in gochang).toBe(false);
  });
});

describe('kma-xml: awkward records', () => {
  const parsed = parseKmaXml(fixture('sfc-web-map-edge.xml'));
  const byId = new Map(parsed.readings.map((reading) => [reading.stationId, reading]));

  it('keeps desc="-" as the word to be classified as not observed', () => {
    expect(byId.get('90')?.sky).toEqual({ kind: 'word', word: '-' });
  });

  it('turns an empty name and an empty ta into nulls', () => {
    expect(byId.get('93')?.name).toBeNull();
    expect(byId.get('172')?.temperature).toBeNull();
  });

  it('decodes character references and predefined entities', () => {
    expect(byId.get('108')?.name).toBe('서울 & 수도권');
    expect(byId.get('108')?.temperature).toBe(-3.5);
  });

  it('skips a record without a station number, with the reason', () => {
    expect(parsed.recordCount).toBe(8);
    expect(parsed.skipped).toEqual([
      { subject: '<local> #7', reason: 'no valid station number', detail: 'stn_id missing' },
    ]);
  });

  it('drops an implausible temperature with a warning', () => {
    expect(byId.get('121')?.temperature).toBeNull();
    expect(parsed.warnings).toEqual(['station 121: temperature 99.9 °C is implausible; left out']);
  });
});

describe('kma-xml: broken input fails with a message that says where', () => {
  const failure = (input: Uint8Array) => {
    try {
      parseKmaXml(input);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      return (error as Error).message;
    }
    throw new Error('expected the parse to fail');
  };

  it('malformed markup', () => {
    expect(failure(fixture('sfc-web-map-malformed.xml'))).toMatch(
      /^kma-xml: malformed XML at line 6, column \d+: .*'local'.*'locl'/,
    );
  });

  it('a truncated download', () => {
    expect(failure(fixture('sfc-web-map-truncated.xml'))).toMatch(
      /malformed XML at line 6.*cut off\?\)$/,
    );
  });

  it('an undefined entity', () => {
    expect(failure(xml('<local stn_id="90" desc="맑음" ta="1.0">속&nbsp;초</local>'))).toMatch(
      /line 1, column \d+: undefined entity "&nbsp;"/,
    );
  });

  it('an entity declaration (the start of an XML bomb)', () => {
    const bomb = bytes(
      '<?xml version="1.0"?><!DOCTYPE weather [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' +
        '<weather year="2024" month="05" day="21" hour="15"><local stn_id="90" desc="&b;" ta="1">x</local></weather>',
    );
    expect(failure(bomb)).toMatch(/entity declarations are not accepted/);
  });

  it('a document without <weather>', () => {
    expect(failure(fixture('asos-hourly-gateway-error.xml'))).toMatch(
      /no <weather> element \(the document's root is <OpenAPI_ServiceResponse>\)/,
    );
  });

  it('an impossible observation time', () => {
    expect(failure(xml('', 'year="2024" month="02" day="30" hour="15"'))).toMatch(
      /does not give a valid observation time \(year="2024" month="02" day="30" hour="15"\)/,
    );
  });

  it('bytes that are not the declared encoding', () => {
    const eucKrName = new Uint8Array([0xbc, 0xd3, 0xc3, 0xca]); // 속초 in EUC-KR
    const head = bytes(
      '<?xml version="1.0" encoding="UTF-8"?><weather year="2024" month="05" day="21" hour="15"><local stn_id="90">',
    );
    const tail = bytes('</local></weather>');
    expect(failure(new Uint8Array([...head, ...eucKrName, ...tail]))).toBe(
      'kma-xml: the bytes are not valid utf-8.',
    );
  });
});

describe('kma-xml: encodings and layout', () => {
  it('honours an EUC-KR declaration', () => {
    const head = bytes(
      '<?xml version="1.0" encoding="EUC-KR"?><weather year="2024" month="05" day="21" hour="15"><local stn_id="90" desc="-" ta="1.0">',
    );
    const name = new Uint8Array([0xbc, 0xd3, 0xc3, 0xca]); // 속초
    const tail = bytes('</local></weather>');
    const parsed = parseKmaXml(new Uint8Array([...head, ...name, ...tail]));
    expect(parsed.readings[0]?.name).toBe('속초');
  });

  it('reads a bare <weather> root and a minute attribute', () => {
    const parsed = parseKmaXml(
      xml(
        '<local stn_id="90" desc="맑음" ta="1.0">속초</local>',
        'year="2024" month="05" day="21" hour="15" minute="30"',
      ),
    );
    expect(parsed.readings[0]?.observedAt).toBe('2024-05-21T15:30:00+09:00');
  });

  it('keeps station numbers as written (no number parsing)', () => {
    const parsed = parseKmaXml(xml('<local stn_id="090" desc="맑음" ta="1.0"></local>'));
    expect(parsed.readings[0]?.stationId).toBe('090');
  });
});
