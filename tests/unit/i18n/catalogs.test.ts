import { beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: the setup file has already fetched every part for the other tests.
beforeEach(() => {
  vi.resetModules();
});

describe('message catalogs', () => {
  it("has Korean's first view at once and fetches English only when asked", async () => {
    const { loadedCatalog, loadCatalog } = await import('../../../src/i18n/catalogs');
    const { createTranslator } = await import('../../../src/i18n/translate');
    expect(loadedCatalog('ko')?.['feed.retry']).toBe('다시 시도');
    expect(loadedCatalog('en')).toBeUndefined();
    expect(() => createTranslator('en')).toThrow(/not loaded/);

    const en = await loadCatalog('en', 'first');
    expect(en['feed.retry']).toBe('Retry');
    expect(loadedCatalog('en')).toBe(en);
    expect(createTranslator('en')('feed.retry')).toBe('Retry');
  });

  it('fetches the deferred part when asked, into the same messages a translator already reads', async () => {
    const { loadCatalog } = await import('../../../src/i18n/catalogs');
    const { createTranslator } = await import('../../../src/i18n/translate');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = createTranslator('ko');
    // Before its part has come, a deferred message shows as its key and is logged.
    expect(t('time.now')).toBe('time.now');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"time.now" is not loaded'));

    await loadCatalog('ko');
    expect(t('time.now')).toBe('지금');
  });

  it('gives deferred code the deferred messages of the language shown', async () => {
    const { loadedCatalog, setShownLanguage, withDeferredMessages } =
      await import('../../../src/i18n/catalogs');
    setShownLanguage('en');
    const code = await withDeferredMessages(Promise.resolve('module'));
    expect(code).toBe('module');
    expect(loadedCatalog('en')?.['time.now']).toBe('Now');
    expect(loadedCatalog('ko')?.['time.now']).toBeUndefined();
  });

  it('fails deferred code whose messages cannot be fetched', async () => {
    vi.doMock('../../../src/i18n/messages.ko.deferred', () => {
      throw new Error('offline');
    });
    const { withDeferredMessages } = await import('../../../src/i18n/catalogs');
    await expect(withDeferredMessages(Promise.resolve('module'))).rejects.toThrow();
  });

  it('fetches a part once however often it is asked for', async () => {
    const { loadCatalog } = await import('../../../src/i18n/catalogs');
    const [first, second] = await Promise.all([loadCatalog('en'), loadCatalog('en')]);
    expect(second).toBe(first);
    expect(await loadCatalog('en')).toBe(first);
  });
});
