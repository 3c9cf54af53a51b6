import { useRef, useState } from 'react';
import { EmbedDialog } from '../features/embed/embed-dialog';
import { useI18n } from '../i18n/i18n-context';
import { useUrlState } from './use-url-state';

/** The header's "퍼가기 / Embed" button and its dialog, fed with the current filters. */
export function EmbedButton() {
  const { t } = useI18n();
  const [url] = useUrlState();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

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
        <EmbedDialog
          sky={url.sky}
          region={url.region}
          coloring={url.coloring}
          pageUrl={window.location.href}
          onClose={close}
        />
      )}
    </>
  );
}
