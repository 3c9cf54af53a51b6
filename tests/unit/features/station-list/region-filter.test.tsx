import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ConditionKey } from '../../../../src/domain/conditions';
import { rankStations } from '../../../../src/domain/search-stations';
import { selectShownStations } from '../../../../src/domain/select-shown-stations';
import { ActiveFilters } from '../../../../src/features/station-list/active-filters';
import { activeFilters } from '../../../../src/features/station-list/filter-summary';
import { RegionFilter } from '../../../../src/features/station-list/region-filter';
import { createTranslator } from '../../../../src/i18n/translate';
import { loadSampleFeed } from '../../support/sample-feed';
import { renderInLanguage } from '../../support/render';

const sample = loadSampleFeed().observations;

/** Region, sky and search as the dashboard holds them, counted by the real pipeline. */
function Filters({ sky = [] as ConditionKey[], q = '', region = null as string | null }) {
  const [view, setView] = useState({ sky, q, region });
  const { regionCounts, nationwideCount, shown } = selectShownStations(
    sample,
    { sky: view.sky, search: view.q, region: view.region, sort: 'number' },
    'ko',
    rankStations,
  );
  return (
    <>
      <RegionFilter
        value={view.region}
        counts={regionCounts}
        nationwide={nationwideCount}
        onChange={(next) => setView({ ...view, region: next })}
      />
      <ActiveFilters
        filters={activeFilters(createTranslator('ko'), 'ko', view)}
        onClearRegion={() => setView({ ...view, region: null })}
        onClearSky={(key) => setView({ ...view, sky: view.sky.filter((k) => k !== key) })}
        onClearSearch={() => setView({ ...view, q: '' })}
        onClearAll={() => setView({ sky: [], q: '', region: null })}
      />
      <output>{shown.length}</output>
    </>
  );
}

const select = () => screen.getByRole('combobox', { name: '시·도' });
const shownCount = () => Number(screen.getByRole('status').textContent);

describe('RegionFilter', () => {
  it('lists the whole country and the 17 provinces with their station counts', () => {
    renderInLanguage(<Filters />);
    const options = within(select()).getAllByRole('option');
    expect(options).toHaveLength(18);
    expect(options[0]).toHaveTextContent('전국 (97)');
    expect(screen.getByRole('option', { name: '강원특별자치도 (14)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '제주특별자치도 (4)' })).toBeInTheDocument();
  });

  it('counts under the sky filter: 맑음 leaves 45 in the country', () => {
    renderInLanguage(<Filters sky={['clear']} />);
    expect(within(select()).getAllByRole('option')[0]).toHaveTextContent('전국 (45)');
  });

  it('filters when a province is chosen, and shows the filter with a clear button', async () => {
    const user = userEvent.setup();
    renderInLanguage(<Filters />);
    await user.selectOptions(select(), '강원특별자치도');
    expect(shownCount()).toBe(14);
    const clear = screen.getByRole('button', { name: '강원 필터 해제' });
    await user.click(clear);
    expect(select()).toHaveValue('');
    expect(shownCount()).toBe(97);
    expect(screen.queryByRole('group', { name: '적용된 필터' })).toBeNull();
  });

  it('clears region, sky and search together with 모두 지우기', async () => {
    const user = userEvent.setup();
    renderInLanguage(<Filters sky={['clear']} q="강" region="강원특별자치도" />);
    const group = screen.getByRole('group', { name: '적용된 필터' });
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['강원 ×', '맑음 ×', '검색 ‘강’ ×']);
    await user.click(screen.getByRole('button', { name: '모두 지우기' }));
    expect(shownCount()).toBe(97);
  });

  it('names the provinces in English', () => {
    renderInLanguage(
      <RegionFilter value={null} counts={new Map()} nationwide={0} onChange={() => {}} />,
      'en',
    );
    expect(screen.getByRole('combobox', { name: 'Province' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Gyeongsangbuk-do (0)' })).toBeInTheDocument();
  });
});
