import { describe, expect, it } from 'vitest';
import { decodeKmaText } from '../../../src/ingest/decode-text';
import { parseKmaSfctm2 } from '../../../src/ingest/parse-kma-sfctm2';
import { bytes, fixture } from './fixtures';

const ERROR_LINE = '인증키 오류: 등록되지 않은 인증키입니다.';

describe('decodeKmaText: API Hub text in EUC-KR or UTF-8', () => {
  it('reads EUC-KR, the encoding API Hub sends', () => {
    expect(decodeKmaText(fixture('sfctm2-error.euc-kr.txt'))).toContain(ERROR_LINE);
  });

  it('reads UTF-8 too (a file saved by an editor, a proxy that re-encodes)', () => {
    expect(decodeKmaText(fixture('sfctm2-error.utf8.txt'))).toContain(ERROR_LINE);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('# 구름')]);
    expect(decodeKmaText(withBom)).toBe('# 구름');
  });

  it('reads plain ASCII the same either way', () => {
    expect(decodeKmaText(bytes('#START7777\n#7777END'))).toBe('#START7777\n#7777END');
  });
});

describe('kma-sfctm2 with either encoding', () => {
  it('shows a Korean non-data answer readably whether it came as UTF-8 or EUC-KR', () => {
    for (const name of ['sfctm2-error.utf8.txt', 'sfctm2-error.euc-kr.txt']) {
      expect(() => parseKmaSfctm2(fixture(name))).toThrow(ERROR_LINE);
    }
  });

  it('reads the same rows from the UTF-8 and the EUC-KR file', () => {
    const utf8 = parseKmaSfctm2(fixture('sfctm2-46col.utf8.txt'));
    const eucKr = parseKmaSfctm2(fixture('sfctm2-46col.euc-kr.txt'));
    expect(utf8.readings).toEqual(eucKr.readings);
    expect(utf8.readings.length).toBeGreaterThan(0);
  });
});
