import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysInUrl, redactSecrets, withAuthKey } from '../../../src/ingest/auth-key';

describe('adding the key to the URL', () => {
  it('uses authKey for API Hub', () => {
    const { url } = withAuthKey(
      new URL('https://apihub.kma.go.kr/api/typ01/url/kma_sfctm2.php?stn=0&help=0'),
      'abc123',
    );
    expect(url.searchParams.get('authKey')).toBe('abc123');
    expect(url.searchParams.get('stn')).toBe('0');
  });

  it('uses serviceKey for data.go.kr, encoded exactly once', () => {
    const plain = 'a+b/c=';
    const encoded = encodeURIComponent(plain); // what data.go.kr calls the "Encoding" key
    for (const key of [plain, encoded]) {
      const { url } = withAuthKey(
        new URL('http://apis.data.go.kr/1360000/AsosHourlyInfoService/getWthrDataList'),
        key,
      );
      expect(url.searchParams.get('serviceKey')).toBe(plain);
      expect(url.search).toBe('?serviceKey=a%2Bb%2Fc%3D');
    }
  });

  it('replaces a key already in the URL', () => {
    const { url } = withAuthKey(new URL('https://apihub.kma.go.kr/x?authKey=old'), 'new');
    expect(url.searchParams.getAll('authKey')).toEqual(['new']);
  });

  it('never sends the key to another host', () => {
    const keyed = withAuthKey(new URL('https://mirror.example.org/sfc.txt'), 'abc123');
    expect(keyed.url.toString()).toBe('https://mirror.example.org/sfc.txt');
    expect(keyed.warning).toBe(
      'KMA_AUTH_KEY is set, but mirror.example.org is not a KMA API host; the key was not sent',
    );
  });

  it('leaves the URL alone without a key', () => {
    expect(withAuthKey(new URL('https://apihub.kma.go.kr/x'), undefined).url.search).toBe('');
  });
});

describe('redacting the key', () => {
  it('removes the key in every spelling', () => {
    const key = 'a+b/c=';
    const text = `key a+b/c= then a%2Bb%2Fc%3D and ?serviceKey=a%2Bb%2Fc%3D&x=1 and authKey=zzz: end`;
    expect(redactSecrets(text, [key])).toBe(
      'key *** then *** and ?serviceKey=***&x=1 and authKey=***: end',
    );
  });

  it('removes authKey= / serviceKey= values even when the key is not known', () => {
    expect(redactSecrets('GET https://apihub.kma.go.kr/x?tm=1&AUTHKEY=q1w2e3 failed', [])).toBe(
      'GET https://apihub.kma.go.kr/x?tm=1&AUTHKEY=*** failed',
    );
  });

  it('finds keys written into a --from URL', () => {
    expect(keysInUrl('https://apihub.kma.go.kr/x?authKey=k1&stn=0')).toEqual(['k1']);
    expect(keysInUrl('tests/fixtures/kma/a.xml')).toEqual([]);
  });

  it('leaves no trace of any key, however it is spelt', () => {
    const key = fc
      .string({ minLength: 8, maxLength: 40, unit: 'grapheme-ascii' })
      .filter((k) => k.trim() === k && /\w/.test(k));
    fc.assert(
      fc.property(key, (secret) => {
        const url = withAuthKey(
          new URL('https://apihub.kma.go.kr/api?tm=1'),
          secret,
        ).url.toString();
        const message = `failed: ${url} (${secret}) ${encodeURIComponent(secret)}`;
        const redacted = redactSecrets(message, [secret]);
        expect(redacted).not.toContain(secret);
        expect(redacted).not.toContain(encodeURIComponent(secret));
        expect(redacted).not.toContain(new URLSearchParams({ k: secret }).toString().slice(2));
      }),
    );
  });
});
