import { describe, expect, it } from 'vitest';
import { nextActiveIndex } from '../../../../src/features/station-list/list-keys';

const at = (index: number, count = 10, pageSize = 4) => ({ index, count, pageSize });

describe('nextActiveIndex', () => {
  it('moves one option with the arrows and stops at either end (no wrapping)', () => {
    expect(nextActiveIndex('ArrowDown', at(3))).toBe(4);
    expect(nextActiveIndex('ArrowUp', at(3))).toBe(2);
    expect(nextActiveIndex('ArrowDown', at(9))).toBe(9);
    expect(nextActiveIndex('ArrowUp', at(0))).toBe(0);
  });

  it('jumps to the first and last option with Home and End', () => {
    expect(nextActiveIndex('Home', at(7))).toBe(0);
    expect(nextActiveIndex('End', at(2))).toBe(9);
    expect(nextActiveIndex('End', at(2, 10_000))).toBe(9_999);
  });

  it('moves a page (the rows in view) with PageDown and PageUp, clamped to the list', () => {
    expect(nextActiveIndex('PageDown', at(1))).toBe(5);
    expect(nextActiveIndex('PageDown', at(8))).toBe(9);
    expect(nextActiveIndex('PageUp', at(6))).toBe(2);
    expect(nextActiveIndex('PageUp', at(2))).toBe(0);
  });

  it('treats a page of no rows (a list with no height yet) as one row', () => {
    expect(nextActiveIndex('PageDown', at(1, 10, 0))).toBe(2);
  });

  it('starts from the first option, or the last for ↑ and End, when none is active', () => {
    expect(nextActiveIndex('ArrowDown', at(-1))).toBe(0);
    expect(nextActiveIndex('PageDown', at(-1))).toBe(0);
    expect(nextActiveIndex('ArrowUp', at(-1))).toBe(9);
    expect(nextActiveIndex('End', at(-1))).toBe(9);
  });

  it('has nothing to activate in an empty list', () => {
    expect(nextActiveIndex('ArrowDown', at(-1, 0))).toBe(-1);
  });
});
