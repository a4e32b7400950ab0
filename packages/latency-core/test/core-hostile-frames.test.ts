// Issue 13, items 1 and 2: frames the playout will not play change no state, and one corrupt frame
// (seq 2^53-1, or frames stamped an hour ahead) cannot stop teleoperation: the core recovers by
// itself, with a reason code, without trusting the corrupt value and without a jump of the arm.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Harness } from '../src/testing/harness.js';
import { runScenario } from '../src/testing/scenario.js';
import { coreConfig } from '../src/config.js';
import type { ArrivedFrame, CoreOutput, MasterFrame, Pose } from '../src/types.js';
import { Prng } from '../src/testing/prng.js';

const MAX_SEQ = Number.MAX_SAFE_INTEGER; // 2^53 - 1

function shifted(f: MasterFrame, dx: number, extra: Partial<MasterFrame> = {}): MasterFrame {
  return { ...f, position: [f.position[0] + dx, f.position[1], f.position[2]], orientation: [...f.orientation], ...extra };
}

/** Engaged harness with a still hand; returns it after `warmS`. */
function engaged(o: { probes?: boolean } = {}): Harness {
  const h = new Harness({ delayS: 0.05, probeRateHz: o.probes === false ? 0 : 10 });
  h.run(3);
  h.command('ENGAGE');
  h.tick();
  expect(h.state).toBe('FOLLOWING');
  return h;
}

/** Runs a harness for s seconds, the hand moving slowly along x; returns the setpoints. */
function follow(h: Harness, s: number): Pose[] {
  const out: Pose[] = [];
  for (let i = 0; i < s * 1000; i++) {
    h.hand.position = [0.1 + 0.02 * Math.sin(i * 0.002), 0, 0.2];
    h.tick();
    out.push(h.last.setpoint_cp);
  }
  return out;
}

function maxDist(a: Pose[], b: Pose[]): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!.position, q = b[i]!.position;
    m = Math.max(m, Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
  }
  return m;
}

describe('issue 13.1: a frame the playout will not play changes no state', () => {
  it('a reused seq with a different pose neither becomes the jump reference nor makes the genuine frame refused', () => {
    // The attack of the issue: after each genuine frame (seq n, capture c), the same seq n again,
    // stamped 9 ms later, 15 mm away. Before the fix the jump detector took it as its reference, the
    // genuine n+1 was then refused as an impossible speed, and the next reused frame (n+1) played.
    const a = engaged();
    const b = engaged();
    // Sent just before the genuine n+1 (so its arrival is consistent with its stamp).
    let pending: MasterFrame | null = null;
    b.onArrive = (g: ArrivedFrame) => {
      const out = pending ? [{ ...g, frame: pending }, g] : [g];
      pending = shifted(g.frame, 0.015, { captureTimeNs: g.frame.captureTimeNs + 9e6 });
      return out;
    };
    const sa = follow(a, 3);
    const sb = follow(b, 3);
    expect(maxDist(sa, sb)).toBe(0);
    expect(b.last.link.framesRefusedJump).toBe(0);
    expect(b.last.link.framesDropped).toBeGreaterThan(250);
    expect(b.state).toBe('FOLLOWING');
  });

  it('duplicates, replays, stale seqs, seq 2^53-1 and future stamps leave the setpoints bit-identical', () => {
    const a = engaged();
    const b = engaged();
    const seen: MasterFrame[] = [];
    let k = 0;
    b.onArrive = (g) => {
      seen.push(g.frame);
      const old = seen[Math.max(0, seen.length - 20)]!;
      const f = g.frame;
      const kinds: MasterFrame[] = [
        shifted(f, 0.03), // duplicate seq and capture, another pose
        { ...old }, // replay of an old frame
        shifted(old, -0.02, { captureTimeNs: f.captureTimeNs + 3e6 }), // stale seq, fresh stamp
        shifted(f, 0.001, { seq: MAX_SEQ, captureTimeNs: f.captureTimeNs + 1e6 }), // maximal seq
        shifted(f, 0.05, { seq: f.seq + 1, captureTimeNs: f.captureTimeNs + 3600e9 }), // an hour ahead
        shifted(f, 0.05, { captureTimeNs: f.captureTimeNs + 3600e9 }), // reused seq, an hour ahead
      ];
      return [g, { ...g, frame: kinds[k++ % kinds.length]! }];
    };
    const sa = follow(a, 4);
    const sb = follow(b, 4);
    expect(maxDist(sa, sb)).toBe(0);
    expect(b.state).toBe('FOLLOWING');
    expect(b.last.link.lossRatio).toBe(a.last.link.lossRatio);
    expect(b.last.link.framesRefusedJump).toBe(0);
  });
});

