import { describe, expect, it } from 'vitest';
import { Backoff, isPermanentReject } from './backoff.js';

describe('reconnect back-off', () => {
  it('doubles up to the cap, with jitter in [cap/2, cap]', () => {
    const b = new Backoff();
    const lo = [0, 1, 2, 3, 4, 5, 6].map(() => b.next(0));
    expect(lo).toEqual([125, 250, 500, 1000, 2000, 2500, 2500]);
    const c = new Backoff();
    expect([0, 1, 2].map(() => c.next(0.999999))).toEqual([250, 500, 1000]);
  });

  it('resets after a healthy session, not after a short one', () => {
    const b = new Backoff();
    b.next(0.5);
    b.next(0.5);
    b.closedAfter(2000);
    expect(b.attempts()).toBe(2);
    b.closedAfter(15_000);
    expect(b.attempts()).toBe(0);
    expect(b.next(NaN)).toBe(188);
  });

  it('does not retry rejections a person must fix', () => {
    expect(isPermanentReject('BAD_TOKEN')).toBe(true);
    expect(isPermanentReject('VERSION_MISMATCH')).toBe(true);
    expect(isPermanentReject('TOO_MANY_CLIENTS')).toBe(false);
    expect(isPermanentReject('SHUTTING_DOWN')).toBe(false);
  });
});
