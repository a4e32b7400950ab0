// TeleopCore: the pure step function of the teleoperation core, with its state object.
//
//   output = core.step(input)
//
// `core` holds the state (created from config and the first arm reading); step() reads only its
// argument and that state, mutates the state, and returns everything it decided. There is no other
// input: no clock, no randomness, no I/O, no environment. Feeding the same constructor arguments and
// the same sequence of inputs gives the same outputs to the bit (see README, "Determinism").
//
// One tick, in order:
//   1. time and arm reading checks          5. playout offset P -> played master pose (playout.ts)
//   2. controller change                    6. tremor filter on the played pose (tremor.ts)
//   3. clock samples (clock-sync.ts)         7. commands, in arrival order, each acked
//   4. frames: checks, jump rejection,      8. supervisor conditions -> transitions (supervisor.ts)
//      link stats, delay stats, buffer      9. motion: mapping -> limiters, or braking (limiters.ts)
//                                          10. tracking record, telemetry figures, output
import type { CoreConfig } from './config.js';
import { parseCoreConfig } from './config.js';
import type { ArmReading, ArrivedFrame, ClockSample, CoreAck, CoreCommand, CoreEvent, CoreInput, CoreOutput, LinkFigures, Pose, SupervisorState } from './types.js';
import { ClockSync, FrameClock } from './clock-sync.js';
import { DelayStats } from './delay-stats.js';
import { LinkStats } from './link-stats.js';
import { Playout, type PlayoutSample } from './playout.js';
import { TremorFilter } from './tremor.js';
import { MasterToolMapping, gripToJaw } from './mapping.js';
import { JawLimiter, JumpDetector, MotionLimiter, TrackingMonitor } from './limiters.js';
import { Supervisor, isEngaged, isLatched, type SupervisorEvent } from './supervisor.js';
import { REASON_SEVERITY, REASONS, reasonText, type ReasonCode } from './reasons.js';
import { armReadingProblem, frameProblem } from './validate.js';
import { poseCopy } from './math/pose.js';

/** Clock filters kept for sessions other than the controller, so a handover starts synced. */
const MAX_CLOCK_SOURCES = 16;
/** Repetitive events (frame refusals and the like) are emitted at most once per this interval. */
const THROTTLE_NS = 1e9;

const RAD2DEG = 180 / Math.PI;

interface NewestFrame {
  captureNs: number;
  operatorPresent: boolean;
}

export interface CoreInit {
  nowNs: number;
  arm: ArmReading;
}

export class TeleopCore {
  readonly config: CoreConfig;
  private readonly sup: Supervisor;
  private readonly playout: Playout;
  private readonly delay: DelayStats;
  private readonly link: LinkStats;
  private readonly clocks = new Map<string, ClockSync>();
  private readonly frameClock: FrameClock;
  private readonly jump: JumpDetector;
  private readonly tremor: TremorFilter;
  private readonly mapping: MasterToolMapping;
  private readonly limiter: MotionLimiter;
  private readonly jaw: JawLimiter;
  private readonly tracking: TrackingMonitor;

  private controller: string | null = null;
  private lastNowNs: number;
  private clockMode: 'probes' | 'frames' = 'frames';
  private newest: NewestFrame | null = null;
  private clutchCmd = false;
  private homing = false;
  private goodSinceNs = NaN;
  private delayWarned = false;
  private lossHold = false;
  private misalignReported = false;
  private lastP = NaN;
  private filtered: Pose | null = null;
  private setpoint: Pose;
  private readonly throttle = new Map<string, { lastNs: number; suppressed: number }>();
  private events: CoreEvent[] = [];
  private acks: CoreAck[] = [];
  private lastArmState: ArmReading['operating_state'] = 'DISABLED';

