// Vitest setup: unit tests with WXT's fake browser, and end-to-end tests in the system Chromium, one file at a time.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          setupFiles: ['tests/setup-nlp.ts'],
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          testTimeout: 20000,
        },
      },
      {
        test: {
          name: 'e2e',
          setupFiles: ['tests/setup-nlp.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60000,
          hookTimeout: 90000,
        },
      },
    ],
  },
});
