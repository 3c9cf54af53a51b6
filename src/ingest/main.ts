/**
 * The command: arguments in, exit code out. Everything it prints goes
 * through the key scrubber, whatever produced the text.
 */
import { parseCommand, USAGE, UsageError } from './args';
import { KEY_ENV, keysInUrl, redactSecrets } from './auth-key';
import { ingestOnce, type IngestOptions } from './ingest-once';
import { IngestError } from './ingest-error';
import { repeatEvery } from './repeat';
import { formatSummary } from './summary';

export interface CommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const key = io.env[KEY_ENV]?.trim() || undefined;
  const secrets = [key, ...argv.flatMap(keysInUrl)];
  const scrub = (text: string) => redactSecrets(text, secrets);
  const out = (text: string) => io.stdout(scrub(text));
  const err = (text: string) => io.stderr(scrub(text));

  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`nalssi-ingest: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (command.kind === 'help') {
    out(USAGE);
    return EXIT.ok;
  }

  const { options, everyMs } = command;
  const runOnce = () =>
    runAndReport(options, { key, fetch: io.fetch, signal: io.signal }, out, err);
  if (everyMs === null) return (await runOnce()) ? EXIT.ok : EXIT.failed;

  const signal = io.signal ?? new AbortController().signal;
  await repeatEvery(everyMs, runOnce, {
    signal,
    onWait: (ms, failures) => {
      const after = failures > 0 ? ` (backing off after ${failures} failure(s) in a row)` : '';
      out(`next run in ${formatDuration(ms)}${after}`);
    },
  });
  return EXIT.ok;
}

async function runAndReport(
  options: IngestOptions,
  dependencies: Parameters<typeof ingestOnce>[1],
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<boolean> {
  try {
    out(formatSummary(await ingestOnce(options, dependencies)));
    return true;
  } catch (error) {
    // Expected failures read as one line; anything else is a bug and keeps its stack.
    const text =
      error instanceof IngestError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    err(
      `${new Date().toISOString()} nalssi-ingest failed; ${options.out} was left as it was.\n  ${text}`,
    );
    return false;
  }
}

function formatDuration(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${Number(minutes.toFixed(1))} min` : `${Math.round(ms / 1000)} s`;
}