  constructor(config: CoreConfig, init: CoreInit) {
    const parsed = parseCoreConfig(config);
    if (!parsed.ok) throw new Error(`invalid latency-core config:\n  ${parsed.errors.join('\n  ')}`);
    const c = parsed.config;
    this.config = c;
    const armProblem = armReadingProblem(init?.arm);
    if (armProblem) throw new Error(`TeleopCore needs a valid first arm reading: ${armProblem}`);
    if (!Number.isFinite(init.nowNs)) throw new Error(`TeleopCore needs a finite nowNs, got ${String(init.nowNs)}`);
    this.lastNowNs = init.nowNs;
    this.sup = new Supervisor(init.nowNs);
    this.playout = new Playout({
      slewUpPerS: c.playout.slewUpPerS,
      slewDownPerS: c.playout.slewDownPerS,
      maxGapS: c.playout.maxGapS,
      recoveryS: c.playout.recoveryS,
      horizonS: c.prediction.horizonS,
      velocityBaseS: c.prediction.velocityBaseS,
      staleLinkTimeoutS: c.staleLinkTimeoutS,
      maxHandSpeedMps: c.limits.maxHandSpeedMps,
      maxHandAngularSpeedRadps: c.limits.maxHandAngularSpeedRadps,
    });
    this.delay = new DelayStats(c.playout.windowS, [c.playout.quantile, 0.5]);
    this.link = new LinkStats(c.link.lossWindowS);
    this.frameClock = new FrameClock({ bucketS: c.clock.frameBucketS, buckets: c.clock.buckets, stepToleranceS: c.clock.stepToleranceS });
    this.jump = new JumpDetector(c.limits.maxHandSpeedMps, c.limits.maxHandAngularSpeedRadps, c.limits.jumpResyncS);
    this.tremor = new TremorFilter({ ...c.mapping.tremor, sampleRateHz: c.controlRateHz });
    this.mapping = new MasterToolMapping({
      scale: c.mapping.motionScale,
      registration: c.mapping.registration,
      alignmentToleranceRad: c.mapping.alignmentToleranceRad,
    });
    this.limiter = new MotionLimiter(c.limits, c.limits.workspace, init.arm.measured_cp);
    this.jaw = new JawLimiter(c.mapping.jaw.minRad, c.mapping.jaw.maxRad, c.mapping.jaw.maxSpeedRadps, init.arm.jaw_measured_rad);
    this.tracking = new TrackingMonitor(c.trackingError.limitM, c.trackingError.timeS, c.trackingError.lagWindowS);
    this.setpoint = this.limiter.pose();
    this.lastArmState = init.arm.operating_state;
  }

  /** Current supervisor state (also in every output). */
  get state(): SupervisorState {
    return this.sup.state;
  }

