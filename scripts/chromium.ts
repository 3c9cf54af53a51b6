/**
 * How every tool here starts Chromium: Debian's build (or CHROMIUM_PATH),
 * headless, with the switches that stop it from reaching for the network
 * (without them it stalls on a closed network). Used by the Playwright
 * config, the bench and the screenshot scripts.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
