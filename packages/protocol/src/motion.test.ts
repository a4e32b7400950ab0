import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './codec.js';
import type { farhand } from './gen/farhand.js';
import { QUATERNION_NORM_TOLERANCE, toMotionFrame, validateMotionFrame, type MasterFrame, type MotionValidationOptions } from './motion.js';

const base: farhand.v1.MotionFrame.$Properties = {
  arm_id: 0,
  seq: 41,
  capture_time_ns: 5_000_000_000,
  position: { x: 0.1, y: -0.05, z: 0.25 },
  orientation: { x: 0, y: 0, z: 0, w: 1 },
  grip: 0.5,
  clutch: false,
  operator_present: true,
};

/** Encodes a MotionFrame with the given changes, decodes it and validates it: the path the agent runs. */
function viaWire(changes: Partial<farhand.v1.MotionFrame.$Properties>, options?: MotionValidationOptions) {
  const bytes = encodeEnvelope({ motion: { ...base, ...changes } });
  const r = decodeEnvelope(bytes);
  if (!r.ok || r.kind !== 'motion') throw new Error('decode failed');
  return validateMotionFrame(r.message, options);
}

describe('validateMotionFrame', () => {
  it('accepts a valid frame and converts it to the core MasterFrame', () => {
    const r = viaWire({});
    expect(r).toEqual({
      ok: true,
      frame: {
        armId: 0,
        seq: 41,
        captureTimeNs: 5_000_000_000,
        position: [Math.fround(0.1), Math.fround(-0.05), 0.25],
        orientation: [0, 0, 0, 1],
        grip: 0.5,
        clutch: false,
        operatorPresent: true,
      },
    });
  });

  it('returns the orientation normalised when |q| is within 1e-3 of 1', () => {
    for (const s of [1 - 0.0009, 1 + 0.0009]) {
      const r = viaWire({ orientation: { x: 0.6 * s, y: 0, z: 0, w: 0.8 * s } });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const [x, y, z, w] = r.frame.orientation;
      expect(Math.hypot(x, y, z, w)).toBeCloseTo(1, 12);
      expect(x / w).toBeCloseTo(0.75, 6);
    }
  });

  it('refuses a quaternion off unit length, zero, or with NaN/infinite components, saying what is accepted', () => {
    for (const s of [1 - 0.0011, 1 + 0.0011, 0.5, 2]) {
      const r = viaWire({ orientation: { x: 0, y: 0, z: 0.6 * s, w: 0.8 * s } });
      expect(r).toMatchObject({ ok: false, code: 'BAD_QUATERNION', field: 'orientation' });
      if (!r.ok) expect(r.message).toMatch(/has norm .*; accepted: a unit quaternion \(x, y, z, w\) with norm within 0\.001 of 1\./);
    }
    expect(viaWire({ orientation: { x: 0, y: 0, z: 0, w: 0 } })).toMatchObject({ ok: false, code: 'BAD_QUATERNION' });
    expect(viaWire({ orientation: { x: Number.NaN, w: 1 } })).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'orientation.x' });
    expect(viaWire({ orientation: { w: Number.POSITIVE_INFINITY } })).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'orientation.w' });
    expect(QUATERNION_NORM_TOLERANCE).toBe(1e-3);
  });

  it('refuses NaN, infinite and out-of-bounds positions', () => {
    expect(viaWire({ position: { x: Number.NaN } })).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'position.x' });
    expect(viaWire({ position: { y: Number.NEGATIVE_INFINITY } })).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'position.y' });
    const far = viaWire({ position: { z: 10.5 } });
    expect(far).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'position.z' });
    if (!far.ok) expect(far.message).toBe('position.z is 10.5 m; accepted: -10 .. 10 m.');
    expect(viaWire({ position: { z: 1.5 } }, { maxPositionM: 1 })).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect(viaWire({ position: { z: -10 } }).ok).toBe(true);
  });

  it('refuses grip outside [0, 1] or NaN', () => {
    const r = viaWire({ grip: 1.25 });
    expect(r).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'grip', message: 'grip is 1.25; accepted: 0 (open) .. 1 (closed).' });
    expect(viaWire({ grip: -0.01 })).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'grip' });
    expect(viaWire({ grip: Number.NaN })).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'grip' });
    expect(viaWire({ grip: 0 }).ok).toBe(true);
    expect(viaWire({ grip: 1 }).ok).toBe(true);
  });

  it('refuses a seq beyond 2^53 - 1 (it would not compare exactly) and accepts 2^53 - 1', () => {
    const r = viaWire({ seq: 2 ** 53 });
    expect(r).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'seq' });
    if (!r.ok) expect(r.message).toMatch(/above 2\^53 - 1/);
    expect(viaWire({ seq: Number.MAX_SAFE_INTEGER }).ok).toBe(true);
  });

  it('accepts a wall-clock capture time beyond 2^53 (approximate, as documented)', () => {
    const r = viaWire({ capture_time_ns: 1.7e18 + 4096 });
    expect(r.ok && r.frame.captureTimeNs).toBe(1.7e18 + 4096);
  });

  it('refuses a frame without position or orientation (absent on the wire)', () => {
    const { position: _p, ...noPos } = base;
    const { orientation: _o, ...noRot } = base;
    const a = decodeEnvelope(encodeEnvelope({ motion: noPos }));
    const b = decodeEnvelope(encodeEnvelope({ motion: noRot }));
    expect(a.ok && a.kind === 'motion' && validateMotionFrame(a.message)).toMatchObject({ ok: false, code: 'MISSING', field: 'position' });
    expect(b.ok && b.kind === 'motion' && validateMotionFrame(b.message)).toMatchObject({ ok: false, code: 'MISSING', field: 'orientation' });
    expect(validateMotionFrame(undefined)).toMatchObject({ ok: false, code: 'MISSING' });
  });

  it('refuses an arm the agent does not drive, naming the accepted ones', () => {
    const r = viaWire({ arm_id: 3 }, { armIds: [0, 1] });
    expect(r).toMatchObject({ ok: false, code: 'UNKNOWN_ARM', field: 'arm_id', message: 'arm_id 3 is not an arm of this agent; accepted: 0, 1.' });
    expect(viaWire({ arm_id: 1 }, { armIds: [0, 1] }).ok).toBe(true);
  });

  it('reads anything but a literal true as clutch released / operator absent (hand-built objects)', () => {
    const r = validateMotionFrame({ ...base, clutch: 1 as unknown as boolean, operator_present: 'yes' as unknown as boolean });
    expect(r.ok && [r.frame.clutch, r.frame.operatorPresent]).toEqual([false, false]);
  });

  it('refuses non-numbers in hand-built objects instead of trusting the type', () => {
    expect(validateMotionFrame({ ...base, seq: '7' as unknown as number })).toMatchObject({ ok: false, field: 'seq' });
    expect(validateMotionFrame({ ...base, capture_time_ns: -1 })).toMatchObject({ ok: false, field: 'capture_time_ns' });
    expect(validateMotionFrame({ ...base, grip: null })).toMatchObject({ ok: true }); // absent = proto3 default 0
  });
});

