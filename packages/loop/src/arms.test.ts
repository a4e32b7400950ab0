// The multi-arm tick on the simulated dVRK cart: PSM1, PSM2 (SimulatedPsm) and the ECM (SimulatedEcm),
// placed as the system file places them; two-handed frames; camera mode; instrument motion in the
// camera frame checked with @farhand/sim's own placement (placeArms / toCameraFrame).
import { describe, expect, it } from 'vitest';
import { agentConfigSchema } from '@farhand/protocol';
import type { ArmCoreCommand, ArrivedArmsFrame, Quat, Vec3 } from '@farhand/latency-core';
import { dvrkCart, placeArms, toCameraFrame } from '@farhand/sim';
import { completeConfig } from './effective.js';
import { createArmsRuntime, runArmsTick, isMultiArm } from './arms.js';

const MS = 1e6;

async function cart() {
  const c = completeConfig(agentConfigSchema.parse({ arms: 'PSM1,PSM2,ECM', sim: { seed: 11 } }));
  if (!c.ok) throw new Error(c.errors.join('\n'));
  expect(isMultiArm(c.config)).toBe(true);
  const rt = await createArmsRuntime(c.config);
  const hands: Vec3[] = [
    [-0.1, 0, 0.3],
    [0.1, 0, 0.3],
  ];
  let now = 0;
  let seq = 0;
  let camera = false;
  const queue: ArrivedArmsFrame[] = [];
  const acks: { id: number; ok: boolean; reason: string }[] = [];
  let pending: ArmCoreCommand[] = [];
  let last = null as ReturnType<typeof runArmsTick> | null;
  const tick = () => {
    now += MS;
    if (now % (10 * MS) === 0) {
      queue.push({
        frame: { seq: ++seq, captureTimeNs: now, operatorPresent: true, camera, hands: hands.map((p, armId) => ({ armId, position: [...p] as Vec3, orientation: [0, 0, 0, 1] as Quat, grip: 0, clutch: false })) },
        receiveTimeNs: now + 20 * MS,
        sourceId: 's',
      });
    }
    const frames = queue.filter((f) => f.receiveTimeNs <= now);
    queue.splice(0, frames.length);
    const commands = pending;
    pending = [];
    last = runArmsTick(rt.core, rt.arms, now, { frames, clockSamples: [], commands, controllerId: 's' });
    acks.push(...last.output.acks);
    return last;
  };
  const run = (s: number, each?: () => void) => {
    for (let i = 0; i < s * 1000; i++) {
      tick();
      each?.();
    }
  };
  return {
    rt,
    hands,
    tick,
    run,
    acks,
    setCamera: (v: boolean) => (camera = v),
    command: (type: ArmCoreCommand['type']) => pending.push({ id: acks.length + pending.length + 1, sourceId: 's', type }),
    get last() {
      return last!;
    },
  };
}

