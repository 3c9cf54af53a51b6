import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../../src/domain/parse-history';
import { StationTrend } from '../../../../src/features/station-trend/station-trend';
import { aHistory, aStationColumns } from '../../support/history';
import { renderInLanguage } from '../../support/render';

const history = parseHistory(
  aHistory({
    '108': aStationColumns({ temperature: [20.1, 21.5, 19.0] }),
    '159': aStationColumns({ temperature: [null, null, null] }),
  }),
);

describe('StationTrend', () => {
  it('says the high and the low with their hours, in both languages', () => {
    renderInLanguage(<StationTrend history={history} stationId="108" hourIndex={2} />);
    expect(screen.getByRole('heading', { name: '지난 3시간 기온' })).toBeInTheDocument();
    expect(screen.getByText('최고 21.5℃ (14:00), 최저 19.0℃ (15:00)')).toBeInTheDocument();
  });

  it('gives each hour its sky in words and marks the hour shown', () => {
    renderInLanguage(<StationTrend history={history} stationId="108" hourIndex={1} />, 'en');
    expect(screen.getByText('High 21.5℃ at 14:00, low 19.0℃ at 15:00')).toBeInTheDocument();
    const hours = screen.getByRole('list', { name: 'Sky by hour' }).querySelectorAll('li');
    expect([...hours].map((li) => li.textContent)).toEqual([
      '13:00 Clear',
      '14:00 Mostly cloudy',
      '15:00 Rain',
    ]);
    expect(hours[1]).toHaveAttribute('aria-current', 'time');
  });

  it('says so when the station has no past temperatures, and draws no line', () => {
    const { container } = renderInLanguage(
      <StationTrend history={history} stationId="159" hourIndex={0} />,
    );
    expect(screen.getByText('이 관측소의 지난 기온 자료가 없습니다.')).toBeInTheDocument();
    expect(container.querySelector('svg.station-trend-line')).toBeNull();
  });

  it('shows nothing for a station the history does not hold', () => {
    const { container } = renderInLanguage(
      <StationTrend history={history} stationId="999" hourIndex={0} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
