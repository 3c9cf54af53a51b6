import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StationList } from '../../../../src/features/station-list/station-list';
import { giveElementsASize } from '../../support/layout';
import { manyObservations, observationsInFeedOrder } from '../../support/observations';
import { loadSampleFeed, stationById } from '../../support/sample-feed';
import { renderInLanguage } from '../../support/render';

const stations = observationsInFeedOrder([
  { stationId: '90', nameKo: '속초', nameEn: 'Sokcho', condition: '맑음', temperature: 15 },
  { stationId: '172', nameKo: '고창', nameEn: 'Gochang', condition: '구름조금', temperature: null },
  { stationId: '279', nameKo: '구미', nameEn: 'Gumi', condition: '구름조금', temperature: 19.2 },
]);

const list = () => screen.getByRole('listbox', { name: '관측소 목록' });
const row = (name: RegExp) => within(list()).getByRole('option', { name });

describe('StationList', () => {
  beforeEach(() => giveElementsASize());

  it('shows a row per station with its condition and temperature', () => {
    renderInLanguage(<StationList stations={stations} selectedId={null} onSelect={() => {}} />);
    expect(within(list()).getAllByRole('option')).toHaveLength(3);
    expect(row(/속초/)).toHaveTextContent('맑음');
    expect(row(/속초/)).toHaveTextContent('15.0℃');
    expect(row(/구미/)).toHaveTextContent('19.2℃');
  });

  it('shows a missing temperature as "—" with a spoken label, never as 0', () => {
    renderInLanguage(<StationList stations={stations} selectedId={null} onSelect={() => {}} />);
    const gochang = row(/고창/);
    expect(gochang).toHaveAccessibleName(/기온 정보 없음/);
    expect(gochang.querySelector('.station-row-temp [aria-hidden="true"]')).toHaveTextContent('—');
    expect(gochang).not.toHaveTextContent('0.0℃');
  });

  it('shows the seed’s 고창 with "—" and 북춘천 by its catalog name', () => {
    const feed = loadSampleFeed();
    const seedRows = [stationById(feed, '93'), stationById(feed, '172')];
    renderInLanguage(<StationList stations={seedRows} selectedId={null} onSelect={() => {}} />);
    expect(row(/북춘천/)).toHaveTextContent('19.2℃');
    expect(row(/고창/)).toHaveAccessibleName(/고창.*기온 정보 없음/);
  });

  it('tells the reader when a station has no position', () => {
    const unplaced = observationsInFeedOrder([{ nameKo: '신설', position: null }]);
    renderInLanguage(<StationList stations={unplaced} selectedId={null} onSelect={() => {}} />);
    expect(row(/신설/)).toHaveTextContent('위치 정보 없음');
  });

  it('selects a station by its id when its row is clicked', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderInLanguage(<StationList stations={stations} selectedId={null} onSelect={onSelect} />);
    await user.click(row(/구미/));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('279');
  });

  it('marks the selected option as selected, and only that one', () => {
    renderInLanguage(<StationList stations={stations} selectedId="172" onSelect={() => {}} />);
    expect(row(/고창/)).toHaveAttribute('aria-selected', 'true');
    expect(row(/속초/)).toHaveAttribute('aria-selected', 'false');
    expect(row(/구미/)).toHaveAttribute('aria-selected', 'false');
  });

  it('keeps the DOM small for 10,000 stations (virtualised), with the full size announced', () => {
    renderInLanguage(
      <StationList stations={manyObservations(10_000)} selectedId={null} onSelect={() => {}} />,
    );
    const items = within(list()).getAllByRole('option');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(60);
    expect(items[0]).toHaveAttribute('aria-setsize', '10000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('says so when no station matches', () => {
    renderInLanguage(<StationList stations={[]} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('조건에 맞는 관측소가 없습니다.');
  });

  it('shows English names first for English readers', () => {
    renderInLanguage(
      <StationList stations={stations} selectedId={null} onSelect={() => {}} />,
      'en',
    );
    const sokcho = within(screen.getByRole('listbox', { name: 'Stations' })).getByRole('option', {
      name: /Sokcho/,
    });
    expect(sokcho).toHaveTextContent('Clear');
    expect(sokcho).toHaveTextContent('속초');
  });
});
