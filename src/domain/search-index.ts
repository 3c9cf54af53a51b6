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

/** Keys are filled front to back, so idle-time warming can stop and resume anywhere. */
interface KeyTable {
  readonly keys: SearchKey[];
}

const cache = new WeakMap<readonly Observation[], KeyTable>();

function keyOf(observation: Observation): SearchKey {
  // Spaces are ignored on both sides: the query drops them too.
  const nameKo = observation.nameKo.replace(/\s+/g, '');
  return {
    nameKo,
    jamo: disassemble(nameKo),
    choseong: getChoseong(observation.nameKo),
    nameEn: (observation.nameEn ?? '').toLowerCase(),
    stationId: observation.stationId.toLowerCase(),
  };
}

/** Compute keys up to (not including) `end`; returns how many are ready. */
export function fillSearchKeys(observations: readonly Observation[], end: number): number {
  let table = cache.get(observations);
  if (!table) {
    table = { keys: [] };
    cache.set(observations, table);
  }
  const { keys } = table;
  const stop = Math.min(end, observations.length);
  for (let i = keys.length; i < stop; i += 1) keys.push(keyOf(observations[i]!));
  return keys.length;
}

export function searchKeysFor(observations: readonly Observation[]): readonly SearchKey[] {
  fillSearchKeys(observations, observations.length);
  return cache.get(observations)!.keys;
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
