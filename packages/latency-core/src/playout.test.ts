import { describe, expect, it } from 'vitest';
import { Playout, type PlayoutOptions } from './playout.js';
import type { MasterFrame } from './types.js';

const OPT: PlayoutOptions = {
  slewUpPerS: 0.1,
  slewDownPerS: 0.02,
  maxGapS: 0.25,
  recoveryS: 0.05,
  horizonS: 0.1,
  velocityBaseS: 0.02,
  staleLinkTimeoutS: 0.1,
  maxHandSpeedMps: 2,
  maxHandAngularSpeedRadps: 25,
};
const MS = 1e6;

function frame(seq: number, tMs: number, x = tMs * 1e-3): MasterFrame {
  return { armId: 0, seq, captureTimeNs: tMs * MS, position: [x, 0, 0], orientation: [0, 0, 0, 1], grip: 0, clutch: false, operatorPresent: true };
}

describe('Playout', () => {
  it('plays capture + P, interpolating between frames', () => {
    const p = new Playout(OPT);
    for (let i = 0; i < 10; i++) expect(p.ingest(frame(i, i * 10), i * 10 * MS + 30 * MS, false)).toBe('buffered');
    p.updateOffset(50 * MS, 0, true);
    const s = p.sample(50 * MS + 25 * MS); // cPlay = 25 ms
    expect(s.pose!.position[0]).toBeCloseTo(0.025, 12);
    expect(s.seq).toBe(2);
    expect(s.predicted).toBe(false);
    expect(s.consoleTimeNs).toBe(25 * MS);
  });

  it('drops duplicates and frames older than what was played; counts late ones', () => {
    const p = new Playout(OPT);
    p.ingest(frame(0, 0), 0, false);
    p.ingest(frame(1, 10), 0, false);
    expect(p.ingest(frame(1, 10), 0, false)).toBe('duplicate');
    p.ingest(frame(3, 30), 0, false);
    expect(p.ingest(frame(2, 20), 0, false)).toBe('buffered'); // reordered but still in time
    p.updateOffset(0, 0, true);
    p.sample(15 * MS); // plays up to seq 1
    expect(p.ingest(frame(1, 10), 0, false)).toBe('duplicate');
    expect(p.ingest(frame(0, 0), 0, false)).toBe('stale');
    expect(p.ingest({ ...frame(7, 20), seq: 7 }, 0, false)).toBe('stale'); // seq inconsistent with capture order
    p.sample(40 * MS);
    // Arrives after its playout time, but newer than the played frame: late, becomes the base of extrapolation.
    expect(p.ingest(frame(4, 35), 0, false)).toBe('late');
    expect(p.lastPlayed!.seq).toBe(4);
  });

  it('moves P at most at the slew rates while driving, and jumps while free', () => {
    const p = new Playout(OPT);
    p.updateOffset(100 * MS, 1 * MS, false);
    expect(p.offsetNs).toBe(100 * MS);
    p.updateOffset(200 * MS, 1 * MS, false);
    expect(p.offsetNs).toBeCloseTo(100 * MS + 0.1 * MS, 3);
    p.updateOffset(0, 1 * MS, false);
    expect(p.offsetNs).toBeCloseTo(100 * MS + 0.1 * MS - 0.02 * MS, 3);
    p.updateOffset(300 * MS, 1 * MS, true);
    expect(p.offsetNs).toBe(300 * MS);
    p.updateOffset(NaN, 1 * MS, false);
    expect(p.offsetNs).toBe(300 * MS);
  });

  it('the playout point never goes back, even when P grows', () => {
    const p = new Playout(OPT);
    for (let i = 0; i < 50; i++) p.ingest(frame(i, i * 10), 0, false);
    p.updateOffset(0, 0, true);
    const a = p.sample(200 * MS);
    p.updateOffset(100 * MS, 0, true);
    const b = p.sample(201 * MS);
    expect(b.consoleTimeNs).toBe(a.consoleTimeNs);
  });

  it('extrapolates with decaying velocity, then reports a stale link', () => {
    const p = new Playout(OPT);
    for (let i = 0; i <= 10; i++) p.ingest(frame(i, i * 10, i * 0.005), 0, false); // 0.5 m/s
    p.updateOffset(0, 0, true);
    const at = (ms: number) => p.sample(ms * MS);
    expect(at(100).predicted).toBe(false);
    const a = at(150);
    expect(a.predicted).toBe(true);
    expect(a.aheadS).toBeCloseTo(0.05, 9);
    expect(a.pose!.position[0]).toBeCloseTo(0.05 + 0.5 * (0.05 - 0.0025 / 0.2), 9);
    expect(a.stale).toBe(false);
    const b = at(201);
    expect(b.stale).toBe(true);
    expect(b.pose!.position[0]).toBeCloseTo(0.05 + 0.5 * 0.05, 9);
  });

  it('does not bridge a gap longer than maxGapS, and blends back after extrapolating', () => {
    const p = new Playout(OPT);
    for (let i = 0; i <= 10; i++) p.ingest(frame(i, i * 10, i * 0.005), 0, false);
    p.ingest(frame(11, 500, 0.3), 0, false); // 400 ms gap
    p.updateOffset(0, 0, true);
    p.sample(100 * MS);
    const s = p.sample(160 * MS);
    expect(s.predicted).toBe(true);
    // A frame arrives in time for 170 ms: the output moves on smoothly, not in a step.
    const q = new Playout(OPT);
    for (let i = 0; i <= 10; i++) q.ingest(frame(i, i * 10, i * 0.005), 0, false);
    q.updateOffset(0, 0, true);
    let prev = q.sample(100 * MS).pose!.position[0];
    let worst = 0;
    for (let ms = 101; ms < 300; ms++) {
      if (ms === 160) for (let i = 16; i < 40; i++) q.ingest(frame(i, i * 10, i * 0.005 + 0.004), 0, false); // 4 mm off the prediction
      const x = q.sample(ms * MS).pose!.position[0];
      worst = Math.max(worst, Math.abs(x - prev));
      prev = x;
    }
    expect(worst).toBeLessThan(0.0008); // 0.5 mm/ms of motion + the 13 mm (4 mm + decayed prediction) blended over 50 ms
  });

  it('a discontinuity frame clears what was waiting and is flagged when played', () => {
    const p = new Playout(OPT);
    p.ingest(frame(0, 0), 0, false);
    p.ingest(frame(1, 10), 0, false);
    p.ingest(frame(2, 20, 1), 0, true);
    expect(p.buffered).toBe(1);
    p.updateOffset(0, 0, true);
    const s = p.sample(25 * MS);
    expect(s.discontinuity).toBe(true);
    expect(p.sample(26 * MS).discontinuity).toBe(false);
  });
});
