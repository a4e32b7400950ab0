// The dVRK master console as a Farhand input: ROS 1 in (MTMs, grippers, pedals), a SURGEON session out.
//
// - A pacer at `rateHz` (default 125 Hz, so that a 100 Hz floor holds with timer jitter) sends one frame per
//   tick with the newest ROS state, stamped with the tick's time on this process's monotonic clock.
// - The operator-present pedal held and fresh input -> operator_present; after it has been streamed for
//   longer than the agent's playout delay (so that the frame the agent plays says "present"), ENGAGE.
//   Released -> DISENGAGE at once (and operator_present false in every frame from then on).
// - Input older than `maxInputAgeS` (50 ms) -> operator_present false (the agent holds and, when input is
//   fresh again with the pedal still held, resumes re-anchored). Stale input never disengages by itself.
// - After a lost connection: reconnect, Hello, REQUEST_CONTROL; ENGAGE only after the operator-present
//   pedal has been released and pressed again (a reconnect needs a fresh engage, by a person).
import type { Logger } from 'pino';
import type { RosNode } from '@foxglove/ros1';
import { farhand } from '@farhand/protocol';
import { monotonicNs } from '../driver/clock.js';
import { startRosNode, uniqueNodeName } from '../driver/node.js';
import { AgentLink } from './agent-link.js';
import { ConsoleFrame } from './console-frame.js';
import { ConsoleInputs } from './console-inputs.js';
import { buildFrame, planFromWelcome, sidesOf, type HandPlan } from './frame-builder.js';
import { MTM_SIDES, type GripperCalibration, type MtmSide, type PedalName } from './inputs.js';
import { Pacer } from './pacer.js';

const pb = farhand.v1;

export interface ConsoleRosOptions {
  masterUri: string;
  agentUrl: string;
  token: string;
  /** MTM for single-hand frames (one-armed agent). */
  hand: MtmSide;
  rateHz: number;
  maxInputAgeS: number;
  pedalTopics: Readonly<Record<PedalName, string>>;
  consoleFrameId: string;
  baseFrames: Partial<Record<MtmSide, unknown>>;
  gripper: GripperCalibration;
  /** Least time operator_present frames stream before ENGAGE, s (raised to the playout delay + 50 ms). */
  engageAfterS: number;
  clientName: string;
  hostname?: string;
  logger: Logger;
  /** Reconnect to the agent after a lost connection (default true). */
  reconnect?: boolean;
  /** Called when the connection is lost and `reconnect` is false. */
  onGiveUp?: (why: string) => void;
}

export interface ConsoleRosStats {
  framesSent: number;
  framesDropped: number;
  pacerSkipped: number;
  staleTicks: number;
  engages: number;
  disengages: number;
  plan: HandPlan | null;
  state: string;
}

const ENGAGE_RETRY_S = 0.5;
const ENGAGE_TRIES_PER_PRESS = 5;

export class ConsoleRos {
  private node: RosNode | null = null;
  private inputs: ConsoleInputs | null = null;
  private link: AgentLink | null = null;
  private pacer: Pacer | null = null;
  private plan: HandPlan | null = null;
  private readonly frame: ConsoleFrame;
  private seq = 0;
  private stopping = false;
  private controller = false;
  private controlRequestInFlight = false;
  private lastControlRequestNs = -Infinity;
  private controlGrantedNs = -Infinity;
  private waitingLogged = false;
  private engaged = false;
  private engageInFlight = false;
  private engageTries = 0;
  private lastEngageNs = -Infinity;
  private engagedAtNs = -Infinity;
  /** Set when a connection (re)starts: ENGAGE waits for the dead-man to be released and pressed again. */
  private needFreshPress = false;
  private presentSinceNs: number | null = null;
  private pedalWasHeld = false;
  private playoutDelayS = 0;
  private supervisorState = 'UNSPECIFIED';
  private staleLogged: string | null = null;
  private staleTicks = 0;
  private engages = 0;
  private disengages = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private connectAttempt = 0;
  private readonly log: Logger;

  constructor(private readonly opts: ConsoleRosOptions) {
    this.frame = new ConsoleFrame({ consoleFrameId: opts.consoleFrameId, baseFrames: opts.baseFrames });
    this.log = opts.logger;
  }

