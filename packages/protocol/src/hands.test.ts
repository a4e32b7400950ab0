// Two-handed MotionFrames (protocol 1.1): validateMotionFrame on frames with `hands`, through the wire.
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './codec.js';
import type { farhand } from './gen/farhand.js';
import { validateMotionFrame, type MotionValidationOptions } from './motion.js';

const ARMS: MotionValidationOptions = {
  armIds: [0, 1, 2],
  arms: [
    { armId: 0, name: 'PSM1', kind: 'INSTRUMENT' },
    { armId: 1, name: 'PSM2', kind: 'INSTRUMENT' },
    { armId: 2, name: 'ECM', kind: 'CAMERA' },
  ],
};

const hand = (armId: number, x: number, extra: Partial<farhand.v1.Hand.$Properties> = {}): farhand.v1.Hand.$Properties => ({
  arm_id: armId,
  position: { x, y: 0, z: 0.3 },
  orientation: { x: 0, y: 0, z: 0, w: 1 },
  grip: 0.25,
  clutch: false,
  ...extra,
});

const base: farhand.v1.MotionFrame.$Properties = { seq: 7, capture_time_ns: 9_000_000_000, operator_present: true, hands: [hand(0, -0.1), hand(1, 0.1)] };

function viaWire(changes: Partial<farhand.v1.MotionFrame.$Properties>, options: MotionValidationOptions = ARMS) {
  const r = decodeEnvelope(encodeEnvelope({ motion: { ...base, ...changes } }));
  if (!r.ok || r.kind !== 'motion') throw new Error('decode failed');
  return validateMotionFrame(r.message, options);
}

describe('validateMotionFrame with hands', () => {
  it('accepts two hands and the camera pedal; frame is the first arm\'s hand, held while the pedal is', () => {
    const r = viaWire({ camera: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.hands).toEqual({
      seq: 7,
      captureTimeNs: 9_000_000_000,
      operatorPresent: true,
      camera: true,
      hands: [
        { armId: 0, position: [-0.10000000149011612, 0, 0.30000001192092896], orientation: [0, 0, 0, 1], grip: 0.25, clutch: false },
        { armId: 1, position: [0.10000000149011612, 0, 0.30000001192092896], orientation: [0, 0, 0, 1], grip: 0.25, clutch: false },
      ],
    });
    expect(r.frame.armId).toBe(0);
    expect(r.frame.clutch).toBe(true);
    expect(r.frame.camera).toBe(true);
  });

  it('refuses a frame that sets both hands and the single-hand fields', () => {
    const r = viaWire({ position: { x: 0, y: 0, z: 0 }, clutch: true });
    expect(r).toMatchObject({ ok: false, code: 'BAD_HANDS', field: 'position' });
    if (!r.ok) expect(r.message).toBe('The frame sets both hands and the single-hand fields position, clutch; accepted: either hands (protocol 1.1) or the single-hand fields, not both.');
  });

  it('refuses an unknown arm', () => {
    const r = viaWire({ hands: [hand(0, 0), hand(5, 0)] });
    expect(r).toMatchObject({ ok: false, code: 'UNKNOWN_ARM', field: 'hands[1].arm_id' });
    if (!r.ok) expect(r.message).toBe('hands[1].arm_id 5 is not an arm of this agent; accepted: 0, 1, 2.');
  });

  it('refuses a hand addressed to the ECM', () => {
    const r = viaWire({ hands: [hand(0, 0), hand(2, 0)] });
    expect(r).toMatchObject({ ok: false, code: 'BAD_HANDS', field: 'hands[1].arm_id' });
    if (!r.ok) expect(r.message).toMatch(/^hands\[1\]\.arm_id 2 is ECM, the camera arm: no hand drives it .*accepted: 0 \(PSM1\), 1 \(PSM2\)\.$/);
  });

  it('refuses two hands for one arm', () => {
    const r = viaWire({ hands: [hand(1, 0), hand(1, 0.1)] });
    expect(r).toMatchObject({ ok: false, code: 'BAD_HANDS', field: 'hands[1].arm_id', message: 'Two hands drive arm 1; accepted: at most one hand per arm.' });
  });

  it('refuses a bad hand pose, naming the hand', () => {
    const q = viaWire({ hands: [hand(0, 0), hand(1, 0, { orientation: { x: 0, y: 0, z: 0, w: 0.5 } })] });
    expect(q).toMatchObject({ ok: false, code: 'BAD_QUATERNION', field: 'hands[1].orientation' });
    const g = viaWire({ hands: [hand(0, 0, { grip: 2 })] });
    expect(g).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'hands[0].grip', message: 'hands[0].grip is 2; accepted: 0 (open) .. 1 (closed).' });
    const p = viaWire({ hands: [hand(0, 0, { position: null })] });
    expect(p).toMatchObject({ ok: false, code: 'MISSING', field: 'hands[0].position' });
    const n = viaWire({ hands: [hand(0, 0, { position: { x: Number.NaN, y: 0, z: 0 } })] });
    expect(n).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'hands[0].position.x' });
  });

  it('refuses more hands than instruments could ever need', () => {
    const r = viaWire({ hands: [hand(0, 0), hand(1, 0), hand(2, 0), hand(3, 0), hand(4, 0)] }, {});
    expect(r).toMatchObject({ ok: false, code: 'BAD_HANDS', field: 'hands' });
  });

  it('a one-armed client\'s camera pedal holds its instrument', () => {
    const r = viaWire({ hands: [], arm_id: 0, position: { x: 0, y: 0, z: 0 }, orientation: { x: 0, y: 0, z: 0, w: 1 }, camera: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.hands).toBeUndefined();
    expect(r.frame.clutch).toBe(true);
  });
});
