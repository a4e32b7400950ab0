// Arm driver choice. The simulator is built in; the ROS (CRTK) driver lives in ./ros/ and is loaded
// only when asked for, so its client library costs nothing to a simulated session.
import type { ArmDriver } from '@farhand/latency-core';
import { SimulatedPsm } from '@farhand/sim';
import type { EffectiveConfig } from './effective.js';
import type { Logger } from 'pino';

export class DriverUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriverUnavailableError';
  }
}

export async function createArmDriver(config: EffectiveConfig, deps: { logger?: Logger } = {}): Promise<ArmDriver> {
  switch (config.driver) {
    case 'sim':
      return new SimulatedPsm({ tool: config.sim.tool, seed: config.sim.seed });
    case 'ros': {
      let mod: { createRosArmDriver?: (c: EffectiveConfig, d: { logger?: Logger }) => ArmDriver | Promise<ArmDriver> };
      try {
        // A variable specifier keeps tsc from requiring the module at build time: the ROS helper's
        // directory may be absent from a build.
        const spec = '@farhand/ros';
        mod = (await import(spec)) as typeof mod;
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new DriverUnavailableError(`the ros driver is not available (${why}); use driver "sim"`);
      }
      if (typeof mod.createRosArmDriver !== 'function') {
        throw new DriverUnavailableError('the ros driver is not available (@farhand/ros exports no createRosArmDriver); use driver "sim"');
      }
      return await mod.createRosArmDriver(config, deps.logger ? { logger: deps.logger.child({ driver: 'ros' }) } : {});
    }
  }
}
