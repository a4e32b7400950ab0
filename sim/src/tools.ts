// dVRK Classic PSM kinematic tables (modified DH, Craig), transcribed from the official dVRK models:
//   sawIntuitiveResearchKit/share/kinematic/PSM.json                       (arm joints 1-3)
//   sawIntuitiveResearchKit/share/tool/LARGE_NEEDLE_DRIVER_400006.json      (Classic LND, joints 4-6, jaw)
//   sawIntuitiveResearchKit/share/tool/LARGE_NEEDLE_DRIVER_420006.json      (S/Si LND, longer shaft)
// at github.com/jhu-dvrk/sawIntuitiveResearchKit commit 9e535e68eb7ff276d0516142bde82474fe9dc4bf.
// Copyright JHU, CISST licence (BSD-like, attribution required): see LICENSE-cisst.txt beside this file.
//
// One deliberate reading: the JSON writes +-pi/2 as +-1.5708 (its own comments say "+ 90" degrees).
// We use the exact value. Both readings reproduce the real recordings equally (max 1.0 um / 0.0005 deg
// with exact pi/2 vs 1.2 um / 0.0005 deg with 1.5708, over the 50 reference rows), and the exact value
// makes the closed-form inverse kinematics exact instead of 3.7e-6 rad off.
//
// Browser-safe: no imports.

export type ToolName = 'LND400006' | 'LND420006';

export const TOOL_NAMES: readonly ToolName[] = ['LND400006', 'LND420006'];

/** One modified-DH row: T_i = RotX(alpha) * TransX(a) * RotZ(theta) * TransZ(d). */
export interface DhJoint {
  name: string;
  /** rad */
  alpha: number;
  /** m */
  a: number;
  /** revolute: theta = q + offset, d fixed; prismatic: theta = 0 (the JSON's theta), d = q + offset + d. */
  type: 'revolute' | 'prismatic';
  /** rad for revolute, m for prismatic */
  offset: number;
  /** m */
  d: number;
  /** rad or m */
  qMin: number;
  qMax: number;
}

export interface ToolModel {
  name: ToolName;
  /** Catalogue name as the dVRK names it. */
  dvrkName: string;
  /** Joints 4-6: roll, wrist pitch, wrist yaw. */
  joints: readonly [DhJoint, DhJoint, DhJoint];
  jawMinRad: number;
  jawMaxRad: number;
  /** Pure rotation appended after joint 6, row-major 3x3 ("ISI convention"). */
  tooltipOffset: readonly (readonly number[])[];
  /**
   * Actuator -> joint position coupling for [roll, wrist pitch, wrist yaw, jaw] (dVRK user guide,
   * appendix C, as in the tool JSON). The encoder model quantises in actuator space through it.
   */
  actuatorToJoint: readonly (readonly number[])[];
}

const HALF_PI = Math.PI / 2;

/** Classic PSM joints 1-3 (kinematic/PSM.json). The RCM is the base-frame origin. */
export const PSM_CLASSIC_ARM: readonly [DhJoint, DhJoint, DhJoint] = [
  // JSON: alpha 1.5708, offset 1.5708, qmin/qmax -+1.588 (-+91 deg)
  { name: 'outer_yaw', alpha: HALF_PI, a: 0, type: 'revolute', offset: HALF_PI, d: 0, qMin: -1.588, qMax: 1.588 },
  // JSON: alpha -1.5708, offset -1.5708, qmin/qmax -+0.925025 (-+53 deg)
  { name: 'outer_pitch', alpha: -HALF_PI, a: 0, type: 'revolute', offset: -HALF_PI, d: 0, qMin: -0.925025, qMax: 0.925025 },
  // JSON: alpha 1.5708, prismatic, offset -0.4318 m, q in [0, 0.24] m
  { name: 'outer_insertion', alpha: HALF_PI, a: 0, type: 'prismatic', offset: -0.4318, d: 0, qMin: 0, qMax: 0.24 },
];

const TOOLTIP_OFFSET = [
  [0, -1, 0],
  [0, 0, 1],
  [-1, 0, 0],
] as const;

const LND_COUPLING = [
  [-1.5632, 0, 0, 0],
  [0, 1.0186, 0, 0],
  [0, -0.8306, 0.6089, 0.6089],
  [0, 0, -1.2177, 1.2177],
] as const;

function lndJoints(rollD: number): readonly [DhJoint, DhJoint, DhJoint] {
  return [
    // JSON: alpha 0, D rollD, offset 0, q in -+4.53786 (-+260 deg)
    { name: 'outer_roll', alpha: 0, a: 0, type: 'revolute', offset: 0, d: rollD, qMin: -4.53786, qMax: 4.53786 },
    // JSON: alpha -1.5708, offset -1.5708, q in -+1.39626 (-+80 deg)
    { name: 'outer_wrist_pitch', alpha: -HALF_PI, a: 0, type: 'revolute', offset: -HALF_PI, d: 0, qMin: -1.39626, qMax: 1.39626 },
    // JSON: alpha -1.5708, A 0.0091, offset -1.5708, q in -+1.39626 (-+80 deg)
    { name: 'outer_wrist_yaw', alpha: -HALF_PI, a: 0.0091, type: 'revolute', offset: -HALF_PI, d: 0, qMin: -1.39626, qMax: 1.39626 },
  ];
}

export const TOOLS: Readonly<Record<ToolName, ToolModel>> = {
  // tool/LARGE_NEEDLE_DRIVER_400006.json: Classic large needle driver. Jaw -40..80 deg.
  LND400006: {
    name: 'LND400006',
    dvrkName: 'LARGE_NEEDLE_DRIVER:400006',
    joints: lndJoints(0.4162),
    jawMinRad: -0.698132,
    jawMaxRad: 1.39626,
    tooltipOffset: TOOLTIP_OFFSET,
    actuatorToJoint: LND_COUPLING,
  },
  // tool/LARGE_NEEDLE_DRIVER_420006.json: S/Si large needle driver, shaft 50.8 mm longer. Jaw -20..80 deg.
  LND420006: {
    name: 'LND420006',
    dvrkName: 'LARGE_NEEDLE_DRIVER:420006',
    joints: lndJoints(0.467),
    jawMinRad: -0.349066,
    jawMaxRad: 1.39626,
    tooltipOffset: TOOLTIP_OFFSET,
    actuatorToJoint: LND_COUPLING,
  },
};

/** CRTK / dVRK joint names in measured_js order. */
export const JOINT_NAMES = [
  'outer_yaw',
  'outer_pitch',
  'outer_insertion',
  'outer_roll',
  'outer_wrist_pitch',
  'outer_wrist_yaw',
] as const;

export function isToolName(x: unknown): x is ToolName {
  return x === 'LND400006' || x === 'LND420006';
}
