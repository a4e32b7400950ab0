// dVRK MTM forward kinematics (standard DH, 7 joints), so that a simulated master can publish
// measured_cp from joint motion. Browser-safe.
//
// Frame: the MTM base frame of the DH chain (link 0, near the shoulder; the dVRK wiki: z up, x to the
// left, y towards the operator). A console configuration adds a base_frame to express it in the
// stereo-display frame; that transform is site-specific and not in Farhand's data, so it is left to
// the caller (composeFrames(baseFrame, fk)).

import { MTM_ARMS, MTM_JOINT_NAMES, isMtmName, type MtmName } from './mtm-tables.js';
import { appendStandard, checkJointVector, dhLinks, setIdentity34, toRotationPose34, type DhLink } from './dh-chain.js';
import { describe, type RotationPose } from './math.js';
import type { JointLimits } from './kinematics.js';
import type { DhJoint } from './tools.js';

export interface Mtm {
  readonly name: MtmName;
  /** The seven standard-DH rows. */
  readonly dh: readonly DhJoint[];
  readonly jointLimits: JointLimits;
  /** Handle (wrist_roll frame) pose for the 7 joints (rad), in the MTM base frame. */
  forwardKinematics(q: readonly number[]): RotationPose;
  /** Frames after each of the 7 joints (the last is the handle), for drawing. Frame i's z axis is joint i+1's axis. */
  linkFrames(q: readonly number[]): RotationPose[];
  clampJoints(q: readonly number[]): { q: number[]; clamped: boolean };
}

export function createMtm(name: MtmName): Mtm {
  if (!isMtmName(name)) throw new RangeError(`createMtm: name must be 'MTML' or 'MTMR'; got ${describe(name)}`);
  return new MtmKinematics(name);
}

class MtmKinematics implements Mtm {
  readonly name: MtmName;
  readonly dh: readonly DhJoint[];
  readonly jointLimits: JointLimits;
  private readonly links: DhLink[];

  constructor(name: MtmName) {
    this.name = name;
    this.dh = MTM_ARMS[name];
    this.links = dhLinks(this.dh);
    this.jointLimits = { lower: this.dh.map((j) => j.qMin), upper: this.dh.map((j) => j.qMax) };
  }

  /** Handle pose into out (3x4 row-major), allocation-free. */
  fkInto(q: ArrayLike<number>, out: Float64Array): void {
    setIdentity34(out);
    for (let i = 0; i < 7; i++) appendStandard(out, this.links[i]!, q[i]!);
  }

  forwardKinematics(q: readonly number[]): RotationPose {
    checkJointVector(q, 7, `${this.name}.forwardKinematics`, MTM_JOINT_NAMES);
    const out = new Float64Array(12);
    this.fkInto(q, out);
    return toRotationPose34(out);
  }

  linkFrames(q: readonly number[]): RotationPose[] {
    checkJointVector(q, 7, `${this.name}.linkFrames`, MTM_JOINT_NAMES);
    const m = new Float64Array(12);
    setIdentity34(m);
    const frames: RotationPose[] = [];
    for (let i = 0; i < 7; i++) {
      appendStandard(m, this.links[i]!, q[i]!);
      frames.push(toRotationPose34(m));
    }
    return frames;
  }

  clampJoints(q: readonly number[]): { q: number[]; clamped: boolean } {
    checkJointVector(q, 7, `${this.name}.clampJoints`, MTM_JOINT_NAMES);
    let clamped = false;
    const out = q.map((v, i) => {
      const c = Math.min(this.jointLimits.upper[i]!, Math.max(this.jointLimits.lower[i]!, v));
      if (c !== v) clamped = true;
      return c;
    });
    return { q: out, clamped };
  }
}

/** Internal: allocation-free handle pose (3x4 row-major [R | p]). */
export function mtmFkInto(mtm: Mtm, q: ArrayLike<number>, out: Float64Array): void {
  (mtm as MtmKinematics).fkInto(q, out);
}
