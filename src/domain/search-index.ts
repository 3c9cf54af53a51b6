/**
 * Search keys, computed once per feed so that a keystroke over 10,000
 * stations is a plain loop over strings. Hangul matching comes from
 * es-hangul: initial consonants (ㄱㅁ → 구미) and jamo decomposition, so a
 * syllable still being typed (굼 → 구미) already matches. How a key ranks
 * against a query is in `rank-search.ts`.
 */
import { disassemble, getChoseong } from 'es-hangul';
import type { Observation } from './observation';
import { romanizeSyllable } from './romanize-syllable';

export interface SearchKey {
  readonly nameKo: string;
  readonly jamo: string;
  readonly choseong: string;
  /** Lower-cased, without spaces or hyphens ("jeongseongun"), like the query it is compared with. */
  readonly nameEn: string;
  /**
   * Where the English name's syllables end, as far as the Korean syllables'
   * romanisation lines up with it: Gumi → [2, 4] (gu·mi), Gunsan → [3, 6]. A
   * query ending on one of these is a whole-syllable prefix ("gu" for Gumi,
   * not for Gunsan).
   */
  readonly enSyllableEnds: readonly number[];
  /** Lower-cased, like the query it is compared with. */
  readonly stationId: string;
  readonly province: string | null;
}

/** Keys are filled front to back, so idle-time warming can stop and resume anywhere. */
interface KeyTable {
  readonly keys: SearchKey[];
}

const cache = new WeakMap<readonly Observation[], KeyTable>();

function syllableEnds(nameKo: string, nameEn: string): number[] {
  const ends: number[] = [];
  let spelled = '';
  for (const syllable of nameKo) {
    spelled += romanizeSyllable(syllable);
    // Sound changes (대관령 → Daegwallyeong) break the match: later syllables get no boundary.
    if (!nameEn.startsWith(spelled)) break;
    ends.push(spelled.length);
  }
  return ends;
}

/** What the query is compared with: lower case, no spaces, and for English no hyphens. */
export function plainEnglish(text: string): string {
  return text.toLowerCase().replace(/[\s-]/g, '');
}

function keyOf(observation: Observation): SearchKey {
  // Spaces are ignored on both sides: the query drops them too.
  const nameKo = observation.nameKo.replace(/\s+/g, '');
  const nameEn = plainEnglish(observation.nameEn ?? '');
  return {
    nameKo,
    jamo: disassemble(nameKo),
    choseong: getChoseong(observation.nameKo),
    nameEn,
    enSyllableEnds: nameEn === '' ? [] : syllableEnds(nameKo, nameEn),
    stationId: observation.stationId.toLowerCase(),
    province: observation.province,
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
