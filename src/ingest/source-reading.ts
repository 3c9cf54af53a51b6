/**
 * What every source parser hands on: one station's reading, in the shape the
 * rest of the pipeline works with, whatever the source format was.
 */

/**
 * What a source says about the sky. Portal XML names the sky word itself;
 * the measured sources only give the codes the word is derived from.
 */
export type SkyEvidence =
  | { readonly kind: 'word'; readonly word: string }
  | {
      readonly kind: 'measured';
      /** WMO 4677 ww, or null when the station did not report present weather. */
      readonly presentWeather: number | null;
      /** Total cloud amount in tenths (0–10), or null when not observed. */
      readonly cloudTenths: number | null;
    };

export interface SourceReading {
  readonly stationId: string;
  /** ISO 8601 with the KST offset, e.g. `2024-05-21T15:00:00+09:00`. */
  readonly observedAt: string;
  readonly name: string | null;
  /** °C; null when missing (sentinel, empty) or implausible. */
  readonly temperature: number | null;
  readonly sky: SkyEvidence;
  /**
   * The measurements beyond sky and temperature. Absent for formats that
   * carry none (the portal XML); null where the station did not observe it.
   */
  readonly weather?: ReadingWeather;
}

export interface ReadingWeather {
  /** Degrees the wind blows from, 0–360; null when calm or not observed. */
  readonly windDirection: number | null;
  /** m/s. */
  readonly windSpeed: number | null;
  /** %. */
  readonly humidity: number | null;
  /** mm in the last hour; 0 = no rain, null = not observed. */
  readonly precipitation1h: number | null;
}

/** A record left out of the feed. `reason` is a stable phrase the summary groups by. */
export interface Skip {
  /** Which record: `line 12`, `item 3`, `station 108`. */
  readonly subject: string;
  readonly reason: string;
  readonly detail?: string;
}

export interface ParsedSource {
  readonly readings: readonly SourceReading[];
  /** Station records the source held (rows, elements, items), skipped ones included. */
  readonly recordCount: number;
  readonly skipped: readonly Skip[];
  readonly warnings: readonly string[];
}
