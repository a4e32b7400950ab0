// The arm interface over CRTK on ROS 1: one arm namespace (e.g. /PSM1) of a dVRK or any CRTK arm.
//
// The control loop never waits on ROS. Messages arrive in the event loop between ticks and are checked and
// stored (topic-stream.ts); read() assembles the newest of them with their age and whatever is wrong, and
// write() keeps the newest command and publishes it at the configured rate, never queueing behind a slow
// socket (latest-publisher.ts). Only configure/enable/home/disable wait, and each wait is bounded.
import type { ArmCommand, ArmDriver, ArmReading, OperatingState, Pose } from '@farhand/latency-core';
import type { RosNode } from '@foxglove/ros1';
import type { Logger } from 'pino';
import { monotonicNs, wallMs } from './clock.js';
import { BaseFrameMap, parseBaseFrame } from './frames.js';
import { LatestWinsPublisher } from './latest-publisher.js';
import {
  JOINT_STATE_DEF,
  JOINT_STATE_TYPE,
  OPERATING_STATE_TYPES,
  POSE_STAMPED_DEF,
  POSE_STAMPED_TYPE,
  STRING_STAMPED_DEF,
  STRING_STAMPED_TYPE,
  header,
} from './msgdefs.js';
import { startRosNode, uniqueNodeName, withTimeout } from './node.js';
import { TopicStream } from './topic-stream.js';
import type { ParsedOperatingState, Parsed } from './validate.js';
import { parseJointPositions, parseOperatingState, parsePose } from './validate.js';

/** Stable reason codes this driver puts in ArmReading.fault. */
export const ROS_FAULT = {
  NOT_CONFIGURED: 'ARM_NOT_CONFIGURED',
  CONNECTION_LOST: 'ARM_CONNECTION_LOST',
  BAD_MESSAGE: 'ARM_BAD_MESSAGE',
  BAD_COMMAND: 'ARM_BAD_COMMAND',
  REPORTED_FAULT: 'ARM_REPORTED_FAULT',
  STALE: 'ARM_MEASUREMENT_STALE',
  DISABLED: 'ARM_DISABLED',
  PAUSED: 'ARM_PAUSED',
} as const;

export interface RosArmDriverOptions {
  /** http://HOST:PORT of the ROS 1 master. */
  masterUri: string;
  /** CRTK namespace of the arm, e.g. PSM1. */
  arm: string;
  /** A measurement older than this at read() is a fault (ARM_MEASUREMENT_STALE). dVRK: ~100 Hz, gaps to 24 ms. */
  maxMeasurementAgeS?: number;
  /** servo_* and jaw/servo_jp go out at this rate (the newest command), however often write() is called. */
  commandRateHz?: number;
  /** Pose of the arm's RCM in the frame it publishes measured_cp in (dVRK system JSON base_frame). See frames.ts. */
  baseFrame?: unknown;
  /** Joints in measured_js (a PSM: 6). */
  jointCount?: number;
  /** configure(): how long to wait for the master, the topics and the first messages, s. */
  startTimeoutS?: number;
  /** enable()/home(): how long the arm may take to report the state, s (a dVRK homes in ~10-20 s). */
  stateTimeoutS?: number;
  /** Host name/IP other nodes reach this node at (default: ROS_IP, ROS_HOSTNAME, or loopback for a loopback master). */
  hostname?: string;
  nodeName?: string;
  logger?: Logger;
  /** Monotonic receive clock, ns. Default: process hrtime. Only differences matter (see read()). */
  clockNs?: () => number;
}

interface Streams {
  js: TopicStream<number[]>;
  cp: TopicStream<Pose>;
  jaw: TopicStream<number[]>;
  state: TopicStream<ParsedOperatingState>;
}

export interface RosTopicStats {
  topic: string;
  messages: number;
  bad: number;
  /** Receive time of the newest valid message on the driver's clock, ns (-Infinity if none). */
  receivedNs: number;
  /** Its header stamp, s. */
  stampS: number;
}

