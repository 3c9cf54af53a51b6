/**
 * embed.js — the one line a portal pastes:
 *   <div data-nalssi-widget data-view="ticker"></div>
 *   <script async src="https://HOST/embed.js"></script>
 *
 * Built as a self-contained classic script (an IIFE, no imports; see
 * vite-plugins/vite-plugin-embed-loader.ts). It turns every `[data-nalssi-widget]`
 * element, now and later, into an iframe of the widget page next to this
 * script, and sizes each iframe from its widget's resize messages — only
 * messages from the widget's origin, from one of our iframes, of the one
 * known shape. It builds DOM with createElement/setAttribute only, injects
 * no stylesheet, and defines a single global: `window.Nalssi`.
 */
import { INITIAL_HEIGHTS, WIDGET_OPTION_KEYS, isResizeMessage } from '../protocol';

interface NalssiGlobal {
  /** Mount widgets under `root` that are not mounted yet (the observer usually does this). */
  readonly scan: (root?: ParentNode) => void;
  readonly version: 1;
}

declare global {
  interface Window {
    Nalssi?: NalssiGlobal;
  }
}

const SELECTOR = '[data-nalssi-widget]';
const MOUNTED = 'data-nalssi-mounted';
const MAX_OPTION_LENGTH = 1000;
const DEFAULT_TITLES = { ko: '날씨 위젯 — 관측소 날씨', en: 'Nalssi weather widget' } as const;
/** Scripts and same-origin fetches for the widget; popups that leave the sandbox for the dashboard. */
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

function initialHeight(view: string | null): number {
  return view === 'card' || view === 'map' ? INITIAL_HEIGHTS[view] : INITIAL_HEIGHTS.ticker;
}

function startLoader(scriptSrc: string): NalssiGlobal {
  const widgetPage = new URL('embed.html', scriptSrc);
  const widgetOrigin = widgetPage.origin;
  /** Live iframes by id; detached ones are forgotten and remembered again if re-attached. */
  const frames = new Map<string, HTMLIFrameElement>();
  const frameIds = new WeakMap<HTMLIFrameElement, string>();
  let mountedCount = 0;

  function createFrame(host: Element): HTMLIFrameElement {
    mountedCount += 1;
    const id = `nalssi-${mountedCount}`;
    const params = new URLSearchParams();
    for (const key of WIDGET_OPTION_KEYS) {
      const value = host.getAttribute(`data-${key}`);
      if (value !== null) params.set(key, value.slice(0, MAX_OPTION_LENGTH));
    }
    params.set('wid', id);
    const src = new URL(widgetPage.href);
    src.search = params.toString();

    const iframe = document.createElement('iframe');
    iframe.setAttribute('src', src.href);
    iframe.setAttribute(
      'title',
      host.getAttribute('data-title') ?? DEFAULT_TITLES[params.get('lang') === 'en' ? 'en' : 'ko'],
    );
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('sandbox', SANDBOX);
    iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    // The iframe's own box, through the CSSOM (allowed under a strict style-src too).
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.height = `${initialHeight(params.get('view'))}px`;
    iframe.style.border = '0';
    frames.set(id, iframe);
    frameIds.set(iframe, id);
    return iframe;
  }

  function mount(host: Element) {
    if (host.hasAttribute(MOUNTED)) {
      rememberFrame(host.firstElementChild);
      return;
    }
    host.setAttribute(MOUNTED, '');
    host.replaceChildren(createFrame(host));
  }

  function scan(root: ParentNode = document) {
    if (root instanceof Element && root.matches(SELECTOR)) mount(root);
    root.querySelectorAll(SELECTOR).forEach(mount);
  }

  function resizeFromMessage(event: MessageEvent) {
    if (event.origin !== widgetOrigin || !isResizeMessage(event.data)) return;
    const iframe = frames.get(event.data.id);
    if (!iframe || event.source === null || iframe.contentWindow !== event.source) return;
    iframe.style.height = `${event.data.height}px`;
  }

  function rememberFrame(element: Element | null) {
    const id = element instanceof HTMLIFrameElement ? frameIds.get(element) : undefined;
    if (id !== undefined) frames.set(id, element as HTMLIFrameElement);
  }

  function forgetDetachedFrames() {
    for (const [id, iframe] of frames) if (!iframe.isConnected) frames.delete(id);
  }

  function followDomChanges(records: MutationRecord[]) {
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length > 0) removed = true;
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) scan(node);
      });
    }
    if (removed) forgetDetachedFrames();
  }

  window.addEventListener('message', resizeFromMessage);
  new MutationObserver(followDomChanges).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  scan();
  return Object.freeze({ scan, version: 1 as const });
}

// Read while this script runs: `currentScript` is null in any later callback.
const script = document.currentScript;
if (window.Nalssi) {
  // Pasted twice: one loader is enough.
  window.Nalssi.scan();
} else if (script instanceof HTMLScriptElement && script.src) {
  window.Nalssi = startLoader(script.src);
} else {
  console.warn('[nalssi] embed.js must be included with <script src="…/embed.js">.');
}
