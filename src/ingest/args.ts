/** Command-line arguments to options. Usage mistakes throw `UsageError` (exit code 2). */
import { parseArgs } from 'node:util';
import { conditionDefinition } from '../domain/conditions';
import { FORMATS, isFormat } from './formats';
import { DEFAULT_KEEP_HOURS, type IngestOptions } from './ingest-once';
import { HISTORY_MAX_HOURS } from '../domain/history-schema';
import { IngestError } from './ingest-error';
import { CLOUD_CLASS_TABLES, type CloudClasses } from './sky-word';

export class UsageError extends IngestError {}

/** The words of a cloud-class table, from the condition table (never spelt here). */
const classWords = (classes: CloudClasses) =>
  CLOUD_CLASS_TABLES[classes].map((band) => conditionDefinition(band.code).ko).join('/');

export const USAGE = `Usage: nalssi-ingest --from <file|URL> --format <${FORMATS.join('|')}> --out <file>
                     [--cloud-classes 4|3] [--every <interval, e.g. 10m>]
                     [--history <file> [--keep-hours 24]] [--example]

  --from           a local file, or an http(s) URL; the key comes from KMA_AUTH_KEY
                   (sent as authKey to apihub.kma.go.kr, as serviceKey to apis.data.go.kr)
  --format         kma-xml: the portal XML feed (sfc_web_map.xml)
                   kma-sfctm2: API Hub surface observations (kma_sfctm2.php / kma_sfctm3.php)
                   asos-hourly-json: data.go.kr ASOS hourly service (dataType=JSON)
  --out            the feed to write, e.g. public/data/observations.json (written atomically)
  --cloud-classes  cloud amount to sky word: 4 (${classWords(4)}, default) or 3 (${classWords(3)})
  --every          keep running and rewrite the feed at this interval (10m, 1h, 90s; at least 1m);
                   failures back off and keep the last good file
  --history        also keep the last hours in this file (the history feed, e.g.
                   public/data/history.json): each run's stations go to the hour of
                   their own time, a repeated hour is replaced, written atomically
  --keep-hours     how many hours the history keeps: 1…48, default 24
  --example        mark the files as made-up data ("example": true); the dashboard
                   then says "예시 자료 — 실제 관측 아님" on screen. Never for real data.`;

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'ingest'; readonly options: IngestOptions; readonly everyMs: number | null };

const MIN_INTERVAL_MS = 60_000;
const UNIT_MS: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000 };

/** `10m` → 600000. Shorter than a minute is refused: KMA's data change at most once a minute. */
export function parseInterval(text: string): number {
  const match = /^(\d+)(s|m|h)$/.exec(text.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new UsageError(`--every: "${text}" is not an interval like 10m, 1h or 90s.`);
  if (ms < MIN_INTERVAL_MS) throw new UsageError(`--every: ${text} is too often; use at least 1m.`);
  return ms;
}

export function parseCommand(argv: readonly string[]): Command {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'cloud-classes': { type: 'string', default: '4' },
        every: { type: 'string' },
        history: { type: 'string' },
        'keep-hours': { type: 'string' },
        example: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: 'help' };

  const { from, format, out } = values;
  if (!from) throw new UsageError('--from is required (a file or a URL).');
  if (!format || !isFormat(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  }
  if (!out) throw new UsageError('--out is required (where to write the feed).');
  const classes = values['cloud-classes'];
  if (classes !== '4' && classes !== '3') throw new UsageError('--cloud-classes must be 4 or 3.');
  const keepHours = parseKeepHours(values['keep-hours'], values.history);
  return {
    kind: 'ingest',
    options: {
      from,
      format,
      out,
      cloudClasses: classes === '3' ? 3 : 4,
      history: values.history ?? null,
      keepHours,
      example: values.example,
    },
    everyMs: values.every === undefined ? null : parseInterval(values.every),
  };
}

/** 1…48 whole hours (the history contract's limit); only meaningful with --history. */
function parseKeepHours(text: string | undefined, history: string | undefined): number {
  if (text === undefined) return DEFAULT_KEEP_HOURS;
  if (history === undefined) throw new UsageError('--keep-hours needs --history.');
  const hours = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(hours >= 1 && hours <= HISTORY_MAX_HOURS)) {
    throw new UsageError(
      `--keep-hours: "${text}" is not a whole number of hours from 1 to ${HISTORY_MAX_HOURS}.`,
    );
  }
  return hours;
}