export interface RosDriverStats {
  topics: RosTopicStats[];
  commandsPublished: number;
  commandsDropped: number;
  commandsRefused: number;
}

export class RosArmDriver implements ArmDriver {
  readonly name: string;
  private readonly opts: Required<Pick<RosArmDriverOptions, 'masterUri' | 'arm' | 'maxMeasurementAgeS' | 'commandRateHz' | 'jointCount' | 'startTimeoutS' | 'stateTimeoutS'>>;
  private readonly ns: string;
  private readonly base: BaseFrameMap;
  private readonly clock: () => number;
  private readonly logger: Logger | undefined;
  private readonly maxAgeNs: number;
  private readonly commandPeriodNs: number;
  private readonly nodeOptions: { hostname: string | undefined; nodeName: string | undefined; logger: Logger | undefined };

  private node: RosNode | null = null;
  private streams: Streams | null = null;
  private pubs: { servoCp: LatestWinsPublisher; servoJp: LatestWinsPublisher; jaw: LatestWinsPublisher; state: LatestWinsPublisher } | null = null;
  private configured = false;
  private closed = false;
  /** enable()/home() succeeded and disable() has not been called: DISABLED from now on is a fault. */
  private wantEnabled = false;
  private nextSendNs = -Infinity;
  private seq = 0;
  private commandsRefused = 0;
  private badCommand: string | null = null;
  private measuredFrameId = '';
  private stateWaiters = new Set<() => void>();

  constructor(options: RosArmDriverOptions) {
    this.opts = {
      masterUri: options.masterUri,
      arm: options.arm,
      maxMeasurementAgeS: options.maxMeasurementAgeS ?? 0.05,
      commandRateHz: options.commandRateHz ?? 100,
      jointCount: options.jointCount ?? 6,
      startTimeoutS: options.startTimeoutS ?? 5,
      stateTimeoutS: options.stateTimeoutS ?? 30,
    };
    if (!/^[A-Za-z][A-Za-z0-9_]*(\/[A-Za-z][A-Za-z0-9_]*)*$/.test(this.opts.arm)) {
      throw new Error(`ROS arm namespace "${this.opts.arm}" is not a ROS name; expected e.g. PSM1`);
    }
    if (!(this.opts.maxMeasurementAgeS > 0) || !(this.opts.commandRateHz > 0)) {
      throw new Error('maxMeasurementAgeS and commandRateHz must be positive numbers');
    }
    this.name = `ros:${this.opts.arm}`;
    this.ns = `/${this.opts.arm}`;
    this.base = new BaseFrameMap(parseBaseFrame(options.baseFrame));
    this.clock = options.clockNs ?? monotonicNs;
    this.logger = options.logger?.child({ component: 'ros-driver', arm: this.opts.arm });
    this.maxAgeNs = this.opts.maxMeasurementAgeS * 1e9;
    this.commandPeriodNs = 1e9 / this.opts.commandRateHz;
    this.nodeOptions = { hostname: options.hostname, nodeName: options.nodeName, logger: options.logger };
  }

  private topic(name: string): string {
    return `${this.ns}/${name}`;
  }

  // ----------------------------------------------------------------------------------------------
  // Lifecycle

  /**
   * Connects to the master, checks that the arm's topics exist with the right types and that the arm listens
   * to the command topics, subscribes, and waits (bounded) for the first measurement on each stream.
   * Rejects with one sentence listing everything that is missing or wrong.
   */
  async configure(): Promise<void> {
    if (this.configured) return;
    if (this.closed) throw new Error(`${this.name}: configure() after close()`);
    const startMs = Math.round(this.opts.startTimeoutS * 1000);
    const node = await startRosNode({
      masterUri: this.opts.masterUri,
      name: this.nodeOptions.nodeName ?? uniqueNodeName(`farhand_${this.opts.arm}`),
      hostname: this.nodeOptions.hostname,
      timeoutS: this.opts.startTimeoutS,
      logger: this.nodeOptions.logger,
    });
    this.node = node;
    try {
      await this.checkGraph(node, startMs);
      this.streams = this.subscribeAll(node);
      this.pubs = await this.advertiseAll(node);
      await this.waitForTraffic(startMs);
    } catch (err) {
      await this.close();
      this.closed = false;
      throw err;
    }
    this.configured = true;
    this.logger?.info({ masterUri: this.opts.masterUri, code: 'ARM_CONFIGURED' }, 'ROS arm configured');
  }

