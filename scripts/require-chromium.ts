// Stops `npm test` before the build when no browser can run the end-to-end tests.
import { findChromium, INSTALL_HINT } from './lib/find-chromium.ts';

const path = findChromium();
if (!path) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Chromium: ${path}`);
