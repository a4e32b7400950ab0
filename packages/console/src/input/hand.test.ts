import { describe, expect, it } from 'vitest';
import { qAngleBetween as qangle } from '@farhand/latency-core';
import { qAxisAngle as qaxisAngle } from '../geom.js';
import { VirtualHand, handChanged } from './hand.js';
import { emptyContribution, type InputContribution } from './source.js';

const c = (over: Partial<InputContribution>): InputContribution => ({ ...emptyContribution(), ...over });

describe('VirtualHand', () => {
  it('sums translations of all sources and ORs the safety flags', () => {
    const h = new VirtualHand();
    h.apply([c({ translationM: [0.01, 0, 0] }), c({ translationM: [0, 0.02, 0], operatorPresent: true })], 0);
    const s = h.state();
    expect(s.position).toEqual([0.01, 0.02, 0]);
    expect(s.operatorPresent).toBe(true);
    expect(s.clutch).toBe(false);
    h.apply([c({})], 4);
    expect(h.state().operatorPresent).toBe(false);
  });

  it('applies rotations in the console frame and re-aligns to the tool', () => {
    const h = new VirtualHand();
    h.apply([c({ rotation: qaxisAngle([0, 0, 1], 0.2) })], 0);
    h.apply([c({ rotation: qaxisAngle([0, 0, 1], 0.1) })], 4);
    expect(qangle(h.state().orientation, qaxisAngle([0, 0, 1], 0.3))).toBeLessThan(1e-12);
    const tool = qaxisAngle([1, 1, 0], 2);
    h.alignTo(tool, 10);
    expect(qangle(h.state().orientation, tool)).toBeLessThan(1e-12);
    h.alignTo([NaN, 0, 0, 1], 11);
    expect(qangle(h.state().orientation, tool)).toBeLessThan(1e-12);
  });

  it('ignores non-finite motion and stays inside its bounds', () => {
    const h = new VirtualHand({ limitM: 0.5 });
    h.apply([c({ translationM: [NaN, Infinity, 0.7] })], 0);
    expect(h.state().position).toEqual([0, 0, 0.5]);
    h.apply([c({ rotation: [NaN, 0, 0, 1] })], 1);
    expect(h.state().orientation).toEqual([0, 0, 0, 1]);
  });

  it('ramps a digital grip at its rate and takes the strongest request', () => {
    const h = new VirtualHand({ gripRatePerS: 5 });
    h.apply([c({ grip: 1 })], 0);
    h.apply([c({ grip: 1 }), c({ grip: 0 })], 100);
    expect(h.state().grip).toBeCloseTo(0.5, 12);
    h.apply([c({ grip: 1 })], 200);
    expect(h.state().grip).toBeCloseTo(1, 12);
    h.apply([c({ grip: 0 })], 220);
    expect(h.state().grip).toBeCloseTo(0.9, 12);
    // A stalled poll (1 s) is clamped to 0.1 s of ramp.
    h.apply([c({ grip: 0 })], 1220);
    expect(h.state().grip).toBeCloseTo(0.4, 12);
  });

  it('releaseAll drops the dead-man at once', () => {
    const h = new VirtualHand();
    h.apply([c({ operatorPresent: true, clutch: true })], 0);
    h.releaseAll();
    expect(h.state().operatorPresent).toBe(false);
    expect(h.state().clutch).toBe(false);
  });

  it('handChanged sees any wire-visible difference', () => {
    const h = new VirtualHand();
    const a = h.state();
    expect(handChanged(null, a)).toBe(true);
    expect(handChanged(a, h.state())).toBe(false);
    h.apply([c({ translationM: [1e-6, 0, 0] })], 0);
    expect(handChanged(a, h.state())).toBe(true);
  });
});

