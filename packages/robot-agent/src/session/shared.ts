// What the gateway's parts share: the agent's dependencies, the connected sessions, the control lock
// and the one way to tell everyone something. Each part (handshake, inputs, commands, control,
// refusals) gets this and nothing else of the others, so each file has one job.
import type { EffectiveConfig } from '@farhand/loop';
import type { RecorderHost } from '@farhand/recording';
import type { AgentClock } from '../clock.js';
import type { ControlLock } from '../control/lock.js';
import type { Logger } from '../log.js';
import type { LoopHost } from '../loop/host.js';
import type { AgentMetrics } from '../metrics.js';
import type { ArmAnnouncement, Snapshot } from '../loop/messages.js';
import type { AgentEvent } from '../telemetry.js';
import type { RtcSetup } from '../transport/setup.js';
import type { ClientSession } from './client.js';
import type { VideoSetup } from '../video/setup.js';

export type Tokens = Record<'surgeon' | 'observer' | 'engineer', string>;

export interface GatewayDeps {
  config: EffectiveConfig;
  tokens: Tokens;
  clock: AgentClock;
  loop: LoopHost;
  recorder: RecorderHost | null;
  metrics: AgentMetrics;
  log: Logger;
  armIds: number[];
  /** Several arms (config `arms`): each with its name and kind (Welcome.arms); absent for one arm. */
  arms?: ArmAnnouncement[];
  /** The second motion transport: what the agent offers in Welcome.rtc, or why not. */
  rtc: RtcSetup;
  /** The field's video on the peer connections, or why there is none (absent: none, unexplained). */
  video?: VideoSetup;
}

export interface GatewayShared {
  readonly deps: GatewayDeps;
  /** Sessions that said Hello and were welcomed. */
  readonly sessions: Map<string, ClientSession>;
  /** Sockets still in the handshake: their own pool (limits.maxPendingSockets), oldest first. */
  readonly pending: Map<string, ClientSession>;
  /** The newest loop snapshot (null before the first). */
  readonly lastSnapshot: Snapshot | null;
  readonly lock: ControlLock;
  /** An Event to every client, recorded. */
  broadcastEvent(e: AgentEvent): void;
}

export const CLOSE_POLICY = 1008;
export const CLOSE_TRY_AGAIN = 1013;
export const CLOSE_GOING_AWAY = 1001;
