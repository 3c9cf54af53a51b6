import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEucKr } from '../../../src/ingest/decode-text';
import { IngestError } from '../../../src/ingest/ingest-error';
import { parseKmaSfctm2 } from '../../../src/ingest/parse-kma-sfctm2';
import { deriveSkyWord } from '../../../src/ingest/sky-word';
import type { ParsedSource } from '../../../src/ingest/source-reading';
import { bytes, fixture } from './fixtures';
import { sfctm2Header, sfctm2Row, type ColumnCount } from './sfctm2-rows';

/** stationId → [temperature, sky word] as the feed will show them. */
const shown = (parsed: ParsedSource) =>
  Object.fromEntries(
    parsed.readings.map((reading) => [
      reading.stationId,
      [reading.temperature, deriveSkyWord(reading.sky, 4).word],
    ]),
  );

const failure = (input: Uint8Array) => {
  try {
    parseKmaSfctm2(input);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as Error).message;
  }
  throw new Error('expected the parse to fail');
};

describe('kma-sfctm2: the 46-column layout, EUC-KR encoded', () => {
  const raw = fixture('sfctm2-46col.euc-kr.txt');
  const parsed = parseKmaSfctm2(raw);

  it('is really EUC-KR: not UTF-8, and its Korean comment decodes', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
    expect(decodeEucKr(raw)).toContain('지상관측 시간자료');
  });

  it('reads every row at the row time, in KST', () => {
    expect(parsed.recordCount).toBe(10);
    expect(parsed.skipped).toEqual([]);
    expect(
      parsed.readings.every((reading) => reading.observedAt === '2025-01-15T06:00:00+09:00'),
    ).toBe(true);
  });

  it('maps each row to temperature and sky word', () => {
    expect(shown(parsed)).toEqual({
      '90': [-1.5, '맑음'], // IX 4, ww 02 (no phenomenon), cloud 1
      '100': [-9, '눈'], // -9.0 °C is a real temperature, not the sentinel; ww 71
      '102': [-2.8, '안개'], // manned, ww 45 beats cloud 10
      '108': [-4.3, '연무'], // ww 05
      '116': [null, '관측 없음'], // every value missing
      '133': [-6.1, '구름많음'], // weather included but ww missing: cloud 7
      '159': [2.4, '흐림'], // IX 5, weather omitted: cloud 9
      '184': [6.8, '비'], // ww 61
      '211': [-11.2, '구름조금'], // IX missing: ww 45 not trusted, cloud 4
      '232': [-7, '맑음'], // IX 6 (weather missing): ww 61 ignored, cloud 0
    });
  });

  it('gives the same readings from the UTF-8 source it was encoded from', () => {
    expect(parseKmaSfctm2(fixture('sfctm2-46col.utf8.txt'))).toEqual(parsed);
  });
});

describe('kma-sfctm2: the older 45-column layout (no RN_JUN)', () => {
  it('gives exactly the readings of the 46-column file', () => {
    const older = parseKmaSfctm2(fixture('sfctm2-45col.txt'));
    expect(older).toEqual(parseKmaSfctm2(fixture('sfctm2-46col.euc-kr.txt')));
  });
});

describe('kma-sfctm2: the RN_JUN-at-the-end trap', () => {
  const text = decodeEucKr(fixture('sfctm2-ww-trap.txt'));
  const rows = text.split('\n').filter((line) => /^\d/.test(line));

  it('has WW values in column 25, where a misplaced RN_JUN would put CA_TOT', () => {
    expect(rows.map((row) => row.trim().split(/\s+/)[24])).toEqual(['09', '4001', '00']);
  });

  it('reads CA_TOT from column 26, not WW', () => {
    const parsed = parseKmaSfctm2(fixture('sfctm2-ww-trap.txt'));
    expect(parsed.readings.map((reading) => reading.sky)).toEqual([
      { kind: 'measured', presentWeather: 2, cloudTenths: 1 },
      { kind: 'measured', presentWeather: 2, cloudTenths: 5 },
      { kind: 'measured', presentWeather: 2, cloudTenths: 10 },
    ]);
    expect(Object.values(shown(parsed)).map(([, word]) => word)).toEqual([
      '맑음',
      '구름조금',
      '흐림',
    ]);
  });

  it('holds for any values: CA_TOT is read from its own column in both layouts', () => {
    const tenths = fc.integer({ min: 0, max: 10 });
    const ww = fc.stringMatching(/^(\d\d){1,11}$/);
    fc.assert(
      fc.property(tenths, ww, fc.constantFrom<ColumnCount>(45, 46), (cloud, domestic, count) => {
        const row = sfctm2Row(
          {
            TM: '202501151200',
            STN: '108',
            TA: '1.0',
            WC: '02',
            WW: domestic,
            CA_TOT: String(cloud),
            IX: '4',
          },
          count,
        );
        const [reading] = parseKmaSfctm2(bytes(`${row}\n`)).readings;
        expect(reading?.sky).toEqual({ kind: 'measured', presentWeather: 2, cloudTenths: cloud });
      }),
    );
  });
});

