// Builds what a control loop runs: the arm driver, brought through its lifecycle, and the core,
// initialised from the arm's first reading at time 0. The live loop and replay both build their runtime
// here from the same EffectiveConfig, so they start from the same state.
import type { ArmDriver, ArmReading } from '@farhand/latency-core';
import { TeleopCore } from '@farhand/latency-core';
import type { EffectiveConfig } from './effective.js';
import { createArmDriver } from './drivers.js';
import type { Logger } from 'pino';

export interface Runtime {
  core: TeleopCore;
  arm: ArmDriver;
  /** The reading at time 0 the core was initialised with (read once: a driver's read may advance it). */
  initialReading: ArmReading;
}

export async function createRuntime(effective: EffectiveConfig, deps: { logger?: Logger } = {}): Promise<Runtime> {
  const arm = await createArmDriver(effective, deps);
  await arm.configure();
  await arm.enable();
  await arm.home();
  const initialReading = arm.read(0);
  const core = new TeleopCore(effective.core, { nowNs: 0, arm: initialReading });
  return { core, arm, initialReading };
}
