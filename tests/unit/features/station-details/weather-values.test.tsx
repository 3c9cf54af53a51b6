import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StationDetails } from '../../../../src/features/station-details/station-details';
import type { Observation } from '../../../../src/domain/observation';
import type { Lang } from '../../../../src/i18n/lang';
import { anObservation } from '../../support/observations';
import { renderInLanguage } from '../../support/render';

const FEED_TIME = '2024-05-21T15:00:00+09:00';

function renderDetails(station: Observation, lang: Lang = 'ko', lateBy: number | null = null) {
  return renderInLanguage(
    <StationDetails
      station={station}
      observedAt={FEED_TIME}
      lateBy={lateBy}
      hiddenByFilter={false}
      onShowHidden={() => {}}
      onClose={() => {}}
    />,
    lang,
  );
}

describe('StationDetails: wind, humidity, rain and the station’s own time', () => {
  it('gives the wind as an arrow and a 16-point word with its speed', () => {
    renderDetails(
      anObservation({ windDirection: 315, windSpeed: 3.2, humidity: 55, precipitation1h: 0 }),
    );
    expect(screen.getByText('북서풍 3.2 m/s')).toBeInTheDocument();
    // From the north-west, so the arrow points south-east: 135° clockwise from up.
    expect(screen.getByRole('img', { name: '바람이 불어 가는 방향' })).toHaveAttribute(
      'data-rotation',
      '135',
    );
    expect(screen.getByText('55%')).toBeInTheDocument();
    // 0 mm is a value (no rain), not "not observed".
    expect(screen.getByText('0.0 mm')).toBeInTheDocument();
  });

  it('says calm below 0.3 m/s, with no arrow', () => {
    renderDetails(anObservation({ windDirection: 90, windSpeed: 0.1 }), 'en');
    expect(screen.getByText('Calm (0.1 m/s)')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Where the wind blows to' })).toBeNull();
  });

  it('leaves out the fields the feed does not have: no "—" for them', () => {
    renderDetails(anObservation({}));
    for (const label of ['바람', '습도', '1시간 강수량'])
      expect(screen.queryByText(label)).toBeNull();
  });

  it('shows a late station’s own time and its age', () => {
    const { container } = renderDetails(
      anObservation({ observedAt: '2024-05-21T12:00:00+09:00' }),
      'en',
      3 * 3_600_000,
    );
    expect(screen.getByText(/observed 3 h ago/)).toBeInTheDocument();
    expect(container.querySelector('.station-details')).toHaveClass('station-late');
    expect(container.textContent).toMatch(/12:00/);
  });
});