  /** The step function: one control tick. */
  step(input: CoreInput): CoreOutput {
    this.events = [];
    this.acks = [];
    const c = this.config;
    const now = input.nowNs;

    // 1. Time. A tick that does not advance repeats the setpoint; a long gap is integrated as maxDtS.
    let dtNs = now - this.lastNowNs;
    if (!(dtNs > 0)) {
      dtNs = 0;
      this.emitThrottled(Number.isFinite(now) ? now : this.lastNowNs, 'TIME_NOT_MONOTONIC', `nowNs ${String(now)} is not after the previous tick ${this.lastNowNs}.`);
    } else {
      this.lastNowNs = now;
    }
    const t = this.lastNowNs;
    const dtS = Math.min(dtNs * 1e-9, c.limits.maxDtS);

    const arm = input.arm;
    const armProblem = armReadingProblem(arm);
    const armValid = armProblem === null;
    const armFault = armValid && (arm.operating_state === 'FAULT' || (typeof arm.fault === 'string' && arm.fault.length > 0));
    const armEnabled = armValid && arm.operating_state === 'ENABLED' && !arm.is_busy;

    // 2. Controller. Link figures, playout and clock alignment belong to the controller's session.
    const controllerId = typeof input.controllerId === 'string' && input.controllerId.length > 0 ? input.controllerId : null;
    if (controllerId !== this.controller) {
      this.controller = controllerId;
      this.resetLink();
      if (isEngaged(this.sup.state)) {
        this.fire('CONTROLLER_CHANGED', t, controllerId === null ? 'No session holds the control lock.' : `Session ${controllerId} now holds the control lock.`);
      } else if (this.homing) {
        // HOME was asked for by the console that just left: nobody can stop the motion but an e-stop.
        this.homing = false;
        this.emit(t, 'CONTROLLER_CHANGED', 'Homing stopped.');
      }
    }

    // 3. Clock samples (from every session: a later controller starts synced).
    for (const s of input.clockSamples ?? []) this.addClockSample(s, t);
    const sync = this.controller !== null ? this.clocks.get(this.controller) : undefined;
    const synced = sync !== undefined && sync.synced(t);
    const clockLost = sync !== undefined && sync.wasEverSynced && !synced;
    const mode = synced ? 'probes' : 'frames';
    if (mode !== this.clockMode) {
      this.clockMode = mode;
      this.delay.rebuild((at) => this.offsetAt(at));
    }

    // 4. Frames.
    for (const a of input.frames ?? []) this.addFrame(a, t);

    // 5. Playout.
    this.delay.evict(t);
    const offsetNow = this.offsetAt(t);
    const dq = this.delay.quantileS(0);
    const dTarget = clamp(dq + c.playout.marginS, c.playout.minDelayS, c.playout.maxDelayS);
    const following = this.sup.state === 'FOLLOWING' || this.sup.state === 'CLUTCHED';
    this.playout.updateOffset(offsetNow + dTarget * 1e9, dtNs, !following);
    const p = this.playout.offsetNs;
    // How far P moved beyond what slewing allows (it is set outright while nothing is driven).
    const pJumpNs = Number.isFinite(this.lastP) ? Math.abs(p - this.lastP) - Math.max(c.playout.slewUpPerS, c.playout.slewDownPerS) * dtNs : 0;
    const pJumped = pJumpNs > 1;
    this.lastP = p;
    // Frames lost to the buffer's own change of delay (a large reset of P) are not the link's loss.
    if (pJumpNs > 5e6) this.link.restartLossWindow();
    const ps = this.playout.sample(t);
    for (const seq of this.playout.playedSeqs) this.link.addPlayed(t, seq);
    this.playout.playedSeqs.length = 0;
    this.link.evict(t);

    // 6. Tremor filter on the played pose; restarted where the played signal is not continuous.
    if (ps.pose) {
      if (ps.discontinuity || pJumped || !this.tremor.isPrimed) this.tremor.reset(ps.pose);
      this.filtered = this.tremor.step(ps.pose);
    } else {
      this.filtered = null;
      this.tremor.unprime();
    }

    // Link conditions.
    const oneWayS = mode === 'probes' ? this.delay.quantileS(1) : NaN;
    const loss = this.link.lossRatio;
    // A loss ratio over fewer than 50 expected frames is noise (one burst of 5 is 10 %).
    const enoughForLoss = this.link.expectedInWindow >= 50;
    this.lossHold = enoughForLoss && (this.lossHold ? loss > c.link.maxLossRatio / 2 : loss > c.link.maxLossRatio);
    const delayHigh = oneWayS > c.link.holdOneWayDelayS;
    if (!this.delayWarned && oneWayS > c.link.warnOneWayDelayS) {
      this.delayWarned = true;
      this.emit(t, 'LINK_DELAY_WARNING', `One-way delay ${fmtMs(oneWayS)}; warning above ${fmtMs(c.link.warnOneWayDelayS)}.`);
    } else if (this.delayWarned && !(oneWayS > 0.8 * c.link.warnOneWayDelayS)) {
      this.delayWarned = false;
    }
    const present = this.newest !== null && this.newest.operatorPresent && (ps.pose === null || ps.operatorPresent);
    const fresh = ps.pose !== null && !ps.stale;
    const holdCause: SupervisorEvent | null = !fresh
      ? 'LINK_STALE'
      : !present
        ? 'OPERATOR_ABSENT'
        : this.lossHold
          ? 'LINK_LOSS_HIGH'
          : delayHigh
            ? 'LINK_DELAY_HIGH'
            : clockLost
              ? 'CLOCK_SYNC_LOST'
              : null;
    const clutched = ps.clutch || this.clutchCmd;

    // 7. Commands.
    const ctx: CommandContext = { t, ps, armValid, armFault, armEnabled, arm, present, fresh, clockLost, oneWayS, loss, mode };
    for (const cmd of input.commands ?? []) this.command(cmd, ctx);

    // 8. Supervisor conditions.
    if (!armValid) this.fire('ARM_READING_INVALID', t, armProblem ?? undefined);
    else if (armFault) this.fire('ARM_FAULT', t, arm.fault ? `${arm.fault}${arm.faultMessage ? `: ${arm.faultMessage}` : ''}` : undefined);
    if (armValid && armEnabled && !isLatched(this.sup.state) && this.lastArmState === 'ENABLED') {
      if (this.tracking.check(arm.timeNs, arm.measured_cp.position, t)) {
        this.fire('TRACKING_ERROR', t, `Error ${fmtMm(this.tracking.errorM)} above ${fmtMm(c.trackingError.limitM)} for more than ${fmtMs(c.trackingError.timeS)}.`);
      }
    }
    if (isEngaged(this.sup.state) && !armEnabled && armValid && !armFault) {
      this.fire('ARM_NOT_ENABLED', t, `operating_state ${arm.operating_state}${arm.is_busy ? ', busy' : ''}.`);
    }
    const allGood = holdCause === null;
    if (allGood) {
      if (Number.isNaN(this.goodSinceNs)) this.goodSinceNs = t;
    } else {
      this.goodSinceNs = NaN;
    }
    switch (this.sup.state) {
      case 'ENGAGING': {
        if (!present && this.newest !== null) this.fire('OPERATOR_ABSENT', t);
        else if (clockLost) this.fire('CLOCK_SYNC_LOST', t);
        else if (allGood && this.filtered) {
          const mis = this.mapping.misalignmentRad(this.filtered, arm.measured_cp.orientation);
          if (mis > this.mapping.toleranceRad) this.fire('MISALIGNED', t, misalignText(mis, this.mapping.toleranceRad));
          else this.startFollowing('PLAYABLE', t, ps.pose);
        } else if (t - this.sup.sinceNs > c.engage.timeoutS * 1e9) this.fire('ENGAGE_TIMEOUT', t);
        break;
      }
      case 'FOLLOWING': {
        if (holdCause) this.fire(holdCause, t, this.holdDetail(holdCause, ps, loss, oneWayS));
        else if (clutched) this.fire('CLUTCH_PRESS', t);
        else if (ps.discontinuity && this.filtered) {
          const mis = this.mapping.misalignmentRad(this.filtered, this.setpoint.orientation);
          if (mis > this.mapping.toleranceRad) this.fire('MISALIGNED', t, misalignText(mis, this.mapping.toleranceRad));
          else this.anchorHere(false, ps.pose);
        }
        break;
      }
      case 'CLUTCHED': {
        if (holdCause) this.fire(holdCause, t, this.holdDetail(holdCause, ps, loss, oneWayS));
        else if (!clutched && this.filtered) this.tryResume('CLUTCH_RELEASE', t, ps.pose);
        break;
      }
      case 'HOLDING': {
        if (allGood && t - this.goodSinceNs >= c.link.resumeFreshS * 1e9 && this.filtered) {
          if (clutched) this.fire('RESUME_CLUTCHED', t);
          else this.tryResume('RESUME', t, ps.pose);
        }
        break;
      }
      default:
        break;
    }
    if (this.sup.state !== 'CLUTCHED' && this.sup.state !== 'HOLDING') this.misalignReported = false;

    // 9. Motion.
    this.move(t, dtS, ps, arm, armValid, armEnabled);
    this.lastArmState = armValid ? arm.operating_state : this.lastArmState;

    // 10. Output.
    this.tracking.record(t, this.setpoint.position);
    const jawRad = this.jaw.value;
    // The caller gets its own copy: nothing it does to the output can reach the core's state.
    const pose = poseCopy(this.setpoint);
    return {
      command: { kind: 'servo_cp', pose, jaw_rad: jawRad },
      state: this.sup.state,
      reason: this.sup.reason,
      setpoint_cp: pose,
      jaw_setpoint_rad: jawRad,
      lastAppliedSeq: ps.seq,
      master_cp: ps.pose,
      motionScale: this.mapping.scale,
      link: this.figures(t, sync, mode, offsetNow, oneWayS, loss),
      events: this.events,
      acks: this.acks,
    };
  }

