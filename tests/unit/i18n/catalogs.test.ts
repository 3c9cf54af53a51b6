import { beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: the setup file has already fetched English for the other tests.
beforeEach(() => {
  vi.resetModules();
});

describe('message catalogs', () => {
  it('has Korean at once and fetches English only when asked', async () => {
    const { loadedCatalog, loadCatalog } = await import('../../../src/i18n/catalogs');
    const { createTranslator } = await import('../../../src/i18n/translate');
    expect(loadedCatalog('ko')?.['feed.retry']).toBe('다시 시도');
    expect(loadedCatalog('en')).toBeUndefined();
    expect(() => createTranslator('en')).toThrow(/not loaded/);

    const en = await loadCatalog('en');
    expect(en['feed.retry']).toBe('Retry');
    expect(loadedCatalog('en')).toBe(en);
    expect(createTranslator('en')('feed.retry')).toBe('Retry');
  });

  it('fetches a catalog once however often it is asked for', async () => {
    const { loadCatalog } = await import('../../../src/i18n/catalogs');
    const [first, second] = await Promise.all([loadCatalog('en'), loadCatalog('en')]);
    expect(second).toBe(first);
    expect(await loadCatalog('en')).toBe(first);
  });
});
