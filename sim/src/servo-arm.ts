// What SimulatedPsm and SimulatedEcm share: the lifecycle, the physics grid and its advance, the
// tracking-error fault, the injected faults, the read (servo state at exactly nowNs, through the encoder
// and forward kinematics) and the write's acceptance rules and feed-forward. Each arm adds its own
// kinematics, encoder, channel layout and command check (see simulated-psm.ts's header for the time and
// determinism rules both follow).
//
// Browser-safe: no node: imports, no clock, no Math.random.

import type { ArmCommand, ArmReading, OperatingState, Pose } from '@farhand/latency-core';
import { quatFromElements } from './math.js';
import { ServoBank } from './servo.js';
import { checkFaultSpec, type FaultChannels, type FaultSpec } from './faults.js';
import { FaultSchedule, type InjectedFault } from './fault-schedule.js';
import { checkTime, type CheckedServo } from './arm-options.js';

/** Stable fault codes in ArmReading.fault. */
export const SIM_FAULT_CODES = {
  POWER_LOSS: 'ARM_POWER_LOSS',
  TRACKING_ERROR: 'ARM_TRACKING_ERROR',
} as const;

/** Setpoint velocity for feed-forward is estimated only from writes closer together than this, and expires after it. */
const FEEDFORWARD_MAX_GAP_NS = 50e6;

/** What became of the last write() (sim-only; a real arm would not say this much). */
export interface ArmCommandStatus<Ik> {
  /** false when the command was ignored: arm not ENABLED, or not homed. */
  accepted: boolean;
  /** Why it was ignored; '' when accepted. */
  reason: string;
  /** The target was moved into reach (limits, an unreachable servo_cp pose, an arm's own rule). */
  clamped: boolean;
  /** servo_cp only: the inverse kinematics result. */
  ik: Ik | null;
  /** nowNs of that write. */
  timeNs: number;
}

/** How an arm's channels are laid out and named. */
export interface ArmLayout {
  className: string;
  /** Joints in measured_js and servo_jp.q. */
  joints: number;
  /** Channel of the jaw, or null (no jaw: jaw_measured_rad reads 0). */
  jawChannel: number | null;
  /** Name of a channel in a tracking-error message. */
  channelName(i: number): string;
  /** Channels an injected fault may name (default: the PSM's). */
  faultChannels?: FaultChannels;
}

/** Ik: the arm's inverse kinematics result; P: a checked command as the arm's parse returns it. */
export abstract class ServoArm<Ik, P> {
  protected readonly servo: ServoBank;
  protected readonly periodNs: number;
  protected readonly periodS: number;
  protected readonly tolerance: Float64Array | null;
  protected readonly homeQ: Float64Array;

  protected configured = false;
  protected state: OperatingState = 'DISABLED';
  protected homed = false;
  protected faultCode = '';
  protected faultMessage = '';
  protected powerLost = false;

  /** Grid origin (first timed call) and committed step count; physics time = origin + k * period. */
  protected originNs: number | null = null;
  protected k = 0;
  protected lastNs = -Infinity;
  protected lastWriteNs: number | null = null;

  protected readonly faults = new FaultSchedule();
  protected status: ArmCommandStatus<Ik> = { accepted: false, reason: 'no command yet', clamped: false, ik: null, timeNs: NaN };

  // Scratch, reused every tick.
  private readonly pq: Float64Array;
  private readonly pv: Float64Array;
  private readonly meas: Float64Array;
  private readonly fk = new Float64Array(12);
  /** The next servo target; a write fills every channel before it is read. */
  protected readonly next: Float64Array;

  protected constructor(
    protected readonly layout: ArmLayout,
    servo: CheckedServo,
    lower: readonly number[],
    upper: readonly number[],
    homeQ: readonly number[],
  ) {
    const n = servo.channels.length;
    this.periodNs = servo.periodNs;
    this.periodS = servo.periodNs * 1e-9;
    this.tolerance = servo.tolerance;
    this.servo = new ServoBank(servo.channels, lower, upper, servo.velocityFeedforward, servo.unpoweredDecayS, n);
    this.homeQ = Float64Array.from(homeQ);
    this.servo.q.set(this.homeQ);
    this.servo.target.set(this.homeQ);
    this.pq = new Float64Array(n);
    this.pv = new Float64Array(n);
    this.meas = new Float64Array(n);
    this.next = new Float64Array(n);
  }

