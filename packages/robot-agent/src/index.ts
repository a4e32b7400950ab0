// @farhand/robot-agent: the shell around latency-core. Public pieces: start an agent in-process, load
// and complete its configuration, the per-tick function and runtime that replay reuses, and the
// recording reader.
export { startAgent, isLoopbackHost, AgentStartError, type Agent, type AgentExit, type AgentUrls, type StartOptions } from './agent.js';
export { createClock, type AgentClock } from './clock.js';
export { loadConfig, sourceLabel, type LoadInput, type LoadResult } from './config/load.js';
export { completeConfig, effectiveConfigFromJson, recordedConfigJson, type EffectiveConfig, type EffectiveResult } from './config/effective.js';
export { runTick, type TickInputs, type SteppableCore } from './loop/tick.js';
export { createRuntime, type Runtime } from './loop/runtime.js';
export { createArmDriver, DriverUnavailableError } from './drivers/index.js';
export { TickScheduler, type TickTiming, type SchedulerDeps } from './loop/scheduler.js';
export { ControlLock, type ControlChange, type ControlChangeReason } from './control/lock.js';
export { mayCommand } from './control/roles.js';
export {
  readRecording,
  readRecordingBytes,
  type Recording,
  type Timed,
  type SessionStartMsg,
  type RecordedFrameMsg,
  type RecordedClockMsg,
  type RecordedCommandMsg,
  type RecordedControlMsg,
  type TickRecordMsg,
  type EventMsg,
  type RecordedMotionFrame,
  type RecordedPose,
} from './recording/read.js';
export { CHANNELS, MCAP_PROFILE, loadRecordingSchema } from './recording/schema.js';
export { ChunkedMcapWriter } from './recording/mcap-writer.js';
export { AGENT_VERSION } from './version.js';
export { helpText } from './cli.js';
