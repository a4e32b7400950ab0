import { describe, expect, it } from 'vitest';
import { RollingSeries } from './series.js';
import { StateTimeline } from './timeline.js';
import { AlarmList } from './alarms.js';
import { ArmSeries, armColor, type ArmSample } from './arm-series.js';

describe('RollingSeries', () => {
  it('keeps the last window, decimates, and shows unmeasured values as gaps', () => {
    const s = new RollingSeries(['a', 'b'], { windowS: 60, minStepS: 0.1 });
    for (let i = 0; i <= 10_000; i++) s.push(i * 0.01, [i, i % 2 === 0 ? NaN : 1]);
    // 100 s at 100 Hz, decimated to 10 Hz, last 60 s kept.
    expect(s.length()).toBeGreaterThanOrEqual(600);
    expect(s.length()).toBeLessThanOrEqual(602);
    const [t, a, b] = s.data();
    expect(t![0]).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(a!.at(-1)).toBe(10_000);
    expect(b!.at(-1)).toBeNull();
    expect(s.latest(0)).toBe(10_000);
    expect(s.push(NaN, [1, 1])).toBe(false);
  });
});

describe('StateTimeline', () => {
  it('folds states into contiguous segments clipped to the window', () => {
    const tl = new StateTimeline(60);
    for (let t = 0; t <= 100; t += 0.5) tl.observe(t, t < 50 ? 'IDLE' : t < 80 ? 'FOLLOWING' : 'ESTOPPED', t < 50 ? 'START' : t < 80 ? 'ENGAGED' : 'ESTOP');
    const segs = tl.segments(100);
    expect(segs.map((s) => s.state)).toEqual(['IDLE', 'FOLLOWING', 'ESTOPPED']);
    expect(segs[0]!.startS).toBe(40);
    expect(segs[1]!.startS).toBe(49.5);
    expect(segs[2]!.endS).toBe(100);
    expect(segs[2]!.reason).toBe('ESTOP');
    expect(tl.current()?.state).toBe('ESTOPPED');
  });
});