  /** The encoder: true joint state -> what the arm reports. */
  protected abstract measure(q: Float64Array, out: Float64Array): void;
  /** Forward kinematics of the measured joints into a 3x4 row-major pose. */
  protected abstract forward(measured: Float64Array, out: Float64Array): void;
  /** Checks a command: a RangeError when malformed (the arm holds); what `apply` needs when it is not. */
  protected abstract parse(cmd: ArmCommand): P;
  /**
   * An accepted command: fills every channel of `next` and returns whether any was clamped; a servo_cp
   * leaves its inverse kinematics result in `solvedIk`.
   */
  protected abstract apply(parsed: P, cmd: ArmCommand, next: Float64Array): boolean;
  protected solvedIk: Ik | null = null;

  // -----------------------------------------------------------------------------------------------
  // Lifecycle (ArmDriver). Instant: no simulated time passes, so the agent's start and a replay's
  // start reach the same state.

  async configure(): Promise<void> {
    this.configured = true;
  }

  /**
   * DISABLED -> ENABLED; the servo holds where the arm is. With motor power absent (an active
   * power_loss fault) the arm goes to FAULT instead. From FAULT, disable() first (acknowledge).
   */
  async enable(): Promise<void> {
    const c = this.layout.className;
    if (!this.configured) throw new Error(`${c}.enable: not configured; call configure() first`);
    if (this.state === 'FAULT') {
      throw new Error(`${c}.enable: arm is in FAULT (${this.faultCode}); call disable() to acknowledge the fault, then enable()`);
    }
    if (this.state === 'ENABLED') return;
    if (this.powerLost) {
      this.enterFault(SIM_FAULT_CODES.POWER_LOSS, 'Motor power is absent: cannot enable. Restore power, then disable() and enable().');
      return;
    }
    this.state = 'ENABLED';
    this.holdHere();
  }

  /** Any state -> DISABLED (motors off, the arm stays where it is). Clears a latched fault. */
  async disable(): Promise<void> {
    this.state = 'DISABLED';
    this.faultCode = '';
    this.faultMessage = '';
  }

  /** ENABLED only: joints jump to homeJoints (instantly) and is_homed becomes true. */
  async home(): Promise<void> {
    const c = this.layout.className;
    if (!this.configured) throw new Error(`${c}.home: not configured; call configure() then enable() first`);
    if (this.state !== 'ENABLED') {
      throw new Error(`${c}.home: arm must be ENABLED to home; it is ${this.state}${this.faultCode ? ` (${this.faultCode})` : ''}`);
    }
    this.servo.q.set(this.homeQ);
    this.servo.v.fill(0);
    this.servo.target.set(this.homeQ);
    this.servo.targetVelocity.fill(0);
    this.lastWriteNs = null;
    this.homed = true;
  }

  // -----------------------------------------------------------------------------------------------
  // Per tick (ArmDriver)

  read(nowNs: number): ArmReading {
    checkTime(this.layout.className, nowNs, 'read');
    this.advanceTo(nowNs);
    const tickNs = this.tickNs();
    this.pq.set(this.servo.q);
    this.pv.set(this.servo.v);
    if (nowNs > tickNs) this.servo.step((nowNs - tickNs) * 1e-9, this.powered(), this.pq, this.pv);
    const m = this.meas;
    this.measure(this.pq, m);
    this.faults.applyGlitches(nowNs, m);
    this.forward(m, this.fk);
    const f = this.fk;
    const measured_cp: Pose = {
      position: [f[3]!, f[7]!, f[11]!],
      orientation: quatFromElements(f[0]!, f[1]!, f[2]!, f[4]!, f[5]!, f[6]!, f[8]!, f[9]!, f[10]!),
    };
    const measured_js: number[] = [];
    for (let i = 0; i < this.layout.joints; i++) measured_js.push(m[i]!);
    const jaw = this.layout.jawChannel;
    const reading: ArmReading = {
      timeNs: nowNs,
      ageNs: 0,
      measured_js,
      measured_cp,
      jaw_measured_rad: jaw === null ? 0 : m[jaw]!,
      operating_state: this.state,
      is_homed: this.homed,
      // No interpolated moves in this interface and home() is instant: never busy.
      is_busy: false,
    };
    if (this.state === 'FAULT') {
      reading.fault = this.faultCode;
      reading.faultMessage = this.faultMessage;
    }
    return reading;
  }

