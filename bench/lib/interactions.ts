/**
 * Input → next draw on the loaded dashboard: click a sky chip, pick a 시·도 in
 * the region select, type into the search box, step the time control's hour. Latency is the time from the input event (its timeStamp, set by
 * the browser) to the next frame painted and to the first
 * `nalssi:stations-rendered` mark after it; "settled"
 * is the last mark before the page goes quiet (intermediate draws show up as
 * settled > next draw).
 */
import type { Page } from '@playwright/test';
import { INPUT_MESSAGE, MARK_MESSAGE, STATIONS_RENDERED_MARK } from './probe-state';

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
/** How long the pointer rests on a chip before it is pressed. */
const POINTER_REST_MS = 100;

/**
 * A sky-chip toggle: `fieldset.filter-chips button[data-condition=…]`. The
 * chip is found first and then clicked as a mouse would, at its centre:
 * `page.click` would run Playwright's hit-target check inside the page while
 * the click is handled, and that task would be counted as the page's. The
 * pointer comes to rest on the chip before the button is pressed, as a
 * reader's does; sent together, the move and the press arrive in one task.
 */
export function clickChip(condition: string, expectedCount: number, label: string) {
  return {
    kind: 'filter',
    label,
    expectedCount,
    act: async (page) => {
      const chip = page.locator(`fieldset.filter-chips button[data-condition="${condition}"]`);
      await chip.scrollIntoViewIfNeeded();
      const box = await chip.boundingBox();
      if (!box) throw new Error(`The ${condition} chip is not on screen.`);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await delay(POINTER_REST_MS);
      await page.mouse.down();
      await page.mouse.up();
    },
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
  const messages = new ProbeMessages(page);
  await warmHarness(page);
  const samples: InteractionSample[] = [];
  try {
    for (const step of steps) samples.push(await measureStep(page, step, messages));
  } finally {
    messages.stop();
  }
  return samples;
}

/**
 * What the probe reports on the console: each input's time and each draw
 * mark's, so the bench can tell the draw after an input and the quiet after
 * it without evaluating anything in the page. A Playwright evaluation is a
 * task on the page's main thread, and inside an interaction's window it
 * would be counted as one of the page's long tasks.
 */
class ProbeMessages {
  readonly inputs: { readonly type: string; readonly t: number }[] = [];
  readonly marks: number[] = [];
  private readonly onConsole = (message: { text(): string }) => {
    const [prefix, first, second] = message.text().split(' ');
    if (prefix === INPUT_MESSAGE) this.inputs.push({ type: first ?? '', t: Number(second) });
    else if (prefix === MARK_MESSAGE) this.marks.push(Number(second));
  };
  constructor(private readonly page: Page) {
    page.on('console', this.onConsole);
  }
  stop(): void {
    this.page.off('console', this.onConsole);
  }
  /** Whether a draw mark has come after the first input of this type since `inputsBefore`. */
  drawnAfter(inputsBefore: number, type: string): boolean {
    const input = this.inputs.slice(inputsBefore).find((item) => item.type === type);
    return input !== undefined && this.marks.some((t) => t > input.t);
  }
}

/**
 * Playwright compiles its injected scripts in the page on first use (about
 * 50 ms of main thread under the 4× CPU slowdown); use them once before the
 * first input, and let that settle, so no step's window holds that cost.
 */
async function warmHarness(page: Page): Promise<void> {
  await page.evaluate(() => 0);
  await page.waitForFunction(() => true);
  await page.locator('body').boundingBox();
  await page.waitForTimeout(QUIET_MS);
}

async function measureStep(
  page: Page,
  step: InteractionPlanStep,
  messages: ProbeMessages,
): Promise<InteractionSample> {
  const inputType = step.kind === 'filter' ? 'click' : 'input';
  const inputsBefore = await page.evaluate(() => window.__nalssiBench.inputs.length);
  const messagesBefore = messages.inputs.length;
  await step.act(page);
  await waitForDrawAndQuiet(messages, () => messages.drawnAfter(messagesBefore, inputType));
  return page.evaluate(
    ([name, before, type, kind, label, expectedCount]) => {
      const input = window.__nalssiBench.inputs.slice(before).find((item) => item.type === type);
      if (!input) throw new Error(`No ${type} event was recorded for ${label}.`);
      const marks = performance
        .getEntriesByName(name)
        .filter((mark) => mark.startTime > input.t) as PerformanceMark[];
      const first = marks[0];
      const last = marks[marks.length - 1];
      if (!first || !last) throw new Error(`No draw followed the input of ${label}.`);
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

/**
 * Resolves once a draw mark has come after the input (at most 10 s) and no
 * new one has come for QUIET_MS (at most 5 s more).
 */
async function waitForDrawAndQuiet(messages: ProbeMessages, drawn: () => boolean): Promise<void> {
  for (let waited = 0; !drawn(); waited += 16) {
    if (waited > 10_000) throw new Error('No station draw within 10 s of the input.');
    await delay(16);
  }
  let last = messages.marks.length;
  for (let waited = 0; waited < 5_000; waited += QUIET_MS) {
    await delay(QUIET_MS);
    if (messages.marks.length === last) return;
    last = messages.marks.length;
  }
}

/** A timer in Node: the page is not asked anything while it runs. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
