import './embed-dialog.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { Observation } from '../../domain/observation';
import { useI18n } from '../../i18n/i18n-context';
import { buildIframeSnippet, buildSnippet, WIDGET_SANDBOX, widgetPageUrl } from './build-snippet';
import { CodeField } from './code-field';
import {
  initialChoices,
  selectionOptions,
  type DashboardView,
  type EmbedChoices,
} from './embed-choices';
import { INITIAL_HEIGHTS } from './protocol';
import { StationChoice } from './station-choice';
import { usePreviewHeight } from './use-preview-height';
import { WidgetLookFields } from './widget-look-fields';
import { widgetTitle } from './widget-title';

interface EmbedDialogProps {
  /** Every station in the feed: for the picker and the title's names. */
  readonly stations: readonly Observation[];
  /** The dashboard's view when the dialog opened (the app passes it; the dialog reads no URL). */
  readonly dashboard: DashboardView;
  /** The dashboard page's URL: `embed.js` and `embed.html` are deployed beside it. */
  readonly pageUrl: string;
  readonly onClose: () => void;
}

/**
 * "퍼가기 / Embed": builds any widget — view, stations, region, sky,
 * language, theme, interval or map colours — previews it live and gives the
 * loader snippet and a plain iframe to copy. A native modal <dialog>: focus
 * stays inside, Escape closes it, the opener gets focus back.
 */
export function EmbedDialog({ stations, dashboard, pageUrl, onClose }: EmbedDialogProps) {
  const { t, lang } = useI18n();
  const [choices, setChoices] = useState<EmbedChoices>(() => initialChoices(dashboard, lang));
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const titleId = useId();

  const selection = selectionOptions(choices, dashboard);
  const options = selection.ok ? selection.options : null;
  const title = options
    ? widgetTitle(
        { stations: options.stations ?? [], region: options.region },
        stations,
        options.lang,
      )
    : null;
  const snippet =
    options && title ? buildSnippet(options, new URL('embed.js', pageUrl).href, title) : null;
  const embedPage = new URL('embed.html', pageUrl).href;
  const iframe = options && title ? buildIframeSnippet(options, embedPage, title) : null;
  const wid = `preview-${choices.view}`;
  const previewUrl = options ? widgetPageUrl(options, embedPage, wid) : null;
  const previewHeight = usePreviewHeight(preview, wid, INITIAL_HEIGHTS[choices.view]);

  useEffect(function openAsModal() {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const change = (changes: Partial<EmbedChoices>) =>
    setChoices((current) => ({ ...current, ...changes }));

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={titleId}>{t('embed.title')}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('embed.close')}
        </button>
      </div>
      <p className="embed-dialog-intro">{t('embed.intro')}</p>
      <div className="embed-dialog-body">
        <div className="embed-dialog-choices">
          <StationChoice
            stations={stations}
            dashboard={dashboard}
            choices={choices}
            selection={selection}
            onChange={change}
          />
          <WidgetLookFields choices={choices} onChange={change} />
        </div>
        <div className="embed-dialog-result">
          {title && <p className="embed-dialog-title">{t('embed.widgetTitle', { title })}</p>}
          <CodeField label={t('embed.snippet')} copyLabel={t('embed.copy')} code={snippet} />
          <CodeField label={t('embed.iframe')} copyLabel={t('embed.copyIframe')} code={iframe} />
          <h3 className="embed-dialog-label">{t('embed.preview')}</h3>
          {previewUrl && title && (
            <iframe
              key={previewUrl}
              ref={preview}
              className="embed-dialog-preview"
              data-view={choices.view}
              src={previewUrl}
              title={t('embed.previewTitle', { title })}
              sandbox={WIDGET_SANDBOX}
              style={{ height: `${previewHeight}px` }}
            />
          )}
        </div>
      </div>
    </dialog>
  );
}
