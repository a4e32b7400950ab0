// Master (surgeon's hand, console frame) -> tool (PSM tip, RCM frame).
//
// Translation is RELATIVE and scaled: tool = toolAnchor + scale * R_reg (master - masterAnchor).
// Anchors are taken whenever following starts or resumes (engage, clutch release, end of a hold, a
// scale change, a master discontinuity), always at the current setpoint, so starting can never jump.
// Orientation: tool = (R_reg * master) * offset, the offset captured at the anchor (right-multiplied).
// For an ACTUATED master (dVRK MTM) the core refuses to anchor when the raw misalignment
// angle(R_reg * master, tool) exceeds the tolerance, so the offset stays within it (absolute
// orientation); for an UNACTUATED one (browser, WebXR, recordings) any offset is captured and kept,
// like the position offset on clutch (dVRK align_mtm false). The choice is the core's (core.ts).
import type { Pose, Quat, Vec3 } from './types.js';
import { qAngleBetween, qConj, qMul, qNormalize, qRotate } from './math/quat.js';

export interface MappingOptions {
  scale: number;
  registration: Quat;
  alignmentToleranceRad: number;
}

export class MasterToolMapping {
  scale: number;
  readonly toleranceRad: number;
  private reg: Quat;
  private masterAnchor: Vec3 = [0, 0, 0];
  private toolAnchor: Vec3 = [0, 0, 0];
  private offset: Quat = [0, 0, 0, 1];
  private anchored = false;

  constructor(o: MappingOptions) {
    this.scale = o.scale;
    this.reg = qNormalize(o.registration);
    this.toleranceRad = o.alignmentToleranceRad;
  }

  /** The console -> tool base rotation in force. */
  get registration(): Quat {
    return [this.reg[0], this.reg[1], this.reg[2], this.reg[3]];
  }

  /**
   * A new registration (several arms: the camera moved). Not anchored: it is simply taken (the next
   * anchor uses it). Anchored: re-anchored at the CURRENT TARGET for `master`, so the target is the same
   * before and after the change (never a jump) and the hand's motion from here maps through the new one.
   */
  setRegistration(registration: Quat, master: Pose | null): void {
    const next = qNormalize(registration);
    if (!this.anchored || master === null) {
      this.reg = next;
      return;
    }
    const before = this.target(master);
    this.reg = next;
    const m = this.registered(master);
    // tool = toolAnchor + s (m - mAnchor): keep mAnchor = m and toolAnchor = the target before.
    this.masterAnchor = m.position;
    this.toolAnchor = [before.position[0], before.position[1], before.position[2]];
    this.offset = qNormalize(qMul(qConj(m.orientation), before.orientation));
  }

  /** Master pose expressed in the tool base frame. */
  registered(master: Pose): Pose {
    return { position: qRotate(this.reg, master.position), orientation: qNormalize(qMul(this.reg, master.orientation)) };
  }

  /** Orientation mismatch between the (registered) master and the tool, rad. */
  misalignmentRad(master: Pose, toolOrientation: Quat): number {
    return qAngleBetween(this.registered(master).orientation, toolOrientation);
  }

  isAligned(master: Pose, toolOrientation: Quat): boolean {
    return this.misalignmentRad(master, toolOrientation) <= this.toleranceRad;
  }

  /** Takes the anchors: from now on the tool is at `tool` when the master is at `master`. */
  anchor(master: Pose, tool: Pose): void {
    const m = this.registered(master);
    this.masterAnchor = m.position;
    this.toolAnchor = [tool.position[0], tool.position[1], tool.position[2]];
    this.offset = qNormalize(qMul(qConj(m.orientation), tool.orientation));
    this.anchored = true;
  }

  get isAnchored(): boolean {
    return this.anchored;
  }

  release(): void {
    this.anchored = false;
  }

  /** Residual orientation offset captured at the anchor, rad. */
  get offsetAngleRad(): number {
    return qAngleBetween([0, 0, 0, 1], this.offset);
  }

  /** Tool target for a master pose. */
  target(master: Pose): Pose {
    const m = this.registered(master);
    const s = this.scale;
    const a = this.masterAnchor;
    const t = this.toolAnchor;
    return {
      position: [t[0] + s * (m.position[0] - a[0]), t[1] + s * (m.position[1] - a[1]), t[2] + s * (m.position[2] - a[2])],
      orientation: qNormalize(qMul(m.orientation, this.offset)),
    };
  }
}

export interface JawMapOptions {
  openRad: number;
  closedRad: number;
}

/** Grip 0 (open) .. 1 (closed) -> jaw angle, linear. */
export function gripToJaw(grip: number, o: JawMapOptions): number {
  const g = grip < 0 ? 0 : grip > 1 ? 1 : grip;
  return o.openRad + (o.closedRad - o.openRad) * g;
}
