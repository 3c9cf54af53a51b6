/**
 * Ranked search: how well a station matches what the reader typed. The rule,
 * best first (docs/finding-your-place.md says the same):
 *
 * 0. the whole name (Korean or English) or the station number, exactly;
 * 1. a prefix of the name in whole syllables (구 → 구미, gu → Gumi), or of
 *    the station number (27 → 271 … 279);
 * 2. a prefix that ends inside a syllable still being typed (굼 → 구미,
 *    gu → Gunsan);
 * 3. a prefix of the initial consonants (ㄱㅁ → 구미);
 * 4. anywhere inside the name or its initials (구 → 대구);
 * 5. the query names the station's province (경북, 강원, Gyeongbuk…).
 *
 * Within a tier the chosen sort decides. English is compared in lower case,
 * without spaces or hyphens; Korean without spaces.
 */
import { disassemble } from 'es-hangul';
import { provinceFromQuery } from './provinces';
import { plainEnglish, type SearchKey } from './search-index';

export const SEARCH_TIERS = 6;
export const NO_MATCH = -1;

/** Only compatibility-jamo consonants: the user is typing initials. */
const INITIALS_ONLY = /^[ㄱ-ㅎ]+$/;

export type RankQuery = (key: SearchKey) => number;

/** Compile a query once per keystroke; the returned function allocates nothing per station. */
export function compileRankedSearch(raw: string): RankQuery | null {
  const query = raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '');
  if (query === '') return null;
  // Only a query with Latin letters is compared with English names.
  const english = /[a-z]/.test(query) ? plainEnglish(query) : '';
  const province = provinceFromQuery(query);
  if (INITIALS_ONLY.test(query)) {
    return (key) =>
      key.choseong.startsWith(query) ? 3 : key.choseong.includes(query) ? 4 : NO_MATCH;
  }
  const jamo = disassemble(query);
  return function rank(key) {
    if (key.nameKo === query || key.stationId === query) return 0;
    if (english !== '' && key.nameEn === english) return 0;
    if (key.nameKo.startsWith(query) || key.stationId.startsWith(query)) return 1;
    if (english !== '' && key.nameEn.startsWith(english)) {
      return key.enSyllableEnds.includes(english.length) ? 1 : 2;
    }
    if (key.jamo.startsWith(jamo)) return 2;
    if (key.nameKo.includes(query) || key.jamo.includes(jamo)) return 4;
    if (english !== '' && key.nameEn.includes(english)) return 4;
    if (province !== null && key.province === province) return 5;
    return NO_MATCH;
  };
}

/** The same query as a yes/no filter, for callers that keep their own order. */
export function compileSearch(raw: string): ((key: SearchKey) => boolean) | null {
  const rank = compileRankedSearch(raw);
  return rank && ((key) => rank(key) !== NO_MATCH);
}
