import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseHistory } from '../../../../src/domain/parse-history';
import { HistoryStatus } from '../../../../src/features/time-control/history-status';
import { FeedError } from '../../../../src/lib/fetch-json';
import { aHistory, aStationColumns } from '../../support/history';
import { renderInLanguage } from '../../support/render';

const URL = '/data/history.json';

/** 108 loses one hour's temperature (out of range); 105's temperature list is one hour short. */
const historyWithProblems = parseHistory(
  aHistory({
    '108': aStationColumns({ temperature: [20.1, 99.5, 19.0] }),
    '105': aStationColumns({ temperature: [18.0, 17.5] }),
    '133': aStationColumns(),
  }),
);

describe('HistoryStatus', () => {
  it('says the past hours could not be loaded, why, and retries on request', async () => {
    const onRetry = vi.fn();
    renderInLanguage(
      <HistoryStatus
        history={null}
        error={new FeedError('html', URL)}
        onRetry={onRetry}
        retrying={false}
      />,
    );
    expect(
      screen.getByText(/지난 시각 관측 자료를 불러오지 못해 지금 관측을 보여 줍니다/),
    ).toHaveTextContent('JSON 대신 HTML 페이지가 왔습니다');
    await userEvent.click(screen.getByRole('button', { name: '다시 시도' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps the hours loaded before when a refresh fails, and says so in English too', () => {
    renderInLanguage(
      <HistoryStatus
        history={parseHistory(aHistory())}
        error={new FeedError('http', URL, '500')}
        onRetry={() => {}}
        retrying
      />,
      'en',
    );
    expect(screen.getByText(/could not be refreshed/)).toHaveTextContent('HTTP error 500');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDisabled();
  });

  it('lists the stations and the values the parser left out, with the hour in Korea time', async () => {
    renderInLanguage(
      <HistoryStatus
        history={historyWithProblems}
        error={null}
        onRetry={() => {}}
        retrying={false}
      />,
    );
    expect(screen.queryByRole('button', { name: '다시 시도' })).toBeNull();
    expect(
      screen.getByText(/지난 관측 자료에서 관측소 1곳이 형식 오류로 제외되었습니다/),
    ).toBeInTheDocument();
    expect(screen.getByText(/지난 관측값 1개가 형식 또는 범위 오류로/)).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: '자세히' }))
      await userEvent.click(button);
    expect(
      screen.getByText('관측소 105: temperature 목록의 길이가 시각 목록과 다름'),
    ).toBeVisible();
    expect(
      screen.getByText('관측소 108, 5월 21일 14:00: 기온이 숫자가 아니거나 -60~60℃ 범위를 벗어남'),
    ).toBeVisible();
  });

  it('says nothing for a clean history', () => {
    const { container } = renderInLanguage(
      <HistoryStatus
        history={parseHistory(aHistory())}
        error={null}
        onRetry={() => {}}
        retrying={false}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
