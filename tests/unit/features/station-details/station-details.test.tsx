import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StationDetails } from '../../../../src/features/station-details/station-details';
import type { Observation } from '../../../../src/domain/observation';
import type { Lang } from '../../../../src/i18n/lang';
import { anObservation } from '../../support/observations';
import { loadSampleFeed, stationById } from '../../support/sample-feed';
import { renderInLanguage } from '../../support/render';

const feed = loadSampleFeed();
const bukchuncheon = stationById(feed, '93'); // named from the catalog
const gochang = stationById(feed, '172'); // no temperature in the seed

function renderDetails(
  station: Observation,
  {
    lang = 'ko',
    hiddenByFilter = false,
    onShowHidden = () => {},
    onClose = () => {},
  }: {
    lang?: Lang;
    hiddenByFilter?: boolean;
    onShowHidden?: () => void;
    onClose?: () => void;
  } = {},
) {
  return renderInLanguage(
    <StationDetails
      station={station}
      observedAt={feed.observedAt}
      hiddenByFilter={hiddenByFilter}
      onShowHidden={onShowHidden}
      onClose={onClose}
    />,
    lang,
  );
}

const details = () => screen.getByRole('region');
const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('StationDetails', () => {
  it('names the station in Korean and English, labelled by that heading', () => {
    renderDetails(bukchuncheon);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('북춘천');
    expect(heading).toHaveTextContent('Bukchuncheon');
    expect(details()).toHaveAccessibleName(/북춘천/);
  });

  it('puts the English name first for English readers', () => {
    renderDetails(bukchuncheon, { lang: 'en' });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent?.indexOf('Bukchuncheon')).toBe(0);
    expect(heading).toHaveTextContent('북춘천');
    expect(valueOf('Province')).toHaveTextContent('Gangwon-do');
  });

  it('shows station number, province, condition, temperature and observation date', () => {
    renderDetails(bukchuncheon);
    expect(valueOf('지점번호')).toHaveTextContent('93');
    expect(valueOf('시·도')).toHaveTextContent('강원특별자치도');
    expect(valueOf('날씨')).toHaveTextContent('맑음');
    expect(valueOf('기온')).toHaveTextContent('19.2℃');
    expect(valueOf('관측 시각')).toHaveTextContent('2024년 5월 21일');
  });

  it('shows a missing temperature as "—" with a spoken label', () => {
    renderDetails(gochang);
    const temperature = valueOf('기온')!;
    expect(temperature).toHaveTextContent(/^—$/);
    expect(screen.getByLabelText('기온 정보 없음')).toHaveTextContent('—');
  });

  it('leaves out the province when it is unknown, and says when there is no position', () => {
    renderDetails(anObservation({ nameKo: '신설', nameEn: null, province: null, position: null }));
    expect(screen.queryByText('시·도')).not.toBeInTheDocument();
    expect(details()).toHaveTextContent('위치 정보 없음');
  });

  it('shows an unknown condition word as the feed wrote it', () => {
    renderDetails(anObservation({ condition: '햇무리' }));
    expect(valueOf('날씨')).toHaveTextContent('햇무리');
  });

  it('says when the filter hides the station, with a button that shows it', async () => {
    const user = userEvent.setup();
    const onShowHidden = vi.fn();
    renderDetails(gochang, { hiddenByFilter: true, onShowHidden });
    expect(screen.getByRole('status')).toHaveTextContent('현재 필터에 맞지 않아');
    await user.click(screen.getByRole('button', { name: '필터 해제하고 보기' }));
    expect(onShowHidden).toHaveBeenCalledOnce();
  });

  it('has no filter note when the station is shown', () => {
    renderDetails(gochang);
    expect(screen.queryByRole('button', { name: '필터 해제하고 보기' })).not.toBeInTheDocument();
  });

  it('closes on Escape and with the close button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderDetails(gochang, { onClose });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: '닫기' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('stops listening for Escape once closed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { unmount } = renderDetails(gochang, { onClose });
    unmount();
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
  });
});
