// dVRK Classic ECM (endoscope camera manipulator) kinematic table (modified DH, Craig), transcribed from
//   sawIntuitiveResearchKit/share/kinematic/ECM.json
// and the endoscope tip offsets from core/components/code/mtsIntuitiveResearchKitECM.cpp
// (set_endoscope_type), at github.com/jhu-dvrk/sawIntuitiveResearchKit (JSON at commit
// 9e535e68eb7ff276d0516142bde82474fe9dc4bf). Copyright JHU, CISST licence (BSD-like, attribution
// required): see LICENSE-cisst.txt beside this file.
//
// As for the PSM (tools.ts), +-1.5708 in alpha and offset is read as the exact +-pi/2 (the JSON's
// comments say 90 degrees); joint limits are kept as written. No ECM recording exists to tell the two
// readings apart; they differ by at most 3.0 um at the camera tip (500 random joint vectors, test).
//
// Browser-safe: no imports at runtime.

import type { DhJoint } from './tools.js';

const HALF_PI = Math.PI / 2;

/** Classic ECM joints 1-4. The remote centre of motion (RCM) is the base-frame origin. */
export const ECM_CLASSIC_ARM: readonly [DhJoint, DhJoint, DhJoint, DhJoint] = [
  // JSON: alpha 1.5708, offset 1.5708, q in -+1.5708 (-+90 deg)
  { name: 'yaw', alpha: HALF_PI, a: 0, type: 'revolute', offset: HALF_PI, d: 0, qMin: -1.5708, qMax: 1.5708 },
  // JSON: alpha -1.5708, offset -1.5708, q in [-0.76794, 1.1344] (-44 .. 65 deg)
  { name: 'pitch', alpha: -HALF_PI, a: 0, type: 'revolute', offset: -HALF_PI, d: 0, qMin: -0.76794, qMax: 1.1344 },
  // JSON: alpha 1.5708, prismatic, offset -0.3822 m, q in [0, 0.255] m
  { name: 'insertion', alpha: HALF_PI, a: 0, type: 'prismatic', offset: -0.3822, d: 0, qMin: 0, qMax: 0.255 },
  // JSON: alpha 0, D 0.3829 m, offset 0, q in -+1.552 (-+88 deg)
  { name: 'roll', alpha: 0, a: 0, type: 'revolute', offset: 0, d: 0.3829, qMin: -1.552, qMax: 1.552 },
];

/** CRTK joint names of the ECM's measured_js, as ECM.json names the links. */
export const ECM_JOINT_NAMES = ['yaw', 'pitch', 'insertion', 'roll'] as const;

/** Endoscope kinds whose tip offset the dVRK defines: straight (0 deg) and 30 deg looking up or down. */
export type EndoscopeType = 'STRAIGHT' | 'UP' | 'DOWN';

export const ENDOSCOPE_TYPES: readonly EndoscopeType[] = ['STRAIGHT', 'UP', 'DOWN'];

export function isEndoscopeType(x: unknown): x is EndoscopeType {
  return x === 'STRAIGHT' || x === 'UP' || x === 'DOWN';
}

const C30 = Math.sqrt(3) / 2;

/**
 * Tool-tip (camera) offset appended after joint 4, rotation only, row-major. mtsIntuitiveResearchKitECM
 * sets [[0, 1, 0], [-1, 0, 0], [0, 0, 1]] for every Classic/Si scope, then multiplies a rotation about x
 * of -30 deg (UP scopes: SD_UP, HD_UP, Si_HD_UP) or +30 deg (DOWN scopes). The camera looks along its
 * +z; at the straight scope that is the shaft, pointing away from the RCM.
 */
export const ENDOSCOPE_TIP_OFFSETS: Readonly<Record<EndoscopeType, readonly (readonly number[])[]>> = {
  STRAIGHT: [
    [0, 1, 0],
    [-1, 0, 0],
    [0, 0, 1],
  ],
  // [[0,1,0],[-1,0,0],[0,0,1]] * RotX(-30 deg)
  UP: [
    [0, C30, 0.5],
    [-1, 0, 0],
    [0, -0.5, C30],
  ],
  // [[0,1,0],[-1,0,0],[0,0,1]] * RotX(+30 deg)
  DOWN: [
    [0, C30, -0.5],
    [-1, 0, 0],
    [0, 0.5, C30],
  ],
};

/**
 * The dVRK's ECM homing goal in simulation (mtsIntuitiveResearchKitECM::SetGoalHomingArm: "start at
 * zero but insert endoscope so it can be used in cartesian mode"): 12 cm inserted.
 */
export const ECM_SIMULATED_HOME: readonly number[] = [0, 0, 0.12, 0];

/**
 * The dVRK ECM's inverse kinematics raises any insertion below 40 mm to 40 mm ("make sure we are away
 * from RCM point", mtsIntuitiveResearchKitECM::InverseKinematics). The simulated ECM applies it to
 * servo_cp by default.
 */
export const DVRK_ECM_MIN_CARTESIAN_INSERTION_M = 0.04;