describe('VirtualHand sample time', () => {
  it('takes the newest input event time for event-driven motion, the poll time otherwise, and never goes back', () => {
    const h = new VirtualHand();
    h.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 95 })], 100);
    expect(h.state().sampledAtMs).toBe(95);
    // Still hand, polled: sampled now.
    h.apply([c({})], 104);
    expect(h.state().sampledAtMs).toBe(104);
    // A late event older than the previous sample is stamped when it became known (never backwards,
    // never squeezed against the previous sample).
    h.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 101 })], 110);
    expect(h.state().sampledAtMs).toBe(110);
    // Rate-control motion is "as of the poll"; an event time in the future is capped at the poll.
    h.apply([c({ translationM: [0.001, 0, 0] }), c({ translationM: [0, 0.001, 0], sampledAtMs: 130 })], 120);
    expect(h.state().sampledAtMs).toBe(120);
    // No motion: the pose still holds, as of the poll.
    h.apply([c({})], 125);
    expect(h.state().sampledAtMs).toBe(125);
    // Aligning to the tool changes the pose: sampled at the alignment.
    h.alignTo([0, 0, 1, 0], 126.5);
    expect(h.state().sampledAtMs).toBe(126.5);
  });
});

describe('VirtualHand after a busy moment', () => {
  it('does not claim a still hand "as of now" when asked not to, and flags motion learned late', () => {
    const h = new VirtualHand();
    h.apply([c({})], 100);
    expect(h.state().sampledAtMs).toBe(100);
    h.apply([c({})], 150, false);
    expect(h.state().sampledAtMs).toBe(100);
    expect(h.movedLastPoll).toBe(false);
    // Queued input from during the busy moment keeps its own times.
    h.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 120 })], 151, false);
    expect(h.state().sampledAtMs).toBe(120);
    expect(h.movedLastPoll).toBe(true);
    expect(h.takeKnownLate()).toBe(false);
    // An event older than the claimed pose: learned late.
    h.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 110 })], 152);
    expect(h.takeKnownLate()).toBe(true);
    expect(h.takeKnownLate()).toBe(false);
  });
});

describe('VirtualHand still-claims up to a given time', () => {
  it('claims the pose still only up to the time given (never past now), and an older event is learned late', () => {
    const h = new VirtualHand();
    h.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 100 })], 101);
    expect(h.state().sampledAtMs).toBe(100);
    h.apply([c({})], 104, 103);
    expect(h.state().sampledAtMs).toBe(103);
    h.apply([c({})], 106, 250);
    expect(h.state().sampledAtMs).toBe(106);
    h.apply([c({})], 108, NaN);
    expect(h.state().sampledAtMs).toBe(106);
    // The next pointer event happened before the claim: its motion is stamped when learned.
    h.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 105 })], 109);
    expect(h.takeKnownLate()).toBe(true);
    expect(h.state().sampledAtMs).toBe(109);
  });
});

describe('VirtualHand alignment to the tool', () => {
  it('turns towards the tool at a bounded rate, with no saved-up step after a pause', () => {
    const h = new VirtualHand();
    const tool = qaxisAngle([0, 0, 1], 0.3);
    expect(h.alignTo(tool, 0, 3)).toBeCloseTo(0.3, 12); // first call: no elapsed time, no turn
    expect(h.alignTo(tool, 10, 3)).toBeCloseTo(0.27, 9); // 10 ms at 3 rad/s
    for (let t = 20; t <= 200; t += 10) h.alignTo(tool, t, 3);
    expect(qangle(h.state().orientation, tool)).toBeLessThan(1e-9);
    expect(h.state().sampledAtMs).toBe(100); // the last call that changed the pose (0.3 rad at 3 rad/s)
    const other = qaxisAngle([1, 0, 0], 0.5);
    const apart = qangle(tool, other);
    expect(h.alignTo(other, 5000, 3)).toBeCloseTo(apart, 9); // after a pause: starts afresh
    expect(h.alignTo(other, 5004, 3)).toBeCloseTo(apart - 0.012, 9);
  });
});