  // ---------------------------------------------------------------------------------------------

  private move(t: number, dtS: number, ps: PlayoutSample, arm: ArmReading, armValid: boolean, armEnabled: boolean): void {
    const c = this.config;
    if (armValid && !armEnabled) {
      // Nobody servos the arm (disabled, paused, faulted or busy homing itself): the setpoint follows
      // it, so that enabling it later cannot jump.
      this.limiter.resetTo(arm.measured_cp);
      this.jaw.resetTo(arm.jaw_measured_rad);
      this.homing = false;
    } else if (this.sup.state === 'FOLLOWING' && this.filtered && armValid) {
      this.limiter.track(this.mapping.target(this.filtered), dtS);
      this.jaw.track(gripToJaw(ps.grip, c.mapping.jaw), dtS);
    } else if (this.sup.state === 'IDLE' && this.homing && armValid) {
      this.limiter.track(c.home, dtS, c.limits.homeSpeedFraction);
      const sp = this.limiter.pose();
      if (this.limiter.atRest && dist(sp.position, c.home.position) < 1e-6) {
        this.homing = false;
        this.emit(t, 'HOMED');
      }
    } else {
      this.limiter.brake(dtS);
    }
    this.setpoint = this.limiter.pose();
  }

  private startFollowing(event: SupervisorEvent, t: number, played: Pose | null): void {
    if (!this.filtered) return;
    if (this.fire(event, t)) this.anchorHere(true, played);
  }

