import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Cross-package tests that start no real-time agent, link or ROS graph and assert no timing: they run
// beside the packages' tests on both cores. Everything else in test/ runs alone.
const offline = [
  'test/dependency-rules.test.ts',
  'test/protocol-core-types.test.ts',
  'test/protocol-browser.test.ts',
  'test/sim-browser.test.ts',
  'test/core-browser-determinism.test.ts',
  'test/replay-damaged.test.ts',
  'test/replay-impaired.test.ts',
  'test/replay-import.test.ts',
  'test/replay-import-arms.test.ts',
  'test/import-bag-hands.test.ts',
  'test/import-recording-format.test.ts',
];

// Tests import workspace packages from source, so a test never runs against a stale dist/.
export default defineConfig({
  resolve: {
    alias: {
      '@farhand/protocol': src('./packages/protocol/src/index.ts'),
      '@farhand/latency-core': src('./packages/latency-core/src/index.ts'),
      '@farhand/sim': src('./sim/src/index.ts'),
      '@farhand/recording': src('./packages/recording/src/index.ts'),
      '@farhand/loop': src('./packages/loop/src/index.ts'),
      '@farhand/video/node': src('./packages/video/src/node.ts'),
      '@farhand/video': src('./packages/video/src/index.ts'),
      '@farhand/ros/sim-ros-cli': src('./packages/ros/src/sim-ros/sim-ros-cli.ts'),
      '@farhand/ros': src('./packages/ros/src/index.ts'),
      '@farhand/workbench': src('./packages/workbench/src/index.ts'),
      '@farhand/robot-agent': src('./packages/robot-agent/src/index.ts'),
      '@farhand/link-lab': src('./packages/link-lab/src/index.ts'),
    },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        // The packages' own tests share one process per worker (no per-file fork and module reload: ~0.6 s a
        // file here, a minute over the suite). They hold no global state between files and assert no
        // timing, so `npm test` runs them on both cores; the cross-package and system tests below keep
        // full isolation and run alone (one file at a time: their timing must not share the CPUs).
        extends: true,
        test: { name: 'packages', include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'sim/src/**/*.test.ts'], isolate: false },
      },
      { extends: true, test: { name: 'offline', include: offline } },
      // The agents the system tests start skip the loop's warm-up (~0.5 s a start, ~60 starts): what it
      // changes (nothing in a session or its recording) is test/agent-warmup.test.ts's, which sets it.
      { extends: true, test: { name: 'system', include: ['test/**/*.test.ts'], exclude: offline, env: { FARHAND_LOOP_WARMUP: '0' } } },
    ],
  },
});
