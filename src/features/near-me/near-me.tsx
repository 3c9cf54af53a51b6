import { useId } from 'react';
import type { LatLon } from '../../domain/distance';
import { useI18n } from '../../i18n/i18n-context';
import { useCurrentPosition } from './use-current-position';

interface NearMeProps {
  /** Called with a position inside Korea; the caller sorts and selects. */
  readonly onFound: (position: LatLon) => void;
  /** True once a position is known (the caller holds it, in memory only). */
  readonly located: boolean;
  readonly onForget: () => void;
  /** "내 위치에서 가장 가까운 관측소는 구미(0.4 km)입니다.", once found; '' otherwise. */
  readonly foundMessage: string;
}

/**
 * "내 위치": asks for the browser's location on click (never on load) and
 * says plainly what happened. A failure leaves the page as it was.
 */
export function NearMe({ onFound, located, onForget, foundMessage }: NearMeProps) {
  const { t } = useI18n();
  const hintId = useId();
  const { state, locate, dismiss } = useCurrentPosition(onFound);
  const locating = state.kind === 'locating';

  return (
    <div className="near-me">
      <div className="near-me-actions">
        <button
          type="button"
          className="button near-me-button"
          aria-describedby={hintId}
          aria-busy={locating}
          disabled={locating}
          onClick={locate}
        >
          {locating ? t('nearMe.locating') : located ? t('nearMe.again') : t('nearMe.button')}
        </button>
        {located && (
          <button type="button" className="button near-me-forget" onClick={onForget}>
            {t('nearMe.forget')}
          </button>
        )}
      </div>
      <p className="near-me-hint" id={hintId}>
        {t('nearMe.hint')}
      </p>
      {state.kind === 'failed' ? (
        <div className="near-me-message" role="alert" data-reason={state.reason}>
          <p>{t(`nearMe.${state.reason}`)}</p>
          <button type="button" className="button" onClick={dismiss}>
            {t('nearMe.dismiss')}
          </button>
        </div>
      ) : (
        <p className="near-me-message near-me-found" role="status">
          {located ? foundMessage : ''}
        </p>
      )}
    </div>
  );
}