  /**
   * Re-anchors the mapping at the current setpoint. When following starts anew (engage, resume,
   * clutch release) the tremor filter restarts at the PLAYED pose: its output then lags nothing and
   * rings from nothing, so the tool moves only with what the hand does from now on. (Anchoring on the
   * old filtered pose would replay the filter's lag - up to a few mm of hand motion made before.)
   */
  private anchorHere(restart: boolean, played: Pose | null): void {
    if (restart && played) {
      this.tremor.reset(played);
      this.filtered = this.tremor.step(played);
    }
    if (this.filtered) this.mapping.anchor(this.filtered, this.limiter.pose());
    this.limiter.forgetTarget();
  }

  private tryResume(event: 'RESUME' | 'CLUTCH_RELEASE', t: number, played: Pose | null): void {
    if (!this.filtered) return;
    const mis = this.mapping.misalignmentRad(this.filtered, this.setpoint.orientation);
    if (mis > this.mapping.toleranceRad) {
      if (!this.misalignReported) {
        this.misalignReported = true;
        this.emit(t, 'MISALIGNED', misalignText(mis, this.mapping.toleranceRad));
      }
      return;
    }
    if (this.fire(event, t)) this.anchorHere(true, played);
  }

  private holdDetail(cause: SupervisorEvent, ps: PlayoutSample, loss: number, oneWayS: number): string | undefined {
    const c = this.config;
    switch (cause) {
      case 'LINK_STALE':
        return ps.pose === null
          ? 'No motion frame has been played.'
          : `Playout point ${fmtMs(ps.aheadS)} past the last frame; limit ${fmtMs(c.staleLinkTimeoutS)}.`;
      case 'LINK_LOSS_HIGH':
        return `Loss ${(loss * 100).toFixed(1)} % above ${(c.link.maxLossRatio * 100).toFixed(1)} %.`;
      case 'LINK_DELAY_HIGH':
        return `One-way delay ${fmtMs(oneWayS)} above ${fmtMs(c.link.holdOneWayDelayS)}.`;
      default:
        return undefined;
    }
  }

