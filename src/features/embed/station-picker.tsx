import { useId, useMemo, useState } from 'react';
import { filterStations } from '../../domain/search-stations';
import type { Observation } from '../../domain/observation';
import { stationName } from '../../domain/station-name';
import { useI18n } from '../../i18n/i18n-context';
import { MAX_STATIONS } from './parse-widget-params';

interface StationPickerProps {
  readonly stations: readonly Observation[];
  /** Station numbers in the widget's order. */
  readonly chosen: readonly string[];
  readonly onChange: (chosen: readonly string[]) => void;
}

const MAX_RESULTS = 8;
const NO_SKY = new Set<never>();

/**
 * Choose the widget's stations: find them with the dashboard's own search
 * (names in both languages, 초성, station numbers), add them, remove them.
 * The chosen list keeps the order of adding — the widget shows that order.
 */
export function StationPicker({ stations, chosen, onChange }: StationPickerProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const chosenId = useId();
  const byId = useMemo(() => new Map(stations.map((s) => [s.stationId, s])), [stations]);
  const results = useMemo(() => {
    if (query.trim() === '') return [];
    return filterStations(stations, { sky: NO_SKY, search: query, region: null })
      .filter((station) => !chosen.includes(station.stationId))
      .slice(0, MAX_RESULTS);
  }, [stations, query, chosen]);
  const full = chosen.length >= MAX_STATIONS;

  return (
    <div className="embed-picker">
      <label htmlFor={searchId} className="embed-dialog-label">
        {t('embed.picker.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="embed-picker-search"
        value={query}
        placeholder={t('embed.picker.placeholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={function clearOnEscape(event) {
          // Escape clears the search first; the dialog closes on the next one.
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            setQuery('');
          }
        }}
      />
      {query.trim() !== '' && (
        <ul className="embed-picker-results" aria-label={t('embed.picker.results')}>
          {results.length === 0 && (
            <li className="embed-picker-empty">{t('embed.picker.noMatch')}</li>
          )}
          {results.map((station) => {
            const name = stationName(station, lang);
            return (
              <li key={station.stationId}>
                {/* The visible words are the accessible name, station number included (WCAG 2.5.3). */}
                <button
                  type="button"
                  className="embed-picker-add"
                  disabled={full}
                  onClick={() => onChange([...chosen, station.stationId])}
                >
                  {t('embed.picker.add', { name })}{' '}
                  <span className="embed-picker-id">{station.stationId}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p id={chosenId} className="embed-dialog-label">
        {t('embed.picker.chosen', { count: chosen.length })}
      </p>
      <ol className="embed-picker-chosen" aria-labelledby={chosenId}>
        {chosen.map((id) => {
          const station = byId.get(id);
          const name = station ? stationName(station, lang) : id;
          return (
            <li key={id}>
              <span>{name}</span>
              <button
                type="button"
                className="embed-picker-remove"
                aria-label={t('embed.picker.remove', { name })}
                onClick={() => onChange(chosen.filter((other) => other !== id))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
