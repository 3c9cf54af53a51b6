import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS } from '../../../bench/budgets';
import { EMBED_INITIAL_BUDGET_KB } from '../../../vite-plugins/vite-plugin-embed-budget';

describe('the embed weight budget', () => {
  it('is issue 5’s 75 kB, the same number in the build plugin and the bench budgets', () => {
    const bench = BUNDLE_BUDGETS.find((budget) => budget.entry === 'embed.html');
    expect(bench?.maxInitialGzipBytes).toBe(75_000);
    expect(EMBED_INITIAL_BUDGET_KB).toBe(75);
  });
});
