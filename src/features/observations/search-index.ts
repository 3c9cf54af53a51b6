/**
 * Search keys, computed once per feed so that a keystroke over 10,000
 * stations is a plain loop over strings. Hangul matching comes from
 * es-hangul: initial consonants (ㄱㅁ → 구미) and jamo decomposition, so a
 * syllable still being typed (굼 → 구미) already matches.
 */
import { disassemble, getChoseong } from 'es-hangul';
import type { Observation } from './observation';

export interface SearchKey {
  readonly nameKo: string;
  readonly jamo: string;
  readonly choseong: string;
  readonly nameEn: string;
  /** Lower-cased, like the query it is compared with. */
  readonly stationId: string;
}

const cache = new WeakMap<readonly Observation[], readonly SearchKey[]>();

export function searchKeysFor(observations: readonly Observation[]): readonly SearchKey[] {
  let keys = cache.get(observations);
  if (!keys) {
    keys = observations.map((observation) => ({
      nameKo: observation.nameKo,
      jamo: disassemble(observation.nameKo),
      choseong: getChoseong(observation.nameKo),
      nameEn: (observation.nameEn ?? '').toLowerCase(),
      stationId: observation.stationId.toLowerCase(),
    }));
    cache.set(observations, keys);
  }
  return keys;
}

/** Only compatibility-jamo consonants (and spaces): the user is typing initials. */
const INITIALS_ONLY = /^[ㄱ-ㅎ]+$/;

/** A compiled query: build it once per keystroke, then test every key. */
export function compileSearch(raw: string): ((key: SearchKey) => boolean) | null {
  const query = raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '');
  if (query === '') return null;
  if (INITIALS_ONLY.test(query)) return (key) => key.choseong.includes(query);
  const jamo = disassemble(query);
  return (key) =>
    key.stationId === query ||
    key.nameKo.includes(query) ||
    key.jamo.includes(jamo) ||
    (key.nameEn !== '' && key.nameEn.replace(/[\s-]/g, '').includes(query.replace(/-/g, '')));
}
