import { afterEach } from 'vitest';
import { loadCatalog } from '../../src/i18n/catalogs';
import { firstDrawDone } from '../../src/lib/first-draw';

// Component tests and `.ts` tests that ask for jsdom: Testing Library's matchers and cleanup.
// The node-only unit tests skip loading it (and React DOM with it).
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());

  // jsdom has no layout engine and no ResizeObserver; the virtual list needs the API to exist.
  if (!('ResizeObserver' in globalThis)) {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

// The app fetches English messages and the deferred parts of both catalogs on demand, and defers
// features until the map's first draw (tests/unit/i18n/catalogs.test.ts and
// tests/unit/lib/first-draw.test.ts test both): components rendered alone here have no map to
// wait for and may render in either language at once.
await Promise.all([loadCatalog('ko'), loadCatalog('en')]);
firstDrawDone();
