// The core's promise: the same inputs give bit-identical outputs in Node and in the browser. The 60 s
// determinism session (impaired link, clock offset and drift, outage, clutch, e-stop...) runs here in
// Node and inside headless Chromium (a different V8 build), and the SHA-256 of every output line must
// be the same. This is what lets the console's predictive display and a replay in a page agree with the
// agent to the bit.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { runDeterminism } from '../packages/latency-core/src/testing/determinism.js';
import { launchBrowser, type TestBrowser } from './helpers-browser.js';

describe('latency-core is bit-identical in Node and in Chromium', () => {
  let browser: TestBrowser;
  let script: string;
  const dir = mkdtempSync(join(tmpdir(), 'farhand-det-'));

  beforeAll(async () => {
    const entry = join(dir, 'entry.ts');
    const src = fileURLToPath(new URL('../packages/latency-core/src/testing/determinism.js', import.meta.url)).replace(/\.js$/, '.ts');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(entry, `import { runDeterminism } from ${JSON.stringify(src)};\n(globalThis as any).farhandDeterminism = () => { const lines: string[] = []; const s = runDeterminism((l) => lines.push(l)); return { text: lines.join('\\n'), ticks: s.ticks }; };\n`);
    await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', outfile: join(dir, 'det.js'), logLevel: 'error' });
    script = readFileSync(join(dir, 'det.js'), 'utf8');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the 60 s session hashes the same in both engines', async () => {
    const node = createHash('sha256');
    const lines: string[] = [];
    const s = runDeterminism((l) => lines.push(l));
    node.update(lines.join('\n'));

    const page = await browser.context.newPage();
    await page.addScriptTag({ content: script });
    const res = (await page.evaluate('globalThis.farhandDeterminism()')) as { text: string; ticks: number };
    await page.close();
    const inBrowser = createHash('sha256').update(res.text).digest('hex');
    const inNode = node.digest('hex');
    console.log(`core determinism: ${s.ticks} ticks; node ${process.version} sha256 ${inNode}; chromium sha256 ${inBrowser}`);
    expect(res.ticks).toBe(s.ticks);
    if (inBrowser !== inNode) {
      const b = res.text.split('\n');
      const first = lines.findIndex((l, i) => l !== b[i]);
      throw new Error(`first differing output line ${first}:\n node:     ${lines[first]}\n chromium: ${b[first]}`);
    }
    expect(inBrowser).toBe(inNode);
  }, 180_000);
});
