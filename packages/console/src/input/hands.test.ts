import { describe, expect, it } from 'vitest';
import { HandPair, pairChanged, pairFlagsKey, pairSampledAtMs } from './hands.js';
import { actionFor, heldControlFor, KEY_BINDINGS } from './keymap.js';
import { PAD, mapGamepadBimanual } from './gamepad-map.js';
import { emptyContribution, type InputContribution } from './source.js';

const c = (over: Partial<InputContribution>): InputContribution => ({ ...emptyContribution(), ...over });

describe('HandPair: two-hand input routing', () => {
  it('single mode (a 1.0 agent): every device drives the right hand, the pedal is ignored', () => {
    const p = new HandPair();
    p.apply([c({ translationM: [0.01, 0, 0], hand: 'left', camera: true, operatorPresent: true }), c({ translationM: [0, 0.02, 0] })], 0);
    const s = p.state();
    expect(s.mode).toBe('single');
    expect(s.hands.right.position).toEqual([0.01, 0.02, 0]);
    expect(s.hands.left.position).toEqual([0, 0, 0]);
    expect(s.camera).toBe(false);
    expect(s.operatorPresent).toBe(true);
    expect(p.switchHand()).toBe('right');
  });

  it('bimanual, camera pedal held: the mouse moves both hands together (no turn of the line between them)', () => {
    const p = new HandPair();
    p.setMode('bimanual');
    p.apply([c({ translationM: [0.01, 0, 0], hand: 'left' })], 0);
    p.apply([c({ translationM: [0.02, 0, 0.01], rotation: [0, 0, Math.sin(0.05), Math.cos(0.05)], grip: 1, camera: true })], 1);
    const s = p.state();
    expect(s.camera).toBe(true);
    expect(s.hands.right.position).toEqual([0.02, 0, 0.01]);
    expect(s.hands.left.position[0]).toBeCloseTo(0.03, 12);
    expect(s.hands.left.position[2]).toBeCloseTo(0.01, 12);
    // Only the selected hand takes the rotation and the grip.
    expect(s.hands.left.orientation).toEqual([0, 0, 0, 1]);
    expect(s.hands.left.grip).toBe(0);
    expect(s.hands.right.grip).toBeGreaterThan(0);
    // Pedal released: the mouse drives the selected hand alone again.
    p.apply([c({ translationM: [0.01, 0, 0] })], 2);
    expect(p.state().hands.left.position[0]).toBeCloseTo(0.03, 12);
    expect(p.state().hands.right.position[0]).toBeCloseTo(0.03, 12);
  });

  it('bimanual: contributions that name a hand go to it; the others to the selected hand', () => {
    const p = new HandPair();
    p.setMode('bimanual');
    p.apply(
      [
        c({ translationM: [0.01, 0, 0], hand: 'left', grip: 0.5, clutch: true }),
        c({ translationM: [0, 0, 0.03], hand: 'right' }),
        c({ translationM: [0, 0.02, 0] }), // mouse: the selected hand (right)
      ],
      0,
    );
    const s = p.state();
    expect(s.hands.right.position).toEqual([0, 0.02, 0.03]);
    expect(s.hands.left.position).toEqual([0.01, 0, 0]);
    expect(s.hands.left.clutch).toBe(true);
    expect(s.hands.right.clutch).toBe(false);
    expect(pairFlagsKey(s)).toBe('-L-');
  });

  it('the hand switch moves only the selected hand; the other keeps its last pose and grip', () => {
    const p = new HandPair();
    p.setMode('bimanual');
    p.apply([c({ translationM: [0.01, 0, 0], grip: 1 })], 0);
    p.apply([c({ translationM: [0.01, 0, 0], grip: 1 })], 100);
    const before = p.state();
    expect(before.hands.right.position[0]).toBeCloseTo(0.02, 12);
    expect(before.hands.right.grip).toBeGreaterThan(0);
    expect(p.switchHand()).toBe('left');
    p.apply([c({ translationM: [0, -0.03, 0], grip: 0 })], 200);
    p.apply([c({ translationM: [0, -0.03, 0], grip: 0 })], 300);
    const after = p.state();
    expect(after.selected).toBe('left');
    expect(after.hands.right.position).toEqual(before.hands.right.position);
    expect(after.hands.right.grip).toBe(before.hands.right.grip);
    expect(after.hands.left.position).toEqual([0, -0.06, 0]);
    expect(p.switchHand()).toBe('right');
  });

  it('the dead-man and the camera pedal are frame-wide (OR over devices); releaseAll drops both', () => {
    const p = new HandPair();
    p.setMode('bimanual');
    p.apply([c({ hand: 'left', operatorPresent: true }), c({ camera: true })], 0);
    let s = p.state();
    expect(s.operatorPresent).toBe(true);
    expect(s.hands.right.operatorPresent).toBe(true);
    expect(s.hands.left.operatorPresent).toBe(true);
    expect(s.camera).toBe(true);
    expect(pairFlagsKey(s)).toBe('--K');
    p.releaseAll();
    s = p.state();
    expect(s.operatorPresent).toBe(false);
    expect(s.camera).toBe(false);
    p.apply([c({})], 4);
    expect(p.state().camera).toBe(false);
  });

  it('stamps two hands as one hand is stamped: the newest motion, else the still-claim; late motion when learned', () => {
    const p = new HandPair();
    p.setMode('bimanual');
    // The pointer (right) hand moved at 95 (its event's own time), polled at 100.
    p.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 95 })], 100, 98);
    let s = p.state();
    expect(pairSampledAtMs(s)).toBe(95);
    // Nothing moved: as far as the still-claim allows.
    p.apply([c({})], 104, 102);
    expect(pairSampledAtMs(p.state())).toBe(102);
    // After a late tick nothing is claimed; a pad moving the other hand is motion as of now.
    p.apply([c({ translationM: [0, 0.001, 0], hand: 'left' })], 108, false);
    expect(pairSampledAtMs(p.state())).toBe(108);
    expect(p.takeKnownLate()).toBe(false);
    // A pointer event from before that (queued behind a busy page) is stamped when learned.
    p.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 106 })], 112, false);
    expect(p.takeKnownLate()).toBe(true);
    expect(p.takeKnownLate()).toBe(false);
    s = p.state();
    expect(pairSampledAtMs(s)).toBe(112);
    // Single mode: exactly the one hand's time.
    const one = new HandPair();
    one.apply([c({ translationM: [0.001, 0, 0], sampledAtMs: 7 })], 10, 8);
    expect(pairSampledAtMs(one.state())).toBe(7);
    p.apply([c({ translationM: [0, 0.001, 0], hand: 'left' })], 110);
    expect(pairChanged(s, p.state())).toBe(true);
    const s2 = p.state();
    p.apply([c({})], 120);
    expect(pairChanged(s2, p.state())).toBe(false);
    expect(pairChanged(null, s2)).toBe(true);
  });
});

