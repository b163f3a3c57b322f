import { defineConfig } from 'vitest/config';

// The browser tests (headless Chromium): `npm run test:browser`, after `npm run build`. `npm test` leaves them out.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
