import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LatLon } from '../../../../src/domain/distance';
import { NearMe } from '../../../../src/features/near-me/near-me';
import { POSITION_OPTIONS } from '../../../../src/features/near-me/use-current-position';
import { renderInLanguage } from '../../support/render';

/**
 * `navigator.geolocation` is the platform boundary: jsdom has none, so each
 * test installs one that answers the way a browser would.
 */
type Answer = (success: PositionCallback, failure: PositionErrorCallback) => void;
let answer: Answer;
const getCurrentPosition = vi.fn(
  (
    success: PositionCallback,
    failure?: PositionErrorCallback | null,
    options?: PositionOptions,
  ) => {
    void options;
    answer(success, failure!);
  },
);

function at(latitude: number, longitude: number): Answer {
  return (success) => success({ coords: { latitude, longitude } } as GeolocationPosition);
}
function failing(code: 1 | 2 | 3): Answer {
  return (_, failure) =>
    failure({
      code,
      message: '',
      PERMISSION_DENIED: 1,
      POSITION_UNAVAILABLE: 2,
      TIMEOUT: 3,
    } as GeolocationPositionError);
}

beforeEach(() => {
  getCurrentPosition.mockClear();
  Object.defineProperty(navigator, 'geolocation', {
    value: { getCurrentPosition },
    configurable: true,
  });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

function NearMeWithState({ onFound }: { onFound?: (p: LatLon) => void }) {
  const [here, setHere] = useState<LatLon | null>(null);
  return (
    <NearMe
      onFound={(p) => {
        setHere(p);
        onFound?.(p);
      }}
      located={here !== null}
      onForget={() => setHere(null)}
      foundMessage={here ? `found ${here.lat}` : ''}
    />
  );
}

describe('NearMe', () => {
  it('asks for the position only on click, with a coarse, cached, 10-second request', async () => {
    answer = at(36.12, 128.34);
    const found = vi.fn();
    renderInLanguage(<NearMeWithState onFound={found} />);
    expect(getCurrentPosition).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '내 위치' }));
    expect(getCurrentPosition).toHaveBeenCalledTimes(1);
    expect(getCurrentPosition.mock.calls[0]![2]).toEqual(POSITION_OPTIONS);
    expect(POSITION_OPTIONS).toMatchObject({ enableHighAccuracy: false, timeout: 10_000 });
    expect(found).toHaveBeenCalledWith({ lat: 36.12, lon: 128.34 });
    expect(screen.getByRole('status')).toHaveTextContent('found 36.12');
    expect(screen.getByRole('button', { name: '내 위치 다시 찾기' })).toBeInTheDocument();
  });

  it('says the location is never stored or sent', () => {
    renderInLanguage(<NearMeWithState />);
    expect(screen.getByRole('button', { name: '내 위치' })).toHaveAccessibleDescription(
      /저장하거나 보내지 않습니다/,
    );
  });

  it.each([
    [1, '위치 사용이 허용되지 않았습니다'],
    [2, '지금은 위치를 알 수 없습니다'],
    [3, '시간이 너무 오래 걸렸습니다'],
  ] as const)('explains failure code %i and can be dismissed', async (code, text) => {
    answer = failing(code);
    const found = vi.fn();
    renderInLanguage(<NearMeWithState onFound={found} />);
    await userEvent.click(screen.getByRole('button', { name: '내 위치' }));
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(found).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '알림 닫기' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('turns away a position outside Korea (Tokyo) without using it', async () => {
    answer = at(35.68, 139.69);
    const found = vi.fn();
    renderInLanguage(<NearMeWithState onFound={found} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Near me' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Your location is outside Korea');
    expect(found).not.toHaveBeenCalled();
  });

  it('shows "finding you" while the browser has not answered', async () => {
    let respond: (() => void) | undefined;
    answer = (success) => {
      respond = () =>
        success({ coords: { latitude: 37.5, longitude: 127 } } as GeolocationPosition);
    };
    renderInLanguage(<NearMeWithState />);
    await userEvent.click(screen.getByRole('button', { name: '내 위치' }));
    expect(screen.getByRole('button', { name: '위치 찾는 중…' })).toBeDisabled();
    act(() => respond!());
    expect(screen.getByRole('button', { name: '내 위치 다시 찾기' })).toBeEnabled();
  });

  it('reports "unavailable" in a browser without geolocation', async () => {
    Reflect.deleteProperty(navigator, 'geolocation');
    renderInLanguage(<NearMeWithState />);
    await userEvent.click(screen.getByRole('button', { name: '내 위치' }));
    expect(screen.getByRole('alert')).toHaveTextContent('지금은 위치를 알 수 없습니다');
  });

  it('forgets the position on request', async () => {
    answer = at(36.12, 128.34);
    renderInLanguage(<NearMeWithState />);
    await userEvent.click(screen.getByRole('button', { name: '내 위치' }));
    await userEvent.click(screen.getByRole('button', { name: '위치 지우기' }));
    expect(screen.getByRole('button', { name: '내 위치' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
