import { describe, expect, it } from 'vitest';
import type { FeedDocument, FeedRecord } from '../../../src/ingest/build-feed';
import { hourStart, mergeHistory } from '../../../src/ingest/merge-history';
import type { HistoryDocument } from '../../../src/ingest/history-document';

const at = (day: number, hour: number) =>
  `2024-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+09:00`;

function feed(observedAt: string, records: readonly Partial<FeedRecord>[]): FeedDocument {
  return {
    observedAt,
    source: '기상청',
    observations: records.map((record) => ({
      stationId: '108',
      condition: '맑음',
      temperature: 20,
      ...record,
    })),
  };
}

/** Runs the snapshots in order, like an hourly ingest would. */
function runAll(runs: readonly FeedDocument[], keepHours = 24): HistoryDocument {
  let history: HistoryDocument | null = null;
  for (const run of runs) history = mergeHistory(history, run, keepHours).history;
  return history!;
}

describe('mergeHistory', () => {
  it('adds each run as an hour, columns aligned with times', () => {
    const history = runAll([
      feed(at(21, 13), [{ temperature: 18 }, { stationId: '159', temperature: 22 }]),
      feed(at(21, 14), [
        { temperature: 19, windSpeed: 2 },
        { stationId: '159', temperature: 23 },
      ]),
    ]);
    expect(history.times).toEqual([at(21, 13), at(21, 14)]);
    expect(history.stations['108']).toEqual({
      condition: ['맑음', '맑음'],
      temperature: [18, 19],
      windSpeed: [null, 2],
    });
    expect(history.stations['159']?.temperature).toEqual([22, 23]);
  });

  it('keeps one entry per hour when a run repeats: the newer run wins', () => {
    const history = runAll([
      feed(at(21, 13), [{ temperature: 18 }]),
      feed(at(21, 13), [{ temperature: 18.4, condition: '흐림' }]),
      feed('2024-05-21T13:40:00+09:00', [{ temperature: 18.9 }]),
    ]);
    expect(history.times).toEqual([at(21, 13)]);
    expect(history.stations['108']).toMatchObject({ condition: ['맑음'], temperature: [18.9] });
  });

  it('puts a late station’s values at its own hour, not the run’s', () => {
    const history = runAll([
      feed(at(21, 15), [
        { temperature: 20 },
        { stationId: '184', observedAt: at(21, 12), temperature: 17 },
      ]),
    ]);
    expect(history.times).toEqual([at(21, 12), at(21, 15)]);
    expect(history.stations['184']?.temperature).toEqual([17, null]);
    expect(history.stations['108']?.temperature).toEqual([null, 20]);
  });

  it('leaves gaps as gaps: hours without any observation are not listed', () => {
    const history = runAll([feed(at(21, 1), [{}]), feed(at(21, 4), [{}])]);
    expect(history.times).toEqual([at(21, 1), at(21, 4)]);
  });

  it('drops hours past the window, keeping exactly keepHours hours back from the newest', () => {
    const runs = Array.from({ length: 30 }, (_, hour) =>
      feed(new Date(Date.parse(at(20, 0)) + hour * 3_600_000).toISOString(), [
        { temperature: hour },
      ]),
    );
    const history = runAll(runs, 24);
    expect(history.times).toHaveLength(24);
    expect(history.times[0]).toBe(at(20, 6));
    expect(history.times.at(-1)).toBe(at(21, 5));
    expect(history.stations['108']?.temperature[0]).toBe(6);
    expect(runAll(runs, 3).times).toEqual([at(21, 3), at(21, 4), at(21, 5)]);
  });

  it('drops a station that has left the window entirely', () => {
    const history = runAll([feed(at(21, 1), [{ stationId: '90' }]), feed(at(21, 5), [{}])], 2);
    expect(Object.keys(history.stations)).toEqual(['108']);
  });

  it('survives a clock that jumps back: rewrites that hour, keeps the newer ones', () => {
    const first = runAll([
      feed(at(21, 14), [{ temperature: 19 }]),
      feed(at(21, 15), [{ temperature: 20 }]),
    ]);
    const { history, ignoredHours } = mergeHistory(
      first,
      feed(at(21, 14), [{ temperature: 19.5 }]),
      24,
    );
    expect(history.times).toEqual([at(21, 14), at(21, 15)]);
    expect(history.stations['108']?.temperature).toEqual([19.5, 20]);
    expect(ignoredHours).toEqual([]);
  });

  it('ignores (and reports) a run from before the window', () => {
    const first = runAll([feed(at(21, 15), [{ temperature: 20 }])], 3);
    const { history, ignoredHours } = mergeHistory(first, feed(at(20, 9), [{ temperature: 1 }]), 3);
    expect(history.times).toEqual([at(21, 15)]);
    expect(ignoredHours).toEqual([at(20, 9)]);
  });

  it('survives a clock that jumps forward: the window moves on', () => {
    const history = runAll(
      [feed(at(20, 10), [{ temperature: 1 }]), feed(at(21, 15), [{ temperature: 2 }])],
      24,
    );
    expect(history.times).toEqual([at(21, 15)]);
  });

  it('files times by the KST hour, whatever the offset they were written in', () => {
    expect(hourStart('2024-05-21T05:59:00Z')).toBe(Date.parse(at(21, 14)));
    const history = runAll([feed('2024-05-21T05:00:00Z', [{}])]);
    expect(history.times).toEqual([at(21, 14)]);
  });

  it('writes the not-observed sky word "-" as null, and marks example data', () => {
    const history = mergeHistory(
      null,
      { ...feed(at(21, 15), [{ condition: '-' }]), example: true },
      24,
    ).history;
    expect(history.stations['108']?.condition).toEqual([null]);
    expect(history.example).toBe(true);
  });
});
