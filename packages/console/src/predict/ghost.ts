// Predictive display: where the tool will be once the motion already sent (in flight, or waiting in the
// agent's playout buffer) has been played. Telemetry pairs the setpoint the core commanded with the
// master pose it played to get there (master_cp); everything the hand did since is still to come, so
//   ghost.position    = setpoint.position + scale * R_reg (hand.position - master_cp.position)
//   ghost.orientation = R_reg (hand.orientation * master_cp.orientation^-1) R_reg^-1 * setpoint.orientation
// clamped to the workspace as the core's limiter will clamp it. R_reg is the console -> tool-base
// registration (identity by default, the agent's mapping.registration).
// The ghost is shown only while the tool follows the hand: in any other state no motion will land.
import type { Pose, Quat, Vec3 } from '@farhand/latency-core';
import { qConj, qIdentity, qMul, qNormalize, qRotate } from '@farhand/latency-core';

export interface GhostInputs {
  state: string;
  setpoint: Pose;
  /** The master pose the core played for that setpoint (Telemetry.master_cp); null if none yet. */
  masterPlayed: Pose | null;
  motionScale: number;
  /** The hand now (the newest frame sent). */
  hand: { position: Vec3; orientation: Quat };
  clutch: boolean;
  workspace?: { min: Vec3; max: Vec3 } | null;
  registration?: Quat;
}

export interface Ghost {
  pose: Pose;
  /** Distance between the ghost and the commanded setpoint, m: how much motion is still to land. */
  pendingM: number;
  /** True when the workspace bounds clamped it. */
  clamped: boolean;
}

const FOLLOWING_STATES = new Set(['FOLLOWING', 'ENGAGING']);

export function predictGhost(i: GhostInputs): Ghost | null {
  if (!FOLLOWING_STATES.has(i.state) || i.clutch || i.masterPlayed === null) return null;
  if (!(i.motionScale > 0) || !Number.isFinite(i.motionScale)) return null;
  const reg = i.registration ?? qIdentity();
  const d: Vec3 = [
    i.hand.position[0] - i.masterPlayed.position[0],
    i.hand.position[1] - i.masterPlayed.position[1],
    i.hand.position[2] - i.masterPlayed.position[2],
  ];
  const dTool = qRotate(reg, d);
  let pos: Vec3 = [
    i.setpoint.position[0] + i.motionScale * dTool[0],
    i.setpoint.position[1] + i.motionScale * dTool[1],
    i.setpoint.position[2] + i.motionScale * dTool[2],
  ];
  let clamped = false;
  if (i.workspace) {
    const c = pos.map((v, k) => Math.max(i.workspace!.min[k]!, Math.min(i.workspace!.max[k]!, v))) as Vec3;
    clamped = c.some((v, k) => v !== pos[k]);
    pos = c;
  }
  const dq = qNormalize(qMul(i.hand.orientation, qConj(i.masterPlayed.orientation)));
  const dqTool = qMul(qMul(reg, dq), qConj(reg));
  const ori = qNormalize(qMul(dqTool, i.setpoint.orientation));
  if (!pos.every(Number.isFinite) || !ori.every(Number.isFinite)) return null;
  const pendingM = Math.hypot(pos[0] - i.setpoint.position[0], pos[1] - i.setpoint.position[1], pos[2] - i.setpoint.position[2]);
  return { pose: { position: pos, orientation: ori }, pendingM, clamped };
}
