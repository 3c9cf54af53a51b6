import { describe, expect, it } from 'vitest';
import { parseCommand, parseInterval, UsageError } from '../../../src/ingest/args';

const base = ['--from', 'a.xml', '--format', 'kma-xml', '--out', 'out.json'];

describe('arguments', () => {
  it('reads a one-off run with the 4-class default', () => {
    expect(parseCommand(base)).toEqual({
      kind: 'ingest',
      options: {
        from: 'a.xml',
        format: 'kma-xml',
        out: 'out.json',
        cloudClasses: 4,
        history: null,
        keepHours: 24,
        example: false,
      },
      everyMs: null,
    });
  });

  it('reads --history with --keep-hours, and --example', () => {
    const command = parseCommand([
      ...base,
      '--history',
      'h.json',
      '--keep-hours',
      '48',
      '--example',
    ]);
    expect(command).toMatchObject({
      options: { history: 'h.json', keepHours: 48, example: true },
    });
  });

  it.each([
    [['--history', 'h.json', '--keep-hours', '0'], /--keep-hours: "0"/],
    [['--history', 'h.json', '--keep-hours', '49'], /from 1 to 48/],
    [['--history', 'h.json', '--keep-hours', '1.5'], /--keep-hours/],
    [['--keep-hours', '12'], /--keep-hours needs --history/],
  ])('refuses %j', (extra, message) => {
    expect(() => parseCommand([...base, ...extra])).toThrow(message);
  });

  it('reads --cloud-classes 3 and --every', () => {
    const command = parseCommand([...base, '--cloud-classes', '3', '--every', '10m']);
    expect(command).toMatchObject({ options: { cloudClasses: 3 }, everyMs: 600_000 });
  });

  it.each([
    [['--format', 'kma-xml', '--out', 'o'], '--from is required (a file or a URL).'],
    [
      ['--from', 'a', '--format', 'csv', '--out', 'o'],
      '--format must be one of kma-xml, kma-sfctm2, asos-hourly-json.',
    ],
    [['--from', 'a', '--format', 'kma-xml'], '--out is required (where to write the feed).'],
    [[...base, '--cloud-classes', '5'], '--cloud-classes must be 4 or 3.'],
    [[...base, '--every', '30s'], '--every: 30s is too often; use at least 1m.'],
    [[...base, '--every', 'hourly'], '--every: "hourly" is not an interval like 10m, 1h or 90s.'],
  ])('%j → %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it('rejects unknown options', () => {
    expect(() => parseCommand([...base, '--key', 'abc'])).toThrow(UsageError);
  });

  it('asks for help', () => {
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    ['90s', 90_000],
    ['1m', 60_000],
    ['2h', 7_200_000],
  ])('interval %s', (text, ms) => {
    expect(parseInterval(text)).toBe(ms);
  });
});
