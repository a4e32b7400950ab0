// The simulated PSM as a CRTK arm on ROS 1, topic for topic what a dVRK 2.x publishes and obeys:
//   publishes  /ARM/measured_js, measured_cp (parent frame: base_frame * local), local/measured_cp,
//              setpoint_js, setpoint_cp, jaw/measured_js, jaw/setpoint_js   at rateHz (100 by default)
//              /ARM/operating_state (latched, on change), /ARM/error, /ARM/warning (std_msgs/String)
//   obeys      /ARM/servo_cp, servo_jp, jaw/servo_jp, state_command (enable, disable, home, unhome, pause, resume)
// It is how the ROS driver is tested end to end and how anyone tries a CRTK client without a robot.
// Every command is input from outside: checked, and refused on /ARM/error with a reason when wrong.
import type { ArmCommand, ArmReading, OperatingState, Pose } from '@farhand/latency-core';
import { toPose, type SimulatedPsm } from '@farhand/sim';
import type { RosNode } from '@foxglove/ros1';
import type { Logger } from 'pino';
import { monotonicNs, wallMs } from '../driver/clock.js';
import { BaseFrameMap, parseBaseFrame } from '../driver/frames.js';
import { LatestWinsPublisher } from '../driver/latest-publisher.js';
import {
  JOINT_STATE_DEF,
  JOINT_STATE_TYPE,
  OPERATING_STATE_DEF,
  POSE_STAMPED_DEF,
  POSE_STAMPED_TYPE,
  STRING_STAMPED_TYPE,
  header,
  type OperatingStateTypeName,
  type StringStampedMsg,
} from '../driver/msgdefs.js';
import { startRosNode, uniqueNodeName } from '../driver/node.js';
import { parseJointPositions, parsePose } from '../driver/validate.js';

/** dVRK names of a PSM's joints in measured_js order. */
export const PSM_JOINT_NAMES = ['outer_yaw', 'outer_pitch', 'outer_insertion', 'outer_roll', 'outer_wrist_pitch', 'outer_wrist_yaw'] as const;

const STD_STRING_TYPE = 'std_msgs/String';
const STD_STRING_DEF = 'string data';

export interface SimOnRosOptions {
  masterUri: string;
  /** Arm namespace, e.g. PSM1. */
  arm: string;
  /** The simulated arm. configure() is called by start(). */
  sim: SimulatedPsm;
  /** State topics per second; 0 = only on command (see publishOnCommand). */
  rateHz?: number;
  /** Also publish the state right after applying each servo command: measures the transport round trip. */
  publishOnCommand?: boolean;
  /** Pose of the arm's RCM in its parent frame (as the driver's), any shape parseBaseFrame accepts. */
  baseFrame?: unknown;
  /** Type name for operating_state: a dVRK before Nov 2023 publishes crtk_msgs/operating_state. */
  operatingStateType?: OperatingStateTypeName;
  hostname?: string;
  nodeName?: string;
  logger?: Logger;
  clockNs?: () => number;
}

export interface SimOnRosStats {
  statesPublished: number;
  commandsApplied: number;
  commandsRefused: number;
  commandsIgnored: number;
  stateCommands: number;
}

type StateWord = 'enable' | 'disable' | 'home' | 'unhome' | 'pause' | 'resume';
const STATE_WORDS: readonly StateWord[] = ['enable', 'disable', 'home', 'unhome', 'pause', 'resume'];

export class SimOnRos {
  private readonly opts: SimOnRosOptions;
  private readonly ns: string;
  private readonly base: BaseFrameMap;
  private readonly clock: () => number;
  private readonly logger: Logger | undefined;
  private readonly periodNs: number;
  private node: RosNode | null = null;
  private pubs: Record<'js' | 'cp' | 'localCp' | 'spJs' | 'spCp' | 'jaw' | 'jawSp', LatestWinsPublisher> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextNs = 0;
  private seq = 0;
  private paused = false;
  private homedOverride: boolean | null = null;
  private lastPose: Pose | null = null;
  private lastQ: number[] | null = null;
  private jawRad: number | null = null;
  private lastState = '';
  private stateChain: Promise<void> = Promise.resolve();
  private lastWarnMs = 0;
  private readonly stats_: SimOnRosStats = { statesPublished: 0, commandsApplied: 0, commandsRefused: 0, commandsIgnored: 0, stateCommands: 0 };
  private readonly frameId: string;
  private readonly localFrameId: string;

