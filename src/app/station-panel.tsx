/**
 * The stations tab of the side panel: near me, search, region, sky chips,
 * the active filters with their clear buttons, the count line and sort,
 * then the list. It only wires features together with props.
 */
import { useCallback, type ReactNode } from 'react';
import type { ConditionKey } from '../domain/conditions';
import { distanceKm, type LatLon } from '../domain/distance';
import { effectiveSort } from '../domain/filter-stations';
import type { Observation } from '../domain/observation';
import type { ShownStations } from '../domain/select-shown-stations';
import { DistanceLabel } from '../features/near-me/distance-label';
import { NearMe } from '../features/near-me/near-me';
import { ActiveFilters } from '../features/station-list/active-filters';
import { FilterChips } from '../features/station-list/filter-chips';
import { activeFilters, filtersLine } from '../features/station-list/filter-summary';
import { RegionFilter } from '../features/station-list/region-filter';
import { SearchBox } from '../features/station-list/search-box';
import { SortSelect } from '../features/station-list/sort-select';
import { StationList } from '../features/station-list/station-list';
import { formatHour } from '../i18n/format-hour';
import { useI18n } from '../i18n/i18n-context';
import type { UrlState } from './url-state';
import type { UrlStateUpdate } from './use-url-state';

interface StationPanelProps {
  readonly listId: string;
  readonly view: UrlState;
  /** The filters the list shows results for; a moment behind `view` after a change. */
  readonly applied: Pick<UrlState, 'sky' | 'region' | 'q'>;
  readonly updateView: (update: UrlStateUpdate, mode?: 'push' | 'replace') => void;
  readonly total: number;
  readonly selection: ShownStations;
  readonly onSelect: (stationId: string) => void;
  readonly renderBadge: (stationId: string) => ReactNode;
  /** The list row with keyboard focus, shown on the map (null when none). */
  readonly onRowFocus: (stationId: string | null) => void;
  /** Late stations (id → ms behind the feed's newest): muted rows, and said under the chips. */
  readonly late: ReadonlyMap<string, number>;
  /** The past hour shown (ISO), or null for now. */
  readonly pastTime: string | null;
  readonly nearMe: {
    readonly here: LatLon | null;
    readonly found: (position: LatLon) => void;
    readonly forget: () => void;
    readonly foundMessage: string;
  };
}

export function StationPanel({
  listId,
  view,
  applied,
  updateView,
  total,
  selection: { counts, regionCounts, nationwideCount, shown },
  onSelect,
  renderBadge,
  onRowFocus,
  late,
  pastTime,
  nearMe,
}: StationPanelProps) {
  const { t, lang } = useI18n();
  const { here } = nearMe;
  const filters = activeFilters(t, lang, applied);
  const setSky = (sky: ConditionKey[]) => updateView({ sky });

  const renderDistance = useCallback(
    (station: Observation) =>
      here && station.position ? <DistanceLabel km={distanceKm(here, station.position)} /> : null,
    [here],
  );

  return (
    <>
      <div className="controls">
        <NearMe
          onFound={nearMe.found}
          located={here !== null}
          onForget={nearMe.forget}
          foundMessage={nearMe.foundMessage}
        />
        <SearchBox value={view.q} onChange={(q) => updateView({ q }, 'replace')} />
        <RegionFilter
          value={view.region}
          counts={regionCounts}
          nationwide={nationwideCount}
          onChange={(region) => updateView({ region })}
        />
        <FilterChips counts={counts} selected={view.sky} onChange={setSky} />
        {late.size > 0 && (
          <p className="late-in-counts">{t('late.inCounts', { count: late.size })}</p>
        )}
        {pastTime && (
          <p className="past-hour-notice">
            {t('time.pastNotice', { time: formatHour(pastTime, lang) })}
          </p>
        )}
        <ActiveFilters
          filters={filters}
          onClearRegion={() => updateView({ region: null })}
          onClearSky={(key) => setSky(view.sky.filter((k) => k !== key))}
          onClearSearch={() => updateView({ q: '' })}
          onClearAll={() => updateView({ region: null, sky: [], q: '' })}
        />
        <div className="list-bar">
          <p className="list-count-line" aria-hidden="true">
            {filters.length > 0 && (
              <span className="list-filters">
                {t('list.filteredBy', { filters: filtersLine(filters) })}
              </span>
            )}
            <span className="list-count">{t('list.count', { total, shown: shown.length })}</span>
          </p>
          <SortSelect
            value={effectiveSort(view.sort, here)}
            distanceAvailable={here !== null}
            onChange={(sort) => updateView({ sort })}
          />
        </div>
      </div>
      <StationList
        id={listId}
        stations={shown}
        selectedId={view.station}
        onSelect={onSelect}
        renderBadge={renderBadge}
        renderDistance={here ? renderDistance : undefined}
        onRowFocus={onRowFocus}
        late={late}
      />
    </>
  );
}
