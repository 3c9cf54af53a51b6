import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from '../../../src/utils/use-media-query';

/** A matchMedia stand-in (jsdom has none) that counts the lists made and the listeners added. */
function fakeMatchMedia(initiallyMatches: boolean) {
  const made: string[] = [];
  const listeners = new Set<() => void>();
  let subscriptions = 0;
  const list = {
    matches: initiallyMatches,
    addEventListener: (_type: string, listener: () => void) => {
      subscriptions += 1;
      listeners.add(listener);
    },
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  const matchMedia = (query: string) => {
    made.push(query);
    return list;
  };
  return {
    matchMedia,
    made,
    subscriptions: () => subscriptions,
    change(matches: boolean) {
      list.matches = matches;
      for (const listener of listeners) listener();
    },
  };
}

function Probe() {
  const phone = useMediaQuery('(max-width: 767px)');
  const [renders, setRenders] = useState(0);
  return (
    <button type="button" onClick={() => setRenders(renders + 1)}>
      {phone ? 'phone' : 'wide'} {renders}
    </button>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useMediaQuery', () => {
  it('follows the query as it starts and stops matching', () => {
    const fake = fakeMatchMedia(false);
    vi.stubGlobal('matchMedia', fake.matchMedia);
    render(<Probe />);
    expect(screen.getByRole('button')).toHaveTextContent('wide 0');
    act(() => fake.change(true));
    expect(screen.getByRole('button')).toHaveTextContent('phone 0');
    act(() => fake.change(false));
    expect(screen.getByRole('button')).toHaveTextContent('wide 0');
  });

  it('does not ask the browser again, or subscribe again, when the component re-renders', () => {
    const fake = fakeMatchMedia(true);
    vi.stubGlobal('matchMedia', fake.matchMedia);
    render(<Probe />);
    const listsAfterMount = fake.made.length;
    const subscriptionsAfterMount = fake.subscriptions();
    for (let i = 0; i < 5; i += 1) act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button')).toHaveTextContent('phone 5');
    // Parsing a media query and re-subscribing on every render cost a chip click ~4 ms on a phone.
    expect(fake.made.length).toBe(listsAfterMount);
    expect(listsAfterMount).toBe(1);
    expect(fake.subscriptions()).toBe(subscriptionsAfterMount);
  });
});