describe('issue 13.2: one corrupt frame cannot stop teleoperation', () => {
  it('seq 2^53-1 mid-stream is refused as implausible; every later genuine frame plays', () => {
    const h = engaged();
    let sent = false;
    h.onArrive = (g) => (sent ? [g] : ((sent = true), [g, { ...g, frame: { ...g.frame, seq: MAX_SEQ, captureTimeNs: g.frame.captureTimeNs + 2e6 } }]));
    follow(h, 2);
    expect(h.state).toBe('FOLLOWING');
    expect(h.events.some((e) => e.code === 'FRAME_INVALID' && /seq 9007199254740991 is/.test(e.message))).toBe(true);
    expect(h.last.link.framesDropped).toBe(0);
  });

  it('three frames stamped an hour ahead are refused; following goes on (with probes and without)', () => {
    for (const probes of [true, false]) {
      const h = engaged({ probes });
      let n = 0;
      h.onArrive = (g) => (n++ < 3 ? [g, { ...g, frame: { ...g.frame, seq: g.frame.seq + 1, captureTimeNs: g.frame.captureTimeNs + 3600e9 } }] : [g]);
      follow(h, 2);
      expect(h.state, `probes ${probes}`).toBe('FOLLOWING');
      expect(h.hasEvent('CLOCK_STEP')).toBe(false);
      expect(h.events.filter((e) => e.code === 'FRAME_INVALID').length).toBeGreaterThan(0);
    }
  });

  it('a corrupt FIRST frame (seq 2^53-1) is recovered from: SEQ_STEP, then engage works', () => {
    const h = new Harness({ delayS: 0.05, probeRateHz: 10 });
    let first = true;
    h.onArrive = (g) => (first ? ((first = false), [{ ...g, frame: { ...g.frame, seq: MAX_SEQ, captureTimeNs: g.frame.captureTimeNs - 1e6 } }, g]) : [g]);
    h.run(3);
    expect(h.hasEvent('SEQ_STEP')).toBe(true);
    h.command('ENGAGE');
    h.tick();
    expect(h.state).toBe('FOLLOWING');
    follow(h, 1);
    expect(h.state).toBe('FOLLOWING');
  });

  it('a corrupt frame that got played (first frame, an hour ahead, no probes): CLOCK_STEP, hold, resume re-anchored, no jump', () => {
    const h = new Harness({ delayS: 0.05, probeRateHz: 0 });
    h.run(3);
    h.command('ENGAGE');
    h.tick();
    expect(h.state).toBe('FOLLOWING');
    // The link restarts (a reconnect: a new controller session), and its very first frame is corrupt.
    h.controller = 'surgeon2';
    h.sourceId = 'surgeon2';
    let first = true;
    h.onArrive = (g) => (first && g.sourceId === 'surgeon2' ? ((first = false), [{ ...g, frame: { ...g.frame, captureTimeNs: g.frame.captureTimeNs + 3600e9 } }]) : [g]);
    h.run(3);
    expect(h.hasEvent('CLOCK_STEP')).toBe(true);
    h.command('ENGAGE');
    h.tick();
    h.run(0.5);
    expect(h.state).toBe('FOLLOWING');
  });

  it('the corrupt value is never trusted: a step needs agreeing frames for 0.25 s with none accepted between', () => {
    const h = new Harness({ delayS: 0.05, probeRateHz: 0 });
    h.run(3);
    h.command('ENGAGE');
    h.tick();
    // For 1 s, every genuine frame is followed by one stamped an hour ahead with the next seq: they agree
    // among themselves, but genuine frames keep arriving, so they are never a step.
    h.onArrive = (g) => [g, { ...g, frame: { ...g.frame, seq: g.frame.seq + 1, captureTimeNs: g.frame.captureTimeNs + 3600e9 } }];
    const before = h.last.setpoint_cp;
    follow(h, 1);
    expect(h.hasEvent('CLOCK_STEP')).toBe(false);
    expect(h.state).toBe('FOLLOWING');
    expect(Math.abs(h.last.setpoint_cp.position[0] - before.position[0])).toBeLessThan(0.01);
  });

  it('a console whose seq really restarts mid-session: held on the stale link, SEQ_STEP, RESUMED without a jump', () => {
    const h = engaged();
    follow(h, 0.5);
    const at = h.last.setpoint_cp.position;
    h.seq = 5; // the console's counter restarts
    let maxStep = 0;
    let prev = h.last.setpoint_cp.position;
    const codes: string[] = [];
    for (let i = 0; i < 2000; i++) {
      h.tick();
      const p = h.last.setpoint_cp.position;
      maxStep = Math.max(maxStep, Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]));
      prev = p;
      for (const e of h.last.events) codes.push(e.code);
    }
    expect(codes).toContain('SEQ_STEP');
    expect(codes.indexOf('LINK_STALE')).toBeLessThan(codes.indexOf('SEQ_STEP'));
    expect(codes.indexOf('RESUMED')).toBeGreaterThan(codes.indexOf('SEQ_STEP'));
    expect(h.state).toBe('FOLLOWING');
    // Still hand: the tool stays where it was, and no tick moves it more than the speed limit allows.
    expect(Math.hypot(h.last.setpoint_cp.position[0] - at[0], h.last.setpoint_cp.position[1] - at[1])).toBeLessThan(1e-3);
    expect(maxStep).toBeLessThanOrEqual(0.25 * 0.001 + 1e-12);
  });
});

