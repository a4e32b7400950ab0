import { describe, expect, it } from 'vitest';
import { ArmsHarness, ECM_HOME, PSM_BASE_IN_CART } from '../testing/arms-harness.js';
import { qConj, qMul, qRotate } from '../math/quat.js';
import { vDist, vScale, vSub } from '../math/vec3.js';
import type { Vec3 } from '../types.js';
import { parseMultiArmConfig } from './config.js';

const moveHand = (h: ArmsHarness, i: number, d: Vec3, s: number, each?: () => void): void => {
  const n = Math.round(s * 1000);
  for (let k = 0; k < n; k++) {
    const p = h.hands[i]!.position;
    h.hands[i]!.position = [p[0] + d[0] / n, p[1] + d[1] / n, p[2] + d[2] / n];
    h.tick();
    each?.();
  }
};

/** A PSM tool displacement (its base frame) seen in the camera frame of the ECM's setpoint. */
function inCamera(h: ArmsHarness, d: Vec3): Vec3 {
  const ecm = h.last.arms[2]!.setpoint_cp.orientation;
  return qRotate(qConj(ecm), qRotate(PSM_BASE_IN_CART, d));
}

describe('MultiArmCore', () => {
  it('engages both instruments with two hands; each follows its own hand, mapped in the camera frame', () => {
    const h = new ArmsHarness();
    h.engage();
    expect(h.last.arms.map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING', 'IDLE']);
    const p1 = h.last.arms[0]!.setpoint_cp.position;
    const p2 = h.last.arms[1]!.setpoint_cp.position;
    moveHand(h, 0, [0.02, 0, 0], 0.2);
    h.run(1.5);
    const d1 = vSub(h.last.arms[0]!.setpoint_cp.position, p1);
    // 2 cm along x in the console eye frame (= camera frame; on a dVRK x points to the LEFT of the picture,
    // the ISI convention of the ECM and the surgeon's console alike) -> 4 mm along x in the picture (scale 0.2);
    // what is left is the tremor filter's ringing after the hand stopped.
    const c1 = inCamera(h, d1);
    expect(Math.abs(c1[0] - 0.004)).toBeLessThan(2e-5);
    expect(Math.abs(c1[1]) + Math.abs(c1[2])).toBeLessThan(1e-6);
    expect(vDist(h.last.arms[1]!.setpoint_cp.position, p2)).toBeLessThan(1e-9);
  });

  it('camera mode: the instruments hold, the hands move the ECM; release re-anchors without a jump and "right" stays right in the picture', () => {
    const h = new ArmsHarness();
    h.engage();
    const held = h.last.arms.map((a) => a.setpoint_cp.position);
    h.camera = true;
    h.run(0.1);
    expect(h.last.cameraMode).toBe(true);
    expect(h.last.arms.slice(0, 2).map((a) => a.state)).toEqual(['CLUTCHED', 'CLUTCHED']);
    // Both hands 4 cm right and 2 cm further away: the scope turns right and goes in.
    for (let k = 0; k < 400; k++) {
      for (const hand of h.hands) hand.position = [hand.position[0] + 0.0001, hand.position[1], hand.position[2] + 0.00005];
      h.tick();
    }
    h.run(0.5);
    const ecm = h.last.arms[2]!.setpoint_cp;
    expect(ecm.position[0]).toBeGreaterThan(0.01); // tip moved toward +x (camera x at home)
    expect(Math.hypot(...ecm.position)).toBeGreaterThan(0.125); // inserted
    expect(vDist(h.last.arms[0]!.setpoint_cp.position, held[0]!)).toBeLessThan(1e-9);
    expect(vDist(h.last.arms[1]!.setpoint_cp.position, held[1]!)).toBeLessThan(1e-9);
    // Release: no tick moves an instrument more than 0.1 mm (here: none moves at all until the hand does).
    h.camera = false;
    let prev = h.last.arms.map((a) => a.setpoint_cp.position);
    let maxStep = 0;
    h.run(0.2, (o) => {
      o.arms.slice(0, 2).forEach((a, i) => (maxStep = Math.max(maxStep, vDist(a.setpoint_cp.position, prev[i]!))));
      prev = o.arms.map((a) => a.setpoint_cp.position);
    });
    expect(h.last.cameraMode).toBe(false);
    expect(h.last.arms.slice(0, 2).map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING']);
    expect(maxStep).toBeLessThan(1e-4);
    expect(h.events.some((e) => e.code === 'CAMERA_MODE')).toBe(true);
    // Hand right -> tool right in the NEW picture.
    const p1 = h.last.arms[0]!.setpoint_cp.position;
    moveHand(h, 0, [0.02, 0, 0], 0.2);
    h.run(1.5);
    const c1 = inCamera(h, vSub(h.last.arms[0]!.setpoint_cp.position, p1));
    expect(Math.abs(c1[0] - 0.004)).toBeLessThan(2e-5);
    expect(Math.abs(c1[1]) + Math.abs(c1[2])).toBeLessThan(2e-5);
  });

  it('camera roll follows the rotation of the line between the hands', () => {
    const h = new ArmsHarness();
    h.engage();
    h.camera = true;
    h.run(0.05);
    // Turn the line between the hands by 0.3 rad about the view direction (camera z).
    const c: Vec3 = [0, 0, 0.3];
    for (let k = 1; k <= 300; k++) {
      const a = (0.3 * k) / 300;
      h.hands[0]!.position = [c[0] - 0.1 * Math.cos(a), c[1] - 0.1 * Math.sin(a), c[2]];
      h.hands[1]!.position = [c[0] + 0.1 * Math.cos(a), c[1] + 0.1 * Math.sin(a), c[2]];
      h.tick();
    }
    h.run(1);
    const q = h.last.arms[2]!.setpoint_cp.orientation;
    const roll = qMul(qConj(ECM_HOME.orientation), q);
    expect(2 * Math.atan2(roll[2], roll[3])).toBeCloseTo(0.3, 3);
    expect(vDist(h.last.arms[2]!.setpoint_cp.position, ECM_HOME.position)).toBeLessThan(1e-6);
  });

  it('a fault on one arm holds both instruments; ENGAGE is refused until a reset', () => {
    const h = new ArmsHarness();
    h.engage();
    h.arms[1]!.state = 'FAULT';
    h.arms[1]!.fault = 'ARM_POWER_LOSS';
    h.tick();
    expect(h.last.arms[1]!.state).toBe('FAULT');
    expect(h.last.arms[0]!.state).toBe('IDLE');
    expect(h.events.find((e) => e.code === 'PEER_FAULT')?.message).toContain('PSM2 reports a fault (ARM_POWER_LOSS)');
    const id = h.command('ENGAGE');
    h.tick();
    expect(h.ack(id)?.reason).toMatch(/^LATCHED_FAULT: PSM2/);
    // The hand moves: nothing does.
    const p = h.last.arms[0]!.setpoint_cp.position;
    h.run(0.3);
    moveHand(h, 0, [0.03, 0, 0], 0.2);
    expect(vDist(h.last.arms[0]!.setpoint_cp.position, p)).toBeLessThan(1e-6);
    h.arms[1]!.state = 'ENABLED';
    delete h.arms[1]!.fault;
    const r = h.command('RESET_FAULT');
    h.tick();
    expect(h.ack(r)?.ok).toBe(true);
    h.command('ENGAGE');
    h.run(0.05);
    expect(h.last.arms.slice(0, 2).map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING']);
  });

  it('an ECM fault holds the instruments too; one e-stop stops every arm', () => {
    const h = new ArmsHarness();
    h.engage();
    h.arms[2]!.state = 'FAULT';
    h.arms[2]!.fault = 'ARM_JOINT_STUCK';
    h.tick();
    expect(h.last.arms.map((a) => a.state)).toEqual(['IDLE', 'IDLE', 'FAULT']);
    h.arms[2]!.state = 'ENABLED';
    delete h.arms[2]!.fault;
    h.command('RESET_FAULT');
    h.tick();
    h.command('ENGAGE');
    h.run(0.05);
    expect(h.last.arms.map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING', 'IDLE']);
    h.command('ESTOP', { sourceId: 'bedside' });
    h.tick();
    expect(h.last.arms.map((a) => a.state)).toEqual(['ESTOPPED', 'ESTOPPED', 'ESTOPPED']);
  });

  it('per-arm clutch and jaw', () => {
    const h = new ArmsHarness();
    h.engage();
    h.run(1);
    h.hands[1]!.clutch = true;
    h.hands[0]!.grip = 1;
    h.run(0.1);
    expect(h.last.arms.slice(0, 2).map((a) => a.state)).toEqual(['FOLLOWING', 'CLUTCHED']);
    h.run(1);
    // Grip 1 closes PSM1's jaw; PSM2's (clutched, grip 0) stays open.
    expect(h.last.arms[0]!.jaw_setpoint_rad).toBeCloseTo(-0.1, 6);
    expect(h.last.arms[1]!.jaw_setpoint_rad).toBeCloseTo(1, 6);
    expect(h.last.cameraMode).toBe(false);
    // CLUTCH with an arm id presses that arm's clutch only; the ECM has none.
    h.hands[1]!.clutch = false;
    h.run(0.1);
    const c = h.command('CLUTCH', { flag: true, armId: 0 });
    const e = h.command('CLUTCH', { flag: true, armId: 2 });
    h.tick();
    expect(h.ack(c)?.ok).toBe(true);
    expect(h.ack(e)?.reason).toMatch(/^BAD_COMMAND: CLUTCH addresses ECM/);
    h.tick();
    expect(h.last.arms.slice(0, 2).map((a) => a.state)).toEqual(['CLUTCHED', 'FOLLOWING']);
  });

  it('a one-armed client drives arm 0 of a bimanual set; the other instrument stays idle', () => {
    const h = new ArmsHarness({ client: 'single' });
    h.engage();
    expect(h.last.arms.map((a) => a.state)).toEqual(['FOLLOWING', 'IDLE', 'IDLE']);
    const p = h.last.arms[0]!.setpoint_cp.position;
    moveHand(h, 0, [0, 0.02, 0], 0.2);
    h.run(1.5);
    expect(Math.abs(vDist(h.last.arms[0]!.setpoint_cp.position, p) - 0.004)).toBeLessThan(2e-5);
  });

  it('validates its config with clear errors', () => {
    const bad = parseMultiArmConfig({
      arms: [
        { armId: 2, name: 'ECM', kind: 'CAMERA' },
        { armId: 2, name: 'PSM1', kind: 'TOOL' },
      ],
      camera: { zoomScale: 9, warp: 1 },
    });
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    expect(errors).toContain('arms[1].armId: 2 is used twice; every arm needs its own id');
    expect(errors).toContain('arms[1].kind: TOOL is not accepted; expected INSTRUMENT or CAMERA');
    expect(errors.some((e) => e.startsWith('arms[0]: the first arm must be an INSTRUMENT'))).toBe(true);
    expect(errors).toContain('camera.zoomScale: 9 is not accepted; expected a number between 0.05 and 2');
    expect(errors.some((e) => e.startsWith('camera.warp: unknown field'))).toBe(true);
  });

  it('takes a HOME target per instrument (inside the workspace; none for the camera)', () => {
    const home = { position: [0.1, -0.03, -0.1] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };
    const ok = parseMultiArmConfig({ arms: [{ armId: 0, name: 'PSM1', kind: 'INSTRUMENT', home }, { armId: 1, name: 'ECM', kind: 'CAMERA' }] });
    expect(ok.ok && ok.config.arms[0]!.home).toEqual(home);
    const bad = parseMultiArmConfig({
      arms: [
        { armId: 0, name: 'PSM1', kind: 'INSTRUMENT', home: { position: [0.5, 0, -0.1], orientation: [0, 0, 0, 1] } },
        { armId: 1, name: 'PSM2', kind: 'INSTRUMENT', home: { position: [0, 0], orientation: [0, 0, 0, 1] } },
        { armId: 2, name: 'ECM', kind: 'CAMERA', home },
      ],
    });
    const errors = bad.ok ? [] : bad.errors;
    expect(errors).toContain('arms[0].home.position: [0.5,0,-0.1] is not accepted; expected a position inside core.limits.workspace');
    expect(errors.some((e) => e.startsWith('arms[1].home: {"position":[0,0]'))).toBe(true);
    expect(errors).toContain('arms[2].home: only an INSTRUMENT has a HOME target; the camera arm is homed by its driver');
  });

  it('is deterministic', () => {
    const run = (): string => {
      const h = new ArmsHarness();
      h.engage();
      const lines: string[] = [];
      for (let k = 0; k < 1500; k++) {
        h.hands[0]!.position[0] += 0.00002 * Math.sin(k / 50);
        h.hands[1]!.position[1] += 0.00002 * Math.cos(k / 70);
        h.camera = k > 500 && k < 900;
        const o = h.tick();
        lines.push(JSON.stringify(o.arms.map((a) => a.setpoint_cp)));
      }
      return lines.join('\n');
    };
    expect(run()).toBe(run());
    void vScale;
  });

  it('ENGAGE is all or nothing: one instrument refusing disengages the other, and the ack names it', () => {
    const h = new ArmsHarness();
    h.arms[1]!.homed = false;
    h.run(0.3);
    const id = h.command('ENGAGE');
    h.tick();
    expect(h.ack(id)?.ok).toBe(false);
    expect(h.ack(id)?.reason).toMatch(/^ARM_NOT_HOMED: .*\(PSM2\)$/);
    h.tick();
    expect(h.last.arms.map((a) => a.state)).toEqual(['IDLE', 'IDLE', 'IDLE']);
  });

  it('camera mode ends when the operator lets go: the ECM brakes to a hold, the instruments hold', () => {
    const h = new ArmsHarness();
    h.engage();
    h.camera = true;
    h.run(0.1);
    expect(h.last.cameraMode).toBe(true);
    for (let k = 0; k < 200; k++) {
      for (const hand of h.hands) hand.position = [hand.position[0] + 0.0002, hand.position[1], hand.position[2]];
      h.tick();
    }
    h.operatorPresent = false;
    h.run(0.1);
    expect(h.last.cameraMode).toBe(false);
    expect(h.last.arms.slice(0, 2).map((a) => a.state)).toEqual(['HOLDING', 'HOLDING']);
    h.run(0.5);
    const ecm = h.last.arms[2]!.setpoint_cp.position;
    for (let k = 0; k < 200; k++) {
      for (const hand of h.hands) hand.position = [hand.position[0] + 0.0002, hand.position[1], hand.position[2]];
      h.tick();
    }
    expect(vDist(h.last.arms[2]!.setpoint_cp.position, ecm)).toBe(0);
  });

  it('a hand addressed to the camera arm is ignored (with an event); the instruments follow their own hands', () => {
    const h = new ArmsHarness();
    h.extraHands = [{ armId: 2, position: [0, 0, 0.3], orientation: [0, 0, 0, 1], grip: 0, clutch: false }];
    h.engage();
    expect(h.last.arms.map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING', 'IDLE']);
    expect(h.events.find((e) => e.code === 'FRAME_WRONG_ARM')?.message).toBe('A hand for arm 2: arms: 0 PSM1 (INSTRUMENT), 1 PSM2 (INSTRUMENT), 2 ECM (CAMERA).');
  });

  it('the camera moving while the instruments follow re-anchors them at their target: no jump', () => {
    const h = new ArmsHarness();
    h.engage();
    const before = h.last.arms.map((a) => a.setpoint_cp.position);
    // The ECM turns 0.2 rad about its base x by itself (another controller, the bedside): the
    // registration changes under following instruments, whose hands are still.
    const turn = [Math.sin(0.05), 0, 0, Math.cos(0.05)] as [number, number, number, number];
    for (let k = 0; k < 4; k++) {
      h.arms[2]!.state = 'DISABLED'; // not driven by the core: its setpoint follows the measurement
      const q = h.arms[2]!.measured.orientation;
      h.arms[2]!.measured = { position: qRotate(turn, h.arms[2]!.measured.position), orientation: qMul(turn, q) };
      h.tick();
    }
    h.run(0.2);
    h.last.arms.slice(0, 2).forEach((a, i) => expect(vDist(a.setpoint_cp.position, before[i]!)).toBeLessThan(1e-9));
    // And a hand moving right now moves its tool right in the turned picture.
    const p1 = h.last.arms[0]!.setpoint_cp.position;
    moveHand(h, 0, [0.02, 0, 0], 0.2);
    h.run(1.5);
    const ecmQ = h.arms[2]!.measured.orientation;
    const c1 = qRotate(qConj(ecmQ), qRotate(PSM_BASE_IN_CART, vSub(h.last.arms[0]!.setpoint_cp.position, p1)));
    expect(Math.abs(c1[0] - 0.004)).toBeLessThan(2e-5);
    expect(Math.abs(c1[1]) + Math.abs(c1[2])).toBeLessThan(2e-5);
  });
});