  /** Set the servo target. Ignored (the arm holds; see lastCommand) unless ENABLED and homed. */
  write(cmd: ArmCommand, nowNs: number): void {
    checkTime(this.layout.className, nowNs, 'write');
    this.advanceTo(nowNs);
    const parsed = this.parse(cmd);
    if (this.state !== 'ENABLED') {
      this.status = { accepted: false, reason: `arm is ${this.state}${this.faultCode ? ` (${this.faultCode})` : ''}`, clamped: false, ik: null, timeNs: nowNs };
      return;
    }
    if (!this.homed) {
      this.status = { accepted: false, reason: 'arm is not homed: call home()', clamped: false, ik: null, timeNs: nowNs };
      return;
    }
    const next = this.next;
    this.solvedIk = null;
    const clamped = this.apply(parsed, cmd, next);
    const ik = this.solvedIk;
    const dtNs = this.lastWriteNs === null ? 0 : nowNs - this.lastWriteNs;
    const useVelocity = dtNs > 0 && dtNs <= FEEDFORWARD_MAX_GAP_NS;
    for (let i = 0; i < this.servo.n; i++) {
      this.servo.targetVelocity[i] = useVelocity ? (next[i]! - this.servo.target[i]!) / (dtNs * 1e-9) : 0;
      this.servo.target[i] = next[i]!;
    }
    this.lastWriteNs = nowNs;
    this.status = { accepted: true, reason: '', clamped, ik, timeNs: nowNs };
  }

  // -----------------------------------------------------------------------------------------------
  // Sim-only API (tests, demos, replay). A real-arm driver has none of this.

  /**
   * Inject a fault, effective at startNs (default: now). Returns its id. See FaultSpec for what each
   * looks like through the interface.
   */
  injectFault(spec: FaultSpec, startNs?: number): number {
    const s = this.layout.faultChannels ? checkFaultSpec(spec, this.layout.faultChannels) : checkFaultSpec(spec);
    if (startNs !== undefined) checkTime(this.layout.className, startNs, 'injectFault startNs');
    const entry = this.faults.add(s, startNs ?? null);
    if (startNs === undefined || startNs <= this.lastNs) this.activate(entry);
    return entry.id;
  }

  /**
   * Remove every injected fault: the joint moves again, power is back. A fault the arm latched
   * (operating_state FAULT) stays until disable() then enable(), as on a real arm.
   */
  clearFaults(): void {
    this.faults.clearAll();
    this.recomputeFaultEffects();
  }

  /** Remove one injected fault by id (same latching rule as clearFaults). */
  clearFault(id: number): void {
    this.faults.clear(id);
    this.recomputeFaultEffects();
  }

  get injectedFaults(): readonly InjectedFault[] {
    return this.faults.injected;
  }

  /** What became of the last write(). */
  get lastCommand(): ArmCommandStatus<Ik> {
    return this.status;
  }

  /** Ground truth: the true joint positions (no encoder model), at the last physics step. */
  trueJoints(): number[] {
    return Array.from(this.servo.q.subarray(0, this.layout.joints));
  }

  /** The servo's current target joints (after IK and clamping). */
  setpointJoints(): number[] {
    return Array.from(this.servo.target.subarray(0, this.layout.joints));
  }

  /** Physics time reached, ns (null before the first read/write). */
  get physicsTimeNs(): number | null {
    return this.originNs === null ? null : this.tickNs();
  }

  // -----------------------------------------------------------------------------------------------
  // Internals

