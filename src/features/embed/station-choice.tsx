import { useId } from 'react';
import { CONDITION_ORDER, conditionDefinition, type ConditionKey } from '../../domain/conditions';
import type { Observation } from '../../domain/observation';
import { PROVINCES_KO, provinceLabel, provinceShortLabel } from '../../domain/provinces';
import { useI18n } from '../../i18n/i18n-context';
import type { DashboardView, EmbedChoices, EmbedSelection, StationKind } from './embed-choices';
import { STATION_KINDS } from './embed-choices';
import { MAX_STATIONS } from './parse-widget-params';
import { StationPicker } from './station-picker';

interface StationChoiceProps {
  readonly stations: readonly Observation[];
  readonly dashboard: DashboardView;
  readonly choices: EmbedChoices;
  readonly selection: EmbedSelection;
  readonly onChange: (changes: Partial<EmbedChoices>) => void;
}

/** Which stations: the ones shown now, chosen ones, or all (narrowed by region and sky). */
export function StationChoice({
  stations,
  dashboard,
  choices,
  selection,
  onChange,
}: StationChoiceProps) {
  const { t, lang } = useI18n();
  const regionId = useId();
  const kind = choices.stationKind;

  function kindLabel(option: StationKind): string {
    if (option === 'shown') return t('embed.stations.shown', { count: dashboard.shownIds.length });
    return t(`embed.stations.${option}`);
  }

  function toggleSky(key: ConditionKey, on: boolean) {
    const next = on ? [...choices.sky, key] : choices.sky.filter((other) => other !== key);
    onChange({ sky: CONDITION_ORDER.filter((other) => next.includes(other)) });
  }

  /** What "shown now" carries over, in words: "지역 강원, 하늘 맑음". */
  const filters = [
    dashboard.region &&
      t('embed.filters.region', { region: provinceShortLabel(dashboard.region, lang) }),
    dashboard.sky.length > 0 &&
      t('embed.filters.sky', {
        sky: dashboard.sky.map((key) => conditionDefinition(key)[lang]).join(', '),
      }),
  ].filter(Boolean);

  return (
    <fieldset className="embed-dialog-group">
      <legend>{t('embed.stations')}</legend>
      <div className="embed-dialog-options">
        {STATION_KINDS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="embed-stations"
              value={option}
              checked={kind === option}
              onChange={() => onChange({ stationKind: option })}
            />
            {kindLabel(option)}
          </label>
        ))}
      </div>

      {kind === 'shown' && selection.ok && (
        <p className="embed-dialog-note">
          {selection.searchFixed
            ? t('embed.shown.searchFixed', {
                q: dashboard.search.trim(),
                count: dashboard.shownIds.length,
              })
            : filters.length > 0
              ? t('embed.shown.live', { filters: filters.join(', ') })
              : t('embed.shown.unfiltered')}
        </p>
      )}
      {!selection.ok && (
        <p className="embed-dialog-problem" role="alert">
          {t(`embed.problem.${selection.problem}`, {
            q: dashboard.search.trim(),
            max: MAX_STATIONS,
          })}
        </p>
      )}

      {kind === 'chosen' && (
        <StationPicker
          stations={stations}
          chosen={choices.chosen}
          onChange={(chosen) => onChange({ chosen })}
        />
      )}

      {kind === 'all' && (
        <>
          <label htmlFor={regionId} className="embed-dialog-label">
            {t('embed.region')}
          </label>
          <select
            id={regionId}
            className="embed-dialog-select"
            value={choices.region ?? ''}
            onChange={(event) => onChange({ region: event.target.value || null })}
          >
            <option value="">{t('embed.region.all')}</option>
            {PROVINCES_KO.map((province) => (
              <option key={province} value={province}>
                {provinceLabel(province, lang)}
              </option>
            ))}
          </select>
          <fieldset className="embed-dialog-sky">
            <legend className="embed-dialog-label">{t('embed.sky')}</legend>
            {CONDITION_ORDER.map((key) => (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={choices.sky.includes(key)}
                  onChange={(event) => toggleSky(key, event.target.checked)}
                />
                {conditionDefinition(key)[lang]}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
