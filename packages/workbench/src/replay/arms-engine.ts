// The replay loop for several arms (issue 15): the live multi-arm loop's runtime and tick
// (@farhand/loop createArmsRuntime, runArmsTick), fed from a schedule as fast as the CPU allows, with
// the one-arm engine's hand-over (drive.ts). One Trace per arm.
import type { ArmCoreCommand, ArrivedArmsFrame, LinkFigures } from '@farhand/latency-core';
import type { EffectiveConfig } from '@farhand/loop';
import { createArmsRuntime, runArmsTick } from '@farhand/loop';
import type { LinkSample, TickGrid } from './engine.js';
import { driveSchedule, type DriveSchedule } from './drive.js';
import { Trace } from './trace.js';

/** Everything handed to the composition, tick by tick. Each list sorted by `at`, stable. */
export type ArmsSchedule = DriveSchedule<ArrivedArmsFrame, ArmCoreCommand>;

export interface ArmsRunResult {
  /** One per arm, in arm order; traces[0] also carries the composition's events and acks. */
  traces: Trace[];
  names: string[];
  link: LinkSample[];
  finalLink: LinkFigures | null;
  loopSeconds: number;
}

export async function runArmsSchedule(config: EffectiveConfig, grid: TickGrid, schedule: ArmsSchedule, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<ArmsRunResult> {
  const { core, arms } = await createArmsRuntime(config);
  const traces = core.arms.map(() => new Trace(grid.length));
  const driven = driveSchedule(
    grid,
    schedule,
    (tick, nowNs, inputs) => {
      const { readings, output } = runArmsTick(core, arms, nowNs, inputs);
      for (let k = 0; k < traces.length; k++) {
        const a = output.arms[k]!;
        // What the live loop records per arm: the camera has no core, so no applied seq (-1, recorded as 0).
        traces[k]!.pushStep(tick, nowNs, readings[k]!, { setpoint_cp: a.setpoint_cp, jaw_setpoint_rad: a.jaw_setpoint_rad, state: a.state, reason: a.reason, lastAppliedSeq: a.core?.lastAppliedSeq ?? -1 });
      }
      const t = traces[0]!;
      if (output.events.length > 0) t.addEvents(tick, nowNs, output.events);
      for (const ack of output.acks) t.acks.push({ tick, ack });
      return output.link;
    },
    options.onProgress,
  );
  for (const a of arms) await a.disable().catch(() => undefined);
  return { traces, names: core.arms.map((s) => s.name), ...driven };
}
