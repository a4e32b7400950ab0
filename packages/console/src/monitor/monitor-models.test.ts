import { describe, expect, it } from 'vitest';
import { RollingSeries } from './series.js';
import { StateTimeline } from './timeline.js';
import { AlarmList } from './alarms.js';

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
  const ev = (severity: 'INFO' | 'WARNING' | 'ALARM' | 'CRITICAL', code = 'X') => ({ receivedMs: 0, agentTimeNs: 0, severity, code, message: code });

  it('sounds while an ALARM or CRITICAL is unacknowledged', () => {
    const l = new AlarmList();
    l.add(ev('INFO'));
    l.add(ev('WARNING'));
    expect(l.sounding()).toBe(false);
    const a = l.add(ev('CRITICAL', 'ESTOP'));
    expect(l.sounding()).toBe(true);
    expect(l.acknowledge(a.id)).toBe(true);
    expect(l.acknowledge(a.id)).toBe(false);
    expect(l.sounding()).toBe(false);
    expect(l.unacknowledged().map((x) => x.severity)).toEqual(['WARNING']);
    expect(l.acknowledgeAll()).toBe(1);
    expect(l.list()[0]!.code).toBe('ESTOP');
  });

  it('never drops an unacknowledged alarm to make room', () => {
    const l = new AlarmList(3);
    l.add(ev('ALARM', 'KEEP'));
    for (let i = 0; i < 10; i++) l.add(ev('INFO', `I${i}`));
    expect(l.list().length).toBe(3);
    expect(l.list().some((a) => a.code === 'KEEP')).toBe(true);
  });
});