describe('kma-sfctm2: sentinels', () => {
  const one = (values: Record<string, string>) =>
    parseKmaSfctm2(bytes(`${sfctm2Row({ TM: '202501150600', STN: '108', ...values })}\n`))
      .readings[0];

  it.each([
    ['-9.0', -9],
    ['-9', -9],
    ['-99.0', null],
    ['-99', null],
    ['-999', null],
    ['0.0', 0],
  ])('TA %s → %s', (ta, expected) => {
    expect(one({ TA: ta })?.temperature).toBe(expected);
  });

  it.each([['-9'], ['-99'], ['-9.0'], ['11']])('CA_TOT %s → missing', (ca) => {
    expect(one({ CA_TOT: ca, IX: '4', WC: '02' })?.sky).toEqual({
      kind: 'measured',
      presentWeather: 2,
      cloudTenths: null,
    });
  });

  it('an all-missing station is written as not observed, without temperature', () => {
    const reading = one({ IX: '6' });
    expect(reading?.temperature).toBeNull();
    expect(reading && deriveSkyWord(reading.sky, 4).word).toBe('관측 없음');
  });
});

describe('kma-sfctm2: broken and unexpected text', () => {
  it('a download cut off before #7777END fails', () => {
    expect(failure(fixture('sfctm2-truncated.txt'))).toBe(
      'kma-sfctm2: the text ends before its #7777END marker; the download was cut off.',
    );
  });

  it('skips a row with the wrong number of columns and reads the rest', () => {
    const good = sfctm2Row({ TM: '202501150600', STN: '90', CA_TOT: '0' });
    const short = good.split(' ').slice(0, 44).join(' ');
    const parsed = parseKmaSfctm2(
      bytes([sfctm2Header(), good, short, good.replace(' 90 ', ' 95 ')].join('\n')),
    );
    expect(parsed.readings.map((reading) => reading.stationId)).toEqual(['90', '95']);
    expect(parsed.skipped).toEqual([
      { subject: 'line 3', reason: 'wrong number of columns', detail: '44 of 46' },
    ]);
  });

  it('never reads a 45-column row with the 46-column layout, or the other way round', () => {
    const header = sfctm2Header(46);
    const older = sfctm2Row({ TM: '202501150600', STN: '90', CA_TOT: '0' }, 45);
    const current = sfctm2Row({ TM: '202501150600', STN: '95', CA_TOT: '0' }, 46);
    const parsed = parseKmaSfctm2(
      bytes([header, current, current.replace(' 95 ', ' 98 '), older].join('\n')),
    );
    expect(parsed.readings.map((reading) => reading.stationId)).toEqual(['95', '98']);
    expect(parsed.skipped[0]?.detail).toBe('45 of 46');
  });

  it('refuses a header that disagrees with the rows', () => {
    const rows = [1, 2].map((n) => sfctm2Row({ TM: '202501150600', STN: String(90 + n) }, 45));
    expect(failure(bytes([sfctm2Header(46), ...rows].join('\n')))).toMatch(
      /header names 46 columns but most rows have 45; refusing to guess/,
    );
  });

  it('refuses an unknown layout', () => {
    const row = `${sfctm2Row({ TM: '202501150600', STN: '90' })} 1 2 3 4`;
    expect(failure(bytes(row))).toBe(
      'kma-sfctm2: the rows have 50 columns; known layouts have 46 or 45.',
    );
  });

  it('skips rows without a valid time or station', () => {
    const parsed = parseKmaSfctm2(
      bytes(
        [
          sfctm2Row({ TM: '202502300600', STN: '90' }),
          sfctm2Row({ TM: '202501150600', STN: 'X1' }),
          sfctm2Row({ TM: '202501150600', STN: '95' }),
        ].join('\n'),
      ),
    );
    expect(parsed.skipped.map((skip) => skip.reason)).toEqual([
      'no valid observation time',
      'no valid station number',
    ]);
    expect(parsed.readings).toHaveLength(1);
  });

  it('shows a non-data answer in readable Korean', () => {
    expect(failure(fixture('sfctm2-error.euc-kr.txt'))).toMatch(
      /^kma-sfctm2: no observation rows\. The response began: #START7777 \| # 인증키 오류: 등록되지 않은 인증키입니다/,
    );
  });

  it('says so for comma-separated output', () => {
    expect(failure(bytes('202501150600,108,27,2.1\n'))).toMatch(
      /comma-separated output \(disp=1\) is not supported/,
    );
  });

  it('fails on an empty body', () => {
    expect(failure(new Uint8Array())).toBe(
      'kma-sfctm2: no observation rows. The response began: (empty)',
    );
  });
});