  /** ROS first (so that the first frame has data), then the agent. Rejects with a sentence. */
  async start(): Promise<void> {
    this.node = await startRosNode({
      masterUri: this.opts.masterUri,
      name: uniqueNodeName('farhand_console_ros'),
      logger: this.log,
      ...(this.opts.hostname ? { hostname: this.opts.hostname } : {}),
    });
    this.inputs = new ConsoleInputs({
      node: this.node,
      sides: MTM_SIDES,
      pedalTopics: this.opts.pedalTopics,
      frame: this.frame,
      gripper: this.opts.gripper,
      logger: this.log,
    });
    await this.connect();
    this.pacer = new Pacer(this.opts.rateHz, monotonicNs, this.tick);
    this.pacer.start();
  }

  stats(): ConsoleRosStats {
    return {
      framesSent: this.link?.framesSent ?? 0,
      framesDropped: this.link?.framesDropped ?? 0,
      pacerSkipped: this.pacer?.stats.skipped ?? 0,
      staleTicks: this.staleTicks,
      engages: this.engages,
      disengages: this.disengages,
      plan: this.plan,
      state: this.supervisorState,
    };
  }

  rosStats(): ReturnType<ConsoleInputs['stats']> {
    return this.inputs?.stats() ?? {};
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.pacer?.stop();
    const link = this.link;
    if (link?.isOpen()) {
      // The arm holds: operator absent first, then the commands, then close.
      if (this.controller) this.sendFrame(monotonicNs(), true);
      if (this.engaged || this.engageInFlight) await link.command('DISENGAGE');
      if (this.controller) await link.command('RELEASE_CONTROL');
      link.close();
    }
    this.inputs?.close();
    this.node?.shutdown();
  }

  private async connect(): Promise<void> {
    this.connectAttempt += 1;
    const link = new AgentLink({
      url: this.opts.agentUrl,
      token: this.opts.token,
      clientName: this.opts.clientName,
      masterKind: 'UNACTUATED',
      logger: this.log,
      onTelemetry: (t) => this.onTelemetry(t),
      onEvent: (e) => this.onEvent(e),
      onClose: (code, reason) => this.onClose(link, code, reason),
    });
    this.link = link;
    this.controller = false;
    this.engaged = false;
    this.engageInFlight = false;
    this.presentSinceNs = null;
    const welcome = await link.connect();
    this.plan = planFromWelcome(welcome.arms, welcome.arm_ids, this.opts.hand);
    const maxRate = welcome.limits?.max_frame_rate_hz ?? 0;
    if (maxRate > 0 && this.opts.rateHz > maxRate * 0.9) {
      this.log.warn({ code: 'RATE_ABOVE_AGENT_LIMIT', rateHz: this.opts.rateHz, maxFrameRateHz: maxRate }, 'the frame rate is close to the agent\'s flood limit; lower --rate');
    }
    // First connection: the pedal state is unknown (released) until its first event, so a press is needed
    // anyway. After a reconnect the agent wants a fresh engage by a person: the dead-man must be pressed again.
    this.needFreshPress = this.connectAttempt > 1;
    this.log.info(
      {
        code: 'CONNECTED',
        session: welcome.session_id,
        agentVersion: welcome.agent_version,
        protocol: `${welcome.protocol_major}.${welcome.protocol_minor}`,
        arms: (welcome.arms ?? []).map((a) => `${a.arm_id}:${a.name}:${pb.ArmKind[a.kind ?? 0] ?? a.kind}`),
        plan: this.describePlan(),
      },
      `connected to ${this.opts.agentUrl}: ${this.describePlan()}`,
    );
    if (this.plan.mode === 'two-hand' && !this.plan.cameraArm) {
      this.log.info({ code: 'NO_CAMERA_ARM' }, 'the agent has no CAMERA arm: the camera pedal is sent but moves nothing');
    }
    // REQUEST_CONTROL comes from the pacer once every hand in use has input.
  }

  private describePlan(): string {
    const p = this.plan;
    if (!p) return 'no plan';
    if (p.mode === 'single') return `single-hand frames from ${p.side} for arm ${p.armId}`;
    return `two hands: ${p.hands.map((h) => `${h.side} -> arm ${h.armId}`).join(', ')}${p.cameraArm ? ', camera pedal -> camera mode' : ''}`;
  }

  private async requestControl(): Promise<void> {
    const link = this.link;
    if (!link || this.controlRequestInFlight) return;
    this.controlRequestInFlight = true;
    this.lastControlRequestNs = monotonicNs();
    const ack = await link.command('REQUEST_CONTROL');
    this.controlRequestInFlight = false;
    if (link !== this.link) return;
    if (ack.ok) {
      if (!this.controller) this.log.info({ code: 'CONTROL_GRANTED', session: link.sessionId() }, 'holding the control lock');
      this.controller = true;
      this.controlGrantedNs = monotonicNs();
    } else {
      this.log.warn({ code: 'CONTROL_REFUSED', reason: ack.reason }, `control refused: ${ack.reason}; asking again each second`);
    }
  }

