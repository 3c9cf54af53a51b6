import type { Observation } from '../../domain/observation';
import type { Lang } from '../../i18n/lang';
import { el, setChildren, svgEl } from './dom';
import { feedCredit } from './feed-credit';
import { fillStationLink, stationLink } from './station-link';
import type { MountedView } from './view';
import type { WidgetText } from './widget-messages';

export interface TickerOptions {
  readonly lang: Lang;
  readonly t: WidgetText;
  readonly intervalSeconds: number;
}

const PAUSE_ICON = 'M4 3h3v10H4zM9 3h3v10H9z';
const PLAY_ICON = 'M4 2.5v11l9-5.5z';
const NEXT_ICON = 'M3 2.5v11l7-5.5zM11 3h2v10h-2z';

function buttonIcon(path: SVGPathElement): SVGSVGElement {
  const attributes = { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true' };
  return svgEl('svg', { ...attributes, focusable: 'false' }, [path]);
}

/**
 * One line that rolls through the stations. Rotation holds while the pointer
 * is over the ticker or keyboard focus is inside it, and stops for good with
 * the pause button (WCAG 2.2.2). Under prefers-reduced-motion it starts
 * paused and never slides: the reader steps with "next", or opts in with play.
 */
export function mountTicker(
  root: HTMLElement,
  { lang, t, intervalSeconds }: TickerOptions,
): MountedView {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  /** The reader's own play/pause choice; until they make one, motion preference decides. */
  let playChoice: boolean | null = null;
  let hovered = false;
  let focused = false;
  let step = 0;
  let stations: readonly Observation[] = [];
  let shown: { key: string; link: HTMLAnchorElement } | null = null;
  let timer: number | undefined;

  // One path whose shape changes: replacing the icon under a pressed pointer would lose the click.
  const playIcon = svgEl('path', { d: PAUSE_ICON });
  const playButton = el('button', { type: 'button', class: 'ticker-button' }, [
    buttonIcon(playIcon),
  ]);
  const nextButton = el(
    'button',
    { type: 'button', class: 'ticker-button', 'aria-label': t('next'), title: t('next') },
    [buttonIcon(svgEl('path', { d: NEXT_ICON }))],
  );
  const itemWindow = el('div', { class: 'ticker-window', 'aria-atomic': 'true' });
  let credit: HTMLElement = el('p', { class: 'embed-credit' });
  // The station and the credit share a line that wraps: a credit that does not fit whole goes below, out of sight.
  const ticker = el('section', { class: 'ticker', 'aria-label': t('label') }, [
    playButton,
    nextButton,
    el('div', { class: 'ticker-body' }, [itemWindow, credit]),
  ]);

  const playing = () => playChoice ?? !reducedMotion.matches;
  const advancing = () => playing() && !hovered && !focused && stations.length > 1;

  function showCurrentStation() {
    const station = stations.length > 0 ? stations[step % stations.length]! : null;
    if (!station) {
      shown = null;
      setChildren(itemWindow, [el('p', { class: 'ticker-item' }, [t('empty')])]);
      return;
    }
    const key = `${step}-${station.stationId}`;
    const options = { lang, t };
    // Same step, same station (a refresh): update in place, so focus and the animation stay.
    if (shown?.key === key) {
      fillStationLink(shown.link, station, options);
      return;
    }
    shown = { key, link: stationLink(station, 'ticker-item', options) };
    setChildren(itemWindow, [shown.link]);
  }

  function advance() {
    step += 1;
    showCurrentStation();
  }

  /** Bring the buttons, the live region and the timer in line with the state. */
  function sync() {
    const isPlaying = playing();
    const isAdvancing = advancing();
    const label = isPlaying ? t('pause') : t('play');
    playButton.setAttribute('aria-label', label);
    playButton.setAttribute('title', label);
    playIcon.setAttribute('d', isPlaying ? PAUSE_ICON : PLAY_ICON);
    playButton.disabled = nextButton.disabled = stations.length < 2;
    ticker.dataset.advancing = String(isAdvancing);
    // Announce a station only when the reader moved to it, never every few seconds.
    itemWindow.setAttribute('aria-live', isAdvancing ? 'off' : 'polite');
    if (isAdvancing && timer === undefined) {
      timer = window.setInterval(advance, intervalSeconds * 1000);
    } else if (!isAdvancing && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  }

  function togglePlaying() {
    // Pressing play is an explicit request: it overrides the hold of the pointer and focus.
    if (!playing()) hovered = focused = false;
    playChoice = !playing();
    sync();
  }

  function holdOnHover(event: MouseEvent) {
    hovered = event.type === 'mouseenter';
    sync();
  }

  function holdOnFocus() {
    focused = true;
    sync();
  }

  function releaseOnFocusLeaving(event: FocusEvent) {
    if (ticker.contains(event.relatedTarget as Node | null)) return;
    focused = false;
    sync();
  }

  playButton.addEventListener('click', togglePlaying);
  nextButton.addEventListener('click', advance);
  ticker.addEventListener('mouseenter', holdOnHover);
  ticker.addEventListener('mouseleave', holdOnHover);
  ticker.addEventListener('focusin', holdOnFocus);
  ticker.addEventListener('focusout', releaseOnFocusLeaving);
  reducedMotion.addEventListener('change', sync);
  root.append(ticker);
  sync();

  return {
    update({ feed, stations: next, title, stale }) {
      ticker.setAttribute('aria-label', title);
      stations = next;
      showCurrentStation();
      const nextCredit = feedCredit(feed, stale, { lang, t, short: true });
      credit.replaceWith(nextCredit);
      credit = nextCredit;
      sync();
    },
    destroy() {
      window.clearInterval(timer);
      timer = undefined;
      reducedMotion.removeEventListener('change', sync);
      ticker.remove();
    },
  };
}
