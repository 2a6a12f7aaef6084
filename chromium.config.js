// Debian's Chromium, as every tool here launches it (tests, story tests, screenshots, benchmark).
// CHROMIUM_PATH overrides the binary. Nothing downloads a browser.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a sandboxed, offline machine: no GPU, no background traffic, no shared memory. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
