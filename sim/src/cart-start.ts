// Where the simulated cart's arms start when the agent drives PSM1, PSM2 and the ECM together: both tool
// tips in the camera's picture, as a real setup starts a procedure (the surgeon sees both instruments).
//
// At their homes (PSM [0, 0, 0.12, 0, 0, 0], ECM [0, 0, 0.12, 0]) the system file's placement puts the
// tips 20 cm either side of the lens and 10 cm in front of it: 64 deg off the view axis, outside any
// endoscope's field. The PSMs' remote centres are 20 cm either side of the lens (the agent's cart
// workspace, @farhand/loop CART_INSTRUMENT_WORKSPACE, lets either tip reach 5 cm past the view axis). So
// the start pose:
// - the ECM backs out to 8 cm of insertion (4 cm less than its home; the reference joints of the
//   placement stay the system file's), which widens what the camera sees at the instruments' depth;
// - each PSM pivots its shaft toward the view (yaw 55 deg, pitch 15 deg, 17 cm inserted), wrist
//   straight, so its tip sits 7 cm to its side of the view axis, 1 cm below it, 10 cm in front of the
//   reference lens (14 cm in front of the started lens): 27 deg off the view axis, inside the picture
//   (the console's ECM view: 60 deg vertical field, wider across).
// Camera frame: the dVRK's (ISI): x to the left of the picture, y up, z forward. PSM1 is on the right
// (-x), PSM2 on the left (+x).
//
// Pure and deterministic (a fixed number of Newton steps); browser-safe.

import { createPsm, type Psm } from './kinematics.js';
import { ECM_SIMULATED_HOME } from './ecm-tables.js';
import { composeFrames, invertFrame, transformPoint } from './frames.js';
import type { DvrkCart, PsmArmName } from './placement.js';
import type { Vec3 } from '@farhand/latency-core';
import type { ToolName } from './tools.js';

/** ECM joints the multi-arm cart starts at: its simulated home with 8 cm of insertion instead of 12. */
export const ECM_CART_START: readonly number[] = [ECM_SIMULATED_HOME[0]!, ECM_SIMULATED_HOME[1]!, 0.08, ECM_SIMULATED_HOME[3]!];

/** Where each tool tip starts, in the camera frame at the placement's reference ECM joints, m. */
export const PSM_CART_START_TIPS: Readonly<Record<PsmArmName, Vec3>> = {
  PSM1: [-0.07, -0.01, 0.1],
  PSM2: [0.07, -0.01, 0.1],
};

export interface CartStart {
  PSM1: number[];
  PSM2: number[];
  ECM: number[];
}

/**
 * Start joints of PSM1, PSM2 (wrist straight, roll 0) and the ECM for a cart. Throws (saying which arm
 * and by how much) if a tip cannot be reached inside the joint limits.
 */
export function cartStartJoints(cart: DvrkCart, options: { tool?: ToolName } = {}): CartStart {
  const psm = createPsm(options.tool ? { tool: options.tool } : {});
  const out = { ECM: [...ECM_CART_START] } as CartStart;
  for (const name of ['PSM1', 'PSM2'] as const) {
    const inCart = transformPoint(cart.referenceCamera, PSM_CART_START_TIPS[name]);
    const target = transformPoint(invertFrame(cart.bases[name]), inCart);
    out[name] = reachTip(psm, target, name);
  }
  return out;
}

/** Yaw, pitch and insertion that put the tip (wrist straight) at `target` (PSM base frame): Newton steps. */
function reachTip(psm: Psm, target: Vec3, name: string): number[] {
  const q = [0, 0, 0.12, 0, 0, 0];
  const tip = (x: readonly number[]): Vec3 => psm.forwardKinematics(x).position as Vec3;
  const H = 1e-7;
  for (let it = 0; it < 30; it++) {
    const p = tip(q);
    const f = [p[0] - target[0], p[1] - target[1], p[2] - target[2]];
    if (Math.hypot(f[0]!, f[1]!, f[2]!) < 1e-9) break;
    const J: number[][] = [[], [], []];
    for (let j = 0; j < 3; j++) {
      const qh = [...q];
      qh[j]! += H;
      const ph = tip(qh);
      for (let i = 0; i < 3; i++) J[i]![j] = (ph[i]! - p[i]!) / H;
    }
    const d = solve3(J, f);
    for (let j = 0; j < 3; j++) q[j]! -= d[j]!;
  }
  const reached = tip(q);
  const err = Math.hypot(reached[0] - target[0], reached[1] - target[1], reached[2] - target[2]);
  const lim = psm.jointLimits;
  const outside = q.findIndex((v, i) => v < lim.lower[i]! || v > lim.upper[i]!);
  if (err > 1e-6 || outside >= 0) {
    throw new RangeError(`cartStartJoints: ${name}'s start tip [${target.map((v: number) => v.toFixed(4)).join(', ')}] (its base frame) is not reachable: ${outside >= 0 ? `joint ${outside} = ${q[outside]} is outside [${lim.lower[outside]}, ${lim.upper[outside]}]` : `${(err * 1000).toFixed(3)} mm short`}`);
  }
  return q;
}

function solve3(A: number[][], b: number[]): number[] {
  const det = (m: number[][]): number =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) - m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) + m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const D = det(A);
  return [0, 1, 2].map((k) => det(A.map((row, i) => row.map((v, j) => (j === k ? b[i]! : v)))) / D);
}

/** A PSM tip in the camera frame for its joints and the ECM's (for tests and the README's figures). */
export function tipInCamera(cart: DvrkCart, name: PsmArmName, psmJoints: readonly number[], ecmJoints: readonly number[], tool?: ToolName): Vec3 {
  const psm = createPsm(tool ? { tool } : {});
  const camera = composeFrames(cart.bases.ECM, cart.ecm.forwardKinematics(ecmJoints));
  return transformPoint(invertFrame(camera), transformPoint(cart.bases[name], psm.forwardKinematics(psmJoints).position));
}
