import { useId, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { CloseButton } from '../../components/close-button';
import { useCloseOnEscape } from '../../components/use-close-on-escape';

interface StationNotFoundProps {
  /** The station number the address asked for. */
  readonly stationId: string;
  /** True when a past hour is shown: the station may have reported at other hours. */
  readonly pastHour: boolean;
  readonly onClose: () => void;
  readonly ref?: Ref<HTMLElement>;
}

/**
 * `?station=<id>` names no station in the observations shown (an old link, a
 * station that did not report): say so in the card's place instead of opening
 * nothing, and let the reader close it.
 */
export function StationNotFound({ stationId, pastHour, onClose, ref }: StationNotFoundProps) {
  const { t } = useI18n();
  const headingId = useId();
  useCloseOnEscape(onClose);
  return (
    <section
      className="station-details station-missing"
      aria-labelledby={headingId}
      ref={ref}
      role="alert"
    >
      <header>
        <h2 id={headingId}>{t('details.notFoundTitle')}</h2>
        <CloseButton label={t('details.close')} onClose={onClose} />
      </header>
      <p className="station-details-note">
        {t(pastHour ? 'details.notFoundAtHour' : 'details.notFoundBody', { id: stationId })}
      </p>
    </section>
  );
}
