import { describe, expect, it } from 'vitest';
import { qAngleBetween, qRotate } from '@farhand/latency-core';
import { farhand } from '@farhand/protocol';
import { ECM_SIMULATED_HOME, createEcm, dvrkCart, placeArms, toPose } from '@farhand/sim';
import { armsFromTelemetry, cameraInCart, relativePose, toConsoleRotation, toolInConsole } from './cart.js';
import { rosterFromWelcome } from '../motion-out.js';

const wire = (p: { position: number[]; orientation: number[] }): farhand.v1.IPose => ({
  position: { x: p.position[0], y: p.position[1], z: p.position[2] },
  orientation: { x: p.orientation[0], y: p.orientation[1], z: p.orientation[2], w: p.orientation[3] },
});

describe('several arms: frames from Telemetry.arms', () => {
  const cart = dvrkCart();
  const ecmLens = toPose(createEcm().forwardKinematics(ECM_SIMULATED_HOME));
  const roster = rosterFromWelcome({
    arm_ids: [0, 1, 2],
    arms: [
      { arm_id: 0, name: 'PSM1', kind: farhand.v1.ArmKind.INSTRUMENT },
      { arm_id: 1, name: 'PSM2', kind: farhand.v1.ArmKind.INSTRUMENT },
      { arm_id: 2, name: 'ECM', kind: farhand.v1.ArmKind.CAMERA },
    ],
  });
  const tool = { position: [0, 0, -0.12], orientation: [0, 0, 0, 1] };
  const arms = armsFromTelemetry(
    {
      arms: [
        { arm_id: 0, state: farhand.v1.SupervisorState.FOLLOWING, measured_cp: wire(tool), base_frame: wire(toPose(cart.bases.PSM1)), measured_js: [0, 0, 0.12, 0, 0, 0], jaw_measured_rad: 0.5 },
        { arm_id: 1, state: farhand.v1.SupervisorState.HOLDING, reason: 'CAMERA_MODE', measured_cp: wire(tool), base_frame: wire(toPose(cart.bases.PSM2)) },
        { arm_id: 2, state: farhand.v1.SupervisorState.IDLE, measured_cp: wire(ecmLens), base_frame: wire(toPose(cart.bases.ECM)) },
        { arm_id: 9, measured_cp: { position: { x: NaN, y: 0, z: 0 }, orientation: { w: 1 } } },
      ],
    },
    roster,
  );

  it('names each arm from the Welcome and reads its state; a bad pose is "not reported", never the origin', () => {
    expect(arms.map((a) => `${a.name}:${a.state}`)).toEqual(['PSM1:FOLLOWING', 'PSM2:HOLDING', 'ECM:IDLE', 'arm 9:UNKNOWN']);
    expect(arms[1]!.reason).toBe('CAMERA_MODE');
    expect(arms[3]!.measured).toBeNull();
    expect(arms[3]!.base).toBeNull();
    expect(armsFromTelemetry({}, roster)).toEqual([]);
  });

  it('puts the hands in the camera frame: base orientation composed as the dVRK places the arms', () => {
    const camera = cameraInCart(arms[2])!;
    const placement = placeArms(cart, { joints: ECM_SIMULATED_HOME });
    const expected = toPose(placement.baseInCamera.PSM1).orientation;
    expect(qAngleBetween(toConsoleRotation(arms[0]!.base!.orientation, camera), expected)).toBeLessThan(1e-9);
    // The instrument's orientation in the console frame: base-in-camera times its measured orientation.
    expect(qAngleBetween(toolInConsole(arms[0]!, camera)!, expected)).toBeLessThan(1e-9);
    // Without a camera arm: the cart frame.
    expect(toConsoleRotation(arms[0]!.base!.orientation, null)).toEqual(arms[0]!.base!.orientation);
    expect(cameraInCart(null)).toBeNull();
    expect(toolInConsole(arms[3]!, camera)).toBeNull();
  });

  it('places PSM2 relative to PSM1: 40 cm along the camera x', () => {
    const rel = relativePose(arms[0]!.base!, arms[1]!.base!);
    const camera = cameraInCart(arms[2])!;
    const inCamera = qRotate(toConsoleRotation(arms[0]!.base!.orientation, camera), rel.position);
    expect(inCamera[0]).toBeCloseTo(0.4, 9);
    expect(Math.hypot(inCamera[1], inCamera[2])).toBeLessThan(1e-9);
  });
});