describe('AlarmList', () => {
  const ev = (severity: 'INFO' | 'WARNING' | 'ALARM' | 'CRITICAL', code = 'X', receivedMs = 0) => ({ receivedMs, agentTimeNs: 0, severity, code, message: code });

  it('sounds while an ALARM or CRITICAL is unacknowledged', () => {
    const l = new AlarmList();
    l.add(ev('INFO'));
    l.add(ev('WARNING'));
    expect(l.sounding()).toBe(false);
    const a = l.add(ev('CRITICAL', 'ESTOP'))!;
    expect(l.sounding()).toBe(true);
    expect(l.acknowledge(a.id)).toBe(true);
    expect(l.acknowledge(a.id)).toBe(false);
    expect(l.sounding()).toBe(false);
    const f = l.add(ev('ALARM', 'ARM_FAULT'))!;
    expect(l.unacknowledged().map((x) => x.code)).toEqual(['ARM_FAULT']);
    expect(f.why).toBe('severity');
    expect(l.acknowledgeAll()).toBe(1);
    expect(l.list()[0]!.code).toBe('ARM_FAULT');
  });

  it('folds self-resolved holds into one informational group (count, total time held): nothing to acknowledge', () => {
    const l = new AlarmList();
    // 23 short stale-link holds in 45 s, each resumed by itself after 150-300 ms (an 80 ms link).
    let heldMs = 0;
    for (let i = 0; i < 23; i++) {
      const t = i * 1950;
      const d = 150 + (i % 4) * 50;
      heldMs += d;
      expect(l.add(ev('WARNING', 'LINK_STALE', t))).toBeNull();
      expect(l.openHolds().map((h) => h.code)).toEqual(['LINK_STALE']);
      expect(l.update(t + d - 1)).toEqual([]);
      expect(l.add(ev('INFO', 'RESUMED', t + d))).toBeNull();
      expect(l.openHolds()).toEqual([]);
    }
    // 23 in 45 s is more than the recurrence rule allows (10 a minute): ONE warning says "check the link"
    // (not another while it waits for acknowledgement), with no sound.
    const recurring = l.unacknowledged();
    expect(recurring.map((a) => [a.code, a.why, a.severity])).toEqual([['LINK_STALE', 'recurring', 'WARNING']]);
    expect(recurring[0]!.message).toMatch(/^10 holds \(LINK_STALE\) in the last minute, each resolved by itself/);
    expect(l.sounding()).toBe(false);
    const g = l.groups().find((x) => x.code === 'LINK_STALE')!;
    expect(g.count).toBe(23);
    expect(g.selfResolved).toBe(23);
    expect(g.heldMs).toBe(heldMs);
    // The resumes themselves are not listed again.
    expect(l.groups().some((x) => x.code === 'RESUMED')).toBe(false);
  });

  it('without recurrence, self-resolved holds and transient warnings never ask for acknowledgement', () => {
    const l = new AlarmList();
    for (let i = 0; i < 9; i++) {
      l.add(ev('WARNING', 'LINK_STALE', i * 1000));
      l.add(ev('INFO', 'RESUMED', i * 1000 + 200));
    }
    l.add(ev('WARNING', 'MASTER_JUMP', 10_000));
    l.add(ev('WARNING', 'MASTER_JUMP', 10_100));
    l.add(ev('WARNING', 'FRAME_INVALID', 10_200));
    l.add(ev('INFO', 'ENGAGED', 10_300));
    expect(l.unacknowledged()).toEqual([]);
    expect(l.list()).toEqual([]);
    expect(l.groups().map((g) => [g.code, g.count])).toEqual([['ENGAGED', 1], ['FRAME_INVALID', 1], ['MASTER_JUMP', 2], ['LINK_STALE', 9]]);
  });

  it('a hold that persists needs a person (ALARM, sounds); a released dead-man never escalates', () => {
    const l = new AlarmList();
    l.add(ev('WARNING', 'LINK_STALE', 1000));
    expect(l.update(10_999)).toEqual([]);
    const raised = l.update(11_000);
    expect(raised.map((a) => [a.code, a.severity, a.why])).toEqual([['LINK_STALE', 'ALARM', 'persisted']]);
    expect(raised[0]!.message).toMatch(/held for 10 s/);
    expect(l.update(20_000)).toEqual([]); // once
    expect(l.sounding()).toBe(true);
    l.add(ev('INFO', 'RESUMED', 21_000));
    expect(l.groups().find((g) => g.code === 'LINK_STALE')!.heldMs).toBe(20_000);
    expect(l.unacknowledged().length).toBe(1); // ended, but someone still has to have seen it

    const m = new AlarmList();
    m.add(ev('WARNING', 'OPERATOR_ABSENT', 0));
    expect(m.update(600_000)).toEqual([]);
  });

  it('an e-stop during a hold ends the hold (not as self-resolved) and needs acknowledgement', () => {
    const l = new AlarmList();
    l.add(ev('WARNING', 'LINK_STALE', 0));
    const e = l.add(ev('CRITICAL', 'ESTOP', 500))!;
    expect(e.code).toBe('ESTOP');
    expect(l.openHolds()).toEqual([]);
    const g = l.groups().find((x) => x.code === 'LINK_STALE')!;
    expect(g.selfResolved).toBe(0);
    expect(g.heldMs).toBe(500);
    expect(l.update(60_000)).toEqual([]);
  });

  it('never drops an unacknowledged alarm to make room', () => {
    const l = new AlarmList(3);
    l.add(ev('ALARM', 'KEEP'));
    for (let i = 0; i < 10; i++) l.acknowledge(l.add(ev('ALARM', `A${i}`))!.id);
    expect(l.list().length).toBe(3);
    expect(l.list().some((a) => a.code === 'KEEP')).toBe(true);
  });
});

