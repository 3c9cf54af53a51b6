/**
 * Panels over the map (legend, notes, cards, controls, credits): which of
 * them overlap, and whether the page scrolls sideways. For the layout tests
 * of phones, tablets and laptops.
 */
import type { Page } from '@playwright/test';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when the two boxes share no area (touching edges are apart). */
export function apart(a: Box, b: Box): boolean {
  return (
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
  );
}

/**
 * The panels among `selectors` that are visible (a panel hidden on purpose is
 * left out), and each pair of them that overlaps, described for a failure
 * message.
 */
export async function overlappingPanels(
  page: Page,
  selectors: readonly string[],
): Promise<{ shown: string[]; overlaps: string[] }> {
  const shown: { selector: string; box: Box }[] = [];
  for (const selector of selectors) {
    const panel = page.locator(selector);
    if (!(await panel.isVisible())) continue;
    shown.push({ selector, box: (await panel.boundingBox())! });
  }
  const overlaps: string[] = [];
  for (const [i, a] of shown.entries())
    for (const b of shown.slice(i + 1))
      if (!apart(a.box, b.box))
        overlaps.push(
          `${a.selector} ${JSON.stringify(a.box)} and ${b.selector} ${JSON.stringify(b.box)}`,
        );
  return { shown: shown.map(({ selector }) => selector), overlaps };
}

/** How many pixels the page scrolls sideways (0: none). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
