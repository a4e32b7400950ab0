// The arm as the console draws it: the simulator's own PSM kinematics (@farhand/sim), so the drawing
// and the agent agree to the micrometre. Telemetry does not name the tool, so the model is chosen by
// evidence: the tool whose forward kinematics of measured_js reproduces measured_cp.
import { createPsm, type Psm } from '@farhand/sim';
import type { Pose, Vec3 } from '@farhand/latency-core';

export type ToolChoice = 'LND400006' | 'LND420006';
const TOOLS: readonly ToolChoice[] = ['LND400006', 'LND420006'];

export interface ArmFrame {
  position: Vec3;
  /** 3x3 rotation, row-major nested. */
  rotation: number[][];
}

export class ArmModel {
  private readonly psms = new Map<ToolChoice, Psm>();
  private current: ToolChoice = 'LND400006';

  constructor() {
    for (const t of TOOLS) this.psms.set(t, createPsm({ tool: t }));
  }

  get tool(): ToolChoice {
    return this.current;
  }

  private psm(): Psm {
    return this.psms.get(this.current)!;
  }

  /**
   * Picks the tool whose FK(q) lands nearest the reported tip (only switches on a clear match, < 1 mm),
   * so a measured_cp glitch cannot flip the drawing back and forth.
   */
  identify(q: readonly number[], measured: Pose): void {
    let best: ToolChoice | null = null;
    let bestErr = Infinity;
    for (const t of TOOLS) {
      const tip = this.frames(q, t)?.at(-1);
      if (!tip) continue;
      const e = Math.hypot(tip.position[0] - measured.position[0], tip.position[1] - measured.position[1], tip.position[2] - measured.position[2]);
      if (e < bestErr) (bestErr = e), (best = t);
    }
    if (best && bestErr < 1e-3) this.current = best;
  }

  /** Frames after joints 1..6, then the tool tip (7 frames); null when q is not six finite joints. */
  frames(q: readonly number[], tool: ToolChoice = this.current): ArmFrame[] | null {
    if (q.length !== 6 || !q.every(Number.isFinite)) return null;
    try {
      return this.psms.get(tool)!.linkFrames(q) as ArmFrame[];
    } catch {
      return null;
    }
  }

  /** Joints that put the tip at `pose` (nearest reachable), near `seed`; null if the solver refuses the pose. */
  inverse(pose: Pose, seed: readonly number[]): { q: number[]; reachable: boolean } | null {
    try {
      const s = this.psm().inverseKinematicsDetailed(pose, seed.length === 6 ? { seed } : {});
      return { q: s.q, reachable: s.reachable };
    } catch {
      return null;
    }
  }

  jawLimits(): { lower: number; upper: number } {
    return this.psm().jawLimits;
  }
}
