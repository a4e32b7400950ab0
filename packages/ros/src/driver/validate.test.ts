import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJointPositions, parseOperatingState, parsePose, stampS } from './validate.js';

describe('ROS message checks', () => {
  it('joint positions: exactly n finite values, Float64Array or array', () => {
    expect(parseJointPositions({ position: Float64Array.of(1, 2, 3) }, 3)).toEqual({ ok: true, value: [1, 2, 3] });
    expect(parseJointPositions({ position: [1, 2] }, 3)).toEqual({ ok: false, reason: 'position has 2 values, expected 3' });
    expect(parseJointPositions({ position: [1, Infinity, 3] }, 3)).toEqual({ ok: false, reason: 'position[1] is Infinity, expected a finite number' });
    expect(parseJointPositions({ position: 'abc' }, 3).ok).toBe(false);
    expect(parseJointPositions(null, 3).ok).toBe(false);
  });

  it('never lets a non-finite joint through (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 6, maxLength: 6 }), (q) => {
        const r = parseJointPositions({ position: q }, 6);
        expect(r.ok).toBe(q.every(Number.isFinite));
        if (r.ok) expect(r.value).toEqual(q);
      }),
    );
  });

  it('pose: finite, unit within 1e-3 (renormalised), else a reason', () => {
    const msg = (o: Record<string, unknown>) => ({ pose: { position: { x: 0, y: 0, z: 0.1 }, orientation: o } });
    const ok = parsePose(msg({ x: 0, y: 0, z: 0, w: 1.0005 }));
    expect(ok.ok && ok.value.orientation[3]).toBe(1);
    expect(parsePose(msg({ x: 0, y: 0, z: 0, w: 1.1 }))).toEqual({ ok: false, reason: 'pose.orientation has norm 1.10000, expected a unit quaternion (within 0.001)' });
    expect(parsePose(msg({ x: 0, y: NaN, z: 0, w: 1 }))).toEqual({ ok: false, reason: 'pose.orientation.y is NaN, expected a finite number' });
    expect(parsePose({ data: 'hello' }).ok).toBe(false);
  });

  it('operating state: the four CRTK states only', () => {
    expect(parseOperatingState({ state: 'ENABLED', is_homed: true, is_busy: false })).toEqual({ ok: true, value: { state: 'ENABLED', is_homed: true, is_busy: false } });
    expect(parseOperatingState({ state: 'enabled', is_homed: true, is_busy: false })).toEqual({
      ok: false,
      reason: 'state is "enabled", expected one of DISABLED, ENABLED, PAUSED, FAULT',
    });
    expect(parseOperatingState({ state: 'FAULT', is_homed: 1, is_busy: false }).ok).toBe(false);
  });

  it('header stamp in seconds', () => {
    expect(stampS({ header: { stamp: { sec: 10, nsec: 500_000_000 } } })).toBe(10.5);
    expect(stampS({})).toBeNaN();
  });
});
