import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests import workspace packages from source, so a test never runs against a stale dist/.
export default defineConfig({
  resolve: {
    alias: {
      '@farhand/protocol': src('./packages/protocol/src/index.ts'),
      '@farhand/latency-core': src('./packages/latency-core/src/index.ts'),
      '@farhand/sim': src('./sim/src/index.ts'),
      '@farhand/link-lab': src('./packages/link-lab/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'sim/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