describe('toMotionFrame -> wire -> validateMotionFrame', () => {
  const f32 = (min: number, max: number) => fc.double({ min, max, noNaN: true });
  const unitQuat = fc
    .tuple(f32(-1, 1), f32(-1, 1), f32(-1, 1), f32(-1, 1))
    .filter((q) => Math.hypot(...q) > 0.1)
    .map((q) => q.map((c) => c / Math.hypot(...q)) as [number, number, number, number]);
  const master: fc.Arbitrary<MasterFrame> = fc.record({
    armId: fc.nat({ max: 3 }),
    seq: fc.maxSafeNat(),
    captureTimeNs: fc.double({ min: 0, max: 1e15, noNaN: true }),
    position: fc.tuple(f32(-2, 2), f32(-2, 2), f32(-2, 2)),
    orientation: unitQuat,
    grip: f32(0, 1),
    clutch: fc.boolean(),
    operatorPresent: fc.boolean(),
  });

  it('gives back the same frame, to float32 precision, for any valid MasterFrame', () => {
    fc.assert(
      fc.property(master, (f) => {
        const r = decodeEnvelope(encodeEnvelope({ motion: toMotionFrame(f) }));
        if (!r.ok || r.kind !== 'motion') throw new Error('decode failed');
        const v = validateMotionFrame(r.message);
        expect(v.ok).toBe(true);
        if (!v.ok) return;
        const g = v.frame;
        expect([g.armId, g.seq, g.captureTimeNs, g.clutch, g.operatorPresent]).toEqual([f.armId, f.seq, Math.round(f.captureTimeNs), f.clutch, f.operatorPresent]);
        expect(g.position).toEqual(f.position.map(Math.fround));
        expect(g.grip).toBe(Math.fround(f.grip));
        for (let i = 0; i < 4; i++) expect(Math.abs(g.orientation[i]! - f.orientation[i]!)).toBeLessThan(1e-6);
        expect(Math.hypot(...g.orientation)).toBeCloseTo(1, 12);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('throws on a seq or time uint64 cannot carry (a sender bug), rather than wrapping silently', () => {
    const ok: MasterFrame = { armId: 0, seq: 1, captureTimeNs: 1, position: [0, 0, 0], orientation: [0, 0, 0, 1], grip: 0, clutch: false, operatorPresent: true };
    expect(() => toMotionFrame({ ...ok, seq: -1 })).toThrow(RangeError);
    expect(() => toMotionFrame({ ...ok, seq: 1.5 })).toThrow(RangeError);
    expect(() => toMotionFrame({ ...ok, captureTimeNs: Number.NaN })).toThrow(RangeError);
    expect(() => toMotionFrame({ ...ok, armId: -1 })).toThrow(RangeError);
  });
});
