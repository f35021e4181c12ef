import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundledPlanPlugin } from './modules/bundled-plan';

// Two projects: unit tests in Node with happy-dom, and end-to-end tests that drive the real
// Chromium and Firefox with the built extension (one browser at a time: these machines have
// two cores).
export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts its final "N passed, N failed" line from.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        // The build's plan of the bundled packs, as the extension's contexts import it.
        plugins: [WxtVitest(), preact(), bundledPlanPlugin(new URL('./data/packs', import.meta.url).pathname)],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
