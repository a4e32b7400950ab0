// A hands-on driver for MultiArmCore in tests: PSM1, PSM2 and an ECM as ideal arms (measured = the
// last setpoint written), two hands the test moves, two-handed frames at a fixed rate over a link with
// a fixed delay (no probes: the frame clock), every event and ack collected.
import type { ArmReading, CoreAck, MasterKind, OperatingState, Pose, Quat, Vec3 } from '../types.js';
import { MultiArmCore } from '../arms/multi-arm-core.js';
import { parseMultiArmConfig, type MultiArmConfigInput } from '../arms/config.js';
import type { ArmCoreCommand, ArmEvent, ArrivedArmsFrame, MultiArmOutput } from '../arms/types.js';
import { qFromRotVec } from '../math/quat.js';

export const PSM_HOME: Pose = { position: [0, 0, -0.1135], orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] };
/** The ECM's camera at 12 cm insertion, looking along its shaft (+z of the ECM base). */
export const ECM_HOME: Pose = { position: [0, 0, 0.12], orientation: [0, 0, 0, 1] };
/** As the dVRK cart places the PSMs in the camera frame at the reference joints: -150 deg about x. */
export const PSM_BASE_IN_CART: Quat = qFromRotVec([(-150 * Math.PI) / 180, 0, 0]);

export interface HandState {
  position: Vec3;
  orientation: Quat;
  grip: number;
  clutch: boolean;
}

export interface ArmSim {
  measured: Pose;
  state: OperatingState;
  homed?: boolean;
  fault?: string;
  jaw: number;
}

export interface ArmsHarnessOptions {
  config?: Partial<MultiArmConfigInput>;
  delayS?: number;
  frameRateHz?: number;
  /** 'hands' (two-handed frames, default) or 'single' (a one-armed client: single-hand frames for arm 0). */
  client?: 'hands' | 'single';
}

export const BIMANUAL_ARMS: MultiArmConfigInput['arms'] = [
  { armId: 0, name: 'PSM1', kind: 'INSTRUMENT', baseInCart: PSM_BASE_IN_CART },
  { armId: 1, name: 'PSM2', kind: 'INSTRUMENT', baseInCart: PSM_BASE_IN_CART },
  { armId: 2, name: 'ECM', kind: 'CAMERA' },
];

export class ArmsHarness {
  readonly core: MultiArmCore;
  nowNs = 1e9;
  readonly offsetNs = 2.5 * 3600 * 1e9;
  delayS: number;
  frameRateHz: number;
  controller: string | null = 'surgeon';
  masterKind: MasterKind | undefined;
  client: 'hands' | 'single';
  operatorPresent = true;
  camera = false;
  sending = true;
  hands: HandState[] = [
    { position: [-0.1, 0, 0.3], orientation: [0, 0, 0, 1], grip: 0, clutch: false },
    { position: [0.1, 0, 0.3], orientation: [0, 0, 0, 1], grip: 0, clutch: false },
  ];
  readonly arms: ArmSim[];
  seq = 0;
  last!: MultiArmOutput;
  readonly events: ArmEvent[] = [];
  readonly acks: CoreAck[] = [];
  private queue: Array<{ atNs: number; frame: ArrivedArmsFrame }> = [];
  private pending: ArmCoreCommand[] = [];
  private nextFrameNs: number;
  private cmdId = 1;

  constructor(o: ArmsHarnessOptions = {}) {
    const parsed = parseMultiArmConfig({ arms: BIMANUAL_ARMS, ...o.config });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    this.delayS = o.delayS ?? 0.03;
    this.frameRateHz = o.frameRateHz ?? 100;
    this.client = o.client ?? 'hands';
    this.arms = parsed.config.arms.map((a) => ({ measured: a.kind === 'CAMERA' ? ECM_HOME : PSM_HOME, state: 'ENABLED', jaw: 0 }));
    this.core = new MultiArmCore(parsed.config, { nowNs: this.nowNs, arms: this.readings() });
    this.nextFrameNs = this.nowNs;
  }

