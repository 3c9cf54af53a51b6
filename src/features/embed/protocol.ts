/**
 * The contract between the loader (`embed.js`, on the portal's page) and the
 * widget (`embed.html`, in the iframe): which data-* options travel in the
 * iframe URL, and the one message the widget may send. Both sides validate
 * with the same guard. This module imports nothing, so the loader stays a
 * tiny self-contained script.
 */

export const RESIZE_MESSAGE_TYPE = 'nalssi:resize';

/** The widget asks its parent to make its iframe this tall (CSS px). Carries no secrets. */
export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE_TYPE;
  /** The iframe's `wid` URL parameter, chosen by the loader. */
  readonly id: string;
  readonly height: number;
}

export const WIDGET_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** No widget is taller than this; a larger request is a bug or an attack, not a layout. */
export const MAX_WIDGET_HEIGHT = 4000;

/** Options a host element may carry as `data-*` attributes; the widget parses them. */
export const WIDGET_OPTION_KEYS = [
  'view',
  'sky',
  'stations',
  'region',
  'lang',
  'theme',
  'interval',
  'color',
] as const;
export type WidgetOptionKey = (typeof WIDGET_OPTION_KEYS)[number];

/** Iframe height before the widget has reported its own. */
export const INITIAL_HEIGHTS = { ticker: 40, card: 400, map: 400 } as const;

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const { type, id, height } = data as Record<string, unknown>;
  return (
    type === RESIZE_MESSAGE_TYPE &&
    typeof id === 'string' &&
    WIDGET_ID_PATTERN.test(id) &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height <= MAX_WIDGET_HEIGHT
  );
}

export function resizeMessage(id: string, height: number): ResizeMessage {
  return {
    type: RESIZE_MESSAGE_TYPE,
    id,
    height: Math.min(MAX_WIDGET_HEIGHT, Math.max(0, Math.ceil(height))),
  };
}
