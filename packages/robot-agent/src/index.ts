// @farhand/robot-agent: the live shell around the tick (@farhand/loop). Public pieces: start an agent
// in-process, load and complete its configuration, its loop scheduler, the control lock and role table.
// The recording format is @farhand/recording, replay and the link tools @farhand/workbench.
export { startAgent, isLoopbackHost, AgentStartError, type Agent, type AgentExit, type AgentUrls, type StartOptions } from './agent.js';
export { createClock, type AgentClock } from './clock.js';
export { loadConfig, sourceLabel, type LoadInput, type LoadResult } from './config/load.js';
export { completeConfig, effectiveConfigFromJson, recordedConfigJson, type EffectiveConfig, type EffectiveResult } from '@farhand/loop';
export { TickScheduler, type TickTiming, type SchedulerDeps } from './loop/scheduler.js';
export { ControlLock, type ControlChange, type ControlChangeReason } from './control/lock.js';
export { mayCommand } from './control/roles.js';
export { AGENT_VERSION } from './version.js';
export { helpText } from './cli-help.js';
