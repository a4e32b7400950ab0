// MultiArmCore: the pure step function for several arms (issue 15): one TeleopCore per instrument (PSM1,
// PSM2), a CameraController for the ECM, composed in one tick. Same rules as TeleopCore: step() reads
// only its argument and the state built by the constructor; same inputs, same outputs, to the bit.
//
// Rules (README, "Several arms"):
// - Playout shares the link: a two-handed frame is split into one MasterFrame per instrument with the
//   frame's seq, capture time, arrival time and operator flag, so every instrument core sees the same
//   frame timing and computes the same clock sync, playout delay and stale/loss verdicts (the same
//   arithmetic on the same numbers). Keeping one estimator per core costs a second copy of the clock and
//   delay statistics (a few us per tick) and keeps TeleopCore, the proven single-arm path, untouched.
// - Per arm: clutch (Hand.clutch, or CLUTCH with arm_id), jaw (Hand.grip), mapping, limiters, tracking,
//   supervisor. For all: operator presence (frame-wide), ENGAGE, DISENGAGE, SET_SCALE, ESTOP, RESET.
// - A fault or e-stop on ANY arm holds every instrument: the others are disengaged (they brake to a hold
//   within their limits; DISENGAGED, with an event PEER_FAULT naming the arm) and ENGAGE is refused
//   until a reset. Why: the instruments work together on the same tissue (one holds while the other
//   cuts or pulls a suture); if one stops unexpectedly, the other moving on alone - retracting,
//   cutting, pulling - is what injures. And a faulted ECM means the surgeon no longer sees what the
//   instruments do. An arm-reported fault (in the tick's readings) holds the others in the same tick;
//   one the core detects itself (tracking error) in the next (1 ms).
// - ENGAGE goes to every instrument the controller's frames address (a one-armed client addresses its
//   one arm; none yet: all, which then refuse with the reason); all or nothing: if one refuses, the
//   ones that engaged are disengaged on the next tick and the ack names the arm that refused.
// - Camera mode: the played frame has the camera pedal held. Every hand's instrument then holds like
//   a clutch (the pedal is played as each hand's clutch), and while every addressed instrument holds
//   for it (CLUTCHED) the played hands drive the ECM (camera.ts). On release the instruments resume
//   from an anchor taken there, in the new camera frame: never a jump.
// - Instrument motion is mapped in the camera frame: each instrument's registration comes from the
//   ECM's measured pose every tick (registration.ts); TeleopCore takes it at each anchor and re-anchors
//   at the current target when it changes.
import type { ArmReading, CoreAck, CoreCommand, CoreOutput, MasterFrame, Pose, Quat, SupervisorState } from '../types.js';
import { TeleopCore } from '../core.js';
import { isEngaged, isLatched } from '../supervisor.js';
import { armReadingProblem } from '../validate.js';
import { poseCopy } from '../math/pose.js';
import { CameraController } from './camera.js';
import { cameraRegistration } from './registration.js';
import type { ArmCoreCommand, ArmEvent, ArmSpec, ArmStepOutput, ArrivedArmsFrame, HandsFrame, MultiArmConfig, MultiArmInput, MultiArmOutput } from './types.js';

const THROTTLE_NS = 1e9;
/** Id of the DISENGAGE commands the composition gives a core itself (their acks are not returned). */
const INTERNAL_COMMAND_ID = -1;

interface Instrument {
  spec: ArmSpec;
  /** Index in config.arms (and in MultiArmInput.arms). */
  index: number;
  core: TeleopCore;
  /** The controller's frames have named this arm (since it took the lock). */
  addressed: boolean;
}

interface Camera {
  spec: ArmSpec;
  index: number;
  ctl: CameraController;
  latched: 'FAULT' | 'ESTOPPED' | null;
  reason: string;
}

export interface MultiArmInit {
  nowNs: number;
  /** First reading of every arm, in config order. */
  arms: readonly ArmReading[];
}

export class MultiArmCore {
  readonly config: MultiArmConfig;
  private readonly instruments: Instrument[];
  private readonly camera: Camera | null;
  private controller: string | null = null;
  private lastNowNs: number;
  private cameraMode = false;
  /** Instruments to disengage on the next tick (an ENGAGE another instrument refused). */
  private pendingDisengage = new Set<number>();
  private registrations: Array<Quat | undefined>;
  private readonly throttle = new Map<string, number>();
  private events: ArmEvent[] = [];

