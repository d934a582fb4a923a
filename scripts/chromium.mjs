// Debian's Chromium and the flags every headless run here uses (e2e tests, bench,
// screenshot). Without the background-networking ones Chromium floods a closed
// network with refused connections (and the privacy test would see them).
// tests/webdriver.json carries the same flags for wasm-bindgen-test.
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
