// Determinism: the same 60 s input stream, run twice here and once in a fresh Node process, gives the
// same SHA-256 of every output (setpoints, states, reasons, link figures, events, acks).
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runDeterminism } from '../src/testing/determinism.js';

function hashRun() {
  const h = createHash('sha256');
  const s = runDeterminism((line) => h.update(line).update('\n'));
  return { sha256: h.digest('hex'), summary: s };
}

describe('determinism', () => {
  it('the same 60 s session gives the same SHA-256 twice and in a fresh process', async () => {
    const a = hashRun();
    const b = hashRun();
    console.log(`determinism: ${a.summary.ticks} ticks, ${(a.summary.following / 1000).toFixed(1)} s following, sha256 ${a.sha256}`);
    console.log(`determinism: transitions ${a.summary.transitions.join(' | ')}`);
    expect(b.sha256).toBe(a.sha256);
    // The session exercises what it should: following most of the time, a hold, a clutch, an e-stop.
    expect(a.summary.ticks).toBe(60000);
    expect(a.summary.following).toBeGreaterThan(35000);
    const text = a.summary.transitions.join(' ');
    for (const r of ['ENGAGED', 'CLUTCH_PRESSED', 'CLUTCH_RELEASED', 'LINK_STALE', 'RESUMED', 'OPERATOR_ABSENT', 'DISENGAGED', 'ESTOP', 'RESET']) expect(text).toContain(r);

    const dir = mkdtempSync(join(tmpdir(), 'farhand-core-det-'));
    try {
      const out = join(dir, 'child.mjs');
      await build({ entryPoints: [fileURLToPath(new URL('./determinism-child.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
      const r = spawnSync(process.execPath, [out], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      const child = JSON.parse(r.stdout.trim()) as { sha256: string; ticks: number };
      expect(child).toEqual({ sha256: a.sha256, ticks: 60000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