  /** servo_jp: the joints clamped into [lower, upper] into next; true when any was moved. */
  protected clampJoints(values: readonly number[], lower: readonly number[], upper: readonly number[], next: Float64Array): boolean {
    let clamped = false;
    for (let i = 0; i < this.layout.joints; i++) {
      const v = values[i]!;
      const c = Math.min(upper[i]!, Math.max(lower[i]!, v));
      if (c !== v) clamped = true;
      next[i] = c;
    }
    return clamped;
  }

  private powered(): boolean {
    return this.state === 'ENABLED' && !this.powerLost;
  }

  private tickNs(): number {
    return (this.originNs ?? 0) + this.k * this.periodNs;
  }

  private holdHere(): void {
    this.servo.target.set(this.servo.q);
    this.servo.targetVelocity.fill(0);
    this.lastWriteNs = null;
  }

  private enterFault(code: string, message: string): void {
    this.state = 'FAULT';
    this.faultCode = code;
    this.faultMessage = message;
  }

  /** Step the physics grid up to the last tick <= nowNs, activating faults as their time comes. */
  private advanceTo(nowNs: number): void {
    if (this.originNs === null) {
      this.originNs = nowNs;
      this.k = 0;
    }
    if (nowNs > this.lastNs) this.lastNs = nowNs;
    // Time running backwards: the caller's bug; the arm does not rewind.
    const targetK = Math.floor((this.lastNs - this.originNs) / this.periodNs);
    const servo = this.servo;
    while (this.k < targetK) {
      const t = this.tickNs();
      this.activateDue(t);
      // Feed-forward only while setpoints keep coming: a stale velocity would push the arm past a target
      // that stopped moving.
      if (this.lastWriteNs !== null && t - this.lastWriteNs > FEEDFORWARD_MAX_GAP_NS) servo.targetVelocity.fill(0);
      const powered = this.powered();
      if (servo.atRest(powered)) {
        // atRest ignores a stuck joint, so its tracking error is checked before idle steps are skipped
        // (nothing changes during the skip: one check covers it). Without this, a joint stuck while every
        // other joint rests never faulted.
        if (powered) {
          this.checkTracking();
          if (!this.powered()) continue;
        }
        // Nothing moves until the next pending fault (or nowNs): skip the idle steps exactly.
        const next = this.faults.nextPendingStart();
        const skipTo = next === null ? targetK : Math.min(targetK, Math.max(this.k + 1, Math.ceil((next - this.originNs) / this.periodNs)));
        if (skipTo > this.k + 1) {
          this.k = skipTo;
          continue;
        }
      }
      servo.step(this.periodS, powered, servo.q, servo.v);
      servo.settle(powered);
      this.k++;
      if (powered) this.checkTracking();
    }
    this.activateDue(this.lastNs);
  }

  private checkTracking(): void {
    const tol = this.tolerance;
    if (!tol) return;
    const s = this.servo;
    for (let i = 0; i < s.n; i++) {
      const e = s.target[i]! - s.q[i]!;
      if (Math.abs(e) > tol[i]!) {
        const unit = i === 2 ? 'm' : 'rad';
        this.enterFault(
          SIM_FAULT_CODES.TRACKING_ERROR,
          `Joint ${i} (${this.layout.channelName(i)}) tracking error ${Math.abs(e).toPrecision(3)} ${unit} exceeds the PID tolerance ${tol[i]!.toPrecision(3)} ${unit}: motor power cut.`,
        );
        return;
      }
    }
  }

  private activateDue(t: number): void {
    this.faults.activateDue(t, (f) => this.activate(f));
  }

  private activate(f: InjectedFault): void {
    f.active = true;
    if (f.spec.kind === 'power_loss') {
      this.enterFault(SIM_FAULT_CODES.POWER_LOSS, 'Motor power lost: joints unpowered and coasting; encoders still read. Restore power, then disable() and enable().');
    }
    this.recomputeFaultEffects();
  }

  private recomputeFaultEffects(): void {
    this.powerLost = this.faults.applyEffects(this.servo);
  }
}