  readings(): ArmReading[] {
    return this.arms.map((a) => {
      const r: ArmReading = {
        timeNs: this.nowNs,
        ageNs: 0,
        measured_js: [0, 0, 0.12, 0, 0, 0],
        measured_cp: { position: [...a.measured.position] as Vec3, orientation: [...a.measured.orientation] as Quat },
        jaw_measured_rad: a.jaw,
        operating_state: a.state,
        is_homed: a.homed !== false,
        is_busy: false,
      };
      if (a.fault) r.fault = a.fault;
      return r;
    });
  }

  command(type: ArmCoreCommand['type'], extra: Partial<ArmCoreCommand> = {}): number {
    const id = this.cmdId++;
    this.pending.push({ id, sourceId: this.controller ?? 'nobody', type, ...extra });
    return id;
  }

  ack(id: number): CoreAck | undefined {
    return this.acks.find((a) => a.id === id);
  }

  /** One 1 ms tick. */
  tick(): MultiArmOutput {
    this.nowNs += 1e6;
    while (this.sending && this.nextFrameNs <= this.nowNs) {
      const captureNs = this.nextFrameNs - this.offsetNs;
      const seq = ++this.seq;
      const frame: ArrivedArmsFrame['frame'] = this.client === 'hands'
        ? {
          seq,
          captureTimeNs: captureNs,
          operatorPresent: this.operatorPresent,
          camera: this.camera,
          hands: [...this.hands.map((h, i) => ({ armId: i, position: [...h.position] as Vec3, orientation: [...h.orientation] as Quat, grip: h.grip, clutch: h.clutch })), ...this.extraHands],
        }
        : { armId: 0, seq, captureTimeNs: captureNs, position: [...this.hands[0]!.position] as Vec3, orientation: [...this.hands[0]!.orientation] as Quat, grip: this.hands[0]!.grip, clutch: this.hands[0]!.clutch, operatorPresent: this.operatorPresent };
      const atNs = this.nextFrameNs + this.delayS * 1e9;
      this.queue.push({ atNs, frame: { frame, receiveTimeNs: atNs, sourceId: 'surgeon' } });
      this.nextFrameNs += 1e9 / this.frameRateHz;
    }
    if (!this.sending) this.nextFrameNs = Math.max(this.nextFrameNs, this.nowNs);
    const arrived = this.queue.filter((q) => q.atNs <= this.nowNs).map((q) => q.frame);
    this.queue = this.queue.filter((q) => q.atNs > this.nowNs);
    const commands = this.pending;
    this.pending = [];
    const out = this.core.step({ nowNs: this.nowNs, frames: arrived, clockSamples: [], commands, controllerId: this.controller, ...(this.masterKind ? { masterKind: this.masterKind } : {}), arms: this.readings() });
    out.arms.forEach((a, i) => {
      const sim = this.arms[i]!;
      if (sim.state === 'ENABLED' && !sim.fault) {
        sim.measured = a.setpoint_cp;
        sim.jaw = a.jaw_setpoint_rad;
      }
    });
    this.events.push(...out.events);
    this.acks.push(...out.acks);
    this.last = out;
    return out;
  }

  run(s: number, each?: (o: MultiArmOutput) => void): MultiArmOutput {
    const n = Math.round(s * 1000);
    for (let i = 0; i < n; i++) {
      const o = this.tick();
      each?.(o);
    }
    return this.last;
  }

  /** Extra hands (e.g. one addressed to the camera arm) sent in every two-handed frame. */
  extraHands: Array<{ armId: number; position: Vec3; orientation: Quat; grip: number; clutch: boolean }> = [];

  /** Streams for a while, engages and waits until every instrument follows. */
  engage(): void {
    this.run(0.3);
    this.command('ENGAGE');
    this.run(0.05);
  }
}
