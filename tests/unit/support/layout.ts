import { vi } from 'vitest';

/**
 * jsdom has no layout: every element is 0×0, so a virtual list would think
 * its viewport holds no rows. Give elements the size of a phone-height
 * panel, as a browser would. (Restored after each test by `restoreMocks`.)
 */
export function giveElementsASize({ width = 360, height = 720 } = {}): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(height);
}
