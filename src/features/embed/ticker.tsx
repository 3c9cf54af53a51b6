import { useEffect, useState } from 'react';
import type { ObservationFeed, Observation } from '../observations/observation';
import type { Lang } from '../../i18n/lang';
import { FeedCredit } from './feed-credit';
import { StationLink } from './station-link';
import { useMediaQuery } from './use-media-query';
import type { WidgetText } from './widget-messages';

interface TickerProps {
  readonly stations: readonly Observation[];
  readonly feed: ObservationFeed;
  readonly stale: boolean;
  readonly lang: Lang;
  readonly t: WidgetText;
  readonly intervalSeconds: number;
}

/**
 * One line that rolls through the stations. Rotation holds while the pointer
 * is over the ticker or keyboard focus is inside it, and stops for good with
 * the pause button (WCAG 2.2.2). Under prefers-reduced-motion it starts
 * paused and never slides: the reader steps with "next", or opts in with play.
 */
export function Ticker({ stations, feed, stale, lang, t, intervalSeconds }: TickerProps) {
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const [playChoice, setPlayChoice] = useState<boolean | null>(null);
  const playing = playChoice ?? !reducedMotion;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [step, setStep] = useState(0);
  const advancing = playing && !hovered && !focused && stations.length > 1;

  useEffect(
    function advanceOnInterval() {
      if (!advancing) return;
      const timer = window.setInterval(() => setStep((n) => n + 1), intervalSeconds * 1000);
      return () => window.clearInterval(timer);
    },
    [advancing, intervalSeconds],
  );

  function togglePlaying() {
    // Pressing play is an explicit request: it overrides the hold of the pointer and focus.
    if (!playing) {
      setHovered(false);
      setFocused(false);
    }
    setPlayChoice(!playing);
  }

  const current = stations.length > 0 ? stations[step % stations.length]! : null;
  return (
    <section
      className="ticker"
      aria-label={t('label')}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
      data-advancing={advancing}
    >
      <button
        type="button"
        className="ticker-button"
        onClick={togglePlaying}
        aria-label={playing ? t('pause') : t('play')}
        title={playing ? t('pause') : t('play')}
        disabled={stations.length < 2}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          {playing ? <path d="M4 3h3v10H4zM9 3h3v10H9z" /> : <path d="M4 2.5v11l9-5.5z" />}
        </svg>
      </button>
      <button
        type="button"
        className="ticker-button"
        onClick={() => setStep((n) => n + 1)}
        aria-label={t('next')}
        title={t('next')}
        disabled={stations.length < 2}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M3 2.5v11l7-5.5zM11 3h2v10h-2z" />
        </svg>
      </button>
      <div className="ticker-window" aria-live={advancing ? 'off' : 'polite'} aria-atomic="true">
        {current ? (
          <StationLink
            key={`${step}-${current.stationId}`}
            className="ticker-item"
            station={current}
            lang={lang}
            t={t}
          />
        ) : (
          <p className="ticker-item">{t('empty')}</p>
        )}
      </div>
      <FeedCredit feed={feed} stale={stale} lang={lang} t={t} short />
    </section>
  );
}
