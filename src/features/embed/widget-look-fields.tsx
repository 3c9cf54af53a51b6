import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LANGS } from '../../i18n/lang';
import type { EmbedChoices } from './embed-choices';
import { MAP_COLORING_KEYS } from '../../domain/map-coloring';
import { WIDGET_THEMES, WIDGET_VIEWS } from './parse-widget-params';

/** Steps a reader can tell apart, within the widget's 2–60 s; the current value is always offered. */
const INTERVAL_STEPS = [2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60];

function intervalOptions(current: number): number[] {
  return INTERVAL_STEPS.includes(current)
    ? INTERVAL_STEPS
    : [...INTERVAL_STEPS, current].sort((a, b) => a - b);
}

interface WidgetLookFieldsProps {
  readonly choices: EmbedChoices;
  readonly onChange: (changes: Partial<EmbedChoices>) => void;
}

/** One row of radio buttons with a legend. */
function RadioRow<T extends string>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <fieldset className="embed-dialog-group">
      <legend>{legend}</legend>
      <div className="embed-dialog-options">
        {options.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** How the widget looks: view, language, theme, and the view's own setting (interval or colours). */
export function WidgetLookFields({ choices, onChange }: WidgetLookFieldsProps) {
  const { t } = useI18n();
  const intervalId = useId();
  return (
    <>
      <RadioRow
        legend={t('embed.view')}
        name="embed-view"
        options={WIDGET_VIEWS}
        value={choices.view}
        label={(view) => t(`embed.view.${view}`)}
        onChange={(view) => onChange({ view })}
      />
      {choices.view === 'ticker' && (
        <div className="embed-dialog-field">
          <label htmlFor={intervalId} className="embed-dialog-label">
            {t('embed.interval')}
          </label>
          <select
            id={intervalId}
            className="embed-dialog-select"
            value={choices.intervalSeconds}
            onChange={(event) => onChange({ intervalSeconds: Number(event.target.value) })}
          >
            {intervalOptions(choices.intervalSeconds).map((seconds) => (
              <option key={seconds} value={seconds}>
                {t('embed.seconds', { n: seconds })}
              </option>
            ))}
          </select>
        </div>
      )}
      {choices.view === 'map' && (
        <RadioRow
          legend={t('embed.coloring')}
          name="embed-coloring"
          options={MAP_COLORING_KEYS}
          value={choices.coloring}
          label={(coloring) => t(`embed.coloring.${coloring}`)}
          onChange={(coloring) => onChange({ coloring })}
        />
      )}
      <RadioRow
        legend={t('embed.lang')}
        name="embed-lang"
        options={LANGS}
        value={choices.lang}
        label={(lang) => t(`embed.lang.${lang}`)}
        onChange={(lang) => onChange({ lang })}
      />
      <RadioRow
        legend={t('embed.theme')}
        name="embed-theme"
        options={WIDGET_THEMES}
        value={choices.theme}
        label={(theme) => t(`embed.theme.${theme}`)}
        onChange={(theme) => onChange({ theme })}
      />
    </>
  );
}