  constructor(config: MultiArmConfig, init: MultiArmInit) {
    if (!Array.isArray(init?.arms) || init.arms.length !== config.arms.length) {
      throw new Error(`MultiArmCore needs one first reading per arm (${config.arms.length}); got ${Array.isArray(init?.arms) ? init.arms.length : String(init?.arms)}`);
    }
    this.config = config;
    this.lastNowNs = init.nowNs;
    this.instruments = [];
    let camera: Camera | null = null;
    config.arms.forEach((spec, index) => {
      const reading = init.arms[index]!;
      if (spec.kind === 'INSTRUMENT') {
        const core = new TeleopCore({ ...config.core, armId: spec.armId, ...(spec.home ? { home: spec.home } : {}) }, { nowNs: init.nowNs, arm: reading });
        this.instruments.push({ spec, index, core, addressed: false });
      } else {
        const problem = armReadingProblem(reading);
        if (problem) throw new Error(`MultiArmCore needs a valid first reading of ${spec.name}: ${problem}`);
        camera = { spec, index, ctl: new CameraController(config.camera, reading), latched: null, reason: 'IDLE' };
      }
    });
    this.camera = camera;
    this.registrations = this.instruments.map(() => undefined);
  }

  /** The arms, in config order. */
  get arms(): readonly ArmSpec[] {
    return this.config.arms;
  }

  step(input: MultiArmInput): MultiArmOutput {
    this.events = [];
    const now = input.nowNs;
    const dtNs = now - this.lastNowNs;
    if (dtNs > 0) this.lastNowNs = now;
    const dtS = dtNs > 0 ? Math.min(dtNs * 1e-9, this.config.core.limits.maxDtS) : 0;
    const readings = Array.isArray(input.arms) ? input.arms : [];
    const controllerId = typeof input.controllerId === 'string' && input.controllerId.length > 0 ? input.controllerId : null;
    if (controllerId !== this.controller) {
      this.controller = controllerId;
      for (const ins of this.instruments) ins.addressed = false;
    }

    // Frames, split per instrument (same seq, capture and arrival times: the same playout for all).
    const perCore = this.instruments.map(() => [] as { frame: MasterFrame; receiveTimeNs: number; sourceId: string }[]);
    for (const a of input.frames ?? []) this.route(a, perCore, now);

    // Coupling: any arm faulted, e-stopped or reporting a fault holds every instrument.
    const faulted = this.faultedArm(readings);
    const commands: ArmCoreCommand[][] = this.instruments.map(() => []);
    this.instruments.forEach((ins, i) => {
      const engaged = isEngaged(ins.core.state);
      if (engaged && controllerId !== null && ((faulted !== null && faulted.index !== ins.index) || this.pendingDisengage.has(i))) {
        commands[i]!.push({ id: INTERNAL_COMMAND_ID, sourceId: controllerId, type: 'DISENGAGE' });
        if (faulted !== null) {
          this.emit(now, 'ALARM', 'PEER_FAULT', `${ins.spec.name} holds: ${faulted.name} ${faulted.why}. Every instrument holds until a reset and a fresh engage.`, ins.spec.armId);
        }
      }
    });
    this.pendingDisengage.clear();

    // Commands: who gets each, and how its acks are merged.
    const slots: Array<{ cmd: ArmCoreCommand; targets: Array<{ i: number; k: number }>; direct: CoreAck | null; cameraRefusal: string | null }> = [];
    for (const cmd of input.commands ?? []) slots.push(this.dispatch(cmd, commands, faulted, now, readings));

    // Registration in the camera frame, from the ECM's measured pose.
    const cam = this.camera;
    if (cam) {
      const r = readings[cam.index];
      if (armReadingProblem(r) === null) {
        this.instruments.forEach((ins, i) => {
          this.registrations[i] = cameraRegistration(ins.spec.baseInCart, cam.spec.baseInCart, r!.measured_cp.orientation, this.config.eyeToCamera);
        });
      }
    }

    // Instruments.
    const outs: CoreOutput[] = this.instruments.map((ins, i) => {
      const reg = this.registrations[i];
      return ins.core.step({
        nowNs: now,
        frames: perCore[i]!,
        clockSamples: input.clockSamples ?? [],
        commands: commands[i]!,
        controllerId,
        ...(input.masterKind !== undefined ? { masterKind: input.masterKind } : {}),
        arm: readings[ins.index]!,
        ...(reg !== undefined ? { registration: reg } : {}),
      });
    });

    // Acks, merged per command; an ENGAGE some instrument refused is undone on the next tick.
    const acks: CoreAck[] = [];
    for (const s of slots) acks.push(this.mergeAck(s, outs));

    // Camera.
    const camOut = cam ? this.stepCamera(cam, outs, readings, dtS, now, controllerId) : null;

    // Events, tagged with their arm.
    const events: ArmEvent[] = [];
    outs.forEach((o, i) => {
      for (const e of o.events) events.push({ ...e, armId: this.instruments[i]!.spec.armId });
    });
    events.push(...this.events);

    const arms: ArmStepOutput[] = this.config.arms.map((spec, index) => {
      const i = this.instruments.findIndex((x) => x.index === index);
      if (i >= 0) {
        const o = outs[i]!;
        return { armId: spec.armId, name: spec.name, kind: spec.kind, command: o.command, state: o.state, reason: o.reason, setpoint_cp: o.setpoint_cp, jaw_setpoint_rad: o.jaw_setpoint_rad, master_cp: o.master_cp, core: o };
      }
      return camOut!;
    });
    return {
      arms,
      cameraMode: this.cameraMode,
      link: outs[0]!.link,
      events,
      acks,
    };
  }

