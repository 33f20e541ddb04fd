import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A CLI test runs a dozen processes, each loading the CLI (~0.7 s here, more on a busy CI machine).
    testTimeout: 60_000,
  },
});
