// The /healthz rule: what degrades it, for how long, and what does not.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from './loop/messages.js';
import { HealthWatch, StallAnnouncer } from './health.js';

const MS = 1e6;

/** A snapshot at agent time t (ns), loop started at 0, with these cumulative overruns and periods. */
function snap(t: number, overruns: number, periodNs: number[] = [MS], extra: Partial<Snapshot> = {}): Snapshot {
  return {
    k: 'snap',
    tick: Math.round(t / MS),
    timeNs: t,
    state: 'IDLE',
    reason: 'STARTUP',
    operating_state: 'ENABLED',
    loop: { ticks: Math.round(t / MS), overruns, marginUs: 50, spinNs: 0, elapsedNs: t, threadCpuS: 0 },
    samples: { periodNs, latenessNs: [], workNs: [] },
    ...extra,
  } as Snapshot;
}

const live = { stopping: false, recordingFailure: null };

describe('HealthWatch', () => {
  it('is starting before the first snapshot and stopping once shutdown began', () => {
    const h = new HealthWatch();
    expect(h.evaluate(0, live)).toEqual({ status: 'starting', httpStatus: 503, degraded: [] });
    h.onSnapshot(snap(6e9, 0));
    expect(h.evaluate(6e9, live).status).toBe('ok');
    expect(h.evaluate(6e9, { ...live, stopping: true })).toEqual({ status: 'stopping', httpStatus: 503, degraded: [] });
  });

  it('degrades on more than 10 overruns in the last 10 s, and recovers when they age out', () => {
    const h = new HealthWatch();
    for (let t = 6e9; t <= 10e9; t += 10 * MS) h.onSnapshot(snap(t, 0));
    h.onSnapshot(snap(10.01e9, 10));
    expect(h.evaluate(10.01e9, live).status).toBe('ok'); // 10 is the limit, not over it
    h.onSnapshot(snap(10.02e9, 11));
    const v = h.evaluate(10.02e9, live);
    expect(v).toMatchObject({ status: 'degraded', httpStatus: 503 });
    expect(v.degraded.map((d) => d.code)).toEqual(['LOOP_OVERRUNS']);
    expect(v.degraded[0]!.message).toBe('11 control ticks missed in the last 10 s (more than 10)');
    for (let t = 10.03e9; t <= 20.1e9; t += 10 * MS) h.onSnapshot(snap(t, 11));
    expect(h.evaluate(20.1e9, live).status).toBe('ok');
  });

  it('degrades for 60 s after a stall (a period of 20 ms or more), and names the longest', () => {
    const h = new HealthWatch();
    h.onSnapshot(snap(6e9, 0));
    expect(h.onSnapshot(snap(6.01e9, 0, [MS, 19.9 * MS]))).toBeNull();
    const st = h.onSnapshot(snap(6.2e9, 0, [MS, 135 * MS, 25 * MS]));
    expect(st).toEqual({ timeNs: 6.2e9, periodS: 0.135, count: 2 });
    const v = h.evaluate(6.3e9, live);
    expect(v.status).toBe('degraded');
    expect(v.degraded).toEqual([{ code: 'LOOP_STALL', message: 'the control loop stalled 2 time(s) in the last 60 s, longest 135 ms (a stall is a tick period of 20.0 ms or more)' }]);
    h.onSnapshot(snap(66.3e9, 0));
    expect(h.evaluate(66.3e9, live).status).toBe('ok');
  });

  it('ignores overruns and stalls of the first 5 s (warm-up) but still reports them to the caller', () => {
    const h = new HealthWatch();
    h.onSnapshot(snap(0.1e9, 0));
    expect(h.onSnapshot(snap(0.5e9, 48, [40 * MS]))).not.toBeNull();
    h.onSnapshot(snap(5.5e9, 48));
    expect(h.evaluate(5.5e9, live)).toEqual({ status: 'ok', httpStatus: 200, degraded: [] });
    h.onSnapshot(snap(5.6e9, 60));
    expect(h.evaluate(5.6e9, live).degraded.map((d) => d.code)).toEqual(['LOOP_OVERRUNS']);
  });

  it('degrades on a recording failure, an arm fault and a latched core fault, all named', () => {
    const h = new HealthWatch();
    h.onSnapshot(snap(6e9, 0, [MS], { state: 'FAULT', reason: 'TRACKING_ERROR', operating_state: 'FAULT', armFault: 'joint 3 encoder' }));
    const v = h.evaluate(6e9, { stopping: false, recordingFailure: 'ENOSPC: no space left on device' });
    expect(v.status).toBe('degraded');
    expect(v.degraded).toEqual([
      { code: 'RECORDING_FAILED', message: 'the session recording stopped: ENOSPC: no space left on device' },
      { code: 'ARM_FAULT', message: 'the arm reports a fault: joint 3 encoder (operating state FAULT)' },
      { code: 'CORE_FAULT', message: 'the supervisor latched FAULT (TRACKING_ERROR)' },
    ]);
  });
});

describe('HealthWatch with several arms', () => {
  it('degrades on a fault of an arm other than the first, naming it', () => {
    const h = new HealthWatch();
    const arm = (name: string, state: Snapshot['state'], op: Snapshot['operating_state'], reason: string) => ({ armId: 0, name, kind: 'INSTRUMENT' as const, state, reason, operating_state: op }) as NonNullable<Snapshot['arms']>[number];
    h.onSnapshot(snap(6e9, 0, [MS], { state: 'IDLE', arms: [arm('PSM1', 'IDLE', 'ENABLED', 'DISENGAGED'), arm('PSM2', 'FAULT', 'FAULT', 'ARM_FAULT')] }));
    expect(h.evaluate(6e9, live).degraded).toEqual([
      { code: 'ARM_FAULT', message: 'PSM2 reports a fault (operating state FAULT)' },
      { code: 'CORE_FAULT', message: 'PSM2: the supervisor latched FAULT (ARM_FAULT)' },
    ]);
  });
});

describe('StallAnnouncer', () => {
  it('says a stall at once, then at most once a second with the ones in between summed', () => {
    const a = new StallAnnouncer(1);
    expect(a.onStall({ timeNs: 10e9, periodS: 0.135, count: 1 })).toMatch(/^The control loop was held up 135 ms: no setpoint was sent meanwhile/);
    expect(a.onStall({ timeNs: 10.3e9, periodS: 0.05, count: 2 })).toBeNull();
    expect(a.onStall({ timeNs: 11.1e9, periodS: 0.03, count: 1 })).toMatch(/^The control loop was held up 50\.0 ms \(3 stalls since the last notice, longest shown\)/);
  });
});