  // ---------------------------------------------------------------------------------------------

  private route(a: ArrivedArmsFrame, perCore: { frame: MasterFrame; receiveTimeNs: number; sourceId: string }[][], t: number): void {
    if (typeof a !== 'object' || a === null || typeof a.frame !== 'object' || a.frame === null) {
      this.emitThrottled(t, 'FRAME_INVALID', 'A frame without a body was ignored.', null);
      return;
    }
    const fromController = this.controller !== null && a.sourceId === this.controller;
    const f = a.frame;
    if ('hands' in f && Array.isArray(f.hands)) {
      const hf = f as HandsFrame;
      for (const h of hf.hands) {
        const i = this.instruments.findIndex((x) => x.spec.armId === h?.armId);
        if (i < 0) {
          this.emitThrottled(t, 'FRAME_WRONG_ARM', `A hand for arm ${String(h?.armId)}: ${this.armList()}.`, null);
          continue;
        }
        if (fromController) this.instruments[i]!.addressed = true;
        perCore[i]!.push({
          frame: {
            armId: h.armId,
            seq: hf.seq,
            captureTimeNs: hf.captureTimeNs,
            position: h.position,
            orientation: h.orientation,
            grip: h.grip,
            // The camera pedal holds the instrument like its clutch (and resumes it like one).
            clutch: h.clutch === true || hf.camera === true,
            operatorPresent: hf.operatorPresent,
            camera: hf.camera === true,
          },
          receiveTimeNs: a.receiveTimeNs,
          sourceId: a.sourceId,
        });
      }
      return;
    }
    const mf = f as MasterFrame;
    let i = this.instruments.findIndex((x) => x.spec.armId === mf.armId);
    if (i >= 0 && fromController) this.instruments[i]!.addressed = true;
    if (i < 0) i = 0; // the first instrument's core refuses it (FRAME_WRONG_ARM) and counts it
    perCore[i]!.push({ frame: mf, receiveTimeNs: a.receiveTimeNs, sourceId: a.sourceId });
  }

  /** The first arm (config order) that is latched or reports a fault, and why; null if none. */
  private faultedArm(readings: readonly ArmReading[]): { index: number; name: string; why: string } | null {
    for (const spec of this.config.arms) {
      const index = this.config.arms.indexOf(spec);
      const r = readings[index];
      const problem = armReadingProblem(r);
      if (problem) return { index, name: spec.name, why: `reading is invalid (${problem})` };
      if (r!.operating_state === 'FAULT' || (typeof r!.fault === 'string' && r!.fault.length > 0)) return { index, name: spec.name, why: `reports a fault${r!.fault ? ` (${r!.fault})` : ''}` };
      const ins = this.instruments.find((x) => x.index === index);
      const state: SupervisorState | null = ins ? ins.core.state : this.camera?.latched ?? null;
      if (state !== null && isLatched(state)) return { index, name: spec.name, why: state === 'ESTOPPED' ? 'is e-stopped' : 'is in FAULT' };
    }
    return null;
  }