  /** Sends state_command "enable" (unless the arm already reports ENABLED) and waits for ENABLED. */
  async enable(): Promise<void> {
    this.requireConfigured('enable');
    if (this.streams?.state.value?.state !== 'ENABLED') this.sendStateCommand('enable');
    await this.waitForState('ENABLED', (s) => s.state === 'ENABLED');
    this.wantEnabled = true;
  }

  /**
   * Sends state_command "home" and waits until the arm is ENABLED, homed and not busy. An arm that already
   * reports ENABLED and homed is left alone: homing moves a real arm, and the agent calls home() at every start.
   */
  async home(): Promise<void> {
    this.requireConfigured('home');
    const homed = (s: ParsedOperatingState): boolean => s.state === 'ENABLED' && s.is_homed && !s.is_busy;
    const now = this.streams?.state.value;
    if (!now || !homed(now)) this.sendStateCommand('home');
    await this.waitForState('ENABLED and homed', homed);
    this.wantEnabled = true;
  }

  /**
   * Sends state_command "disable"; from now on a DISABLED arm is expected, not a fault, and no servo command
   * goes out. Resolves when the arm reports DISABLED; rejects (bounded, 5 s at most) when it cannot confirm,
   * at once when there is no connection to the arm: the caller then knows the arm's state is unknown.
   */
  async disable(): Promise<void> {
    this.wantEnabled = false;
    if (!this.configured || !this.streams) return;
    this.sendStateCommand('disable');
    if (!this.streams.state.connected()) {
      throw new Error(`${this.name}: disable sent but not confirmed: no live connection to ${this.streams.state.topic}`);
    }
    await this.waitForState('DISABLED', (s) => s.state === 'DISABLED', Math.min(5, this.opts.stateTimeoutS));
  }

