// Several arms (issue 15): the multi-arm runtime and tick. runTick/createRuntime stay the one-arm path;
// an agent configured with `arms` of two or more runs these instead: one driver per arm (sim or ROS with
// a per-arm namespace), placed as the dVRK system file places them (@farhand/sim dvrkCart), one
// MultiArmCore, and one tick that reads every arm, steps the composition and writes every arm at the
// same time.
import type { ArmDriver, ArmReading, ClockSample, MasterKind, MultiArmConfig } from '@farhand/latency-core';
import { MultiArmCore, parseMultiArmConfig, type ArmCoreCommand, type ArrivedArmsFrame, type MultiArmOutput } from '@farhand/latency-core';
import { SimulatedEcm, SimulatedPsm, cartStartJoints, createPsm, dvrkCart, toPose, type CartArmName } from '@farhand/sim';
import type { EffectiveConfig } from './effective.js';
import { DriverUnavailableError } from './drivers.js';
import type { Logger } from 'pino';

/**
 * The instruments' tool-tip box (RCM frame, m) when the agent drives a cart and the config names none.
 * The one-arm default (|x|, |y| <= 15 cm about the RCM) holds a single PSM's motion, but the dVRK system
 * file puts each PSM's remote centre 20 cm to its side of the lens: with that box each tip stays at least
 * 5 cm on its own side of the view axis, 2 cm from the cart's start pose, and the two instruments could
 * never meet (a needle handed from one to the other). Across the cart (x) the box is +-25 cm, so either
 * tip reaches 5 cm past the view axis; depth and the other axis are the one-arm default's.
 */
export const CART_INSTRUMENT_WORKSPACE = { shape: 'box', minM: [-0.25, -0.15, -0.25], maxM: [0.25, 0.15, -0.03] } as const;

/** True when the config asks for more than the one-arm path. */
export function isMultiArm(config: Pick<EffectiveConfig, 'arms'>): boolean {
  return Array.isArray(config.arms) && config.arms.length > 1;
}

/** The arm names of a config, in wire order (arm_id = index). */
export function armNames(config: Pick<EffectiveConfig, 'arms'>): CartArmName[] {
  return (config.arms ?? ['PSM1']) as CartArmName[];
}

/**
 * The composition's config: arm ids in the listed order, bases from the dVRK cart (system file), the
 * instruments' core config, camera control and the eye -> camera rotation. Errors say what and where.
 */
export function multiArmConfigFor(config: EffectiveConfig): { ok: true; config: MultiArmConfig } | { ok: false; errors: string[] } {
  const cart = dvrkCart();
  const names = armNames(config);
  // The simulated instruments start at the cart's start pose (createArmDrivers), and HOME brings them back
  // there; real arms keep the core's home (the dVRK's).
  const start = config.driver === 'sim' ? cartStartJoints(cart, { tool: config.sim.tool }) : null;
  const psm = start ? createPsm({ tool: config.sim.tool }) : null;
  const r = parseMultiArmConfig({
    arms: names.map((name, armId) => ({
      armId,
      name,
      kind: name === 'ECM' ? 'CAMERA' : 'INSTRUMENT',
      baseInCart: toPose(cart.bases[name]).orientation,
      ...(start && psm && name !== 'ECM' ? { home: toPose(psm.forwardKinematics(start[name])) } : {}),
    })),
    core: config.core,
    camera: config.multiArm?.camera ?? {},
    eyeToCamera: (config.multiArm?.eyeToCamera ?? [0, 0, 0, 1]) as [number, number, number, number],
  });
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => (e.startsWith('camera.') || e.startsWith('eyeToCamera') ? `multiArm.${e}` : e)) };
  return r;
}

/** Seed of arm i's simulator: arm 0 keeps the session's seed (as the one-arm path), the others derive from it. */
export function armSeed(seed: number, i: number): number {
  return i === 0 ? seed : (seed + Math.imul(i, 0x9e3779b9)) >>> 0;
}

