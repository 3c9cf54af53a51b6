import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { Observation } from '../domain/observation';
import type { DashboardView } from '../features/embed/embed-choices';
import { withDeferredMessages } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n-context';
import { useUrlState } from './use-url-state';

interface EmbedButtonProps {
  /** Every station in the feed. */
  readonly stations: readonly Observation[];
  /** What the dashboard shows now, in its order. */
  readonly shown: readonly Observation[];
}

// Only readers who press 퍼가기 need the dialog: it loads then, not before the map is drawn.
const EmbedDialog = lazy(() =>
  withDeferredMessages(import('../features/embed/embed-dialog')).then((module) => ({
    default: module.EmbedDialog,
  })),
);

/** The header's "퍼가기 / Embed" button and its dialog, fed with the dashboard's current view. */
export function EmbedButton({ stations, shown }: EmbedButtonProps) {
  const { t } = useI18n();
  const [url] = useUrlState();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const dashboard = useMemo<DashboardView>(
    () => ({
      sky: url.sky,
      region: url.region,
      search: url.q,
      station: url.station,
      shownIds: shown.map((station) => station.stationId),
      coloring: url.coloring,
    }),
    [url.sky, url.region, url.q, url.station, url.coloring, shown],
  );

  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button"
        aria-haspopup="dialog"
        title={t('embed.openLabel')}
        onClick={() => setOpen(true)}
      >
        {t('embed.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            stations={stations}
            dashboard={dashboard}
            pageUrl={window.location.href}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
