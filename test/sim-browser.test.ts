// @farhand/sim must run in the browser (the console draws the arm with the same kinematics, and a
// replay may run there): bundle its entry for the browser, run it in a realm with no Node globals and
// in headless Chromium, and require the same numbers as Node, bit for bit: kinematics, and a seeded
// simulated-arm session with noise and an injected fault.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchBrowser, type TestBrowser } from './helpers-browser.js';
import * as sim from '@farhand/sim';

const entry = fileURLToPath(new URL('../sim/src/index.ts', import.meta.url));
const coreEntry = fileURLToPath(new URL('../packages/latency-core/src/index.ts', import.meta.url));

/**
 * The same workload in Node and in the browser; returns plain data (JSON-safe, doubles exact).
 * joint: a servo_jp session read in joint space only: pure arithmetic, must be bit-identical in every
 * engine. cartesian: kinematics and a servo_cp session, which go through Math.sin/cos/atan2/asin: V8
 * versions differ in their last bit (Node 20 vs Chromium 156 differ on ~3-18% of inputs), so these
 * agree to rounding, not to the bit, across engines.
 */
async function workload(s: typeof sim): Promise<{ joint: unknown; cartesian: unknown }> {
  const start = async () => {
    const arm = new s.SimulatedPsm({ seed: 99, tool: 'LND420006' });
    await arm.configure();
    await arm.enable();
    await arm.home();
    return arm;
  };
  const jp = await start();
  const joint: unknown[] = [];
  for (let t = 0; t < 400; t++) {
    const nowNs = 5e9 + t * 1e6 + (t % 7) * 31;
    const r = jp.read(nowNs);
    joint.push([r.measured_js, r.jaw_measured_rad, r.operating_state, r.fault ?? '']);
    const u = (t % 200) / 200 - 0.5; // triangle-ish ramps, no trig
    jp.write({ kind: 'servo_jp', q: [0.2 * u, 0.1 * u, 0.12 + 0.02 * u, 0.5 * u, 0.3 * u, -0.3 * u], jaw_rad: 0.3 }, nowNs);
    if (t === 150) jp.injectFault({ kind: 'encoder_glitch', joint: 4, magnitudeRad: 0.05 }, nowNs + 3e6);
    if (t === 300) jp.injectFault({ kind: 'power_loss' });
  }
  joint.push(jp.trueJoints());

  const psm = s.createPsm({ tool: 'LND420006' });
  const q = [0.31, -0.22, 0.13, 1.7, 0.4, -0.6];
  const fk = psm.forwardKinematics(q);
  const ik = psm.inverseKinematicsDetailed({ position: [0.3, 0.05, -0.02], orientation: s.rotationToQuat(fk.rotation) }, { seed: q });
  const cp = await start();
  const readings: unknown[] = [];
  for (let t = 0; t < 300; t++) {
    const nowNs = 5e9 + t * 1e6;
    readings.push(cp.read(nowNs));
    const u = 0.5 * Math.sin(t / 200);
    const p = psm.forwardKinematics([0.2 * u, 0.1 * u, 0.12 + 0.02 * u, u, 0.3 * u, -0.3 * u]);
    cp.write({ kind: 'servo_cp', pose: { position: p.position, orientation: s.rotationToQuat(p.rotation) }, jaw_rad: 0.3 }, nowNs);
  }
  return { joint, cartesian: { fk, ik, readings, truth: cp.trueJoints() } };
}

/** Path and values of the first difference between two JSON values (numbers within tol), '' when none. */
function firstDifference(a: unknown, b: unknown, tol = 0, path = '$'): string {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  if (a !== null && typeof a === 'object') {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol, `${path}.${k}`);
      if (d) return d;
    }
    return '';
  }
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= tol) return '';
  return Object.is(a, b) ? '' : `${path}: ${String(a)} vs ${String(b)}`;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'farhandSim',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    alias: { '@farhand/latency-core': coreEntry },
    metafile: true,
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((p) => p.startsWith('node:') || p.includes('node_modules'))).toEqual([]);
  return result.outputFiles[0]!.text;
}

describe('@farhand/sim in the browser', () => {
  let code = '';
  let expected: { joint: unknown; cartesian: unknown };
  beforeAll(async () => {
    code = await bundle();
    expected = JSON.parse(JSON.stringify(await workload(sim))) as typeof expected;
  });

  it('runs without Node globals and gives the same numbers as Node, bit for bit (same engine)', async () => {
    const sandbox: Record<string, unknown> = {};
    runInNewContext(`${code}\n;globalThis.farhandSim = farhandSim;`, sandbox);
    const s = sandbox['farhandSim'] as typeof sim;
    expect(JSON.stringify(await workload(s))).toBe(JSON.stringify(expected));
  });

  describe.skipIf(!existsSync(CHROMIUM))('in headless Chromium', () => {
    let browser: TestBrowser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('in a page: joint-space physics bit for bit as in Node; Cartesian values to rounding', async () => {
      const page = await browser.context.newPage();
      await page.addScriptTag({ content: code });
      const got = JSON.parse((await page.evaluate(`(${workload.toString()})(farhandSim).then((r) => JSON.stringify(r))`)) as string) as typeof expected;
      await page.close();
      expect(firstDifference(got.joint, expected.joint)).toBe('');
      expect(firstDifference(got.cartesian, expected.cartesian, 1e-12)).toBe('');
    });
  });
});
