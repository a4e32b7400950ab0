import { describe, expect, it } from 'vitest';
import { LinkStats } from './link-stats.js';
import { Prng } from './testing/prng.js';

describe('LinkStats', () => {
  it('loss from gaps in the played sequence over the window; arrival rate from arrivals', () => {
    const ls = new LinkStats(1);
    const rng = new Prng(1);
    for (let seq = 0; seq < 1000; seq++) {
      const t = seq * 10e6;
      if (seq % 5 !== 0) {
        ls.addUnique(t + rng.next() * 40e6, t, seq); // reordered on arrival: irrelevant to loss
        ls.addPlayed(t + 60e6, seq);
      }
      ls.evict(t + 60e6);
    }
    expect(ls.lossRatio).toBeCloseTo(0.2, 2);
    expect(ls.expectedInWindow).toBeGreaterThan(95);
    expect(ls.frameRateHz(10e9)).toBeGreaterThan(75);
    expect(ls.frameRateHz(10e9)).toBeLessThan(85);
    ls.restartLossWindow();
    expect(ls.lossRatio).toBe(0);
  });

  it('RFC 3550 jitter: zero for a constant delay, about the mean |D| for a varying one', () => {
    const a = new LinkStats(1);
    for (let i = 0; i < 200; i++) a.addUnique(i * 10e6 + 50e6, i * 10e6, i);
    expect(a.jitterS).toBe(0);
    expect(a.lossRatio).toBe(0);
    const b = new LinkStats(1);
    for (let i = 0; i < 2000; i++) b.addUnique(i * 10e6 + (i % 2 ? 60e6 : 50e6), i * 10e6, i);
    expect(b.jitterS).toBeCloseTo(0.01, 4);
  });

  it('counts nothing after reset; a window entirely in the past is empty', () => {
    const ls = new LinkStats(1);
    ls.addUnique(0, 0, 0);
    ls.addPlayed(0, 0);
    ls.addPlayed(1e6, 5);
    ls.framesLate = 3;
    ls.evict(5e9);
    expect(ls.lossRatio).toBe(0);
    expect(ls.frameRateHz(5e9)).toBe(0);
    ls.reset();
    expect(ls.framesLate).toBe(0);
  });
});
