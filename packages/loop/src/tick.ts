// One control tick, the only place where the core and the arm meet. The live loop (worker.ts) and
// replay both call exactly this, with the same time and the same inputs, which is what makes a replay
// of an unimpaired session bit-identical: read the arm at the tick's time, step the core, write the
// setpoint at the same time (ros2_control's read -> update -> write).
import type { ArmDriver, ArmReading, ArrivedFrame, ClockSample, CoreCommand, CoreOutput, MasterKind } from '@farhand/latency-core';

/** What reaches the core in one tick besides the time and the arm reading. */
export interface TickInputs {
  /** Frames handed to the core this tick, in arrival order. */
  frames: ArrivedFrame[];
  clockSamples: ClockSample[];
  commands: CoreCommand[];
  /** Session holding the control lock at this tick, or null. */
  controllerId: string | null;
  /** The controller's hand device, from its Hello (absent: UNACTUATED). */
  masterKind?: MasterKind;
}

/** The subset of TeleopCore this module needs (kept structural so tests can pass a stand-in). */
export interface SteppableCore {
  step(input: {
    nowNs: number;
    frames: readonly ArrivedFrame[];
    clockSamples: readonly ClockSample[];
    commands: readonly CoreCommand[];
    controllerId: string | null;
    masterKind?: MasterKind;
    arm: ArmReading;
  }): CoreOutput;
}

export function runTick(core: SteppableCore, arm: ArmDriver, nowNs: number, inputs: TickInputs): { reading: ArmReading; output: CoreOutput } {
  const reading = arm.read(nowNs);
  const output = core.step({
    nowNs,
    frames: inputs.frames,
    clockSamples: inputs.clockSamples,
    commands: inputs.commands,
    controllerId: inputs.controllerId,
    ...(inputs.masterKind ? { masterKind: inputs.masterKind } : {}),
    arm: reading,
  });
  arm.write(output.command, nowNs);
  return { reading, output };
}
