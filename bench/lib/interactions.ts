/**
 * Input → next draw on the loaded dashboard: click a sky chip, pick a 시·도 in
 * the region select, type into the search box, step the time control's hour. Latency is the time from the input event (its timeStamp, set by
 * the browser) to the next frame painted and to the first
 * `nalssi:stations-rendered` mark after it; "settled"
 * is the last mark before the page goes quiet (intermediate draws show up as
 * settled > next draw).
 */
import type { Page } from '@playwright/test';
import { STATIONS_RENDERED_MARK } from './probe-state';

export interface InteractionSample {
  readonly kind: InteractionKind;
  readonly label: string;
  /**
   * ms from the input event to the next frame painted after it: when the
   * pressed chip or the typed letter shows (what INP measures).
   */
  readonly nextPaintMs: number;
  /** ms from the input event to the next draw mark: when the map shows the result. */
  readonly nextDrawMs: number;
  /** ms from the input event to the last draw mark before the page went quiet. */
  readonly settledMs: number;
  /** Draw marks between the input and quiet. */
  readonly draws: number;
  /** Station count of the last draw, and what it should be (null = not checked). */
  readonly count: number | null;
  readonly expectedCount: number | null;
  /** Longest task between the input and the last draw. */
  readonly maxLongTaskMs: number;
}

export type InteractionKind = 'filter' | 'region' | 'search' | 'time';

export interface InteractionPlanStep {
  readonly kind: InteractionKind;
  readonly label: string;
  readonly expectedCount: number | null;
  readonly act: (page: Page) => Promise<void>;
}

const QUIET_MS = 300;

/** A sky-chip toggle: `fieldset.filter-chips button[data-condition=…]`. */
export function clickChip(condition: string, expectedCount: number, label: string) {
  return {
    kind: 'filter',
    label,
    expectedCount,
    act: (page) => page.click(`fieldset.filter-chips button[data-condition="${condition}"]`),
  } satisfies InteractionPlanStep;
}

/** The region select's option at `index` (0 is 전국, the whole country). */
export function selectRegion(index: number, expectedCount: number | null, label: string) {
  return {
    kind: 'region',
    label,
    expectedCount,
    act: async (page) => {
      await page.selectOption('.region-filter select', { index });
    },
  } satisfies InteractionPlanStep;
}

/** One keystroke in the search box: a character (inserted as text) or a key such as Backspace. */
export function keystroke(key: string, expectedCount: number | null, label: string) {
  return {
    kind: 'search',
    label,
    expectedCount,
    act: async (page) => {
      await page.focus('input[type=search]');
      if (key.length === 1) await page.keyboard.type(key);
      else await page.keyboard.press(key);
    },
  } satisfies InteractionPlanStep;
}

/**
 * One key on the time control's slider (ArrowLeft/ArrowRight step an hour,
 * Home/End jump to the ends); the range input fires `input`, like typing.
 */
export function hourKey(key: string, label: string) {
  return {
    kind: 'time',
    label,
    expectedCount: null,
    act: async (page) => {
      await page.focus('section.time-control input[type=range]');
      await page.keyboard.press(key);
    },
  } satisfies InteractionPlanStep;
}

export async function measureInteractions(
  page: Page,
  steps: readonly InteractionPlanStep[],
): Promise<InteractionSample[]> {
  const samples: InteractionSample[] = [];
  for (const step of steps) samples.push(await measureStep(page, step));
  return samples;
}

async function measureStep(page: Page, step: InteractionPlanStep): Promise<InteractionSample> {
  const inputType = step.kind === 'filter' ? 'click' : 'input';
  const inputsBefore = await page.evaluate(() => window.__nalssiBench.inputs.length);
  await step.act(page);
  await page.waitForFunction(
    ([name, before, type]) => {
      const input = window.__nalssiBench.inputs.slice(before).find((item) => item.type === type);
      return input && performance.getEntriesByName(name).some((mark) => mark.startTime > input.t);
    },
    [STATIONS_RENDERED_MARK, inputsBefore, inputType] as const,
    { polling: 16, timeout: 10_000 },
  );
  await waitForQuiet(page);
  return page.evaluate(
    ([name, before, type, kind, label, expectedCount]) => {
      const input = window.__nalssiBench.inputs.slice(before).find((item) => item.type === type)!;
      const marks = performance
        .getEntriesByName(name)
        .filter((mark) => mark.startTime > input.t) as PerformanceMark[];
      const first = marks[0]!;
      const last = marks[marks.length - 1]!;
      const tasks = window.__nalssiBench.longTasks.filter(
        (task) => task.start + task.duration > input.t && task.start < last.startTime,
      );
      return {
        kind,
        label,
        nextPaintMs: (input.nextFrame ?? NaN) - input.t,
        nextDrawMs: first.startTime - input.t,
        settledMs: last.startTime - input.t,
        draws: marks.length,
        count: (last.detail as { count?: number } | null)?.count ?? null,
        expectedCount,
        maxLongTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      };
    },
    [
      STATIONS_RENDERED_MARK,
      inputsBefore,
      inputType,
      step.kind,
      step.label,
      step.expectedCount,
    ] as const,
  );
}

/** Resolves once no new draw mark has appeared for QUIET_MS (at most 5 s). */
async function waitForQuiet(page: Page): Promise<void> {
  const markCount = () =>
    page.evaluate((name) => performance.getEntriesByName(name).length, STATIONS_RENDERED_MARK);
  let last = await markCount();
  for (let waited = 0; waited < 5_000; waited += QUIET_MS) {
    await page.waitForTimeout(QUIET_MS);
    const now = await markCount();
    if (now === last) return;
    last = now;
  }
}
