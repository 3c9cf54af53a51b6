/**
 * KMA gives local (KST) wall-clock times without an offset. The feed carries
 * them as ISO 8601 with `+09:00`, so the dashboard never has to guess a zone.
 */

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2024-05-21T15:00:00+09:00`, or null when the parts are not a real time (Feb 30, hour 24). */
export function kstIso(time: WallClock): string | null {
  const { year, month, day, hour, minute } = time;
  if (![year, month, day, hour, minute].every(Number.isInteger)) return null;
  // Date.UTC rolls invalid parts over (Feb 30 → Mar 2); a round trip catches that.
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const real =
    year >= 1900 &&
    year <= 9999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute;
  if (!real) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+09:00`;
}

/** Year, month, day, hour and minute captured in that order by `pattern`, as a KST time. */
function kstFromPattern(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return kstIso({ year, month, day, hour, minute });
}

/** API Hub's `YYYYMMDDHHMI` (e.g. `202405211500`). */
export function kstFromCompact(text: string): string | null {
  return kstFromPattern(text, /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/);
}

/** data.go.kr's `YYYY-MM-DD HH:MI` (e.g. `2019-01-20 01:00`). */
export function kstFromDashed(text: string): string | null {
  return kstFromPattern(text, /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/);
}