  constructor(opts: SimOnRosOptions) {
    this.opts = opts;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(opts.arm)) throw new Error(`arm name "${opts.arm}" is not a ROS name; expected e.g. PSM1`);
    const rate = opts.rateHz ?? 100;
    if (!(rate >= 0 && rate <= 1000)) throw new Error(`rateHz ${rate} must be from 0 to 1000`);
    this.ns = `/${opts.arm}`;
    this.base = new BaseFrameMap(parseBaseFrame(opts.baseFrame));
    this.clock = opts.clockNs ?? monotonicNs;
    this.logger = opts.logger?.child({ component: 'sim-ros', arm: opts.arm });
    this.periodNs = rate > 0 ? 1e9 / rate : 0;
    this.localFrameId = `${opts.arm}_base`;
    // measured_cp is in the parent frame: its name when given (a dVRK: ECM); without a base frame the
    // parent is the arm's own base (as a dVRK PSM alone); a base frame without a name is in "world".
    const t = this.base.transform;
    const identity = t.translation.every((x) => x === 0) && t.rotation.every((row, i) => row.every((x, j) => x === (i === j ? 1 : 0)));
    this.frameId = t.referenceFrame || (identity ? this.localFrameId : 'world');
  }

  private topic(name: string): string {
    return `${this.ns}/${name}`;
  }

  get stats(): Readonly<SimOnRosStats> {
    return this.stats_;
  }

  async start(): Promise<void> {
    await this.opts.sim.configure();
    const node = await startRosNode({
      masterUri: this.opts.masterUri,
      name: this.opts.nodeName ?? uniqueNodeName(`farhand_sim_${this.opts.arm}`),
      hostname: this.opts.hostname,
      logger: this.opts.logger,
    });
    this.node = node;
    try {
      // Subscribers first: a client that sees our state topics on the master finds the command topics too.
      const sub = (t: string, type: string, onMsg: (m: unknown) => void) =>
        node.subscribe({ topic: this.topic(t), dataType: type, tcpNoDelay: true }).on('message', (m) => {
          try {
            onMsg(m);
          } catch (err) {
            this.report('error', `${this.topic(t)}: ${(err as Error).message}`);
          }
        });
      sub('servo_cp', POSE_STAMPED_TYPE, this.onServoCp);
      sub('servo_jp', JOINT_STATE_TYPE, this.onServoJp);
      sub('jaw/servo_jp', JOINT_STATE_TYPE, this.onJaw);
      sub('state_command', STRING_STAMPED_TYPE, this.onStateCommand);
      const mk = (t: string, type: string, def: string) => new LatestWinsPublisher(node, this.topic(t), type, def);
      const pubs = {
        js: mk('measured_js', JOINT_STATE_TYPE, JOINT_STATE_DEF),
        cp: mk('measured_cp', POSE_STAMPED_TYPE, POSE_STAMPED_DEF),
        localCp: mk('local/measured_cp', POSE_STAMPED_TYPE, POSE_STAMPED_DEF),
        spJs: mk('setpoint_js', JOINT_STATE_TYPE, JOINT_STATE_DEF),
        spCp: mk('setpoint_cp', POSE_STAMPED_TYPE, POSE_STAMPED_DEF),
        jaw: mk('jaw/measured_js', JOINT_STATE_TYPE, JOINT_STATE_DEF),
        jawSp: mk('jaw/setpoint_js', JOINT_STATE_TYPE, JOINT_STATE_DEF),
      };
      await Promise.all(Object.values(pubs).map((p) => p.advertise()));
      // Latched like a state: a client that connects later still learns the state at once.
      await node.advertise({
        topic: this.topic('operating_state'),
        dataType: this.opts.operatingStateType ?? 'crtk_msgs/OperatingState',
        messageDefinitionText: OPERATING_STATE_DEF,
        latching: true,
      });
      await node.advertise({ topic: this.topic('error'), dataType: STD_STRING_TYPE, messageDefinitionText: STD_STRING_DEF });
      await node.advertise({ topic: this.topic('warning'), dataType: STD_STRING_TYPE, messageDefinitionText: STD_STRING_DEF });
      this.pubs = pubs;
    } catch (err) {
      node.shutdown();
      this.node = null;
      throw err;
    }
    this.publishState(this.clock());
    if (this.periodNs > 0) {
      this.nextNs = this.clock() + this.periodNs;
      this.schedule();
    } else {
      // Without a rate, a client that connects would wait for the first command to learn the state (and a
      // driver's configure() waits for a first measurement): publish once whenever a subscriber arrives.
      let known = 0;
      this.timer = setInterval(() => {
        const n = Object.values(this.pubs ?? {}).reduce((a, pub) => a + pub.subscriberCount(), 0);
        if (n > known) this.publishState(this.clock());
        known = n;
      }, 50);
    }
    this.logger?.info({ masterUri: this.opts.masterUri, rateHz: this.opts.rateHz ?? 100, code: 'SIM_ROS_STARTED' }, 'sim-on-ROS started');
  }

  async stop(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      clearInterval(this.timer);
    }
    this.timer = null;
    const node = this.node;
    this.node = null;
    this.pubs = null;
    if (node) {
      node.shutdown();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // Drift-free: the k-th publication is due at start + k * period; a late wake-up publishes once, never a burst.
  private schedule(): void {
    const delayMs = Math.max(0, (this.nextNs - this.clock()) / 1e6);
    this.timer = setTimeout(() => {
      if (!this.node) return;
      const now = this.clock();
      this.publishState(now);
      this.nextNs += this.periodNs;
      if (this.nextNs < now) this.nextNs = now + this.periodNs;
      this.schedule();
    }, delayMs);
  }

  private operatingState(r: ArmReading): { state: OperatingState; is_homed: boolean; is_busy: boolean } {
    const state: OperatingState = r.operating_state === 'ENABLED' && this.paused ? 'PAUSED' : r.operating_state;
    return { state, is_homed: this.homedOverride ?? r.is_homed, is_busy: r.is_busy };
  }

  private publishState(now: number): void {
    const p = this.pubs;
    const node = this.node;
    if (!p || !node) return;
    const r = this.opts.sim.read(now);
    this.seq += 1;
    const stamp = wallMs();
    const js = (position: readonly number[]) => ({ header: header(this.seq, '', stamp), name: PSM_JOINT_NAMES, position, velocity: [], effort: [] });
    const cp = (pose: Pose, frameId: string) => ({
      header: header(this.seq, frameId, stamp),
      pose: {
        position: { x: pose.position[0], y: pose.position[1], z: pose.position[2] },
        orientation: { x: pose.orientation[0], y: pose.orientation[1], z: pose.orientation[2], w: pose.orientation[3] },
      },
    });
    // Measurements first (what a client's control loop waits on), then the rest.
    p.cp.publish(cp(this.base.toParent(r.measured_cp), this.frameId));
    p.js.publish(js(r.measured_js));
    p.jaw.publish({ header: header(this.seq, '', stamp), name: ['jaw'], position: [r.jaw_measured_rad], velocity: [], effort: [] });
    p.localCp.publish(cp(r.measured_cp, this.localFrameId));
    // The servo's target: what the arm is servoing to after IK and clamping (a dVRK's setpoint_js).
    const spQ = this.opts.sim.setpointJoints();
    p.spJs.publish(js(spQ));
    p.spCp.publish(cp(this.base.toParent(toPose(this.opts.sim.psm.forwardKinematics(spQ))), this.frameId));
    if (this.jawRad !== null) {
      p.jawSp.publish({ header: header(this.seq, '', stamp), name: ['jaw'], position: [this.jawRad], velocity: [], effort: [] });
    }
    this.stats_.statesPublished += 1;
    const os = this.operatingState(r);
    const key = `${os.state}/${os.is_homed}/${os.is_busy}`;
    if (key !== this.lastState) {
      this.lastState = key;
      void node.publish(this.topic('operating_state'), { header: header(this.seq, '', stamp), ...os }).catch(() => undefined);
      if (os.state === 'FAULT') this.report('error', `${this.opts.arm}: ${r.fault ?? 'FAULT'}${r.faultMessage ? `: ${r.faultMessage}` : ''}`);
    }
  }

  /** dVRK-like: servo commands are obeyed only while ENABLED, homed and not paused; otherwise a warning (1/s). */
  private ready(now: number, what: string): boolean {
    const os = this.operatingState(this.opts.sim.read(now));
    if (os.state === 'ENABLED' && os.is_homed) return true;
    this.stats_.commandsIgnored += 1;
    const ms = Date.now();
    if (ms - this.lastWarnMs > 1000) {
      this.lastWarnMs = ms;
      this.report('warning', `${this.opts.arm}: ${what} ignored, arm is ${os.state}${os.is_homed ? '' : ' and not homed'}`);
    }
    return false;
  }

  private apply(cmd: ArmCommand, now: number): void {
    this.opts.sim.write(cmd, now);
    const status = this.opts.sim.lastCommand;
    if (!status.accepted) {
      this.stats_.commandsIgnored += 1;
      return;
    }
    this.stats_.commandsApplied += 1;
    if (this.opts.publishOnCommand) this.publishState(now);
  }

  private currentJaw(now: number): number {
    return this.jawRad ?? this.opts.sim.read(now).jaw_measured_rad;
  }

  private onServoCp = (msg: unknown): void => {
    const now = this.clock();
    const p = parsePose(msg);
    if (!p.ok) return this.refuse(`servo_cp refused: ${p.reason}`);
    if (!this.ready(now, 'servo_cp')) return;
    this.lastPose = this.base.toLocal(p.value);
    this.lastQ = null;
    this.apply({ kind: 'servo_cp', pose: this.lastPose, jaw_rad: this.currentJaw(now) }, now);
  };

  private onServoJp = (msg: unknown): void => {
    const now = this.clock();
    const q = parseJointPositions(msg, PSM_JOINT_NAMES.length);
    if (!q.ok) return this.refuse(`servo_jp refused: ${q.reason}`);
    if (!this.ready(now, 'servo_jp')) return;
    this.lastQ = q.value;
    this.lastPose = null;
    this.apply({ kind: 'servo_jp', q: q.value, jaw_rad: this.currentJaw(now) }, now);
  };

  private onJaw = (msg: unknown): void => {
    const now = this.clock();
    const j = parseJointPositions(msg, 1);
    if (!j.ok) return this.refuse(`jaw/servo_jp refused: ${j.reason}`);
    if (!this.ready(now, 'jaw/servo_jp')) return;
    this.jawRad = j.value[0]!;
    // The jaw moves alone: the arm keeps servoing to its last setpoint (or holds where it is).
    if (this.lastPose) this.apply({ kind: 'servo_cp', pose: this.lastPose, jaw_rad: this.jawRad }, now);
    else this.apply({ kind: 'servo_jp', q: this.lastQ ?? [...this.opts.sim.read(now).measured_js], jaw_rad: this.jawRad }, now);
  };

  private onStateCommand = (msg: unknown): void => {
    const word = (msg as StringStampedMsg | null)?.string;
    if (typeof word !== 'string' || !(STATE_WORDS as readonly string[]).includes(word)) {
      return this.refuse(`state_command ${JSON.stringify(word)} refused: expected one of ${STATE_WORDS.join(', ')}`);
    }
    this.stats_.stateCommands += 1;
    // One at a time, in arrival order: enable then home must not race.
    this.stateChain = this.stateChain.then(() => this.runStateCommand(word as StateWord)).catch((err: unknown) => {
      this.report('error', `${this.opts.arm}: state_command ${word} failed: ${(err as Error).message}`);
    });
  };

  private async runStateCommand(word: StateWord): Promise<void> {
    const sim = this.opts.sim;
    this.logger?.info({ command: word, code: 'SIM_ROS_STATE_COMMAND' }, 'state_command');
    switch (word) {
      case 'enable':
        this.paused = false;
        await sim.enable();
        break;
      case 'disable':
        this.paused = false;
        await sim.disable();
        break;
      case 'home':
        // As a dVRK: home from DISABLED powers the arm first.
        this.paused = false;
        this.homedOverride = null;
        if (sim.read(this.clock()).operating_state !== 'ENABLED') await sim.enable();
        await sim.home();
        break;
      case 'unhome':
        this.homedOverride = false;
        break;
      case 'pause':
        this.paused = true;
        break;
      case 'resume':
        this.paused = false;
        break;
    }
    this.lastPose = null;
    this.lastQ = null;
    this.publishState(this.clock());
  }

  private refuse(message: string): void {
    this.stats_.commandsRefused += 1;
    this.report('error', `${this.opts.arm}: ${message}`);
  }

  private report(level: 'error' | 'warning', message: string): void {
    this.logger?.[level === 'error' ? 'error' : 'warn']({ code: level === 'error' ? 'SIM_ROS_ERROR' : 'SIM_ROS_WARNING' }, message);
    void this.node?.publish(this.topic(level), { data: message }).catch(() => undefined);
  }
}
