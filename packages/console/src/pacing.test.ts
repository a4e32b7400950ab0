import { describe, expect, it } from 'vitest';
import { JumpDetector } from '@farhand/latency-core';
import { DEFAULT_PACER, FramePacer, backlogBytesFor, pacerFor, pacerWithRate, type SendReason } from './pacing.js';
import { StillClaim } from './input/still-claim.js';
import { VirtualHand } from './input/hand.js';
import { emptyContribution } from './input/source.js';

/** Drives a pacer with a timer of `tickMs` for `durationMs`; returns send times. */
function simulate(p: FramePacer, tickMs: number, durationMs: number, inControl: (t: number) => boolean, present: (t: number) => boolean = () => true): number[] {
  const sent: number[] = [];
  for (let t = 0; t <= durationMs; t += tickMs) {
    const c = inControl(t);
    const pr = present(t);
    const r = p.decide(t, c, pr, false);
    if (r !== null) {
      p.sent(t, r, c, pr, false);
      sent.push(t);
    }
  }
  return sent;
}

const rateOf = (sent: number[]): number => (sent.length - 1) / ((sent.at(-1)! - sent[0]!) / 1000);
const gapsOf = (sent: number[]): number[] => sent.slice(1).map((t, i) => t - sent[i]!);

describe('FramePacer', () => {
  it('keeps a steady 125 Hz while in control with a coarse 4 ms timer (cadence keeps its phase)', () => {
    const sent = simulate(new FramePacer(), 4, 10_000, () => true);
    expect(rateOf(sent)).toBeGreaterThanOrEqual(100);
    expect(rateOf(sent)).toBeCloseTo(125, 0);
    expect(Math.max(...gapsOf(sent))).toBeLessThanOrEqual(DEFAULT_PACER.periodMs + 4);
  });

  it('holds the steady rate whether or not the dead-man is held (a still hand is sent as still)', () => {
    const sent = simulate(new FramePacer(), 4, 10_000, () => true, (t) => Math.floor(t / 700) % 2 === 0);
    // 14 presence changes add one immediate frame each; the cadence itself never slows.
    expect(rateOf(sent)).toBeGreaterThan(124);
    expect(rateOf(sent)).toBeLessThan(128);
    expect(Math.max(...gapsOf(sent))).toBeLessThanOrEqual(DEFAULT_PACER.periodMs + 4);
  });

  it('holds the mean rate with an irregular 5 ms timer', () => {
    const rate = rateOf(simulate(new FramePacer(), 5, 10_000, () => true));
    expect(rate).toBeGreaterThan(120);
    expect(rate).toBeLessThan(130);
  });

  it('sends slowly (20 Hz) without control, and at the steady rate at once when control comes', () => {
    const p = new FramePacer();
    const sent = simulate(p, 1, 2000, (t) => t >= 1000);
    expect(sent.filter((t) => t < 1000).length).toBeGreaterThanOrEqual(19);
    expect(sent.filter((t) => t < 1000).length).toBeLessThanOrEqual(21);
    expect(sent).toContain(1000);
    expect(sent.filter((t) => t >= 1000).length).toBeGreaterThanOrEqual(124);
  });

  it('sends a flag change at once, even inside minInterval, without moving the cadence', () => {
    const p = new FramePacer();
    expect(p.decide(0, true, false, false)).toBe('cadence');
    p.sent(0, 'cadence', true, false, false);
    expect(p.decide(0.5, true, true, false)).toBe('flags');
    p.sent(0.5, 'flags', true, true, false);
    expect(p.decide(0.6, true, true, true)).toBe('flags');
    p.sent(0.6, 'flags', true, true, true);
    expect(p.decide(4, true, true, true)).toBeNull();
    expect(p.decide(8, true, true, true)).toBe('cadence');
  });

  it('holds the mean rate when the page delays its timer by up to two periods', () => {
    // Ticks every 4 ms, but every third tick arrives 12 ms late (a busy page).
    const p = new FramePacer();
    const sent: number[] = [];
    let t = 0;
    for (let k = 0; k < 3000; k++) {
      t += k % 3 === 2 ? 16 : 4;
      const r = p.decide(t, true, true, false);
      if (r !== null) {
        p.sent(t, r, true, true, false);
        sent.push(t);
      }
    }
    expect(rateOf(sent)).toBeGreaterThan(120);
    expect(Math.min(...gapsOf(sent))).toBeGreaterThanOrEqual(DEFAULT_PACER.minIntervalMs);
  });

  it('keeps 125 Hz on average through 30 ms busy moments 12 times a second (a software-rendered view)', () => {
    const p = new FramePacer();
    const sent: number[] = [];
    // Ticks every 4 ms, except the main thread is busy 30 ms out of every 80: ticks queued during it
    // all run at its end (same instant).
    for (let t = 0; t <= 10_000; t += 4) {
      const inBusy = t % 80 < 30;
      const at = inBusy ? t - (t % 80) + 30 : t;
      const r = p.decide(at, true, true, false);
      if (r !== null) {
        p.sent(at, r, true, true, false);
        sent.push(at);
      }
    }
    expect(sent.length / 10).toBeGreaterThan(120);
    expect(Math.min(...gapsOf(sent))).toBeGreaterThanOrEqual(DEFAULT_PACER.minIntervalMs);
  });

  it('restarts the cadence after a stall instead of bursting', () => {
    const p = new FramePacer();
    p.sent(0, 'cadence', true, true, true);
    // Tab stalled for 1 s.
    expect(p.decide(1000, true, true, true)).toBe('cadence');
    p.sent(1000, 'cadence', true, true, true);
    expect(p.decide(1004, true, true, true)).toBeNull();
    expect(p.decide(1008, true, true, true)).toBe('cadence');
  });

  it('respects the agent flood limit', () => {
    const o = pacerFor(200);
    expect(o.minIntervalMs).toBeCloseTo(6.25, 6);
    expect(o.periodMs).toBeCloseTo(8, 6);
    const slow = pacerFor(50);
    expect(slow.periodMs).toBe(25);
    expect(pacerFor(undefined)).toEqual(DEFAULT_PACER);
    expect(pacerFor(NaN)).toEqual(DEFAULT_PACER);
    expect(pacerFor(-5)).toEqual(DEFAULT_PACER);
    // A configured rate within the limit stays; above 80 % of the limit it is capped.
    expect(pacerFor(1000, { ...DEFAULT_PACER, periodMs: 4 }).periodMs).toBe(4);
    expect(pacerFor(250, { ...DEFAULT_PACER, periodMs: 4 }).periodMs).toBe(5);
  });

  it('caps the socket backlog at half the agent flood burst (5 to 50 frames)', () => {
    expect(backlogBytesFor(1000, 70)).toBe(50 * 70);
    expect(backlogBytesFor(200, 70)).toBe(10 * 70);
    expect(backlogBytesFor(50, 70)).toBe(5 * 70);
    expect(backlogBytesFor(100_000, 70)).toBe(50 * 70);
    expect(backlogBytesFor(undefined, 70)).toBe(50 * 70);
    expect(backlogBytesFor(NaN, 0)).toBe(50);
  });

  it('takes a configured steady rate from 100 to 500 Hz and says what is accepted otherwise', () => {
    const ok = pacerWithRate(200);
    expect(ok.ok && ok.options.periodMs).toBe(5);
    for (const bad of [99, 501, NaN, Infinity, -1]) {
      const r = pacerWithRate(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/expected a number from 100 to 500 \(Hz\)/);
    }
  });
});

