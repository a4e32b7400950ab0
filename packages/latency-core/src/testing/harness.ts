// A hands-on driver for TeleopCore in tests: one agent tick at a time, a hand the test moves, frames
// at a fixed rate over a link with a fixed delay, optional clock probes, an ideal arm the test can
// disable, fault or push away, and every event and ack collected.
import type { ArmReading, ArrivedFrame, ClockSample, CoreAck, CoreCommand, CoreCommandType, CoreEvent, CoreOutput, MasterFrame, MasterKind, OperatingState, Pose, Quat, Vec3 } from '../types.js';
import { coreConfig, type CoreConfig } from '../config.js';
import { TeleopCore } from '../core.js';

export interface HarnessOptions {
  config?: Record<string, unknown>;
  /** One-way delay of frames and probes, s. */
  delayS?: number;
  frameRateHz?: number;
  /** Agent-originated clock probes per second, answered by the console (0: never). */
  probeRateHz?: number;
  /** Agent clock minus console clock, s. */
  offsetS?: number;
  tool?: Pose;
  controller?: string | null;
}

export const HOME_POSE: Pose = { position: [0, 0, -0.1135], orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] };

export class Harness {
  readonly config: CoreConfig;
  readonly core: TeleopCore;
  /** Agent time, ns. */
  nowNs: number;
  readonly offsetNs: number;
  delayS: number;
  frameRateHz: number;
  probeRateHz: number;
  controller: string | null;
  /** The hand: the test moves it; frames carry it. */
  hand: { position: Vec3; orientation: Quat; grip: number; clutch: boolean; operatorPresent: boolean };
  /** Frames stop being sent while false (an outage at the console). */
  sending = true;
  /** Frames for which this returns true are lost on the link (their seq is still used). */
  drop: ((seq: number) => boolean) | null = null;
  /** Frames are sent from this session id. */
  sourceId = 'surgeon';
  /** Called with each genuine frame as it arrives; what it returns arrives instead (in that order). */
  onArrive: ((f: ArrivedFrame) => ArrivedFrame[]) | null = null;
  /** The controller's hand device (its Hello); undefined: not said (UNACTUATED). */
  masterKind: MasterKind | undefined = undefined;
  /** When set, the hand's position at each frame's capture (agent time, ns): it moves on while the loop is stalled. */
  handAt: ((agentNs: number) => Vec3) | null = null;
  arm: { state: OperatingState; busy: boolean; homed: boolean; fault?: string; pushM: Vec3; invalid: boolean };
  measured: Pose;
  jaw: number;
  seq = 0;
  last!: CoreOutput;
  readonly events: CoreEvent[] = [];
  readonly acks: CoreAck[] = [];
  readonly outputs: CoreOutput[] = [];
  keepOutputs = false;
  private queue: Array<{ atNs: number; frame?: ArrivedFrame; sample?: ClockSample }> = [];
  private pendingCommands: CoreCommand[] = [];
  private extraFrames: ArrivedFrame[] = [];
  private nextFrameNs: number;
  private nextProbeNs: number;
  private cmdId = 1;

  constructor(o: HarnessOptions = {}) {
    this.config = coreConfig(o.config ?? {});
    this.delayS = o.delayS ?? 0.05;
    this.frameRateHz = o.frameRateHz ?? 100;
    this.probeRateHz = o.probeRateHz ?? 10;
    this.offsetNs = (o.offsetS ?? 3 * 3600) * 1e9;
    this.controller = o.controller === undefined ? 'surgeon' : o.controller;
    const tool = o.tool ?? HOME_POSE;
    this.measured = tool;
    this.jaw = 0;
    this.hand = { position: [0.1, 0, 0.2], orientation: [...tool.orientation] as Quat, grip: 0, clutch: false, operatorPresent: true };
    this.arm = { state: 'ENABLED', busy: false, homed: true, pushM: [0, 0, 0], invalid: false };
    this.nowNs = this.offsetNs + 5e9;
    this.nextFrameNs = this.nowNs;
    this.nextProbeNs = this.nowNs;
    this.core = new TeleopCore(this.config, { nowNs: this.nowNs, arm: this.reading() });
  }

  get state(): string {
    return this.core.state;
  }

  consoleNs(agentNs: number): number {
    return agentNs - this.offsetNs;
  }

  reading(): ArmReading {
    const m = this.measured;
    const r: ArmReading = {
      timeNs: this.nowNs,
      ageNs: 0,
      measured_js: [0, 0, 0.12, 0, 0, 0],
      measured_cp: {
        position: [m.position[0] + this.arm.pushM[0], m.position[1] + this.arm.pushM[1], m.position[2] + this.arm.pushM[2]],
        orientation: m.orientation,
      },
      jaw_measured_rad: this.jaw,
      operating_state: this.arm.state,
      is_homed: this.arm.homed,
      is_busy: this.arm.busy,
    };
    if (this.arm.fault) r.fault = this.arm.fault;
    if (this.arm.invalid) r.measured_cp = { position: [NaN, 0, 0], orientation: m.orientation };
    return r;
  }

