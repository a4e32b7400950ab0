import { describe, expect, it } from 'vitest';
import { ClockSync, FrameClock, probeMeasurement } from './clock-sync.js';
import { Prng } from './testing/prng.js';
import type { ClockSample } from './types.js';

/** Probes between an agent clock (ns) and a console clock c = c0 + a (1 + drift). */
function probes(opts: { n: number; periodS: number; offsetS: number; driftPpm: number; up: () => number; down: () => number; agentOriginated?: (i: number) => boolean }) {
  const a0 = 7 * 3600e9; // agent up for 7 h
  const c0 = a0 - opts.offsetS * 1e9;
  const rho = opts.driftPpm * 1e-6;
  const c = (a: number) => c0 + (a - a0) * (1 + rho);
  const trueOffset = (a: number) => a - c(a);
  const out: Array<{ s: ClockSample; at: number }> = [];
  for (let i = 0; i < opts.n; i++) {
    const t = a0 + i * opts.periodS * 1e9;
    const d1 = opts.down() * 1e9;
    const d2 = opts.up() * 1e9;
    if (opts.agentOriginated?.(i) ?? true) {
      out.push({ at: t + d1 + d2 + 1e5, s: { sourceId: 'x', agentOriginated: true, t0Ns: t, t1Ns: c(t + d1), t2Ns: c(t + d1 + 1e5), t3Ns: t + d1 + d2 + 1e5 } });
    } else {
      // console-originated: console sends at agent time t, agent answers after d2 (up), reply takes d1 (down)
      out.push({ at: t + d2, s: { sourceId: 'x', agentOriginated: false, t0Ns: c(t), t1Ns: t + d2, t2Ns: t + d2 + 1e5, t3Ns: c(t + d2 + 1e5 + d1) } });
    }
  }
  return { out, trueOffset, a0 };
}

describe('probe quadruples', () => {
  it('offset and rtt in both directions', () => {
    // console = agent - 100 s; 10 ms each way, 0.1 ms processing
    const a = probeMeasurement({ sourceId: 'x', agentOriginated: true, t0Ns: 1000e9, t1Ns: 900.01e9, t2Ns: 900.0101e9, t3Ns: 1000.0201e9 })!;
    expect(a.offsetNs).toBeCloseTo(100e9, 0);
    expect(a.rttNs).toBeCloseTo(20e6, 0);
    const b = probeMeasurement({ sourceId: 'x', agentOriginated: false, t0Ns: 900e9, t1Ns: 1000.01e9, t2Ns: 1000.0101e9, t3Ns: 900.0201e9 })!;
    expect(b.offsetNs).toBeCloseTo(100e9, 0);
    expect(b.rttNs).toBeCloseTo(20e6, 0);
    expect(probeMeasurement({ sourceId: 'x', agentOriginated: true, t0Ns: 5, t1Ns: 1, t2Ns: 0, t3Ns: 9 })).toBeNull();
    expect(probeMeasurement({ sourceId: 'x', agentOriginated: true, t0Ns: NaN, t1Ns: 1, t2Ns: 2, t3Ns: 9 })).toBeNull();
  });
});