  private onTelemetry(t: farhand.v1.Telemetry): void {
    this.supervisorState = pb.SupervisorState[t.state] ?? String(t.state);
    const d = t.link?.playout_delay_s;
    if (typeof d === 'number' && Number.isFinite(d) && d >= 0) this.playoutDelayS = d;
    const me = this.link?.sessionId() ?? '';
    // Telemetry computed before the grant reached the loop may still name the previous holder: a grace period.
    if (this.controller && t.controller_session_id !== me && monotonicNs() - this.controlGrantedNs > 0.5e9) {
      this.controller = false;
      this.engaged = false;
      this.log.warn({ code: 'CONTROL_LOST', holder: t.controller_session_id }, 'the control lock is no longer ours');
    }
    // An engage that the agent dropped (ENGAGE_TIMEOUT, OPERATOR_ABSENT while ENGAGING) or a DISENGAGE from
    // elsewhere: IDLE while we think we are engaged. Ignore the first 0.3 s after the ack (telemetry in flight).
    if (this.engaged && this.supervisorState === 'IDLE' && monotonicNs() - this.engagedAtNs > 0.3e9) {
      this.engaged = false;
      this.log.info({ code: 'AGENT_IDLE', reason: t.reason }, `the agent is idle (${t.reason}); engaging again while the dead-man is held`);
    }
  }

  private onEvent(e: farhand.v1.Event): void {
    const severity = pb.Severity[e.severity] ?? String(e.severity);
    const fields = { code: 'AGENT_EVENT', event: e.code, severity, armId: e.arm_id };
    if (e.severity >= pb.Severity.ALARM) this.log.warn(fields, e.message);
    else this.log.info(fields, e.message);
  }

  private onClose(link: AgentLink, code: number, reason: string): void {
    // A link that never got its Welcome failed in connect(), whose caller retries (or reports it at start).
    if (link !== this.link || this.stopping || link.welcome === null) return;
    this.controller = false;
    this.engaged = false;
    this.log.warn({ code: 'DISCONNECTED', wsCode: code, reason }, `the agent closed the connection (${code} ${reason})`);
    if (this.opts.reconnect === false) {
      this.opts.onGiveUp?.(`the agent closed the connection (${code} ${reason}) and --no-reconnect is set`);
      return;
    }
    const delayMs = Math.min(5000, 500 * 2 ** Math.min(4, this.connectAttempt - 1));
    const retry = (): void => {
      this.reconnectTimer = null;
      if (this.stopping) return;
      this.connect().catch((err: Error) => {
        this.log.warn({ code: 'RECONNECT_FAILED', err: err.message }, `reconnect failed: ${err.message}`);
        this.reconnectTimer = setTimeout(retry, 2000);
      });
    };
    this.reconnectTimer = setTimeout(retry, delayMs);
  }

  /**
   * The pacer fires in the timers phase, before the event loop polls sockets: after a stall of this process
   * (GC, a busy moment), the MTM messages that arrived meanwhile are still unread, and the input would look
   * stale because of us, not because of the MTM. setImmediate runs after this iteration's poll phase, so the
   * frame is built from everything that has arrived.
   */
  private tick = (): void => {
    setImmediate(this.tickAfterPoll);
  };

  private tickAfterPoll = (): void => {
    if (this.stopping) return;
    const nowNs = monotonicNs();
    const link = this.link;
    const inputs = this.inputs;
    if (!link || !inputs || !link.isOpen() || !this.plan) return;
    inputs.reportRefusals(nowNs);
    if (!this.controller) {
      // Ask for control only with input to send: a controller that sends nothing loses the lock (keepalive).
      const snap = inputs.snapshot();
      const ready = sidesOf(this.plan).every((side) => snap.hands[side].pose !== null && snap.hands[side].grip !== null);
      if (!ready && !this.waitingLogged) {
        this.waitingLogged = true;
        this.log.info({ code: 'WAITING_FOR_MTM', sides: sidesOf(this.plan) }, `waiting for ${sidesOf(this.plan).join(' and ')} measured_cp and gripper before asking for control`);
      }
      if (ready && nowNs - this.lastControlRequestNs > 1e9) void this.requestControl();
      return; // frames from a non-controller are refused by the agent
    }
    const { present, pedalHeld } = this.sendFrame(nowNs, false);
    this.driveEngagement(nowNs, present, pedalHeld);
  };