  private command(cmd: CoreCommand, x: CommandContext): void {
    const c = this.config;
    if (typeof cmd !== 'object' || cmd === null) return;
    const ack = (ok: boolean, code?: ReasonCode, detail?: string): void => {
      const reason = ok || !code ? '' : reasonText(code, detail);
      this.acks.push({ id: cmd.id, sourceId: cmd.sourceId, type: cmd.type, ok, reason });
      if (!ok && code) this.emit(x.t, code, `${cmd.type} refused${detail ? `: ${detail}` : '.'}`, cmd.sourceId);
    };
    const fromController = this.controller !== null && cmd.sourceId === this.controller;
    const s = this.sup.state;
    switch (cmd.type) {
      case 'ENGAGE': {
        if (!fromController) return ack(false, 'NOT_CONTROLLER', this.controller === null ? 'Nobody holds the control lock.' : undefined);
        if (s === 'FAULT') return ack(false, 'LATCHED_FAULT');
        if (s === 'ESTOPPED') return ack(false, 'LATCHED_ESTOP');
        if (s !== 'IDLE') return ack(true); // already engaged: idempotent
        if (!x.armValid || x.armFault) return ack(false, 'ARM_NOT_ENABLED', 'The arm reports a fault or a malformed reading.');
        if (x.arm.is_busy) return ack(false, 'ARM_BUSY');
        if (x.arm.operating_state !== 'ENABLED') return ack(false, 'ARM_NOT_ENABLED', `operating_state ${x.arm.operating_state}.`);
        if (!x.arm.is_homed) return ack(false, 'ARM_NOT_HOMED');
        if (this.newest === null) return ack(false, 'LINK_STALE', 'No motion frame has arrived from this session.');
        if (!x.present) return ack(false, 'OPERATOR_ABSENT');
        if (x.clockLost) return ack(false, 'CLOCK_SYNC_LOST', 'Answer clock probes, or reconnect.');
        if (x.mode === 'probes' && x.oneWayS > c.link.engageMaxOneWayDelayS) {
          return ack(false, 'LINK_TOO_SLOW', `One-way delay ${fmtMs(x.oneWayS)}; the limit is ${fmtMs(c.link.engageMaxOneWayDelayS)}.`);
        }
        if (this.lossHold) return ack(false, 'LINK_LOSS_HIGH', `Loss ${(x.loss * 100).toFixed(1)} %; the limit is ${(c.link.maxLossRatio * 100).toFixed(1)} %.`);
        if (x.ps.pose !== null && x.ps.stale) return ack(false, 'LINK_STALE', `Playout point ${fmtMs(x.ps.aheadS)} past the last frame.`);
        if (x.ps.pose === null && this.playout.buffered === 0) return ack(false, 'LINK_STALE', 'No motion frame is waiting to be played.');
        this.homing = false;
        if (this.filtered) {
          const mis = this.mapping.misalignmentRad(this.filtered, x.arm.measured_cp.orientation);
          if (mis > this.mapping.toleranceRad) return ack(false, 'MISALIGNED', misalignText(mis, this.mapping.toleranceRad));
          this.startFollowing('ENGAGE', x.t, x.ps.pose);
        } else {
          this.fire('ENGAGE_PENDING', x.t);
        }
        return ack(true);
      }
      case 'DISENGAGE': {
        if (!fromController) return ack(false, 'NOT_CONTROLLER');
        this.homing = false;
        this.clutchCmd = false;
        if (isEngaged(s)) this.fire('DISENGAGE', x.t);
        return ack(true);
      }
      case 'ESTOP': {
        // Any authenticated session may stop the arm (the agent authenticates; the core never refuses).
        this.homing = false;
        this.clutchCmd = false;
        if (s !== 'ESTOPPED') this.fire('ESTOP', x.t, cmd.sourceId ? `From session ${cmd.sourceId}.` : undefined);
        return ack(true);
      }
      case 'RESET_FAULT': {
        if (!isLatched(s)) return ack(true); // nothing latched: idempotent
        if (!x.armValid) return ack(false, 'ARM_READING_INVALID');
        if (x.armFault) return ack(false, 'ARM_STILL_FAULTED', x.arm.fault ? `Arm fault ${x.arm.fault}.` : undefined);
        this.fire('RESET', x.t);
        this.tracking.reset();
        return ack(true);
      }
      case 'CLUTCH': {
        if (!fromController) return ack(false, 'NOT_CONTROLLER');
        if (typeof cmd.flag !== 'boolean') return ack(false, 'BAD_COMMAND', 'CLUTCH needs flag: true (pressed) or false (released).');
        this.clutchCmd = cmd.flag;
        return ack(true);
      }
      case 'SET_SCALE': {
        // Who may change the scale is the agent's role table (the controller, or an engineer); the core
        // only guards the range and re-anchors so that the change never moves the tool.
        const k = cmd.scale;
        const lo = c.mapping.motionScaleMin;
        const hi = c.mapping.motionScaleMax;
        if (typeof k !== 'number' || !Number.isFinite(k) || k < lo || k > hi) {
          return ack(false, 'SCALE_OUT_OF_RANGE', `scale ${String(k)}; expected a number between ${lo} and ${hi}.`);
        }
        this.mapping.scale = k;
        if (this.sup.state === 'FOLLOWING') this.anchorHere(false, x.ps.pose);
        this.emit(x.t, 'SCALE_SET', `Scale ${k} (${(1 / k).toFixed(1)}:1).`, cmd.sourceId);
        return ack(true);
      }
      case 'HOME': {
        if (s !== 'IDLE') return ack(false, 'NOT_IDLE', `State ${s}.`);
        if (!x.armEnabled) return ack(false, 'ARM_NOT_ENABLED');
        this.homing = true;
        this.emit(x.t, 'HOMING', undefined, cmd.sourceId);
        return ack(true);
      }
      default:
        return ack(false, 'BAD_COMMAND', `Unknown command type ${String((cmd as { type?: unknown }).type)}.`);
    }
  }

