import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, farhand, toMotionFrame } from '@farhand/protocol';
import { buildMotionFrame, commandArmId, rosterFromWelcome } from './motion-out.js';
import { HandPair } from './input/hands.js';
import { emptyContribution } from './input/source.js';

const { INSTRUMENT, CAMERA } = farhand.v1.ArmKind;
const CART = { arm_ids: [0, 1, 2], arms: [{ arm_id: 0, name: 'PSM1', kind: INSTRUMENT }, { arm_id: 1, name: 'PSM2', kind: INSTRUMENT }, { arm_id: 2, name: 'ECM', kind: CAMERA }] };

describe('rosterFromWelcome', () => {
  it('a 1.0 agent (no Welcome.arms) or one instrument: single-hand frames', () => {
    const old = rosterFromWelcome({ arm_ids: [0] });
    expect(old.bimanual).toBe(false);
    expect(old.singleArmId).toBe(0);
    expect(rosterFromWelcome(null).bimanual).toBe(false);
    const one = rosterFromWelcome({ arm_ids: [3, 2], arms: [{ arm_id: 3, name: 'PSM1', kind: INSTRUMENT }, { arm_id: 2, name: 'ECM', kind: CAMERA }] });
    expect(one.bimanual).toBe(false);
    expect(one.singleArmId).toBe(3);
    expect(one.camera?.name).toBe('ECM');
  });

  it('two instruments: right hand PSM1, left hand PSM2 (by name, whatever the order), the ECM as camera', () => {
    const r = rosterFromWelcome(CART);
    expect(r.bimanual).toBe(true);
    expect(r.handArms?.right.name).toBe('PSM1');
    expect(r.handArms?.left.name).toBe('PSM2');
    expect(r.camera?.armId).toBe(2);
    const swapped = rosterFromWelcome({ arm_ids: [5, 7], arms: [{ arm_id: 5, name: 'PSM2', kind: INSTRUMENT }, { arm_id: 7, name: 'PSM1', kind: INSTRUMENT }] });
    expect(swapped.handArms?.right.armId).toBe(7);
    expect(swapped.handArms?.left.armId).toBe(5);
    const unnamed = rosterFromWelcome({ arm_ids: [0, 1], arms: [{ arm_id: 0, kind: INSTRUMENT }, { arm_id: 1, kind: INSTRUMENT }] });
    expect(unnamed.handArms?.right.armId).toBe(0);
    expect(unnamed.handArms?.left.armId).toBe(1);
  });

  it('commands address the instrument of the selected hand with two instruments, arm_ids[0] otherwise', () => {
    const r = rosterFromWelcome({ arm_ids: [5, 7, 2], arms: [{ arm_id: 5, name: 'PSM2', kind: INSTRUMENT }, { arm_id: 7, name: 'PSM1', kind: INSTRUMENT }, { arm_id: 2, name: 'ECM', kind: CAMERA }] });
    expect(commandArmId(r, 'bimanual', 'right')).toBe(7);
    expect(commandArmId(r, 'bimanual', 'left')).toBe(5);
    // The hands not (yet) in two-handed mode: the one arm a single-hand frame names.
    expect(commandArmId(r, 'single', 'left')).toBe(5);
    const one = rosterFromWelcome({ arm_ids: [3] });
    expect(commandArmId(one, 'single', 'right')).toBe(3);
    expect(commandArmId(one, 'bimanual', 'left')).toBe(3);
  });

  it('leaves out duplicate ids and arms of an unknown kind', () => {
    const r = rosterFromWelcome({ arm_ids: [0, 1], arms: [{ arm_id: 0, name: 'PSM1', kind: INSTRUMENT }, { arm_id: 0, name: 'PSM2', kind: INSTRUMENT }, { arm_id: 1, name: 'X', kind: 0 }] });
    expect(r.arms.map((a) => a.name)).toEqual(['PSM1']);
    expect(r.bimanual).toBe(false);
  });
});

describe('buildMotionFrame', () => {
  const pair = (mode: 'single' | 'bimanual'): HandPair => {
    const p = new HandPair();
    p.setMode(mode);
    p.apply([{ ...emptyContribution(), translationM: [0.01, 0.02, 0.03], grip: 1, operatorPresent: true, clutch: true }], 0);
    // The grip follows a held request at its rate: it has closed by 0.5 after 0.1 s.
    p.apply([{ ...emptyContribution(), translationM: [-0.01, 0, 0], hand: 'left', camera: true, operatorPresent: true }, { ...emptyContribution(), grip: 1 }], 100);
    return p;
  };

  it('single-hand frame, exactly as before, for a 1.0 agent', () => {
    const s = pair('single').state();
    const f = buildMotionFrame(rosterFromWelcome({ arm_ids: [0] }), s, { seq: 7, captureTimeNs: 1234.4 });
    const h = s.hands.right;
    expect(f).toEqual(toMotionFrame({ armId: 0, seq: 7, captureTimeNs: 1234.4, position: h.position, orientation: h.orientation, grip: h.grip, clutch: h.clutch, operatorPresent: true }));
    expect(f.hands).toBeUndefined();
    expect(f.camera).toBeUndefined();
  });

  it('two-hand frame: both instruments in `hands`, single-hand fields unset, one dead-man, the pedal; it round-trips', () => {
    const s = pair('bimanual').state();
    const f = buildMotionFrame(rosterFromWelcome(CART), s, { seq: 9, captureTimeNs: 5e9 });
    expect(f.position).toBeUndefined();
    expect(f.orientation).toBeUndefined();
    expect(f.arm_id).toBeUndefined();
    expect(f.operator_present).toBe(true);
    expect(f.camera).toBe(true);
    const bytes = encodeEnvelope({ motion: f });
    const d = decodeEnvelope(bytes);
    if (!d.ok || d.kind !== 'motion') throw new Error('did not decode');
    const m = d.message;
    expect(m.hands.map((h) => h.arm_id)).toEqual([0, 1]);
    expect(m.hands[0]!.position!.x).toBeCloseTo(0.01, 6);
    expect(m.hands[1]!.position!.x).toBeCloseTo(-0.01, 6);
    expect(m.hands[0]!.clutch).toBe(false); // the clutch was released in the second poll
    expect(m.hands[0]!.grip).toBeCloseTo(0.5, 6);
    expect(m.hands[1]!.grip).toBe(0);
    expect(m.position ?? null).toBeNull();
    expect(Number(m.seq)).toBe(9);
  });

  it('refuses a stamp uint64 cannot carry', () => {
    const s = pair('bimanual').state();
    expect(() => buildMotionFrame(rosterFromWelcome(CART), s, { seq: -1, captureTimeNs: 0 })).toThrow(RangeError);
    expect(() => buildMotionFrame(rosterFromWelcome(CART), s, { seq: 1, captureTimeNs: NaN })).toThrow(RangeError);
  });
});