  /** Builds and sends one frame; returns the operator_present it carried and whether the dead-man is held. */
  private sendFrame(nowNs: number, forceAbsent: boolean): { present: boolean; pedalHeld: boolean } {
    const link = this.link;
    if (!link || !this.inputs || !this.plan) return { present: false, pedalHeld: false };
    const input = this.inputs.snapshot();
    if (forceAbsent) input.pedals.operatorPresent = false;
    const pedalHeld = input.pedals.operatorPresent;
    const d = buildFrame(input, this.plan, { seq: this.seq + 1, nowNs, maxInputAgeNs: this.opts.maxInputAgeS * 1e9 });
    if (d.stale) {
      this.staleTicks += 1;
      const key = `${d.stale.reason}:${d.stale.side}`;
      if (this.staleLogged !== key) {
        this.staleLogged = key;
        const age = Number.isFinite(d.stale.ageNs) ? `${(d.stale.ageNs / 1e6).toFixed(1)} ms` : 'never received';
        this.log.warn(
          { code: d.stale.reason, side: d.stale.side, ageMs: d.stale.ageNs / 1e6, limitMs: this.opts.maxInputAgeS * 1e3 },
          `${d.stale.side} input stale (${age}, limit ${this.opts.maxInputAgeS * 1e3} ms): operator_present false, the agent holds`,
        );
      }
    } else if (this.staleLogged !== null) {
      this.log.info({ code: 'INPUT_FRESH' }, 'MTM input fresh again');
      this.staleLogged = null;
    }
    if (d.motion === null) return { present: false, pedalHeld };
    this.seq += 1;
    link.sendMotion(d.motion);
    return { present: d.present, pedalHeld };
  }

  private driveEngagement(nowNs: number, present: boolean, pedalHeld: boolean): void {
    const link = this.link!;
    // Edges of the dead-man pedal itself (not of staleness).
    if (pedalHeld && !this.pedalWasHeld) {
      this.engageTries = 0;
      this.needFreshPress = false;
    }
    if (!pedalHeld && this.pedalWasHeld && (this.engaged || this.engageInFlight)) {
      this.engaged = false;
      this.disengages += 1;
      this.log.info({ code: 'DISENGAGE', reason: 'OPERATOR_PEDAL_RELEASED' }, 'dead-man released: DISENGAGE');
      void link.command('DISENGAGE').then((a) => {
        if (!a.ok) this.log.warn({ code: 'DISENGAGE_REFUSED', reason: a.reason }, `DISENGAGE refused: ${a.reason}`);
      });
    }
    this.pedalWasHeld = pedalHeld;
    this.presentSinceNs = present ? (this.presentSinceNs ?? nowNs) : null;
    if (!present || this.engaged || this.engageInFlight || this.needFreshPress) return;
    if (this.engageTries >= ENGAGE_TRIES_PER_PRESS) return;
    const waitS = Math.max(this.opts.engageAfterS, this.playoutDelayS + 0.05);
    if (nowNs - this.presentSinceNs! < waitS * 1e9 || nowNs - this.lastEngageNs < ENGAGE_RETRY_S * 1e9) return;
    this.engageInFlight = true;
    this.engageTries += 1;
    this.lastEngageNs = nowNs;
    void link.command('ENGAGE').then((a) => {
      this.engageInFlight = false;
      if (link !== this.link) return;
      if (a.ok) {
        this.engaged = true;
        this.engagedAtNs = monotonicNs();
        this.engages += 1;
        this.log.info({ code: 'ENGAGED', session: link.sessionId() }, 'dead-man held: ENGAGE accepted');
        // Released while the engage was in flight: take it back.
        if (!this.pedalWasHeld) {
          this.engaged = false;
          this.disengages += 1;
          void link.command('DISENGAGE');
        }
      } else {
        const last = this.engageTries >= ENGAGE_TRIES_PER_PRESS;
        this.log.warn(
          { code: 'ENGAGE_REFUSED', reason: a.reason, tries: this.engageTries },
          `ENGAGE refused: ${a.reason}${last ? `; gave up after ${ENGAGE_TRIES_PER_PRESS} tries: release and press the dead-man again` : ''}`,
        );
      }
    });
  }

  /** For tests: the sides the current plan reads. */
  sides(): MtmSide[] {
    return this.plan ? sidesOf(this.plan) : [];
  }
}
