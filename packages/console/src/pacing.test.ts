import { describe, expect, it } from 'vitest';
import { DEFAULT_PACER, FramePacer, pacerFor } from './pacing.js';

/** Drives a pacer with a timer of `tickMs` for `durationMs`; returns send times. */
function simulate(p: FramePacer, tickMs: number, durationMs: number, present: (t: number) => boolean, moved: (t: number) => boolean = () => false): number[] {
  const sent: number[] = [];
  for (let t = 0; t <= durationMs; t += tickMs) {
    const pr = present(t);
    if (p.decide(t, pr, false, moved(t)) !== null) {
      p.sent(t, pr, false);
      sent.push(t);
    }
  }
  return sent;
}

describe('FramePacer', () => {
  it('keeps at least 100 Hz while present with a coarse 4 ms timer (cadence keeps its phase)', () => {
    const sent = simulate(new FramePacer(), 4, 10_000, () => true);
    const rate = (sent.length - 1) / ((sent.at(-1)! - sent[0]!) / 1000);
    expect(rate).toBeGreaterThanOrEqual(100);
    expect(rate).toBeCloseTo(125, 0);
    const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(DEFAULT_PACER.presentPeriodMs + 4);
  });

  it('holds the mean rate with an irregular 5 ms timer', () => {
    const sent = simulate(new FramePacer(), 5, 10_000, () => true);
    const rate = (sent.length - 1) / ((sent.at(-1)! - sent[0]!) / 1000);
    expect(rate).toBeGreaterThan(120);
    expect(rate).toBeLessThan(130);
  });

  it('sends at the device rate when the hand moves, capped by minInterval', () => {
    // 1 kHz pointer updates, all moving.
    const sent = simulate(new FramePacer(), 1, 1000, () => true, () => true);
    expect(sent.length).toBeGreaterThanOrEqual(450);
    expect(sent.length).toBeLessThanOrEqual(501);
    const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DEFAULT_PACER.minIntervalMs);
  });

  it('does not send device-rate frames for motion while nobody is present', () => {
    const sent = simulate(new FramePacer(), 1, 1000, () => false, () => true);
    expect(sent.length).toBeGreaterThanOrEqual(19);
    expect(sent.length).toBeLessThanOrEqual(21);
  });

  it('sends a presence change at once, even inside minInterval', () => {
    const p = new FramePacer();
    expect(p.decide(0, true, false, false)).toBe('flags');
    p.sent(0, true, false);
    expect(p.decide(0.5, false, false, false)).toBe('flags');
    p.sent(0.5, false, false);
    expect(p.decide(0.6, false, true, false)).toBe('flags');
  });

  it('holds the mean rate when the page delays its timer by up to two periods', () => {
    // Ticks every 4 ms, but every third tick arrives 12 ms late (a busy page).
    const p = new FramePacer();
    const sent: number[] = [];
    let t = 0;
    for (let k = 0; k < 3000; k++) {
      t += k % 3 === 2 ? 16 : 4;
      if (p.decide(t, true, false, false) !== null) {
        p.sent(t, true, false);
        sent.push(t);
      }
    }
    const rate = (sent.length - 1) / ((sent.at(-1)! - sent[0]!) / 1000);
    expect(rate).toBeGreaterThan(120);
    const gaps = sent.slice(1).map((x, i) => x - sent[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DEFAULT_PACER.minIntervalMs);
  });

  it('restarts the cadence after a stall instead of bursting', () => {
    const p = new FramePacer();
    p.sent(0, true, true);
    // Tab stalled for 1 s.
    expect(p.decide(1000, true, true, false)).toBe('cadence');
    p.sent(1000, true, true);
    expect(p.decide(1004, true, true, false)).toBeNull();
    expect(p.decide(1008, true, true, false)).toBe('cadence');
  });

  it('respects the agent flood limit', () => {
    const o = pacerFor(200);
    expect(o.minIntervalMs).toBeCloseTo(6.25, 6);
    expect(o.presentPeriodMs).toBeCloseTo(8, 6);
    const slow = pacerFor(50);
    expect(slow.presentPeriodMs).toBe(25);
    expect(pacerFor(undefined)).toEqual(DEFAULT_PACER);
    expect(pacerFor(NaN)).toEqual(DEFAULT_PACER);
    expect(pacerFor(-5)).toEqual(DEFAULT_PACER);
  });
});