export async function createArmDrivers(config: EffectiveConfig, deps: { logger?: Logger } = {}): Promise<ArmDriver[]> {
  const names = armNames(config);
  if (config.driver === 'sim') {
    // The simulated arms home to the cart's start pose (both tool tips in the camera's picture; @farhand/sim
    // cart-start.ts), not to their single-arm homes, which put the tips 20 cm either side of the lens.
    const start = cartStartJoints(dvrkCart(), { tool: config.sim.tool });
    return names.map((name, i) =>
      name === 'ECM'
        ? new SimulatedEcm({ seed: armSeed(config.sim.seed, i), homeJoints: start.ECM })
        : new SimulatedPsm({ tool: config.sim.tool, seed: armSeed(config.sim.seed, i), homeJoints: start[name] }),
    );
  }
  if (names.includes('ECM')) {
    throw new DriverUnavailableError('driver ros cannot drive the ECM yet: the CRTK driver reads and writes a PSM (with its jaw topics); use driver "sim" for a cart with the ECM, or arms PSM1,PSM2 over ROS');
  }
  let mod: { createRosArmDriver?: (c: unknown, d: { logger?: Logger }) => ArmDriver | Promise<ArmDriver> };
  try {
    const spec = '@farhand/ros';
    mod = (await import(spec)) as typeof mod;
  } catch (e) {
    throw new DriverUnavailableError(`the ros driver is not available (${e instanceof Error ? e.message : String(e)}); use driver "sim"`);
  }
  if (typeof mod.createRosArmDriver !== 'function') throw new DriverUnavailableError('the ros driver is not available (@farhand/ros exports no createRosArmDriver); use driver "sim"');
  const out: ArmDriver[] = [];
  for (const name of names) {
    const ns = config.multiArm?.rosNamespaces?.[name] ?? name;
    out.push(await mod.createRosArmDriver({ ros: { ...config.ros, arm: ns } }, deps.logger ? { logger: deps.logger.child({ driver: 'ros', arm: name }) } : {}));
  }
  return out;
}

export interface ArmsRuntime {
  core: MultiArmCore;
  arms: ArmDriver[];
  initialReadings: ArmReading[];
}

/** Every driver through its lifecycle, then the composition initialised from their first readings at time 0. */
export async function createArmsRuntime(config: EffectiveConfig, deps: { logger?: Logger } = {}): Promise<ArmsRuntime> {
  const mc = multiArmConfigFor(config);
  if (!mc.ok) throw new Error(`invalid arms config:\n  ${mc.errors.join('\n  ')}`);
  const arms = await createArmDrivers(config, deps);
  for (const a of arms) {
    await a.configure();
    await a.enable();
    await a.home();
  }
  const initialReadings = arms.map((a) => a.read(0));
  return { core: new MultiArmCore(mc.config, { nowNs: 0, arms: initialReadings }), arms, initialReadings };
}

export interface ArmsTickInputs {
  frames: ArrivedArmsFrame[];
  clockSamples: ClockSample[];
  commands: ArmCoreCommand[];
  controllerId: string | null;
  masterKind?: MasterKind;
}

/** One tick for every arm: read them all at the tick's time, step the composition, write them all. */
export function runArmsTick(core: MultiArmCore, arms: readonly ArmDriver[], nowNs: number, inputs: ArmsTickInputs): { readings: ArmReading[]; output: MultiArmOutput } {
  const readings = arms.map((a) => a.read(nowNs));
  const output = core.step({
    nowNs,
    frames: inputs.frames,
    clockSamples: inputs.clockSamples,
    commands: inputs.commands,
    controllerId: inputs.controllerId,
    ...(inputs.masterKind ? { masterKind: inputs.masterKind } : {}),
    arms: readings,
  });
  for (let i = 0; i < arms.length; i++) arms[i]!.write(output.arms[i]!.command, nowNs);
  return { readings, output };
}
