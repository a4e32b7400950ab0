// latency-core: cost of one control step at 1 kHz with motion frames arriving at 100-1000 Hz over an
// impaired link (p50, p99, max), heap growth over 1e6 steps, and the quality figures on the real
// dVRK recording (playout RMS error, setpoint jerk vs a naive newest-frame receiver).
// Design target: p99 under 20 us, no heap growth. Imports the BUILT package (packages/latency-core/dist).
// Baseline (same run): a naive receiver step (apply the newest frame's mapped pose, nothing else).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TeleopCore, coreConfig } from '../packages/latency-core/dist/index.js';
import { LinkModel } from '../packages/latency-core/dist/testing/link-model.js';
import { randomHand, parsePoseCsv } from '../packages/latency-core/dist/testing/motion.js';
import { measureQuality } from '../packages/latency-core/dist/testing/quality.js';
import { runIfMain } from './table.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const hr = () => process.hrtime.bigint();
const HOME = { position: [0, 0, -0.1135], orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] };
const LINK = { baseDelayS: 0.1, jitterS: 0.02, loss: 0.02, burstLen: 2, duplicate: 0.005 };

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * A closed-loop session generated on the fly (nothing precomputed, so memory stays flat): hand ->
 * frames over LINK -> core.step at 1 kHz -> ideal arm. onStep(k, ns) gets each step's cost.
 */
function session({ frameRateHz, steps, seed, step, onStep, bridge }) {
  const config = coreConfig(bridge ? { mapping: { tremor: { bridge } } } : {});
  const agent0 = 4 * 3600e9;
  const console0 = 1.5e9;
  const hand = randomHand(seed, { origin: [0.1, 0, 0.2], orientation: HOME.orientation, amplitudeM: 0.15, rotationRad: 0.3, maxHz: 1, tremorM: 0.0003, startS: 1.5 });
  const up = new LinkModel(LINK, seed * 3 + 1);
  const down = new LinkModel(LINK, seed * 3 + 2);
  let measured = HOME;
  let jaw = 0;
  const arm = (t) => ({ timeNs: agent0 + t * 1e9, ageNs: 0, measured_js: [0, 0, 0.12, 0, 0, 0], measured_cp: measured, jaw_measured_rad: jaw, operating_state: 'ENABLED', is_homed: true, is_busy: false });
  const core = step === 'core' ? new TeleopCore(config, { nowNs: agent0, arm: arm(0) }) : null;
  // Pending arrivals: a small queue of [atS, payload], generated one frame / probe ahead.
  const pending = [];
  let nextFrame = 0;
  let seq = 0;
  let nextProbe = 0;
  let newest = null;
  let cmdId = 1;
  for (let k = 1; k <= steps; k++) {
    const t = k / 1000;
    while (nextFrame <= t + 0.5) {
      const h = hand(nextFrame);
      const frame = { armId: 0, seq: seq++, captureTimeNs: console0 + nextFrame * 1e9, position: h.position, orientation: h.orientation, grip: h.grip, clutch: false, operatorPresent: true };
      for (const at of up.transmit(nextFrame)) pending.push([at, { frame, receiveTimeNs: agent0 + at * 1e9, sourceId: 's' }]);
      nextFrame += 1 / frameRateHz;
    }
    while (nextProbe <= t + 0.5) {
      const there = down.transmit(nextProbe)[0];
      const back = there === undefined ? undefined : up.transmit(there + 1e-4)[0];
      if (back !== undefined) {
        pending.push([back, { sample: { sourceId: 's', agentOriginated: true, t0Ns: agent0 + nextProbe * 1e9, t1Ns: console0 + there * 1e9, t2Ns: console0 + (there + 1e-4) * 1e9, t3Ns: agent0 + back * 1e9 } }]);
      }
      nextProbe += 0.1;
    }
    const frames = [];
    const samples = [];
    for (let i = 0; i < pending.length; ) {
      if (pending[i][0] <= t) {
        const p = pending[i][1];
        if (p.frame) frames.push(p);
        else samples.push(p.sample);
        pending[i] = pending[pending.length - 1];
        pending.pop();
      } else i++;
    }
    frames.sort((a, b) => a.receiveTimeNs - b.receiveTimeNs);
    const commands = k === 1000 ? [{ id: cmdId++, sourceId: 's', type: 'ENGAGE' }] : [];
    const input = { nowNs: agent0 + t * 1e9, frames, clockSamples: samples, commands, controllerId: 's', arm: arm(t) };
    let out;
    const a = hr();
    if (core) {
      out = core.step(input);
    } else {
      // Naive receiver: the newest frame's pose mapped with the scale; no buffer, no limits.
      for (const f of frames) if (!newest || f.frame.seq > newest.seq) newest = f.frame;
      const m = newest ? newest.position : [0.1, 0, 0.2];
      out = { command: { kind: 'servo_cp', pose: { position: [HOME.position[0] + 0.2 * (m[0] - 0.1), HOME.position[1] + 0.2 * m[1], HOME.position[2] + 0.2 * (m[2] - 0.2)], orientation: newest ? newest.orientation : HOME.orientation }, jaw_rad: 0 } };
    }
    const ns = Number(hr() - a);
    measured = out.command.pose;
    jaw = out.command.jaw_rad;
    onStep(k, ns, out);
  }
}

