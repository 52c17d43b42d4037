import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/meili-live/**/*.test.ts'],
    // The build test runs a whole Astro build from fixtures.
    testTimeout: 120_000,
  },
});
