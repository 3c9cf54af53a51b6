/**
 * Type-ahead in the station list: characters typed in quick succession jump
 * to the next station whose name starts with them. On a list, which is not a
 * text field, a Korean input method does not compose: the keys arrive as the
 * Latin letters printed on them (r n → ㄱ ㅜ). So Latin letters are read both
 * as English (g → Gumi) and as 두벌식 keys (rn → 구 → 구미); Hangul that does
 * arrive as Hangul is matched as typed. Whole syllables match first (구 →
 * 구미, not 군산); failing that, jamo do, so a syllable still being formed
 * (굼) finds 구미. Initials alone (ㄱㅁ) match the names' initials.
 */
import { convertQwertyToHangul, disassemble, getChoseong } from 'es-hangul';

/** Characters typed further apart than this start a new search (the APG's suggestion). */
export const TYPE_AHEAD_RESET_MS = 500;

interface Named {
  readonly nameKo: string;
  readonly nameEn: string | null;
}

/** What the typed text may mean, each compared with the start of a name. */
interface Needle {
  /** Lower-cased, for English names. */
  readonly latin: string;
  /** The Korean reading (구 for "rn"). */
  readonly korean: string;
  /** The Korean reading as jamo (ㄱㅜㅁ for 굼 or for "rna"). */
  readonly jamo: string | null;
  /** Initial consonants only (ㄱㅁ), compared with the name's initials. */
  readonly initials: string | null;
}

const LATIN_ONLY = /^[a-z]+$/i;
const INITIALS_ONLY = /^[ㄱ-ㅎ]+$/;

function needleFor(typed: string): Needle {
  const korean = LATIN_ONLY.test(typed) ? convertQwertyToHangul(typed) : typed;
  const initials = INITIALS_ONLY.test(korean) ? korean : null;
  return {
    latin: typed.toLowerCase(),
    korean,
    jamo: initials === null && korean !== '' ? disassemble(korean) : null,
    initials,
  };
}

// Names are decomposed once per station, not once per keystroke.
const jamoCache = new WeakMap<Named, string>();
const initialsCache = new WeakMap<Named, string>();

function cached(cache: WeakMap<Named, string>, station: Named, make: (name: string) => string) {
  let value = cache.get(station);
  if (value === undefined) {
    value = make(station.nameKo);
    cache.set(station, value);
  }
  return value;
}

/** Whole syllables, English words or initials: "구" is 구미, not 군산. */
function startsWith(station: Named, needle: Needle): boolean {
  if (station.nameEn !== null && station.nameEn.toLowerCase().startsWith(needle.latin)) return true;
  if (needle.initials !== null) {
    return cached(initialsCache, station, getChoseong).startsWith(needle.initials);
  }
  return station.nameKo.startsWith(needle.korean);
}

/** Jamo by jamo: the last syllable may still be forming ("굼" on the way to 구미). */
function startsWithJamo(station: Named, needle: Needle): boolean {
  return needle.jamo !== null && cached(jamoCache, station, disassemble).startsWith(needle.jamo);
}

/** The first station from `start` on (wrapping) that `test` accepts, or -1. */
function findFrom(
  stations: readonly Named[],
  start: number,
  test: (station: Named) => boolean,
): number {
  for (let step = 0; step < stations.length; step += 1) {
    const index = (start + step) % stations.length;
    if (test(stations[index]!)) return index;
  }
  return -1;
}

/** One typed character, repeated ("ggg"), cycles through the names starting with it. */
function repeatedCharacter(text: string): string | null {
  const [first] = text;
  return first !== undefined && [...text].every((c) => c === first) ? first : null;
}

/**
 * The index of the station the typed text leads to, or -1 if none. A single
 * character (or one repeated) searches from the option after the active one,
 * so pressing it again moves on; a longer string first checks the active
 * option itself, so "구" then "구미" stays on 구미. The search wraps around.
 */
export function typeAheadIndex(
  stations: readonly Named[],
  typed: string,
  activeIndex: number,
): number {
  const count = stations.length;
  const text = typed.normalize('NFC');
  if (count === 0 || text.trim() === '') return -1;
  const single = repeatedCharacter(text);
  const needle = needleFor(single ?? text);
  const start = single !== null ? activeIndex + 1 : Math.max(0, activeIndex);
  const found = findFrom(stations, start, (station) => startsWith(station, needle));
  return found >= 0
    ? found
    : findFrom(stations, start, (station) => startsWithJamo(station, needle));
}
