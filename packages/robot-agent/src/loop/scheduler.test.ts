import { describe, expect, it } from 'vitest';
import { TickScheduler } from './scheduler.js';

/** A fake clock: sleeping advances it by the asked time plus a wake-up error; reading advances it a little. */
function fakeClock(wakeErrorNs: () => number, readCostNs = 100) {
  let t = 0;
  return {
    deps: {
      nowNs: () => (t += readCostNs),
      sleepMs: (ms: number) => {
        t += ms * 1e6 + wakeErrorNs();
      },
    },
    advance: (ns: number) => (t += ns),
    get now() {
      return t;
    },
  };
}

describe('TickScheduler', () => {
  it('starts ticks on the grid, never before their slot', () => {
    const c = fakeClock(() => 50_000);
    const s = new TickScheduler(1e6, 1e6, c.deps);
    for (let k = 0; k < 100; k++) {
      const t = s.waitNext();
      expect(t.tick).toBe(k);
      expect(t.deadlineNs).toBe(1e6 * (k + 1));
      expect(t.startNs).toBeGreaterThanOrEqual(t.deadlineNs);
      expect(t.missed).toBe(0);
    }
  });

  it('skips (and counts) the slots a late tick missed, keeping the grid phase', () => {
    const c = fakeClock(() => 0);
    const s = new TickScheduler(1e6, 1e6, c.deps);
    s.waitNext();
    c.advance(3.5e6); // the work of tick 0 took 3.5 periods
    const t = s.waitNext();
    expect(t.deadlineNs).toBe(2e6);
    expect(t.missed).toBe(2);
    expect(s.nextDeadlineNs).toBe(5e6);
    const u = s.waitNext();
    expect(u.deadlineNs).toBe(5e6);
    expect(u.missed).toBe(0);
  });

  it('adapts the wake-up margin to the observed wake-up error', () => {
    const c = fakeClock(() => 40_000);
    const s = new TickScheduler(1e6, 1e6, c.deps, { initialMarginUs: 300 });
    for (let k = 0; k < 600; k++) s.waitNext();
    // p90 of 40 us wake error + 10 us guard, to 1 us bins.
    expect(s.marginUs).toBeGreaterThanOrEqual(49);
    expect(s.marginUs).toBeLessThanOrEqual(51);
  });
});