function stepCost(frameRateHz, step, steps = 120_000, warm = 20_000, bridge = undefined) {
  const t = new Float64Array(steps - warm);
  let following = 0;
  session({
    frameRateHz,
    steps,
    seed: 7,
    step,
    bridge,
    onStep: (k, ns, out) => {
      if (k > warm) t[k - warm - 1] = ns;
      if (out.state === 'FOLLOWING') following++;
    },
  });
  t.sort();
  return { p50: pct(t, 0.5) / 1e3, p99: pct(t, 0.99) / 1e3, p999: pct(t, 0.999) / 1e3, max: t[t.length - 1] / 1e3, following: following / steps };
}

function heapChild(steps) {
  const mb = () => process.memoryUsage().heapUsed / 1048576;
  let at1e5 = 0;
  session({
    frameRateHz: 100,
    steps,
    seed: 11,
    step: 'core',
    onStep: (k) => {
      if (k === 100_000) {
        globalThis.gc();
        at1e5 = mb();
      }
    },
  });
  globalThis.gc();
  return { heapAt1e5Mb: at1e5, heapAtEndMb: mb() };
}

function heapGrowth(steps) {
  if (typeof globalThis.gc === 'function') return heapChild(steps);
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--heap', String(steps)], { encoding: 'utf8', timeout: 900_000 });
  if (r.status !== 0) throw new Error(`heap child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

export default async function run() {
  const load = os.loadavg()[0];
  const rows = [];
  for (const hz of [100, 250, 500, 1000]) {
    const base = stepCost(hz, 'naive', 60_000, 10_000);
    const c = stepCost(hz, 'core');
    rows.push({
      case: `step, frames at ${hz} Hz`,
      'p50 us': c.p50,
      'p99 us': c.p99,
      'p99.9 us': c.p999,
      'max us': c.max,
      'naive p50 us': base.p50,
      'naive p99 us': base.p99,
      'p99 / naive p99': c.p99 / base.p99,
      following: `${(c.following * 100).toFixed(0)} %`,
    });
  }
  // The tremor filter's bridges (mapping.tremor.bridge) at 100 Hz frames, against the same run's naive step.
  for (const bridge of ['input', 'output']) {
    const base = stepCost(100, 'naive', 60_000, 10_000);
    const c = stepCost(100, 'core', 120_000, 20_000, bridge);
    rows.push({ case: `step, frames at 100 Hz, bridge '${bridge}'`, 'p50 us': c.p50, 'p99 us': c.p99, 'p99.9 us': c.p999, 'max us': c.max, 'naive p50 us': base.p50, 'naive p99 us': base.p99, 'p99 / naive p99': c.p99 / base.p99, following: `${(c.following * 100).toFixed(0)} %` });
  }
  const heap = heapGrowth(1_000_000);
  rows.push({ case: 'heap over 1e6 steps (100 Hz frames)', 'heap at 1e5 MB': heap.heapAt1e5Mb, 'heap at 1e6 MB': heap.heapAtEndMb, 'growth MB': heap.heapAtEndMb - heap.heapAt1e5Mb });
  const tr = parsePoseCsv(readFileSync(`${here}../packages/latency-core/test/fixtures/dvrk-psm2-traj01-setpoint-rcm.csv`, 'utf8'));
  for (const tremor of [true, false]) {
    const q = measureQuality(tr, { seed: 1, tremor });
    rows.push({
      case: `dVRK traj01, 100+-20 ms, 2 % loss, tremor filter ${tremor ? 'on' : 'off'}`,
      'playout RMS tool mm': q.playoutRmsToolMm,
      'playout RMS master mm': q.playoutRmsMasterMm,
      'setpoint RMS mm': q.setpointRmsMm,
      'jerk RMS m/s3': q.jerkRmsMps3,
      'naive jerk RMS m/s3': q.baselineJerkRmsMps3,
      'jerk / naive': q.jerkRmsMps3 / q.baselineJerkRmsMps3,
    });
  }
  return {
    title: 'latency-core: step cost at 1 kHz, heap, quality on real dVRK motion',
    rows,
    notes: [
      'Step cost: 120k steps (first 20k discarded), link 100 +- 20 ms, 2 % loss in bursts, 0.5 % duplicates, probes at 10 Hz; target p99 < 20 us.',
      "Rows without a bridge run the default (mapping.tremor.bridge 'tremor-model').",
      'Naive baseline: apply the newest frame (by seq) mapped with the scale; no buffer, filter, supervisor or limits.',
      `Max is the machine, not the step: a young-generation GC or a preemption lands in some step (load average ${load.toFixed(2)} on ${os.cpus().length} CPUs at the start).`,
      'Heap: heapUsed after a forced GC at step 1e5 and at step 1e6 (flat = no growth).',
      'Quality: played master pose vs the true hand pose delayed by the reported playout delay (includes the clock-offset error); "tool" = scaled by 0.2.',
    ],
  };
}

if (process.argv[2] === '--heap') {
  process.stdout.write(`${JSON.stringify(heapChild(Number(process.argv[3])))}\n`);
} else {
  await runIfMain(import.meta.url, run);
}