describe('ClockSync', () => {
  for (const driftPpm of [-200, 0, 200]) {
    for (const offsetS of [-5 * 3600, 3 * 3600 + 0.123456]) {
      it(`tracks an offset of ${offsetS} s with drift ${driftPpm} ppm`, () => {
        const rng = new Prng(42);
        const jitter = () => 0.02 + rng.next() * rng.next() * 0.03; // 20 ms floor, skewed jitter
        const { out, trueOffset } = probes({ n: 600, periodS: 0.1, offsetS, driftPpm, up: jitter, down: jitter, agentOriginated: (i) => i % 3 !== 0 });
        const cs = new ClockSync();
        let worst = 0;
        for (const [i, p] of out.entries()) {
          expect(cs.addSample(p.s)).toBe('accepted');
          if (i >= 200) worst = Math.max(worst, Math.abs(cs.offsetNs(p.at) - trueOffset(p.at)));
        }
        const end = out[out.length - 1]!.at;
        console.log(`clock sync: offset ${offsetS} s, drift ${driftPpm} ppm: worst error ${(worst / 1e6).toFixed(3)} ms from 20 s on, drift estimate ${cs.driftPpm.toFixed(1)} ppm, uncertainty ${(cs.uncertaintyS(end) * 1e3).toFixed(2)} ms`);
        expect(worst).toBeLessThan(0.5e6); // < 0.5 ms from 20 s on (0.11-0.12 ms measured)
        expect(cs.driftPpm).toBeGreaterThan(-driftPpm - 5); // agent - console drifts by -drift
        expect(cs.driftPpm).toBeLessThan(-driftPpm + 5);
        expect(cs.synced(end)).toBe(true);
        expect(cs.rttS).toBeGreaterThan(0.04);
        expect(cs.rttS).toBeLessThan(0.05);
        // The uncertainty is an honest bound: it covers the actual error.
        expect(cs.uncertaintyS(end) * 1e9).toBeGreaterThan(Math.abs(cs.offsetNs(end) - trueOffset(end)));
        // Conversions both ways.
        const c = end - trueOffset(end);
        expect(Math.abs(cs.toAgentNs(c) - end)).toBeLessThan(1.5e6);
        expect(Math.abs(cs.toConsoleNs(end) - c)).toBeLessThan(1.5e6);
      });
    }
  }

  it('is not fooled by asymmetric spikes (one direction only)', () => {
    const rng = new Prng(7);
    const up = () => 0.03 + rng.next() * 0.002 + (rng.chance(0.3) ? 0.05 + rng.next() * 0.3 : 0); // spikes up to 350 ms on the uplink
    const down = () => 0.03 + rng.next() * 0.002;
    const { out, trueOffset } = probes({ n: 400, periodS: 0.1, offsetS: 1234.5, driftPpm: 50, up, down });
    const cs = new ClockSync();
    let worst = 0;
    for (const [i, p] of out.entries()) {
      cs.addSample(p.s);
      if (i >= 30) worst = Math.max(worst, Math.abs(cs.offsetNs(p.at) - trueOffset(p.at)));
    }
    console.log(`clock sync with asymmetric spikes: worst error ${(worst / 1e6).toFixed(3)} ms`);
    // A naive mean of offsets would be off by ~30 ms (0.3 * 175 ms / 2).
    expect(worst).toBeLessThan(1e6); // 0.31 ms measured
  });

  it('refuses malformed and too slow probes, and detects a console clock step', () => {
    const cs = new ClockSync({ maxRttS: 1 });
    expect(cs.addSample({ sourceId: 'x', agentOriginated: true, t0Ns: 0, t1Ns: 0, t2Ns: 0, t3Ns: 2e9 })).toBe('invalid');
    expect(cs.addSample({ sourceId: 'x', agentOriginated: true, t0Ns: 10, t1Ns: 0, t2Ns: 0, t3Ns: 5 })).toBe('invalid');
    expect(cs.invalidSamples).toBe(2);
    const rng = new Prng(3);
    const d = () => 0.01 + rng.next() * 0.001;
    const { out } = probes({ n: 100, periodS: 0.1, offsetS: 10, driftPpm: 0, up: d, down: d });
    for (const p of out) cs.addSample(p.s);
    const before = cs.offsetNs(out[99]!.at);
    // The console clock jumps 2 s ahead: its samples no longer fit within their own rtt/2.
    const step = (i: number) => {
      const p = out[i]!.s;
      return { ...p, t0Ns: p.t0Ns + 10e9, t3Ns: p.t3Ns + 10e9, t1Ns: p.t1Ns + 12e9, t2Ns: p.t2Ns + 12e9 };
    };
    expect(cs.addSample(step(0))).toBe('inconsistent');
    expect(cs.addSample(step(1))).toBe('inconsistent');
    expect(cs.addSample(step(2))).toBe('step');
    expect(cs.steps).toBe(1);
    expect(cs.offsetNs(out[2]!.at + 10e9) - before).toBeCloseTo(-2e9, -6);
  });

  it('is not synced before enough probes, nor once they stop', () => {
    const cs = new ClockSync({ minProbes: 3, syncTimeoutS: 5 });
    const { out } = probes({ n: 3, periodS: 0.1, offsetS: 1, driftPpm: 0, up: () => 0.01, down: () => 0.01 });
    cs.addSample(out[0]!.s);
    expect(cs.synced(out[0]!.at)).toBe(false);
    expect(cs.wasEverSynced).toBe(false);
    cs.addSample(out[1]!.s);
    cs.addSample(out[2]!.s);
    expect(cs.synced(out[2]!.at)).toBe(true);
    expect(cs.synced(out[2]!.at + 6e9)).toBe(false);
    expect(cs.wasEverSynced).toBe(true);
  });
});

