import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FeedStatus } from '../../../src/components/feed-status';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { FeedError } from '../../../src/lib/fetch-json';
import type { Lang } from '../../../src/i18n/lang';
import { aFeed, aRecord } from '../support/observations';
import { renderInLanguage } from '../support/render';

const URL = '/data/observations.json';
const NOW = Date.UTC(2024, 4, 21, 6, 0);
const MINUTE = 60_000;

const goodFeed = parseObservationFeed(aFeed([aRecord({ stationId: '90' })]));

/** A feed with two bad records (the 2nd and 4th) and one station nobody can place. */
const feedWithProblems = parseObservationFeed(
  aFeed([
    aRecord({ stationId: '90' }),
    aRecord({ stationId: '95', temperature: '15.0℃' }),
    { stationId: '99999', name: '신설', condition: '맑음' },
    'not a record',
  ]),
);

/** Every prop the dashboard passes, quiet by default; each test overrides what its story is about. */
/** The failure block: a region named by its heading. */
function errorSection(): HTMLElement {
  return screen.getByRole('region');
}

/** Whether assistive technology would read changes to this element aloud. */
function isLive(element: HTMLElement): boolean {
  return element.closest('[role="status"], [role="alert"], [aria-live]') !== null;
}

function renderStatus(overrides: Record<string, unknown>, lang: Lang = 'ko') {
  const props = {
    feed: undefined,
    error: null,
    failureReason: null,
    isLoading: false,
    paused: false,
    dataUpdatedAt: NOW,
    now: NOW,
    feedUrl: URL,
    onRetry: () => {},
    retrying: false,
    ...overrides,
  } as ComponentProps<typeof FeedStatus>;
  return renderInLanguage(<FeedStatus {...props} />, lang);
}

describe('FeedStatus: no data yet', () => {
  it('says it is loading', () => {
    renderStatus({ isLoading: true });
    expect(screen.getByRole('status')).toHaveTextContent('관측 자료를 불러오는 중');
  });

  it('names the URL and the problem when the feed fails, with a working retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const error = new FeedError('http', 'https://example.kr/feed.json', '500');
    renderStatus({ error, onRetry });

    const alert = screen.getByRole('region', { name: /관측 자료를 불러올 수 없습니다/ });
    expect(alert).toHaveTextContent('HTTP 500');
    // Announced once by the dashboard's announcer; a live region here would read it twice.
    expect(isLive(alert)).toBe(false);
    expect(alert).toHaveTextContent('https://example.kr/feed.json');

    await user.click(within(alert).getByRole('button', { name: '다시 시도' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('explains a payload that is not the contract, naming the failing field', () => {
    renderStatus({ error: new FeedError('contract', URL, 'observedAt') }, 'en');
    const alert = errorSection();
    expect(alert).toHaveTextContent('This is not an observation feed (observedAt).');
    expect(alert).toHaveTextContent(`URL: ${URL}`);
  });

  it('names the configured URL for an unexpected error', () => {
    renderStatus({ error: new TypeError('boom') });
    const alert = errorSection();
    expect(alert).toHaveTextContent('알 수 없는 오류가 발생했습니다.');
    expect(alert).toHaveTextContent(URL);
    expect(alert).not.toHaveTextContent('boom');
  });

  it('disables retry while a retry is running', () => {
    renderStatus({ error: new FeedError('network', URL), retrying: true });
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeDisabled();
  });
});

describe('FeedStatus: a failed refresh over good data', () => {
  it('keeps the data and shows a stale notice with its age and a retry, not an error page', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderStatus({
      feed: goodFeed,
      error: new FeedError('timeout', URL, '15'),
      dataUpdatedAt: NOW - 12 * MINUTE,
      onRetry,
    });

    expect(document.querySelector('.feed-error')).toBeNull();
    const notice = screen.getByText(/12분 전 자료를 표시하고 있습니다/).closest('.feed-stale');
    if (!(notice instanceof HTMLElement)) throw new Error('no stale notice');
    expect(notice).toHaveTextContent('12분 전 자료를 표시하고 있습니다');
    expect(notice).toHaveTextContent('15초');
    await user.click(within(notice).getByRole('button', { name: '다시 시도' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('is not a live region: the dashboard announces it once, without the age that changes every minute', () => {
    renderStatus({
      feed: goodFeed,
      error: new FeedError('timeout', URL, '15'),
      dataUpdatedAt: NOW - 12 * MINUTE,
    });
    expect(isLive(screen.getByText(/12분 전 자료를 표시하고 있습니다/))).toBe(false);
  });

  it('shows nothing at all for good, complete data', () => {
    const { container } = renderStatus({ feed: goodFeed });
    expect(container).toBeEmptyDOMElement();
  });
});

describe('FeedStatus: records left out', () => {
  it('says how many records were left out, with details on demand', async () => {
    const user = userEvent.setup();
    renderStatus({ feed: feedWithProblems });

    expect(screen.getByText(/관측 자료 2건이 형식 오류로 제외되었습니다/)).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: '자세히' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('접기');
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      '2번째 항목 (95): 기온이 숫자가 아님',
      '4번째 항목 (지점번호 없음): 항목이 객체가 아님',
    ]);

    await user.click(toggle);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('lists the problems in English for English readers', async () => {
    const user = userEvent.setup();
    renderStatus({ feed: feedWithProblems }, 'en');
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
      'Record 2 (95): temperature is not a number',
    );
  });

  it('says how many stations could not be placed on the map', () => {
    renderStatus({ feed: feedWithProblems });
    expect(
      screen.getByText('1개 관측소는 위치 정보가 없어 지도에 표시하지 않았습니다.'),
    ).toBeInTheDocument();
  });
});

describe('FeedStatus: values left out of kept records', () => {
  const feedWithBadValues = parseObservationFeed(
    aFeed([
      aRecord({ stationId: '90', humidity: 140 }),
      aRecord({ stationId: '105', windSpeed: '3 m/s', windDirection: 200 }),
    ]),
  );

  it('says how many values were left out and which, while the stations stay', async () => {
    const user = userEvent.setup();
    renderStatus({ feed: feedWithBadValues });
    expect(screen.queryByText(/관측 자료 \d+건이 형식 오류로 제외/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/관측값 2개가 형식 또는 범위 오류로 제외되었습니다/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '자세히' }));
    expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      '1번째 항목 (90): 습도가 숫자가 아니거나 0~100% 범위를 벗어남 — 이 값만 제외',
      '2번째 항목 (105): 풍속이 숫자가 아니거나 0~75 m/s 범위를 벗어남 — 이 값만 제외',
    ]);
  });

  it('says it in English too', () => {
    renderStatus({ feed: feedWithBadValues }, 'en');
    expect(screen.getByText(/2 values were left out/)).toBeInTheDocument();
  });
});
