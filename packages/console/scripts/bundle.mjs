#!/usr/bin/env node
// Bundles the two pages the agent serves into dist/web: console.html, monitor.html and
// assets/{console,monitor}.{js,css} (+ source maps). Self-contained: three.js, uPlot and our packages are
// inlined, nothing is fetched from a CDN (consoles run on hospital networks and offline labs). Names are
// stable (no hashes): the agent serves /assets/* from this folder and the pages are versioned with it.
// Workspace packages resolve through their "source" export condition, so the pages are built from the
// same sources the tests run, independent of the order tsc emits dist/.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(pkg, '../..');

/**
 * Our own packages have no import-time side effects the pages rely on, but they do build zod schemas
 * at module level (agent config, core config), which a bundler must otherwise keep. Declaring their
 * modules side-effect free lets esbuild drop every module the pages do not use: ~450 kB of zod and
 * config code that a browser never runs.
 */
const workspaceSideEffectFree = {
  name: 'farhand-side-effect-free',
  setup(b) {
    const ours = (path) =>
      [join(workspace, 'packages/protocol/src'), join(workspace, 'packages/latency-core/src'), join(workspace, 'sim/src')].some((d) => path.startsWith(d + '/'));
    b.onResolve({ filter: /^(@farhand\/|\.)/ }, async (args) => {
      if (args.pluginData === 'inner') return undefined;
      if (!args.path.startsWith('@farhand/') && !ours(args.importer)) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
      if (r.errors.length > 0) return { errors: r.errors };
      return ours(r.path) ? { ...r, sideEffects: false } : r;
    });
  },
};
const out = join(pkg, 'dist/web');
const assets = join(out, 'assets');

export async function bundle({ quiet = false } = {}) {
  const t0 = performance.now();
  mkdirSync(assets, { recursive: true });
  // JS and CSS in parallel: esbuild works off the main thread, and the two share nothing.
  const [result, css] = await Promise.all([
    build({
    absWorkingDir: pkg,
    entryPoints: {
      console: 'src/pages/console.ts',
      monitor: 'src/pages/monitor.ts',
    },
    outdir: assets,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome111', 'firefox115', 'safari16.4', 'edge111'],
    conditions: ['source'],
    minify: true,
    // Maps are written but not referenced: browsers fetch none unless someone adds one in DevTools.
    sourcemap: 'external',
    legalComments: 'linked',
    metafile: true,
    plugins: [workspaceSideEffectFree],
    logLevel: quiet ? 'silent' : 'warning',
  }),
    build({
    absWorkingDir: pkg,
    entryPoints: { console: 'web/console.css', monitor: 'web/monitor.css' },
    outdir: assets,
    bundle: true,
    minify: true,
    metafile: true,
    logLevel: quiet ? 'silent' : 'warning',
  }),
  ]);
  for (const page of ['console.html', 'monitor.html']) copyFileSync(join(pkg, 'web', page), join(out, page));
  const sizes = {};
  for (const m of [result.metafile, css.metafile]) {
    for (const [file, info] of Object.entries(m.outputs)) if (!file.endsWith('.map') && !file.endsWith('.txt')) sizes[file.replace(/^.*dist\/web\//, '')] = info.bytes;
  }
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ files: sizes }, null, 2) + '\n');
  const ms = performance.now() - t0;
  if (!quiet) {
    const list = Object.entries(sizes).map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} kB`).join(', ');
    process.stdout.write(`console: bundled pages in ${ms.toFixed(0)} ms (${list})\n`);
  }
  return { ms, sizes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundle({ quiet: process.argv.includes('--quiet') });
}