describe('issue 13.1 property: a hostile subset of frames never moves the setpoint', () => {
  it('duplicates, stale seqs, replays, seq 2^53-1, future stamps and other poses leave setpoints bit-identical to the legitimate frames alone', () => {
    const config = coreConfig({});
    const hand = (t: number) => ({
      position: [0.05 * Math.sin(0.7 * t), 0.03 * Math.sin(1.3 * t + 1), 0.2 + 0.02 * Math.sin(0.4 * t)] as [number, number, number],
      orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] as [number, number, number, number],
      grip: 0.3,
    });
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1e6 }),
          rate: fc.double({ min: 0.05, max: 1, noNaN: true }),
          probes: fc.boolean(),
          kinds: fc.subarray(['dup', 'stale', 'replay', 'maxseq', 'future', 'pose'] as const, { minLength: 1 }),
        }),
        ({ seed, rate, probes, kinds }) => {
          const run = (hostile: boolean): CoreOutput[] => {
            const outs: CoreOutput[] = [];
            const rng = new Prng(seed ^ 0x5a5a);
            const arrived = new Map<number, { frame: MasterFrame; atS: number }>();
            const history: MasterFrame[] = [];
            runScenario(
              {
                seed,
                durationS: 6,
                config,
                hand,
                initialTool: { position: [0, 0, -0.1135], orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] },
                up: { baseDelayS: 0.1, jitterS: 0.02, jitterModel: 'lognormal', loss: 0.02, burstLen: 3, duplicate: 0.01 },
                down: { baseDelayS: 0.1, jitterS: 0.02, jitterModel: 'lognormal' },
                probeRateHz: probes ? 10 : 0,
                commands: [{ atS: 2.5, type: 'ENGAGE' }],
                inject: hostile
                  ? (g, atS) => {
                      if (!arrived.has(g.seq)) arrived.set(g.seq, { frame: g, atS });
                      history.push(g);
                      if (atS < 0.5 || !rng.chance(rate)) return [];
                      const out: Array<{ atS: number; frame: MasterFrame }> = [];
                      const n = 1 + rng.int(0, 2);
                      for (let i = 0; i < n; i++) {
                        const kind = kinds[rng.int(0, kinds.length - 1)]!;
                        // Only frames that have arrived are reused (a frame filling a real gap with a
                        // believable pose cannot be told from the genuine sender).
                        const back = history[Math.max(0, history.length - 1 - rng.int(1, 40))]!;
                        const old = arrived.get(back.seq);
                        const when = Math.max(atS, old ? old.atS : atS) + rng.next() * 0.03;
                        const dx = (rng.next() - 0.5) * 0.06;
                        if (kind === 'dup') out.push({ atS: atS + rng.next() * 0.01, frame: shifted(g, dx) });
                        else if (kind === 'replay' && old) out.push({ atS: when, frame: { ...old.frame } });
                        else if (kind === 'stale' && old) out.push({ atS: when, frame: shifted(old.frame, dx, { captureTimeNs: old.frame.captureTimeNs + rng.int(1, 9) * 1e6 }) });
                        else if (kind === 'maxseq') out.push({ atS: atS + rng.next() * 0.01, frame: shifted(g, dx, { seq: MAX_SEQ, captureTimeNs: g.captureTimeNs + rng.int(-5, 9) * 1e6 }) });
                        else if (kind === 'future') out.push({ atS: atS + rng.next() * 0.01, frame: shifted(g, dx, { seq: g.seq + rng.int(0, 1), captureTimeNs: g.captureTimeNs + (1.5 + rng.next() * 3600) * 1e9 }) });
                        else if (kind === 'pose') out.push({ atS: atS + rng.next() * 0.01, frame: shifted(g, dx, { captureTimeNs: g.captureTimeNs + rng.int(1, 9) * 1e6 }) });
                      }
                      return out;
                    }
                  : undefined,
              },
              (r) => outs.push(r.output),
            );
            return outs;
          };
          const legit = run(false);
          const attacked = run(true);
          for (let i = 0; i < legit.length; i++) {
            const a = legit[i]!, b = attacked[i]!;
            if (a.state !== b.state || a.setpoint_cp.position.some((x, j) => x !== b.setpoint_cp.position[j]) || a.setpoint_cp.orientation.some((x, j) => x !== b.setpoint_cp.orientation[j])) {
              throw new Error(`tick ${i}: legit ${a.state} ${a.setpoint_cp.position.join(',')} vs attacked ${b.state} ${b.setpoint_cp.position.join(',')}; events ${b.events.map((e) => e.code).join(',')}`);
            }
          }
          expect(legit.some((o) => o.state === 'FOLLOWING')).toBe(true);
        },
      ),
      { numRuns: 16, seed: 1313 },
    );
  }, 120_000);
});