  private dispatch(
    cmd: ArmCoreCommand,
    commands: ArmCoreCommand[][],
    faulted: { index: number; name: string; why: string } | null,
    t: number,
    readings: readonly ArmReading[],
  ): { cmd: ArmCoreCommand; targets: Array<{ i: number; k: number }>; direct: CoreAck | null; cameraRefusal: string | null } {
    const targets: Array<{ i: number; k: number }> = [];
    const slot = { cmd, targets, direct: null as CoreAck | null, cameraRefusal: null as string | null };
    if (typeof cmd !== 'object' || cmd === null) {
      slot.direct = { id: NaN, sourceId: '', type: 'ENGAGE', ok: false, reason: 'BAD_COMMAND: not a command' };
      return slot;
    }
    const refuse = (code: string, sentence: string): typeof slot => {
      slot.direct = { id: cmd.id, sourceId: cmd.sourceId, type: cmd.type, ok: false, reason: `${code}: ${sentence}` };
      this.emit(t, 'WARNING', code, `${cmd.type} refused: ${sentence}`, cmd.armId ?? null, cmd.sourceId);
      return slot;
    };
    const send = (i: number): void => {
      const c: CoreCommand = { id: cmd.id, sourceId: cmd.sourceId, type: cmd.type };
      if (cmd.scale !== undefined) c.scale = cmd.scale;
      if (cmd.flag !== undefined) c.flag = cmd.flag;
      targets.push({ i, k: commands[i]!.length });
      commands[i]!.push(c);
    };
    const all = (): void => this.instruments.forEach((_x, i) => send(i));
    switch (cmd.type) {
      case 'ENGAGE': {
        if (faulted !== null) {
          const estop = faulted.why === 'is e-stopped';
          return refuse(estop ? 'LATCHED_ESTOP' : 'LATCHED_FAULT', `${faulted.name} ${faulted.why}; reset it first, then engage.`);
        }
        const addressed = this.instruments.map((x, i) => (x.addressed ? i : -1)).filter((i) => i >= 0);
        if (addressed.length === 0) all();
        else addressed.forEach(send);
        return slot;
      }
      case 'CLUTCH':
      case 'HOME': {
        if (cmd.armId === undefined) {
          all();
          return slot;
        }
        const i = this.instruments.findIndex((x) => x.spec.armId === cmd.armId);
        if (i >= 0) {
          send(i);
          return slot;
        }
        if (this.camera && this.camera.spec.armId === cmd.armId) {
          return refuse('BAD_COMMAND', `${cmd.type} addresses ${this.camera.spec.name}, the camera arm: it has no clutch and is homed by its driver; the camera pedal moves it.`);
        }
        return refuse('BAD_COMMAND', `${cmd.type} addresses arm ${String(cmd.armId)}, which is not driven here; ${this.armList()}.`);
      }
      case 'ESTOP': {
        all();
        if (this.camera && this.camera.latched !== 'ESTOPPED') {
          this.camera.latched = 'ESTOPPED';
          this.camera.reason = 'ESTOP';
        }
        return slot;
      }
      case 'RESET_FAULT': {
        all();
        const cam = this.camera;
        if (cam && cam.latched !== null) {
          const r = readings[cam.index];
          const problem = armReadingProblem(r);
          if (problem) slot.cameraRefusal = `ARM_READING_INVALID: ${cam.spec.name}: ${problem}`;
          else if (r!.operating_state === 'FAULT' || (typeof r!.fault === 'string' && r!.fault.length > 0)) slot.cameraRefusal = `ARM_STILL_FAULTED: ${cam.spec.name} reports ${r!.fault ?? 'a fault'}`;
          else {
            cam.latched = null;
            cam.reason = 'RESET';
          }
        }
        return slot;
      }
      default:
        all();
        return slot;
    }
  }

