// dVRK MTM (master tool manipulator) kinematic tables, STANDARD DH, 7 joints, transcribed from
//   sawIntuitiveResearchKit/share/kinematic/MTML.json and MTMR.json
// at github.com/jhu-dvrk/sawIntuitiveResearchKit commit 9e535e68eb7ff276d0516142bde82474fe9dc4bf.
// Copyright JHU, CISST licence (BSD-like, attribution required): see LICENSE-cisst.txt beside this file.
//
// The two files share every length, alpha and offset; only the joint limits differ (the arms are
// mirror images). As for the PSM and ECM, +-1.5708 in alpha and offset is read as the exact +-pi/2;
// limits are kept as written. The MTM has no tool-tip offset (the dVRK appends one for PSM and ECM
// only). Its gripper is a separate analog input, not a joint of this chain.
//
// Browser-safe: no imports at runtime.

import type { DhJoint } from './tools.js';

export type MtmName = 'MTML' | 'MTMR';
export const MTM_NAMES: readonly MtmName[] = ['MTML', 'MTMR'];

export function isMtmName(x: unknown): x is MtmName {
  return x === 'MTML' || x === 'MTMR';
}

/** CRTK joint names of the MTM's measured_js, as the JSON names the links. */
export const MTM_JOINT_NAMES = [
  'outer_yaw',
  'shoulder_pitch',
  'elbow_pitch',
  'wrist_platform',
  'wrist_pitch',
  'wrist_yaw',
  'wrist_roll',
] as const;

const HALF_PI = Math.PI / 2;

type Limits = readonly [number, number];

function mtmJoints(l: readonly [Limits, Limits, Limits, Limits, Limits, Limits, Limits]): DhJoint[] {
  const row = (i: number, alpha: number, a: number, d: number, offset: number): DhJoint => ({
    name: MTM_JOINT_NAMES[i]!, alpha, a, type: 'revolute', offset, d, qMin: l[i]![0], qMax: l[i]![1],
  });
  return [
    row(0, HALF_PI, 0, 0, -HALF_PI), //      JSON: alpha 1.5708,  A 0,      D 0,      offset -1.5708
    row(1, 0, 0.2794, 0, -HALF_PI), //       JSON: alpha 0,       A 0.2794, D 0,      offset -1.5708
    row(2, -HALF_PI, 0.3645, 0, HALF_PI), // JSON: alpha -1.5708, A 0.3645, D 0,      offset  1.5708
    row(3, HALF_PI, 0, 0.1506, 0), //        JSON: alpha 1.5708,  A 0,      D 0.1506, offset 0
    row(4, -HALF_PI, 0, 0, 0), //            JSON: alpha -1.5708, A 0,      D 0,      offset 0
    row(5, HALF_PI, 0, 0, -HALF_PI), //      JSON: alpha 1.5708,  A 0,      D 0,      offset -1.5708
    row(6, 0, 0, 0, HALF_PI), //             JSON: alpha 0,       A 0,      D 0,      offset  1.5708
  ];
}

export const MTM_ARMS: Readonly<Record<MtmName, readonly DhJoint[]>> = {
  // MTML.json limits, rad: -40..65, -15..65, -35..48, -205..95, -95..185, -45..45, -480..450 deg
  MTML: mtmJoints([
    [-0.698132, 1.13446],
    [-0.261799, 1.13446],
    [-0.872665, 0.610865],
    [-3.5779, 1.658],
    [-1.658, 3.2288],
    [-0.785398, 0.785398],
    [-8.37758, 7.85398],
  ]),
  // MTMR.json limits, rad: -65..40, -18..65, -35..48, -95..205, -95..185, -45..45, -480..450 deg
  MTMR: mtmJoints([
    [-1.13446, 0.698132],
    [-0.31416, 1.13446],
    [-0.872665, 0.610865],
    [-1.658, 3.5779],
    [-1.658, 3.2288],
    [-0.785398, 0.785398],
    [-8.37758, 7.85398],
  ]),
};