  private addClockSample(s: ClockSample, t: number): void {
    if (typeof s !== 'object' || s === null || typeof s.sourceId !== 'string') {
      this.emitThrottled(t, 'CLOCK_SAMPLE_INVALID', 'A clock sample without a sourceId was ignored.');
      return;
    }
    let cs = this.clocks.get(s.sourceId);
    if (!cs) {
      if (this.clocks.size >= MAX_CLOCK_SOURCES) {
        for (const k of this.clocks.keys()) {
          if (k !== this.controller) {
            this.clocks.delete(k);
            break;
          }
        }
      }
      const o = this.config.clock;
      cs = new ClockSync({
        bucketS: o.bucketS,
        buckets: o.buckets,
        minProbes: o.minProbes,
        syncTimeoutS: o.syncTimeoutS,
        maxUncertaintyS: o.maxUncertaintyS,
        maxRttS: o.maxRttS,
        stepToleranceS: o.stepToleranceS,
      });
      this.clocks.set(s.sourceId, cs);
    }
    const r = cs.addSample(s);
    if (r === 'invalid') this.emitThrottled(t, 'CLOCK_SAMPLE_INVALID', undefined, s.sourceId);
    else if (r === 'step') {
      this.emit(t, 'CLOCK_STEP', undefined, s.sourceId);
      if (s.sourceId === this.controller && this.clockMode === 'probes') this.delay.rebuild((at) => this.offsetAt(at));
    }
  }

  private addFrame(a: ArrivedFrame, t: number): void {
    const c = this.config;
    const src = typeof a === 'object' && a !== null ? a.sourceId : undefined;
    if (this.controller === null || src !== this.controller) {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_NOT_CONTROLLER', undefined, src);
      return;
    }
    this.link.framesReceived++;
    const problem = frameProblem(a.frame) ?? (Number.isFinite(a.receiveTimeNs) ? null : `receiveTimeNs ${String(a.receiveTimeNs)}: expected a finite number of ns`);
    if (problem) {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_INVALID', problem, src);
      return;
    }
    const f = a.frame;
    if (f.armId !== c.armId) {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_WRONG_ARM', `armId ${f.armId}; this core drives arm ${c.armId}.`, src);
      return;
    }
    // Timing first: a frame stamped in the future must not become the jump detector's reference either.
    const timing = this.frameClock.add(a.receiveTimeNs, f.captureTimeNs);
    if (timing === 'ahead') {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_INVALID', `seq ${f.seq}: capture time ahead of its arrival (a clock step is confirmed only by three such frames in a row).`, src);
      return;
    }
    if (timing === 'step') {
      this.emit(t, 'CLOCK_STEP', 'Detected from frame arrival times.', src);
      if (this.clockMode === 'frames') this.delay.rebuild((at) => this.offsetAt(at));
    }
    const v = this.jump.check(f);
    if (v === 'jump') {
      this.link.framesRefused++;
      this.emitThrottled(t, 'MASTER_JUMP', `seq ${f.seq}.`, src);
      // Its pose is not believed, but a released dead-man is: a dropped hand controller sends both at
      // once, and the hold must not wait for the link to go stale. (A refused frame never asserts presence.)
      if (!f.operatorPresent && (this.newest === null || f.captureTimeNs > this.newest.captureNs)) {
        this.newest = { captureNs: f.captureTimeNs, operatorPresent: false };
      }
      return;
    }
    if (v === 'resync') this.emit(t, 'MASTER_RESYNC', `From seq ${f.seq}.`, src);
    const r = this.playout.ingest(f, a.receiveTimeNs, v === 'resync');
    if (r === 'duplicate' || r === 'stale') {
      this.link.framesDropped++;
      return;
    }
    if (r === 'overflow') {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_OVERFLOW', undefined, src);
      return;
    }
    if (r === 'late') this.link.framesLate++;
    this.link.addUnique(a.receiveTimeNs, f.captureTimeNs, f.seq);
    const raw = a.receiveTimeNs - f.captureTimeNs;
    this.delay.add(a.receiveTimeNs, raw, raw - this.offsetAt(a.receiveTimeNs));
    if (this.newest === null || f.captureTimeNs > this.newest.captureNs) {
      this.newest = { captureNs: f.captureTimeNs, operatorPresent: f.operatorPresent };
    }
  }

  /** Agent - console clock offset at agent time t in the current mode, ns (fallback: + min delay). */
  private offsetAt(tNs: number): number {
    if (this.clockMode === 'probes' && this.controller !== null) {
      const cs = this.clocks.get(this.controller);
      if (cs) return cs.offsetNs(tNs);
    }
    return this.frameClock.offsetNs(tNs);
  }