/** What the core does with one frame: judge, then add it (accepted) or note it (refused as ahead). */
function feed(fc: FrameClock, recv: number, capture: number): 'ok' | 'ahead' | 'step' {
  if (fc.judge(recv, capture) === 'ok') {
    fc.add(recv, capture);
    return 'ok';
  }
  return fc.noteAhead(recv, capture) ? 'step' : 'ahead';
}

describe('FrameClock (client that never answers probes)', () => {
  it('finds offset + minimum delay from arrivals, with drift, under jitter', () => {
    const fc = new FrameClock({ bucketS: 1, buckets: 16, stepToleranceS: 0.002 });
    const rng = new Prng(9);
    const a0 = 2 * 3600e9;
    const offset = 4000e9;
    const rho = 150e-6;
    let worst = 0;
    for (let i = 0; i < 3000; i++) {
      const capture = 1e9 + i * 10e6; // console clock, 100 Hz
      const agentCapture = a0 + (capture - 1e9) / (1 + rho) + offset;
      const delay = 0.04e9 + rng.next() * rng.next() * 0.05e9;
      const recv = agentCapture + delay;
      feed(fc, recv, capture);
      const trueBase = agentCapture + 0.04e9 - capture; // offset + min delay at this time
      if (i > 500) worst = Math.max(worst, Math.abs(fc.offsetNs(recv) - trueBase));
    }
    expect(worst).toBeLessThan(1e6);
    expect(fc.driftPpm).toBeCloseTo(-150, -1);
    expect(fc.steps).toBe(0);
  });

  it('detects a console clock step from arrivals (after two buckets of history) and restarts', () => {
    const fc = new FrameClock({ bucketS: 1, buckets: 16, stepToleranceS: 0.002 });
    const rng = new Prng(4);
    // The first frames queued (400 ms), later ones did not (100 ms): a lower minimum, not a step.
    for (let i = 0; i < 100; i++) expect(feed(fc, i * 10e6 + (i < 20 ? 0.4e9 : 0.1e9), i * 10e6)).toBe('ok');
    for (let i = 100; i < 500; i++) feed(fc, i * 10e6 + 0.1e9 + rng.next() * 0.02e9, i * 10e6);
    expect(fc.steps).toBe(0);
    expect(fc.offsetNs(5e9)).toBeCloseTo(0.1e9, -6);
    // The console clock jumps 1 s ahead: receive - capture drops by 1 s. Believed only after the
    // frames that say so have kept coming, agreeing, for 0.25 s with none on the old line.
    const r = [];
    for (let i = 500; i < 530; i++) r.push(feed(fc, i * 10e6 + 0.1e9, i * 10e6 + 1e9));
    expect(r.indexOf('step')).toBe(25);
    expect(r.slice(0, 25).every((x) => x === 'ahead')).toBe(true);
    expect(fc.steps).toBe(1);
    expect(fc.offsetNs(5.3e9)).toBeCloseTo(0.1e9 - 1e9, -6);
  });

  it('three frames stamped an hour ahead are refused and are not a step; genuine frames keep playing (issue 13)', () => {
    const fc = new FrameClock({ bucketS: 1, buckets: 16, stepToleranceS: 0.002 });
    for (let i = 0; i < 300; i++) feed(fc, i * 10e6 + 0.1e9, i * 10e6);
    const before = fc.offsetNs(3e9);
    // Three corrupt frames in a row, then the genuine stream goes on.
    for (let k = 0; k < 3; k++) expect(feed(fc, 3e9 + k * 1e6, 3e9 + 3600e9 + k * 1e6)).toBe('ahead');
    for (let i = 300; i < 400; i++) expect(feed(fc, i * 10e6 + 0.1e9, i * 10e6)).toBe('ok');
    expect(fc.steps).toBe(0);
    expect(fc.offsetNs(3e9)).toBeCloseTo(before, -3);
    // Even a corrupt frame every 10 ms for a second, interleaved with genuine ones, is never believed.
    for (let i = 400; i < 500; i++) {
      expect(feed(fc, i * 10e6 + 0.1e9 + 5e6, i * 10e6 + 3600e9)).toBe('ahead');
      expect(feed(fc, i * 10e6 + 0.1e9, i * 10e6)).toBe('ok');
    }
    expect(fc.steps).toBe(0);
  });
});