describe('StillClaim', () => {
  it('claims "now" once the pointer is quiet, nothing beyond a first sample, and holds back for fast motion', () => {
    const c = new StillClaim({ claimSpeedMps: 1, claimAngularSpeedRadps: 12.5, quietMs: 25 });
    expect(c.untilMs(100)).toBe(100);
    c.sample(100, [0, 0, 0], [0, 0, 0, 1]);
    expect(c.untilMs(104)).toBe(100); // one sample: its interval is unknown
    // Slow: 0.1 mm in 10 ms (10 mm/s): hold back 0.1 ms.
    c.sample(110, [0.0001, 0, 0], [0, 0, 0, 1]);
    expect(c.untilMs(114)).toBe(114);
    expect(c.untilMs(119.95)).toBeCloseTo(119.9, 9);
    // Fast: 8 mm in 10 ms (0.8 m/s): the claim stays 8 ms back from the next expected sample.
    c.sample(120, [0.0081, 0, 0], [0, 0, 0, 1]);
    expect(c.untilMs(125)).toBeCloseTo(122, 9);
    expect(c.untilMs(144.9)).toBeCloseTo(122, 9);
    expect(c.untilMs(145)).toBe(145); // quiet for 25 ms: the hand stopped
    c.reset();
    expect(c.untilMs(146)).toBe(146);
  });
});