describe('keys and pads for two hands', () => {
  it('F switches hands, M or an F9 pedal is the held camera pedal; both only in the two-hand legend', () => {
    expect(actionFor('KeyF', false)).toBe('switchHand');
    expect(heldControlFor('KeyM')).toBe('camera');
    expect(heldControlFor('F9')).toBe('camera');
    expect(heldControlFor('KeyC')).toBe('clutch');
    const twoHandOnly = KEY_BINDINGS.filter((b) => b.bimanual).flatMap((b) => b.codes);
    expect(twoHandOnly.sort()).toEqual(['F9', 'KeyF', 'KeyM']);
  });

  it('a gamepad drives one hand per stick, grips on the triggers, a clutch each, RB the camera pedal', () => {
    const buttons = Array.from({ length: 17 }, () => ({ pressed: false, value: 0 }));
    buttons[PAD.LT] = { pressed: true, value: 0.4 };
    buttons[PAD.RT] = { pressed: true, value: 1 };
    buttons[PAD.LEFT] = { pressed: true, value: 1 };
    buttons[PAD.LB] = { pressed: true, value: 1 };
    const r = mapGamepadBimanual([1, 0, 0, -1], buttons, { speedMps: 0.08, angularRadps: 1 });
    expect(r.left.v).toEqual([0.08, -0, 0]);
    expect(r.right.v[1]).toBeCloseTo(0.08, 12);
    expect(r.right.v[0]).toBeCloseTo(0, 12);
    expect(r.left.grip).toBe(0.4);
    expect(r.right.grip).toBe(1);
    expect(r.left.clutch).toBe(true);
    expect(r.right.clutch).toBe(false);
    expect(r.present).toBe(true);
    expect(r.camera).toBe(false);
    buttons[PAD.RB] = { pressed: true, value: 1 };
    buttons[PAD.RS] = { pressed: true, value: 1 };
    const d = mapGamepadBimanual([0, 0, 0, -1], buttons);
    expect(d.camera).toBe(true);
    // R3 held: the right stick's up is "into the screen" for the right hand.
    expect(d.right.v[2]).toBeGreaterThan(0);
    expect(d.right.v[1]).toBeCloseTo(0, 12);
    // Broken axes count as centred.
    expect(mapGamepadBimanual([NaN, Infinity, 0, 0], []).left.v.map(Math.abs)).toEqual([0, 0, 0]);
  });
});
