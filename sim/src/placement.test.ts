import { describe, expect, it } from 'vitest';
import { DVRK_CART_SIMULATED_BASE_FRAMES, dvrkCart, fromCameraFrame, placeArms, toCameraFrame } from './placement.js';
import { createPsm } from './kinematics.js';
import { composeFrames, frameFromMatrix, invertFrame, transformPoint } from './frames.js';
import { quatToRotation, rotationAngleBetween, toPose } from './math.js';
import { loadBagJsCp } from '../test/fixtures.js';

const DEG = Math.PI / 180;
const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('dvrkCart / placeArms', () => {
  it('PSM2 base frame * FK(measured_js) reproduces the real bag\'s /PSM2/measured_cp (12 rows)', () => {
    const cart = dvrkCart();
    const placement = placeArms(cart, { joints: cart.ecmReferenceJoints });
    const psm = createPsm({ tool: 'LND400006' });
    const rows = loadBagJsCp();
    expect(rows).toHaveLength(12);
    const errs: number[] = [];
    let worstRot = 0;
    for (const row of rows) {
      const tip = toCameraFrame(placement, 'PSM2', psm.forwardKinematics(row.q));
      errs.push(dist(tip.position, row.position));
      worstRot = Math.max(worstRot, rotationAngleBetween(tip.rotation, quatToRotation(row.orientation)));
    }
    errs.sort((a, b) => a - b);
    const median = (errs[5]! + errs[6]!) / 2;
    // 0.82 um median (the recording's rounding; 0.72 um with the JSON's literal 1.5708 for pi/2). The
    // worst row, 8.2 um / 0.017 deg, is one of the ~7% of samples whose measured_cp belongs to the
    // neighbouring control cycle (its stamp precedes measured_js's by up to 1.3 ms).
    expect(median).toBeLessThan(1e-6);
    expect(errs[11]!).toBeLessThan(1e-5);
    expect(worstRot).toBeLessThan(0.02 * DEG);
    // PSM1's base is the mirror image: the same joints put the tip 40 cm further along the camera -x
    const q = rows[3]!.q;
    const a = toCameraFrame(placement, 'PSM1', psm.forwardKinematics(q));
    const b = toCameraFrame(placement, 'PSM2', psm.forwardKinematics(q));
    expect(dist([b.position[0] - 0.4, b.position[1], b.position[2]], a.position)).toBeLessThan(1e-12);
  });

  it('at the reference ECM joints, the base frames in the camera frame are the system file\'s; the ECM sees itself at the inverse camera', () => {
    const cart = dvrkCart();
    const p = placeArms(cart, { joints: [0, 0, 0.12, 0] });
    for (const arm of ['PSM1', 'PSM2'] as const) {
      const want = frameFromMatrix(DVRK_CART_SIMULATED_BASE_FRAMES[arm]);
      expect(dist(p.baseInCamera[arm].position, want.position)).toBeLessThan(1e-15);
      expect(rotationAngleBetween(p.baseInCamera[arm].rotation, want.rotation)).toBeLessThan(1e-9);
    }
    const ecmInCamera = invertFrame(cart.ecm.forwardKinematics([0, 0, 0.12, 0]));
    expect(dist(p.baseInCamera.ECM.position, ecmInCamera.position)).toBeLessThan(1e-15);
    // the camera looks straight down at the reference (straight scope), the PSM RCMs sit 20 cm to either side of it
    expect(p.camera.rotation[2]![2]).toBeCloseTo(-1, 15);
    expect(dist(cart.bases.PSM2.position, [0.2, 0, -0.1207])).toBeLessThan(1e-12);
    expect(dist(cart.bases.PSM1.position, [-0.2, 0, -0.1207])).toBeLessThan(1e-12);
  });

  it('moving the ECM moves the camera, not the instruments: cart poses unchanged, camera-frame poses follow the camera', () => {
    const cart = dvrkCart();
    const psm = createPsm();
    const tipLocal = psm.forwardKinematics([0.2, -0.1, 0.15, 0.3, 0.2, -0.1]);
    const before = placeArms(cart, { joints: [0, 0, 0.12, 0] });
    const ecmQ = [0.3, 0.2, 0.08, -0.5];
    const after = placeArms(cart, { joints: ecmQ });
    const inCartBefore = composeFrames(before.camera, toCameraFrame(before, 'PSM2', tipLocal));
    const inCartAfter = composeFrames(after.camera, toCameraFrame(after, 'PSM2', tipLocal));
    expect(dist(inCartBefore.position, inCartAfter.position)).toBeLessThan(1e-12);
    expect(dist(inCartAfter.position, composeFrames(cart.bases.PSM2, tipLocal).position)).toBeLessThan(1e-12);
    // from the ECM's measured_cp instead of its joints: the same placement
    const viaPose = placeArms(cart, { measured_cp: toPose(cart.ecm.forwardKinematics(ecmQ)) });
    expect(dist(viaPose.baseInCamera.PSM1.position, after.baseInCamera.PSM1.position)).toBeLessThan(1e-12);
    expect(rotationAngleBetween(viaPose.baseInCamera.PSM1.rotation, after.baseInCamera.PSM1.rotation)).toBeLessThan(1e-9);
  });

  it('"right" in the picture is right whatever the ECM does: +1 cm along camera x moves the tip along the camera x axis in the cart', () => {
    const cart = dvrkCart();
    const psm = createPsm();
    const tipLocal = psm.forwardKinematics([0.1, 0.1, 0.14, 0, 0, 0]);
    for (const ecmQ of [[0, 0, 0.12, 0], [0.4, -0.3, 0.1, 0.8], [-0.6, 0.6, 0.2, -1.2]]) {
      const p = placeArms(cart, { joints: ecmQ });
      const inCam = toCameraFrame(p, 'PSM1', tipLocal);
      const moved = { position: [inCam.position[0] + 0.01, inCam.position[1], inCam.position[2]] as [number, number, number], rotation: inCam.rotation };
      const servo = fromCameraFrame(p, 'PSM1', moved); // what PSM1's servo_cp would take
      const d0 = transformPoint(cart.bases.PSM1, tipLocal.position);
      const d1 = transformPoint(cart.bases.PSM1, servo.position);
      const step = [d1[0] - d0[0], d1[1] - d0[1], d1[2] - d0[2]];
      const camX = [p.camera.rotation[0]![0]!, p.camera.rotation[1]![0]!, p.camera.rotation[2]![0]!];
      // 5e-11 m, not 1e-16: the system file's rotation (0.866025404 for sqrt(3)/2) is orthonormal to 2e-10 only
      expect(dist(step, camX.map((v) => v * 0.01))).toBeLessThan(1e-10);
    }
  });

  it('ecmBase moves the whole cart; bad options are refused with clear errors', () => {
    const shifted = dvrkCart({ ecmBase: { position: [1, 2, 3], rotation: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] } });
    expect(dist(shifted.bases.PSM2.position, [1.2, 2, 3 - 0.1207])).toBeLessThan(1e-12);
    expect(() => dvrkCart({ ecmReferenceJoints: [0, 0, 0.3, 0] })).toThrow(/ecmReferenceJoints\[2\] \(insertion\) = 0.3 is outside the ECM joint limits/);
    expect(() => dvrkCart({ ecmReferenceJoints: [0, 0] })).toThrow(/exactly 4 values/);
    expect(() => dvrkCart({ endoscope: 'X' as never })).toThrow(/endoscope must be/);
    const cart = dvrkCart();
    expect(() => placeArms(cart, {} as never)).toThrow(/ECM state must be \{ joints/);
    expect(() => placeArms(cart, { measured_cp: { position: [0, 0, 0], orientation: [0, 0, 0, 0] } })).toThrow(/unit quaternion/);
    const p = placeArms(cart, { joints: [0, 0, 0.12, 0] });
    expect(() => toCameraFrame(p, 'PSM3' as never, { position: [0, 0, 0], orientation: [0, 0, 0, 1] })).toThrow(/arm must be 'PSM1', 'PSM2' or 'ECM'/);
  });
});
