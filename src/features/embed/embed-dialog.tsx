import './embed-dialog.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { ConditionKey } from '../../domain/conditions';
import type { MapColoring } from '../../domain/map-coloring';
import { useI18n } from '../../i18n/i18n-context';
import { buildSnippet, widgetPageUrl } from './build-snippet';
import { copyText } from './copy-text';
import { WIDGET_VIEWS, type WidgetView } from './parse-widget-params';
import { INITIAL_HEIGHTS } from './protocol';
import { usePreviewHeight } from './use-preview-height';

interface EmbedDialogProps {
  readonly sky: readonly ConditionKey[];
  readonly region: string | null;
  /** The dashboard map's colouring, carried into the map view's snippet. */
  readonly coloring: MapColoring;
  /** The dashboard page's URL: `embed.js` and `embed.html` are deployed beside it. */
  readonly pageUrl: string;
  readonly onClose: () => void;
}

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * "퍼가기 / Embed": builds the paste-in snippet from the current filters,
 * previews the widget live and copies the code. A native modal <dialog>:
 * focus stays inside, Escape closes it, the opener gets focus back.
 */
export function EmbedDialog({ sky, region, coloring, pageUrl, onClose }: EmbedDialogProps) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<WidgetView>('ticker');
  const [copyStatus, setCopyStatus] = useState<'copied' | 'selected' | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const titleId = useId();
  const snippetId = useId();

  const options = { view, sky, region, lang, coloring };
  const snippet = buildSnippet(options, new URL('embed.js', pageUrl).href);
  const wid = `preview-${view}`;
  const previewUrl = widgetPageUrl(options, new URL('embed.html', pageUrl).href, wid);
  const previewHeight = usePreviewHeight(preview, wid, INITIAL_HEIGHTS[view]);

  useEffect(function openAsModal() {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  async function copy() {
    if (snippetField.current) setCopyStatus(await copyText(snippet, snippetField.current));
  }

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={titleId}>{t('embed.title')}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('embed.close')}
        </button>
      </div>
      <p className="embed-dialog-intro">{t('embed.intro')}</p>
      <fieldset className="embed-dialog-views">
        <legend>{t('embed.view')}</legend>
        {WIDGET_VIEWS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="embed-view"
              value={option}
              checked={view === option}
              onChange={() => {
                setView(option);
                setCopyStatus(null);
              }}
            />
            {t(`embed.view.${option}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={snippetId} className="embed-dialog-label">
        {t('embed.snippet')}
      </label>
      <textarea
        id={snippetId}
        ref={snippetField}
        className="embed-dialog-snippet"
        readOnly
        rows={3}
        value={snippet}
        spellCheck={false}
      />
      <div className="embed-dialog-actions">
        <button type="button" className="button button-primary" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <p role="status" className="embed-dialog-status">
          {copyStatus === 'copied' && t('embed.copied')}
          {copyStatus === 'selected' && t('embed.copyManually')}
        </p>
      </div>
      <h3 className="embed-dialog-label">{t('embed.preview')}</h3>
      <iframe
        key={previewUrl}
        ref={preview}
        className="embed-dialog-preview"
        data-view={view}
        src={previewUrl}
        title={t('embed.previewTitle')}
        sandbox={SANDBOX}
        style={{ height: `${previewHeight}px` }}
      />
    </dialog>
  );
}
