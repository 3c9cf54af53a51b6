import { el, setChildren } from './dom';
import type { WidgetText } from './widget-messages';

export interface StatusOptions {
  readonly t: WidgetText;
  /** The feed's address, shown when it fails so the portal's editor can check it. */
  readonly feedUrl: string;
  readonly onRetry: () => void;
}

export interface FeedStatus {
  /** The first load failed: say so, with the feed's address and a retry button. */
  failed(): void;
  destroy(): void;
}

/**
 * What the widget shows before it has any data: "loading", then, if the
 * feed fails, a clear error. Retrying keeps the same button (and its focus)
 * and changes the message, which the alert region announces.
 */
export function mountFeedStatus(
  root: HTMLElement,
  { t, feedUrl, onRetry }: StatusOptions,
): FeedStatus {
  const address = new URL(feedUrl, window.location.href).href;
  const message = el('p', { class: 'embed-error-message', role: 'alert' });
  const retry = el('button', { type: 'button', class: 'embed-retry' }, [t('retry')]);
  const error = el('div', { class: 'embed-error' }, [
    message,
    el('p', { class: 'embed-error-url' }, [
      `${t('feedUrl')} `,
      el('code', { title: address }, [address]),
    ]),
    retry,
  ]);
  const status = el('div', { class: 'embed-state' }, [
    el('p', { class: 'embed-status', role: 'status' }, [t('loading')]),
  ]);

  retry.addEventListener('click', function retryLoading() {
    message.textContent = t('loading');
    onRetry();
  });

  root.append(status);
  return {
    failed() {
      if (!error.isConnected) setChildren(status, [error]);
      message.textContent = t('error');
    },
    destroy() {
      status.remove();
    },
  };
}