describe('steady frames during a slow pointer (44 Hz events, as a busy page delivers them)', () => {
  /**
   * The console's loop in miniature: a 4 ms ticker, pointer events folded into the hand with their own
   * timestamps, repeats claiming as far as StillClaim allows, frames at the pacer's steady rate, each
   * judged by the agent's own jump detector (2 m/s, 25 rad/s).
   */
  function run(pxPerEvent: number, eventEveryMs: number, mPerPx = 0.25e-3) {
    const hand = new VirtualHand();
    const claim = new StillClaim();
    const pacer = new FramePacer();
    const jump = new JumpDetector(2, 25, 0.5);
    let lastCaptureNs = 0;
    let nextEventMs = 10;
    let pendingPx = 0;
    let pendingAt: number | null = null;
    const sends: Array<{ t: number; reason: SendReason; captureMs: number }> = [];
    let refused = 0;
    const delaysMs: number[] = [];
    for (let t = 0; t <= 2000; t += 4) {
      // Pointer events that happened since the last tick (delivered with the tick).
      while (nextEventMs <= t) {
        // A hand starts from rest: the speed ramps up over the first 150 ms.
        pendingPx += pxPerEvent * Math.min(1, (nextEventMs - 10 + eventEveryMs) / 150);
        pendingAt = nextEventMs;
        nextEventMs += eventEveryMs;
      }
      const c = { ...emptyContribution(), operatorPresent: true, translationM: [pendingPx * mPerPx, 0, 0] as [number, number, number], sampledAtMs: pendingAt };
      const moved = pendingAt !== null;
      pendingPx = 0;
      pendingAt = null;
      hand.apply([c], t, claim.untilMs(t));
      const h = hand.state();
      if (moved) claim.sample(h.sampledAtMs, h.position, h.orientation);
      const r = pacer.decide(t, true, h.operatorPresent, h.clutch);
      if (r === null) continue;
      const sampledNs = hand.takeKnownLate() ? t * 1e6 : Math.round(h.sampledAtMs * 1e6);
      const captureNs = Math.max(sampledNs, lastCaptureNs + 1);
      lastCaptureNs = captureNs;
      pacer.sent(t, r, true, h.operatorPresent, h.clutch);
      sends.push({ t, reason: r, captureMs: captureNs / 1e6 });
      delaysMs.push(t - captureNs / 1e6);
      const v = jump.check({ seq: sends.length, captureTimeNs: captureNs, position: h.position, orientation: h.orientation, grip: 0, clutch: false, operatorPresent: true, armId: 0 } as never);
      if (v !== 'ok') refused++;
    }
    const steady = sends.filter((s) => s.t >= 100).map((s) => s.t);
    return { rate: rateOf(steady), maxGap: Math.max(...gapsOf(steady)), refused, maxDelayMs: Math.max(...delaysMs.slice(25)), sends };
  }

  it('sends >= 100 Hz whatever the pointer rate, with no frame the jump detector refuses (up to 1.25 m/s of hand)', () => {
    for (const [px, every] of [[4, 23], [16, 23], [20, 8], [3, 50], [40, 23], [40, 8]] as const) {
      const r = run(px, every);
      expect(r.rate, `${px} px every ${every} ms`).toBeGreaterThanOrEqual(100);
      expect(r.maxGap).toBeLessThanOrEqual(12);
      expect(r.refused, `${px} px every ${every} ms: ${r.refused} refused`).toBe(0);
    }
  });

  it('repeats stamp close to their send time for a slow hand (the agent measures the link, not the pointer)', () => {
    // 4 px (1 mm) every 23 ms: 43 mm/s of hand. Capture-to-send stays within one pacing period + the hold-back.
    const r = run(4, 23);
    expect(r.maxDelayMs).toBeLessThanOrEqual(DEFAULT_PACER.periodMs + 4 + 1);
  });
});