  private resetLink(): void {
    this.playout.reset();
    this.delay.reset();
    this.link.reset();
    this.frameClock.reset();
    this.jump.reset();
    this.tremor.unprime();
    this.newest = null;
    this.filtered = null;
    this.clutchCmd = false;
    this.lossHold = false;
    this.delayWarned = false;
    this.goodSinceNs = NaN;
    this.lastP = NaN;
    this.clockMode = 'frames';
  }

  private figures(t: number, sync: ClockSync | undefined, mode: 'probes' | 'frames', offsetNow: number, oneWayS: number, loss: number): LinkFigures {
    const l = this.link;
    const p = this.playout.offsetNs;
    return {
      rttS: sync ? sync.rttS : NaN,
      oneWayDelayS: oneWayS,
      jitterS: l.jitterS,
      lossRatio: loss,
      playoutDelayS: Number.isFinite(p) && Number.isFinite(offsetNow) ? (p - offsetNow) * 1e-9 : NaN,
      framesReceived: l.framesReceived,
      framesLate: l.framesLate,
      framesDropped: l.framesDropped,
      framesRefused: l.framesRefused,
      frameRateHz: l.frameRateHz(t),
      clockOffsetS: offsetNow * 1e-9,
      clockUncertaintyS: mode === 'probes' && sync ? sync.uncertaintyS(t) : NaN,
      clockSynced: mode === 'probes',
    };
  }

  private fire(event: SupervisorEvent, t: number, detail?: string): boolean {
    const from = this.sup.state;
    const row = this.sup.fire(event, t);
    if (!row) return false;
    if (row.next !== 'FOLLOWING') this.mapping.release();
    if (row.next === 'IDLE' || isLatched(row.next)) this.clutchCmd = false;
    if (row.next === 'HOLDING' || row.next === 'IDLE') this.goodSinceNs = NaN;
    this.emit(t, row.reason, `${from} -> ${row.next}.${detail ? ` ${detail}` : ''}`);
    return true;
  }

  private emit(t: number, code: ReasonCode, detail?: string, sourceId?: string): void {
    const ev: CoreEvent = {
      timeNs: t,
      severity: REASON_SEVERITY[code],
      code,
      message: detail ? `${REASONS[code]} ${detail}` : REASONS[code],
    };
    if (sourceId !== undefined) ev.sourceId = sourceId;
    this.events.push(ev);
  }

  /** At most one event per code per second; the next one says how many were folded into it. */
  private emitThrottled(t: number, code: ReasonCode, detail?: string, sourceId?: string): void {
    const th = this.throttle.get(code);
    if (th && t - th.lastNs < THROTTLE_NS) {
      th.suppressed++;
      return;
    }
    const more = th && th.suppressed > 0 ? ` (${th.suppressed} more in the last ${((t - th.lastNs) * 1e-9).toFixed(1)} s)` : '';
    this.throttle.set(code, { lastNs: t, suppressed: 0 });
    this.emit(t, code, detail || more ? `${detail ?? ''}${more}`.trim() : undefined, sourceId);
  }
}

interface CommandContext {
  t: number;
  ps: PlayoutSample;
  armValid: boolean;
  armFault: boolean;
  armEnabled: boolean;
  arm: ArmReading;
  present: boolean;
  fresh: boolean;
  clockLost: boolean;
  oneWayS: number;
  loss: number;
  mode: 'probes' | 'frames';
}

function clamp(x: number, lo: number, hi: number): number {
  if (!(x === x)) return hi; // NaN (no delay measured yet): the safe end
  return x < lo ? lo : x > hi ? hi : x;
}

function dist(a: readonly number[], b: readonly number[]): number {
  const x = a[0]! - b[0]!;
  const y = a[1]! - b[1]!;
  const z = a[2]! - b[2]!;
  return Math.sqrt(x * x + y * y + z * z);
}

function fmtMs(s: number): string {
  return `${(s * 1000).toFixed(1)} ms`;
}

function fmtMm(m: number): string {
  return `${(m * 1000).toFixed(2)} mm`;
}

function misalignText(mis: number, tol: number): string {
  return `Master and tool orientations differ by ${(mis * RAD2DEG).toFixed(1)} deg; the tolerance is ${(tol * RAD2DEG).toFixed(1)} deg.`;
}