describe('runArmsTick on the simulated cart', () => {
  it('drives PSM1, PSM2 and the ECM in one tick; right on the console is right in the picture, before and after a camera move', async () => {
    const h = await cart();
    h.run(0.3);
    h.command('ENGAGE');
    h.run(0.1);
    expect(h.last.output.arms.map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING', 'IDLE']);
    const c = dvrkCart();
    const toolInCamera = (i: 0 | 1) => {
      const ecm = h.last.readings[2]!;
      const placement = placeArms(c, { joints: ecm.measured_js });
      return toCameraFrame(placement, i === 0 ? 'PSM1' : 'PSM2', h.last.readings[i]!.measured_cp).position;
    };
    const rightInPicture = (i: 0 | 1) => {
      const before = toolInCamera(i);
      for (let k = 0; k < 200; k++) {
        h.hands[i]![0] += 0.0001;
        h.tick();
      }
      h.run(1.5);
      const after = toolInCamera(i);
      return [after[0] - before[0], after[1] - before[1], after[2] - before[2]];
    };
    // 2 cm along the console's x (console eye = camera frame; on a dVRK both point x to the LEFT of the
    // picture, ISI convention) -> 4 mm along the camera's x, the same way in the picture, as measured by the arms.
    let d = rightInPicture(0);
    expect(d[0]).toBeGreaterThan(0.0037);
    expect(d[0]).toBeLessThan(0.0043);
    expect(Math.hypot(d[1]!, d[2]!)).toBeLessThan(0.0004);

    // Camera mode: both hands 4 cm along x: the ECM turns, the instruments hold.
    const ecmJoints0 = [...h.last.readings[2]!.measured_js];
    h.setCamera(true);
    h.run(0.1);
    expect(h.last.output.cameraMode).toBe(true);
    const held = [h.last.output.arms[0]!.setpoint_cp.position, h.last.output.arms[1]!.setpoint_cp.position];
    for (let k = 0; k < 400; k++) {
      for (const p of h.hands) p[0] += 0.0001;
      h.tick();
    }
    h.run(0.6);
    const ecmJoints1 = h.last.readings[2]!.measured_js;
    expect(Math.abs(ecmJoints1[0]! - ecmJoints0[0]!) + Math.abs(ecmJoints1[1]! - ecmJoints0[1]!)).toBeGreaterThan(0.1);
    expect(h.last.output.arms[0]!.setpoint_cp.position).toEqual(held[0]);
    expect(h.last.output.arms[1]!.setpoint_cp.position).toEqual(held[1]);
    h.setCamera(false);
    let prev = h.last.output.arms.map((a) => a.setpoint_cp.position);
    let maxStep = 0;
    h.run(0.3, () => {
      h.last.output.arms.slice(0, 2).forEach((a, i) => {
        const p = a.setpoint_cp.position;
        maxStep = Math.max(maxStep, Math.hypot(p[0] - prev[i]![0], p[1] - prev[i]![1], p[2] - prev[i]![2]));
      });
      prev = h.last.output.arms.map((a) => a.setpoint_cp.position);
    });
    expect(maxStep).toBeLessThan(1e-4);
    expect(h.last.output.arms.map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING', 'IDLE']);
    // The console's x is still the new picture's x, for both instruments.
    d = rightInPicture(1);
    expect(d[0]).toBeGreaterThan(0.0037);
    expect(d[0]).toBeLessThan(0.0043);
    expect(Math.hypot(d[1]!, d[2]!)).toBeLessThan(0.0004);
    // No fault anywhere (the simulated arms tracked every setpoint).
    expect(h.last.output.events.filter((e) => e.severity === 'ALARM' || e.severity === 'CRITICAL')).toEqual([]);
    expect(h.last.readings.every((r) => r.operating_state === 'ENABLED')).toBe(true);
  }, 60_000);

  it('lets the two instruments meet on the view axis (the cart workspace, not the one-arm box)', async () => {
    const h = await cart();
    expect(h.rt.core.config.core.limits.workspace).toEqual({ shape: 'box', minM: [-0.25, -0.15, -0.25], maxM: [0.25, 0.15, -0.03] });
    h.run(0.3);
    h.command('ENGAGE');
    h.run(0.1);
    const c = dvrkCart();
    const tipX = (i: 0 | 1) => toCameraFrame(placeArms(c, { joints: h.last.readings[2]!.measured_js }), i === 0 ? 'PSM1' : 'PSM2', h.last.readings[i]!.measured_cp).position[0];
    expect(tipX(0)).toBeCloseTo(-0.07, 2);
    expect(tipX(1)).toBeCloseTo(0.07, 2);
    // Each hand 35 cm toward the other over 3.5 s: each tip 7 cm, onto the view axis (PSM1 is on the
    // right of the picture, -x; PSM2 on the left, +x). The one-arm box stopped each 5 cm short of it.
    for (let k = 0; k < 3500; k++) {
      h.hands[0]![0] += 0.0001;
      h.hands[1]![0] -= 0.0001;
      h.tick();
    }
    h.run(1);
    expect(Math.abs(tipX(0))).toBeLessThan(0.003);
    expect(Math.abs(tipX(1))).toBeLessThan(0.003);
    expect(h.last.output.arms.slice(0, 2).map((a) => a.state)).toEqual(['FOLLOWING', 'FOLLOWING']);
    expect(h.last.output.events.filter((e) => e.severity === 'ALARM' || e.severity === 'CRITICAL')).toEqual([]);
  }, 60_000);

  it('keeps a workspace the config gives, and the one-arm default for one arm', () => {
    const given = completeConfig(agentConfigSchema.parse({ arms: 'PSM1,PSM2', sim: { seed: 1 }, core: { limits: { workspace: { shape: 'cylinder' } } } }));
    if (!given.ok) throw new Error(given.errors.join('\n'));
    expect(given.config.core.limits.workspace.shape).toBe('cylinder');
    const one = completeConfig(agentConfigSchema.parse({ sim: { seed: 1 } }));
    if (!one.ok) throw new Error(one.errors.join('\n'));
    expect(one.config.core.limits.workspace).toEqual({ shape: 'box', minM: [-0.15, -0.15, -0.25], maxM: [0.15, 0.15, -0.03] });
  });

  it('refuses a bad arms list with a clear error', () => {
    const twice = agentConfigSchema.safeParse({ arms: 'PSM1,PSM1' });
    expect(twice.success).toBe(false);
    const first = agentConfigSchema.safeParse({ arms: ['ECM', 'PSM1'] });
    expect(first.success).toBe(false);
    const unknown = agentConfigSchema.safeParse({ arms: 'PSM1,PSM3' });
    expect(unknown.success).toBe(false);
    const cam = completeConfig(agentConfigSchema.parse({ arms: 'PSM1,ECM', multiArm: { camera: { zoomScale: 50 } } }));
    expect(cam.ok).toBe(false);
    expect(cam.ok ? [] : cam.errors).toContain('multiArm.camera.zoomScale: 50 is not accepted; expected a number between 0.05 and 2');
  });
});
