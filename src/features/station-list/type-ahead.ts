/**
 * Type-ahead in the station list: characters typed in quick succession jump
 * to the next station whose name starts with them. Korean names match the
 * typed syllables (구 → 구미) or their initial consonants (ㄱㅁ → 구미);
 * English names match Latin letters in either language, because a Korean
 * input method does not compose on a list that is not a text field.
 */
import { getChoseong } from 'es-hangul';

/** Characters typed further apart than this start a new search (the APG's suggestion). */
export const TYPE_AHEAD_RESET_MS = 500;

interface Named {
  readonly nameKo: string;
  readonly nameEn: string | null;
}

const INITIALS_ONLY = /^[ㄱ-ㅎ]+$/;

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** One typed character, repeated ("ggg"), cycles through the names starting with it. */
function repeatedCharacter(query: string): string | null {
  const [first] = query;
  return first !== undefined && [...query].every((c) => c === first) ? first : null;
}

function startsWith(station: Named, query: string): boolean {
  if (INITIALS_ONLY.test(query)) return getChoseong(station.nameKo).startsWith(query);
  return (
    normalise(station.nameKo).startsWith(query) ||
    (station.nameEn !== null && normalise(station.nameEn).startsWith(query))
  );
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
  const query = normalise(typed);
  if (count === 0 || query.trim() === '') return -1;
  const single = repeatedCharacter(query);
  const needle = single ?? query;
  const start = single !== null ? activeIndex + 1 : Math.max(0, activeIndex);
  for (let step = 0; step < count; step += 1) {
    const index = (((start + step) % count) + count) % count;
    if (startsWith(stations[index]!, needle)) return index;
  }
  return -1;
}