describe('ArmSeries (several arms)', () => {
  const ARMS = [
    { armId: 0, name: 'PSM1', hasJaw: true },
    { armId: 1, name: 'PSM2', hasJaw: true },
    { armId: 2, name: 'ECM', hasJaw: false },
  ];

  it('keeps tracking error, tip speed (agent clock) and jaw per arm; the ECM has no jaw; a missing arm is a gap', () => {
    const s = new ArmSeries(ARMS, { windowS: 60, minStepS: 0.1 });
    // 100 Hz telemetry for 3 s: PSM1 moves along x at 20 mm/s with a 0.3 mm lag, PSM2 and the ECM stand
    // still; the page receives each message up to 30 ms late (jitter), the agent's clock is exact.
    for (let i = 0; i <= 300; i++) {
      const agentS = 100 + i * 0.01;
      const pageS = 5 + i * 0.01 + ((i * 7) % 4) * 0.01;
      const x = 0.02 * i * 0.01;
      const arms: ArmSample[] = [
        { armId: 0, measuredM: [x, 0, -0.1], setpointM: [x + 0.0003, 0, -0.1], jawRad: 0.5 },
        { armId: 1, measuredM: [0.05, 0, -0.1], setpointM: [0.05, 0, -0.1], jawRad: 0.2 },
        { armId: 2, measuredM: [0, 0, 0], setpointM: [0, 0, 0], jawRad: 0 },
      ];
      s.push(pageS, agentS, i >= 250 ? arms.slice(0, 2) : arms);
    }
    expect(s.length()).toBeGreaterThan(25);
    expect(s.latest(0, 'tracking')).toBeCloseTo(0.0003, 9);
    expect(s.latest(0, 'speed')).toBeCloseTo(0.02, 9);
    expect(s.latest(1, 'speed')).toBe(0);
    expect(s.latest(0, 'jaw')).toBe(0.5);
    expect(s.latest(1, 'jaw')).toBe(0.2);
    expect(Number.isNaN(s.latest(2, 'jaw'))).toBe(true);
    // The ECM stopped reporting at 2.5 s: its columns end in gaps, the others do not.
    const [t, psm1, psm2, ecm] = s.data('speed');
    expect(t!.length).toBe(s.length());
    expect(ecm!.at(-1)).toBeNull();
    expect(psm1!.at(-1)).toBeCloseTo(0.02, 9);
    expect(psm2!.at(-1)).toBe(0);
    // Every kept PSM1 speed is exact despite the page's jitter (the agent's clock spans each step).
    expect(psm1!.slice(1).every((v) => v !== null && Math.abs(v - 0.02) < 1e-9)).toBe(true);
    // The first sample has no speed yet (nothing to difference with).
    expect(psm1![0]).toBeNull();
    expect(s.data('jaw')[3]!.every((v) => v === null)).toBe(true);
    expect(s.latest(9, 'speed')).toBeNaN();
  });

  it('falls back to the page clock without the agent clock, and knows when the arms changed', () => {
    const s = new ArmSeries(ARMS.slice(0, 2));
    s.push(1, NaN, [{ armId: 0, measuredM: [0, 0, 0], setpointM: null, jawRad: NaN }]);
    s.push(1.5, NaN, [{ armId: 0, measuredM: [0.001, 0, 0], setpointM: null, jawRad: NaN }]);
    expect(s.latest(0, 'speed')).toBeCloseTo(0.002, 12);
    expect(s.latest(0, 'tracking')).toBeNaN();
    expect(s.matches(ARMS.slice(0, 2))).toBe(true);
    expect(s.matches(ARMS)).toBe(false);
    expect(s.matches([ARMS[0]!, { ...ARMS[1]!, name: 'PSM3' }])).toBe(false);
  });

  it('colours arms by their place in the list, distinct for the first six', () => {
    const c = [0, 1, 2, 3, 4, 5].map(armColor);
    expect(new Set(c).size).toBe(6);
    expect(armColor(6)).toBe(c[0]);
  });
});
