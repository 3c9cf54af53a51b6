import './time-control.css';
import { useId, type Ref } from 'react';
import { formatHour } from '../../i18n/format-hour';
import { useI18n } from '../../i18n/i18n-context';
import { stepHour, type HourStep } from './hour-steps';
import { usePlayback } from './use-playback';

interface TimeControlProps {
  /** The history's hours (ISO, ascending); the last one is shown as "now". */
  readonly times: readonly string[];
  /** The hour shown; `times.length - 1` = now. */
  readonly index: number;
  /** The latest feed's own time, shown for "now" (it can be newer than the last history hour). */
  readonly nowTime: string;
  readonly onChange: (index: number, mode: 'push' | 'replace') => void;
  readonly ref?: Ref<HTMLElement>;
}

/**
 * A slider over the last hours (a native range input: arrows step an hour,
 * Home and End jump to the ends), step buttons, play/pause and "지금 / Now".
 * The chosen time is shown in Korea time beside it.
 */
export function TimeControl({ times, index, nowTime, onChange, ref }: TimeControlProps) {
  const { t, lang } = useI18n();
  const sliderId = useId();
  const count = times.length;
  const atNow = index >= count - 1;
  const { playing, play, pause } = usePlayback(index, count, onChange);
  const shownTime = atNow ? nowTime : times[index]!;
  const timeText = formatHour(shownTime, lang);
  const valueText = atNow ? t('time.nowValue', { time: timeText }) : timeText;

  function step(move: HourStep) {
    pause();
    const next = stepHour(index, count, move);
    if (next !== index) onChange(next, 'push');
  }

  return (
    <section className="time-control" aria-label={t('time.label')} data-playing={playing} ref={ref}>
      <div className="time-control-buttons">
        <button
          type="button"
          className="time-button"
          onClick={() => step('previous')}
          disabled={index === 0}
          aria-label={t('time.previous')}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <button
          type="button"
          className="time-button time-play"
          onClick={playing ? pause : play}
          aria-label={playing ? t('time.pause') : t('time.play')}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <button
          type="button"
          className="time-button"
          onClick={() => step('next')}
          disabled={atNow}
          aria-label={t('time.next')}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <label className="visually-hidden" htmlFor={sliderId}>
        {t('time.slider')}
      </label>
      <input
        id={sliderId}
        className="time-slider"
        type="range"
        min={0}
        max={count - 1}
        step={1}
        value={Math.min(index, count - 1)}
        aria-valuetext={valueText}
        onChange={(event) => {
          pause();
          onChange(Number(event.target.value), 'push');
        }}
      />
      <output className="time-shown" htmlFor={sliderId}>
        {atNow && <span className="time-now-mark">{t('time.now')} · </span>}
        {timeText}
      </output>
      <button
        type="button"
        className="time-button time-now"
        onClick={() => step('now')}
        disabled={atNow}
      >
        {t('time.now')}
      </button>
    </section>
  );
}