  /** Queues a command for the next tick; returns its id. */
  command(type: CoreCommandType, extra: Partial<CoreCommand> = {}): number {
    const id = this.cmdId++;
    this.pendingCommands.push({ id, sourceId: this.controller ?? 'nobody', type, ...extra });
    return id;
  }

  /** Queues an arbitrary arrived frame for the next tick (raw, unvalidated). */
  inject(frame: ArrivedFrame): void {
    this.extraFrames.push(frame);
  }

  /** The frame the console would send now. */
  frameNow(): MasterFrame {
    const h = this.hand;
    return {
      armId: this.config.armId,
      seq: this.seq++,
      captureTimeNs: this.consoleNs(this.nowNs),
      position: [h.position[0], h.position[1], h.position[2]],
      orientation: [h.orientation[0], h.orientation[1], h.orientation[2], h.orientation[3]],
      grip: h.grip,
      clutch: h.clutch,
      operatorPresent: h.operatorPresent,
    };
  }

  /** Advances n ticks of 1 ms. Returns the last output. */
  tick(n = 1): CoreOutput {
    for (let i = 0; i < n; i++) this.one();
    return this.last;
  }

  /** Advances s seconds. */
  run(s: number): CoreOutput {
    return this.tick(Math.round(s * 1000));
  }

  /**
   * The loop held up for s seconds (no tick: a compile, a GC, the OS), then one tick. The console goes on
   * meanwhile: what arrived during the stall is all taken by that tick, as the agent's input ring does.
   */
  stall(s: number): CoreOutput {
    this.nowNs += Math.round(s * 1e9) - 1e6;
    this.one();
    return this.last;
  }

  /** Runs until pred is true (or maxS passes); returns whether it became true. */
  until(pred: (o: CoreOutput) => boolean, maxS = 5): boolean {
    const n = Math.round(maxS * 1000);
    for (let i = 0; i < n; i++) {
      this.one();
      if (pred(this.last)) return true;
    }
    return false;
  }

  ackFor(id: number): CoreAck | undefined {
    return this.acks.find((a) => a.id === id);
  }

  hasEvent(code: string): boolean {
    return this.events.some((e) => e.code === code);
  }

  private one(): void {
    this.nowNs += 1e6;
    const now = this.nowNs;
    const d = this.delayS * 1e9;
    while (this.nextFrameNs <= now) {
      if (this.sending) {
        const f = this.frameNow();
        f.captureTimeNs = this.consoleNs(this.nextFrameNs);
        if (this.handAt) f.position = this.handAt(this.nextFrameNs);
        if (!this.drop?.(f.seq)) this.queue.push({ atNs: this.nextFrameNs + d, frame: { frame: f, receiveTimeNs: this.nextFrameNs + d, sourceId: this.sourceId } });
      }
      this.nextFrameNs += 1e9 / this.frameRateHz;
    }
    if (this.probeRateHz > 0) {
      while (this.nextProbeNs <= now) {
        const t0 = this.nextProbeNs;
        const t1 = this.consoleNs(t0 + d);
        this.queue.push({
          atNs: t0 + 2 * d + 1e5,
          sample: { sourceId: this.sourceId, agentOriginated: true, t0Ns: t0, t1Ns: t1, t2Ns: t1 + 1e5, t3Ns: t0 + 2 * d + 1e5 },
        });
        this.nextProbeNs += 1e9 / this.probeRateHz;
      }
    }
    const frames: ArrivedFrame[] = [];
    const samples: ClockSample[] = [];
    const rest: typeof this.queue = [];
    for (const q of this.queue) {
      if (q.atNs <= now) {
        if (q.frame) frames.push(...(this.onArrive ? this.onArrive(q.frame) : [q.frame]));
        if (q.sample) samples.push(q.sample);
      } else rest.push(q);
    }
    this.queue = rest;
    frames.push(...this.extraFrames);
    this.extraFrames = [];
    const commands = this.pendingCommands;
    this.pendingCommands = [];
    const out = this.core.step({ nowNs: now, frames, clockSamples: samples, commands, controllerId: this.controller, ...(this.masterKind ? { masterKind: this.masterKind } : {}), arm: this.reading() });
    if (out.command.kind === 'servo_cp') {
      this.measured = out.command.pose;
      this.jaw = out.command.jaw_rad;
    }
    this.events.push(...out.events);
    this.acks.push(...out.acks);
    if (this.keepOutputs) this.outputs.push(out);
    this.last = out;
  }
}
