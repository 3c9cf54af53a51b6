/**
 * The strict Content-Security-Policy the build runs under, and a watcher for
 * violations. One text for both servers the tests use: csp.spec.ts sends it
 * from the Node server, nginx.spec.ts checks that deploy/nginx sends exactly it.
 */
import type { Page } from '@playwright/test';

/**
 * The hash that allows the dashboard's one inline script (its early requests),
 * and nothing else inline. tests/build-output/critical-preloads.test.ts checks
 * it against the build.
 */
export const EARLY_REQUESTS_HASH = "'sha256-3JnV8JhcvXsXxSktJFM7srXkrIh1MZoQLCklmmnzkrw='";

/** No 'unsafe-inline' anywhere: styles are set through CSSOM. Keep in step with deploy/nginx/nalssi/csp.conf. */
const BASE_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${EARLY_REQUESTS_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

export const DASHBOARD_POLICY = [...BASE_POLICY, "frame-ancestors 'none'"].join('; ');

/** The widget: only the listed sources may frame it. */
export const embedPolicy = (...frameAncestors: readonly string[]) =>
  [...BASE_POLICY, `frame-ancestors ${frameAncestors.join(' ')}`].join('; ');

/**
 * Collect violations from the first script on, in the page and every frame
 * it embeds, and Chromium's own CSP console errors (the only trace of a
 * refused frame-ancestors check).
 */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return async () => {
    const perFrame = await Promise.all(
      page
        .frames()
        .map((frame) =>
          frame
            .evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? [])
            .catch(() => [`could not read violations in ${frame.url()}`]),
        ),
    );
    return [...perFrame.flat(), ...console];
  };
}
