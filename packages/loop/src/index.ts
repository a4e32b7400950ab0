// @farhand/loop: the tick. One control tick (read the arm at the tick's time, step the core, write the
// setpoint), the runtime it runs on (driver through its lifecycle + core initialised from the first
// reading) and the effective configuration both are built from. The live agent's loop thread and replay
// call exactly this, which is what makes an unimpaired replay bit-identical.
export { runTick, type TickInputs, type SteppableCore } from './tick.js';
export { createRuntime, type Runtime } from './runtime.js';
export { createArmDriver, DriverUnavailableError } from './drivers.js';
export { completeConfig, effectiveConfigFromJson, recordedConfigJson, type EffectiveConfig, type EffectiveResult } from './effective.js';
export { runArmsTick, createArmsRuntime, createArmDrivers, multiArmConfigFor, isMultiArm, armNames, armSeed, type ArmsRuntime, type ArmsTickInputs } from './arms.js';