  /** Leaves the ROS graph: unsubscribes, unadvertises, stops the node. The driver cannot be used after. */
  async close(): Promise<void> {
    this.closed = true;
    this.configured = false;
    for (const w of this.stateWaiters) w();
    this.stateWaiters.clear();
    if (this.streams) for (const s of Object.values(this.streams)) s.close();
    this.streams = null;
    this.pubs = null;
    const node = this.node;
    this.node = null;
    if (node) {
      // shutdown() unregisters asynchronously; give the master a moment so that `rostopic list` is clean.
      node.shutdown();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Per tick

  /**
   * The newest measurement. ageNs is the time since the OLDEST of measured_js, measured_cp and jaw/measured_js
   * arrived (receive time, so it includes the transport but not any clock offset between machines);
   * timeNs is that arrival on the caller's clock (nowNs minus the age).
   */
  read(nowNs: number): ArmReading {
    const s = this.streams;
    if (!this.configured || s === null || this.node === null) {
      return this.faultReading(nowNs, ROS_FAULT.NOT_CONFIGURED, `${this.name}: not configured (configure() has not succeeded)`);
    }
    const now = this.clock();
    const oldest = Math.min(s.js.receivedNs, s.cp.receivedNs, s.jaw.receivedNs);
    const ageNs = now - oldest;
    const state = s.state.value;
    const reading: ArmReading = {
      // Before a first message the age is infinite (and a fault says so); the time stays finite.
      timeNs: Number.isFinite(ageNs) ? nowNs - ageNs : nowNs,
      ageNs,
      measured_js: s.js.value ?? ZERO_JOINTS(this.opts.jointCount),
      measured_cp: s.cp.value ?? IDENTITY_POSE,
      jaw_measured_rad: s.jaw.value?.[0] ?? 0,
      operating_state: state?.state ?? 'DISABLED',
      is_homed: state?.is_homed ?? false,
      is_busy: state?.is_busy ?? false,
    };
    const fault = this.currentFault(s, ageNs, state?.state);
    if (fault) {
      reading.fault = fault.code;
      reading.faultMessage = fault.message;
    }
    return reading;
  }

  /**
   * Publishes the command when the command period has elapsed on the caller's clock; the commands in between
   * are superseded (the core writes every tick, so the one that goes out is always the newest).
   */
  write(cmd: ArmCommand, nowNs: number): void {
    if (!this.configured || this.pubs === null) return;
    const problem = checkCommand(cmd, this.opts.jointCount);
    if (problem !== null) {
      // The core never sends this; if it ever does, the arm must not see it. Reported in the next reading.
      this.commandsRefused += 1;
      if (this.badCommand === null) this.logger?.error({ problem, code: ROS_FAULT.BAD_COMMAND }, 'refused a command');
      this.badCommand = problem;
      return;
    }
    if (nowNs < this.nextSendNs) return;
    // Drift-free schedule that never bursts to catch up after a stall.
    this.nextSendNs = nowNs - this.nextSendNs > this.commandPeriodNs ? nowNs + this.commandPeriodNs : this.nextSendNs + this.commandPeriodNs;
    this.publishCommand(cmd);
  }

  stats(): RosDriverStats {
    const topics: RosTopicStats[] = [];
    if (this.streams) {
      for (const st of Object.values(this.streams) as TopicStream<unknown>[]) {
        topics.push({ topic: st.topic, messages: st.count, bad: st.badCount, receivedNs: st.receivedNs, stampS: st.stampS });
      }
    }
    const p = this.pubs;
    const all = p ? [p.servoCp, p.servoJp, p.jaw] : [];
    return {
      topics,
      commandsPublished: all.reduce((n, x) => n + x.sent, 0),
      commandsDropped: all.reduce((n, x) => n + x.dropped, 0),
      commandsRefused: this.commandsRefused,
    };
  }

  // ----------------------------------------------------------------------------------------------
  // Internals

  private currentFault(s: Streams, ageNs: number, armState: OperatingState | undefined): { code: string; message: string } | null {
    if (!this.node?.isSubscribedTo(s.js.topic)) {
      return { code: ROS_FAULT.CONNECTION_LOST, message: `${this.name}: the ROS node was shut down (by the master?)` };
    }
    const streams = [s.js, s.cp, s.jaw, s.state] as TopicStream<unknown>[];
    // A publisher of the wrong type first: when it is the only one, "no live connection" would hide why.
    for (const t of streams) {
      const wrong = t.wrongTypePublisher();
      if (wrong !== null) return { code: ROS_FAULT.BAD_MESSAGE, message: `${t.topic}: ${wrong}, accepted: ${t.types.join(' or ')}` };
    }
    const lost = streams.filter((t) => !t.connected()).map((t) => t.topic);
    if (lost.length > 0) {
      return { code: ROS_FAULT.CONNECTION_LOST, message: `${this.name}: no live connection to the publisher of ${lost.join(', ')}` };
    }
    for (const t of streams) {
      const bad = t.takeBad();
      if (bad !== null) return { code: ROS_FAULT.BAD_MESSAGE, message: bad };
    }
    if (this.badCommand !== null) {
      const m = this.badCommand;
      this.badCommand = null;
      return { code: ROS_FAULT.BAD_COMMAND, message: `${this.name}: refused to publish a command: ${m}` };
    }
    if (armState === 'FAULT') {
      return { code: ROS_FAULT.REPORTED_FAULT, message: `${this.name}: the arm reports operating_state FAULT (see ${this.topic('error')})` };
    }
    if (ageNs > this.maxAgeNs) {
      const ages = [s.js, s.cp, s.jaw]
        .filter((t) => this.clock() - t.receivedNs > this.maxAgeNs)
        .map((t) => (t.receivedNs === -Infinity ? `${t.topic}: none yet` : `${t.topic}: ${((this.clock() - t.receivedNs) / 1e6).toFixed(1)} ms old`));
      return {
        code: ROS_FAULT.STALE,
        message: `${this.name}: measurement older than ${(this.maxAgeNs / 1e6).toFixed(0)} ms (${ages.join(', ')})`,
      };
    }
    if (this.wantEnabled && armState === 'DISABLED') {
      return { code: ROS_FAULT.DISABLED, message: `${this.name}: the arm reports DISABLED while Farhand expects it enabled` };
    }
    if (this.wantEnabled && armState === 'PAUSED') {
      return { code: ROS_FAULT.PAUSED, message: `${this.name}: the arm reports PAUSED` };
    }
    return null;
  }

  private faultReading(nowNs: number, code: string, message: string): ArmReading {
    return {
      timeNs: nowNs,
      ageNs: Infinity,
      measured_js: ZERO_JOINTS(this.opts.jointCount),
      measured_cp: IDENTITY_POSE,
      jaw_measured_rad: 0,
      operating_state: 'DISABLED',
      is_homed: false,
      is_busy: false,
      fault: code,
      faultMessage: message,
    };
  }

  private publishCommand(cmd: ArmCommand): void {
    const p = this.pubs;
    const st = this.streams?.state.value;
    // A dVRK ignores (and warns about) servo commands unless enabled: only send what it will act on.
    if (!p || !this.wantEnabled || st?.state !== 'ENABLED') return;
    this.seq += 1;
    const stamp = wallMs();
    const frameId = this.measuredFrameId || this.base.transform.referenceFrame;
    if (cmd.kind === 'servo_cp') {
      const parent = this.base.toParent(cmd.pose);
      p.servoCp.publish({
        header: header(this.seq, frameId, stamp),
        pose: {
          position: { x: parent.position[0], y: parent.position[1], z: parent.position[2] },
          orientation: { x: parent.orientation[0], y: parent.orientation[1], z: parent.orientation[2], w: parent.orientation[3] },
        },
      });
    } else {
      p.servoJp.publish({ header: header(this.seq, '', stamp), name: [], position: cmd.q, velocity: [], effort: [] });
    }
    p.jaw.publish({ header: header(this.seq, '', stamp), name: [], position: [cmd.jaw_rad], velocity: [], effort: [] });
  }

  private sendStateCommand(command: string): void {
    this.seq += 1;
    this.pubs?.state.publish({ header: header(this.seq, '', wallMs()), string: command });
    this.logger?.info({ command, code: 'ARM_STATE_COMMAND' }, 'state_command sent');
  }

  private requireConfigured(what: string): void {
    if (!this.configured) throw new Error(`${this.name}: ${what}() before configure() succeeded`);
  }

  private async waitForState(what: string, ok: (s: ParsedOperatingState) => boolean, timeoutS = this.opts.stateTimeoutS): Promise<void> {
    const deadline = Date.now() + timeoutS * 1000;
    for (;;) {
      const s = this.streams?.state.value ?? null;
      if (s && ok(s)) return;
      if (s?.state === 'FAULT' && what !== 'DISABLED') {
        throw new Error(`${this.name}: the arm reports FAULT instead of ${what} (see ${this.topic('error')})`);
      }
      if (!this.configured && this.closed) throw new Error(`${this.name}: closed while waiting for ${what}`);
      const left = deadline - Date.now();
      if (left <= 0) {
        const last = s ? `${s.state}${s.is_homed ? ', homed' : ', not homed'}${s.is_busy ? ', busy' : ''}` : `nothing on ${this.topic('operating_state')}`;
        throw new Error(`${this.name}: the arm did not report ${what} within ${timeoutS} s (last: ${last})`);
      }
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          this.stateWaiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(left, 250));
        this.stateWaiters.add(wake);
      });
    }
  }

  /**
   * The graph check, repeated until it passes or the start timeout ends: an arm that is starting at the same
   * time as the agent registers its topics one by one. The error lists what was still missing at the end.
   */
  private async checkGraph(node: RosNode, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const problem = await this.graphProblem(node, Math.max(100, deadline - Date.now()));
      if (problem === null) return;
      if (Date.now() >= deadline) throw new Error(problem);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async graphProblem(node: RosNode, timeoutMs: number): Promise<string | null> {
    const [published, system] = await Promise.all([
      withTimeout(node.getPublishedTopics(), timeoutMs, `ROS master ${this.opts.masterUri} getPublishedTopics`),
      withTimeout(node.getSystemState(), timeoutMs, `ROS master ${this.opts.masterUri} getSystemState`),
    ]);
    const types = new Map(published);
    const problems: string[] = [];
    const want: Array<[string, readonly string[]]> = [
      [this.topic('measured_js'), [JOINT_STATE_TYPE]],
      [this.topic('measured_cp'), [POSE_STAMPED_TYPE]],
      [this.topic('jaw/measured_js'), [JOINT_STATE_TYPE]],
      [this.topic('operating_state'), OPERATING_STATE_TYPES],
    ];
    for (const [topic, accepted] of want) {
      const t = types.get(topic);
      if (t === undefined) problems.push(`${topic} is not published`);
      else if (!accepted.includes(t)) problems.push(`${topic} is ${t}, expected ${accepted.join(' or ')}`);
    }
    for (const name of ['servo_cp', 'jaw/servo_jp', 'state_command']) {
      const topic = this.topic(name);
      if ((system.subscribers.get(topic)?.size ?? 0) === 0) problems.push(`nobody subscribes to ${topic}`);
    }
    if (problems.length > 0) {
      const armTopics = published.filter(([t]) => t.startsWith(`${this.ns}/`)).length;
      const hint =
        armTopics === 0
          ? ` (the master has no topic under ${this.ns}/ at all: is the arm's CRTK bridge running, and is the arm name right?)`
          : '';
      return `ROS arm ${this.ns} on ${this.opts.masterUri}, after ${this.opts.startTimeoutS} s: ${problems.join('; ')}${hint}`;
    }
    return null;
  }

  private subscribeAll(node: RosNode): Streams {
    const common = { node, clock: this.clock, logger: this.logger };
    const n = this.opts.jointCount;
    const cp = new TopicStream<Pose>(
      {
        ...common,
        topic: this.topic('measured_cp'),
        types: [POSE_STAMPED_TYPE],
        parse: (msg): Parsed<Pose> => {
          const p = parsePose(msg);
          if (!p.ok) return p;
          const frameId = (msg as { header?: { frame_id?: unknown } }).header?.frame_id;
          if (typeof frameId === 'string') this.measuredFrameId = frameId;
          return { ok: true, value: this.base.toLocal(p.value) };
        },
      },
      POSE_STAMPED_TYPE,
    );
    const streams: Streams = {
      js: new TopicStream({ ...common, topic: this.topic('measured_js'), types: [JOINT_STATE_TYPE], parse: (m) => parseJointPositions(m, n) }, JOINT_STATE_TYPE),
      cp,
      jaw: new TopicStream({ ...common, topic: this.topic('jaw/measured_js'), types: [JOINT_STATE_TYPE], parse: (m) => parseJointPositions(m, 1) }, JOINT_STATE_TYPE),
      state: new TopicStream(
        {
          ...common,
          topic: this.topic('operating_state'),
          types: OPERATING_STATE_TYPES,
          parse: parseOperatingState,
          onValue: (v) => {
            if (v.state === 'FAULT') this.logger?.error({ code: ROS_FAULT.REPORTED_FAULT }, 'arm reports FAULT');
            for (const w of [...this.stateWaiters]) w();
          },
        },
        // "*": a publisher implementation that checks the type name (as @foxglove/ros1 does) would refuse a
        // subscriber asking for the other of the two CRTK names; the accepted names are checked on the header.
        '*',
      ),
    };
    node.on('publisherUpdate', () => {
      for (const st of Object.values(streams) as TopicStream<unknown>[]) st.prune();
    });
    return streams;
  }

  private async advertiseAll(node: RosNode) {
    const pubs = {
      servoCp: new LatestWinsPublisher(node, this.topic('servo_cp'), POSE_STAMPED_TYPE, POSE_STAMPED_DEF),
      servoJp: new LatestWinsPublisher(node, this.topic('servo_jp'), JOINT_STATE_TYPE, JOINT_STATE_DEF),
      jaw: new LatestWinsPublisher(node, this.topic('jaw/servo_jp'), JOINT_STATE_TYPE, JOINT_STATE_DEF),
      state: new LatestWinsPublisher(node, this.topic('state_command'), STRING_STAMPED_TYPE, STRING_STAMPED_DEF),
    };
    await Promise.all(Object.values(pubs).map((p) => p.advertise()));
    return pubs;
  }

  /** Bounded wait for the first valid message on each stream and for the arm to connect to our commands. */
  private async waitForTraffic(timeoutMs: number): Promise<void> {
    const s = this.streams!;
    const p = this.pubs!;
    const deadline = Date.now() + timeoutMs;
    const streamed = [s.js, s.cp, s.jaw] as TopicStream<unknown>[];
    const all = [...streamed, s.state] as TopicStream<unknown>[];
    for (;;) {
      const problems: string[] = [];
      for (const t of all) {
        const w = t.wrongTypePublisher();
        if (w !== null) problems.push(`${t.topic}: ${w}, expected ${t.types.join(' or ')}`);
      }
      const waiting: string[] = [];
      for (const t of streamed) {
        if (t.count === 0) waiting.push(t.bad !== null ? `no valid message on ${t.topic} (last one: ${t.bad})` : `no message on ${t.topic}`);
      }
      if (!s.state.connected()) waiting.push(`no connection to the publisher of ${s.state.topic}`);
      for (const pub of [p.servoCp, p.jaw, p.state]) {
        if (pub.subscriberCount() === 0) waiting.push(`the arm has not connected to ${pub.topic}`);
      }
      if (problems.length > 0) throw new Error(`ROS arm ${this.ns}: wrong message type: ${problems.join('; ')}`);
      if (waiting.length === 0) return;
      if (Date.now() >= deadline) {
        throw new Error(`ROS arm ${this.ns} on ${this.opts.masterUri}, after ${timeoutMs / 1000} s: ${waiting.join('; ')}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const IDENTITY_POSE: Pose = { position: [0, 0, 0], orientation: [0, 0, 0, 1] };
function ZERO_JOINTS(n: number): number[] {
  return new Array<number>(n).fill(0);
}

function finite(x: number): boolean {
  return typeof x === 'number' && Number.isFinite(x);
}

function checkCommand(cmd: ArmCommand, jointCount: number): string | null {
  if (!finite(cmd.jaw_rad)) return `jaw_rad is ${cmd.jaw_rad}`;
  if (cmd.kind === 'servo_cp') {
    const { position: p, orientation: q } = cmd.pose;
    if (p.length !== 3 || !p.every(finite)) return `servo_cp position ${JSON.stringify(p)} is not 3 finite numbers`;
    if (q.length !== 4 || !q.every(finite)) return `servo_cp orientation ${JSON.stringify(q)} is not 4 finite numbers`;
    const n = Math.hypot(q[0], q[1], q[2], q[3]);
    if (Math.abs(n - 1) > 1e-6) return `servo_cp orientation has norm ${n}, expected 1`;
    return null;
  }
  if (cmd.kind === 'servo_jp') {
    if (cmd.q.length !== jointCount || !cmd.q.every(finite)) return `servo_jp q ${JSON.stringify(cmd.q)} is not ${jointCount} finite numbers`;
    return null;
  }
  return `unknown command kind ${(cmd as { kind: unknown }).kind as string}`;
}
