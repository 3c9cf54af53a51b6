/**
 * The scheduled-ingest examples in deploy/ (systemd unit, cron line) must be
 * commands the real argument parser accepts, and must write into the folder
 * the nginx config serves. The commented history variant is checked too,
 * minus the options the ingest does not have yet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/ingest/args';

/** Shown in the examples ahead of the ingest; delete an entry when args.ts learns it. */
const NOT_YET_IN_THE_PARSER = ['--history', '--keep-hours'];

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** Shell-like words: "double" and 'single' quoted runs are one word, quotes removed. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

/** The arguments after `bin/nalssi-ingest.js`, up to a shell operator or redirection. */
function ingestArguments(command: string): string[] {
  const all = words(command);
  const start = all.findIndex((word) => word.endsWith('bin/nalssi-ingest.js'));
  if (start < 0) throw new Error(`no nalssi-ingest command in: ${command}`);
  const rest = all.slice(start + 1);
  const end = rest.findIndex((word) => /^(>>?|2>&1|&&|\|\|?|;)$/.test(word));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Drops the options (each with its one value) that the parser does not know yet. */
function withoutPendingOptions(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    if (NOT_YET_IN_THE_PARSER.includes(argv[index]!)) index += 1;
    else kept.push(argv[index]!);
  }
  return kept;
}

const service = read('deploy/systemd/nalssi-ingest.service');
const cron = read('deploy/cron/nalssi-ingest');
const nginxRoot = /^\s*root (\S+);$/m.exec(read('deploy/nginx/nalssi.conf'))?.[1];

const WITH_HISTORY = /^# ExecStart=(.+)$/m.exec(service)?.[1] ?? '';
const EXAMPLES: readonly [string, string][] = [
  ['the systemd unit', /^ExecStart=(.+)$/m.exec(service)?.[1] ?? ''],
  ['the systemd unit, with history', WITH_HISTORY],
  ['the cron line', cron.split('\n').find((line) => /^\d.*nalssi-ingest\.js/.test(line)) ?? ''],
];

describe('the scheduled ingest examples', () => {
  it.each(EXAMPLES)('%s runs a command the parser accepts', (_name, command) => {
    const parsed = parseCommand(withoutPendingOptions(ingestArguments(command)));
    expect(parsed.kind).toBe('ingest');
    if (parsed.kind !== 'ingest') return;
    // One run per start: the timer or cron does the repeating.
    expect(parsed.everyMs).toBeNull();
    expect(parsed.options.format).toBe('kma-sfctm2');
    // Into the folder deploy/nginx serves, where the dashboard reads it.
    expect(nginxRoot).toBe('/srv/nalssi');
    expect(parsed.options.out).toBe(`${nginxRoot}/data/observations.json`);
  });

  it('keeps the history file next to the feed', () => {
    const argv = ingestArguments(WITH_HISTORY);
    expect(argv[argv.indexOf('--history') + 1]).toBe(`${nginxRoot}/data/history.json`);
    expect(argv[argv.indexOf('--keep-hours') + 1]).toBe('24');
  });

  it('reads the key from the environment file, never from the command', () => {
    expect(service).toMatch(/^EnvironmentFile=\/etc\/nalssi\/ingest\.env$/m);
    for (const [, command] of EXAMPLES)
      expect(command).not.toMatch(/authKey|serviceKey|KMA_AUTH_KEY=/);
  });

  it('the timer runs the service hourly, a few minutes past the hour', () => {
    const timer = read('deploy/systemd/nalssi-ingest.timer');
    expect(timer).toMatch(/^OnCalendar=\*-\*-\* \*:0[1-9]:00$/m);
    expect(cron).toMatch(/^[1-9] \* \* \* \* nalssi /m);
  });
});
