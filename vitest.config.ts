// Vitest setup: unit tests with WXT's fake browser, then end-to-end tests in the system Chromium, two files at a time.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const e2e = {
  setupFiles: ['tests/setup-nlp.ts'],
  globalSetup: ['tests/e2e/harness/global-setup.ts'],
  testTimeout: 60000,
  hookTimeout: 90000,
};

export default defineConfig({
  test: {
    // End-to-end files mostly wait on the browser, so two run side by side on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          setupFiles: ['tests/setup-nlp.ts'],
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          testTimeout: 20000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...e2e,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/team-settings.test.ts'],
          fileParallelism: true,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...e2e,
          // Enterprise policies are written where every Chromium on the machine reads them: nothing else may run meanwhile.
          name: 'e2e-policy',
          include: ['tests/e2e/team-settings.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