  private mergeAck(s: { cmd: ArmCoreCommand; targets: Array<{ i: number; k: number }>; direct: CoreAck | null; cameraRefusal: string | null }, outs: CoreOutput[]): CoreAck {
    if (s.direct) return s.direct;
    let ok = true;
    let reason = '';
    const accepted: number[] = [];
    for (const { i, k } of s.targets) {
      // A core acks every command in order; k counts the internal ones before it too.
      const a = outs[i]!.acks[k];
      if (!a) continue;
      if (a.ok) accepted.push(i);
      else if (ok) {
        ok = false;
        reason = `${a.reason} (${this.instruments[i]!.spec.name})`;
      }
    }
    if (ok && s.cameraRefusal) {
      ok = false;
      reason = s.cameraRefusal;
    }
    if (!ok && s.cmd.type === 'ENGAGE') for (const i of accepted) this.pendingDisengage.add(i);
    return { id: s.cmd.id, sourceId: s.cmd.sourceId, type: s.cmd.type, ok, reason };
  }

  private stepCamera(cam: Camera, outs: CoreOutput[], readings: readonly ArmReading[], dtS: number, t: number, controllerId: string | null): ArmStepOutput {
    const r = readings[cam.index];
    const problem = armReadingProblem(r);
    const armFault = problem === null && (r!.operating_state === 'FAULT' || (typeof r!.fault === 'string' && r!.fault.length > 0));
    if ((problem !== null || armFault) && cam.latched === null) {
      cam.latched = 'FAULT';
      cam.reason = problem !== null ? 'ARM_READING_INVALID' : 'ARM_FAULT';
      this.emit(t, 'ALARM', cam.reason, problem ?? `${cam.spec.name} reports ${r!.fault ?? 'a fault'}${r!.faultMessage ? `: ${r!.faultMessage}` : ''}.`, cam.spec.armId);
    }
    const driven = problem === null && !armFault && r!.operating_state === 'ENABLED' && !r!.is_busy;
    // Camera mode: the pedal held on the played frame of every addressed instrument, each of them
    // holding for it (CLUTCHED: engaged, operator present, link good), nothing latched anywhere.
    const addressed = this.instruments.map((x, i) => (x.addressed ? i : -1)).filter((i) => i >= 0);
    const anyLatched = cam.latched !== null || outs.some((o) => isLatched(o.state));
    const pedal = addressed.length > 0 && addressed.every((i) => outs[i]!.camera === true && outs[i]!.state === 'CLUTCHED' && outs[i]!.master_cp !== null);
    const active = controllerId !== null && pedal && !anyLatched && driven;
    if (active !== this.cameraMode) {
      this.cameraMode = active;
      this.emit(t, 'INFO', active ? 'CAMERA_MODE' : 'CAMERA_MODE_END', active ? 'Camera mode: the instruments hold, both hands move the camera.' : 'Camera mode ended: the camera holds; the instruments resume from a re-anchored pose.', cam.spec.armId);
      if (cam.latched === null) cam.reason = active ? 'CAMERA_MODE' : 'CAMERA_MODE_END';
    }
    const hands: Pose[] = active ? addressed.map((i) => outs[i]!.master_cp!) : [];
    const sp = problem === null ? cam.ctl.step({ dtS, active, hands, eyeToCamera: this.config.eyeToCamera, driven, arm: r! }) : cam.ctl.setpoint();
    const pose = poseCopy(sp);
    const state: SupervisorState = cam.latched ?? (active ? 'FOLLOWING' : 'IDLE');
    return { armId: cam.spec.armId, name: cam.spec.name, kind: 'CAMERA', command: { kind: 'servo_cp', pose, jaw_rad: 0 }, state, reason: cam.reason, setpoint_cp: pose, jaw_setpoint_rad: 0, master_cp: null, core: null };
  }

  private armList(): string {
    return `arms: ${this.config.arms.map((a) => `${a.armId} ${a.name} (${a.kind})`).join(', ')}`;
  }

  private emit(t: number, severity: ArmEvent['severity'], code: string, message: string, armId: number | null, sourceId?: string): void {
    const e: ArmEvent = { timeNs: t, severity, code, message, armId };
    if (sourceId !== undefined) e.sourceId = sourceId;
    this.events.push(e);
  }

  private emitThrottled(t: number, code: string, message: string, armId: number | null): void {
    const last = this.throttle.get(code);
    if (last !== undefined && t - last < THROTTLE_NS) return;
    this.throttle.set(code, t);
    this.emit(t, 'WARNING', code, message, armId);
  }
}

