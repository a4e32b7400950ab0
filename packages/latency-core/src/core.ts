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
//   2. controller change                    6. tremor filter, reading ahead in the buffer (tremor.ts)
//   3. clock samples (clock-sync.ts)         7. commands, in arrival order, each acked
//   4. frames: pure checks (playout, seq,    8. supervisor conditions -> transitions (supervisor.ts)
//      timing, jump), then commit: stats,    9. motion: mapping -> limiters, or braking (limiters.ts)
//      jump reference, buffer
//                                          10. tracking record, telemetry figures, output
import type { CoreConfig } from './config.js';
import { parseCoreConfig } from './config.js';
import type { ArmReading, ArrivedFrame, ClockSample, CoreAck, CoreCommand, CoreEvent, CoreInput, CoreOutput, LinkFigures, MasterFrame, MasterKind, Pose, Quat, SupervisorState } from './types.js';
import { StreamGuard, type StepKind } from './stream-guard.js';
import { ClockSync, FrameClock } from './clock-sync.js';
import { DelayStats } from './delay-stats.js';
import { LinkStats } from './link-stats.js';
import { Playout, type PlayoutSample } from './playout.js';
import { LookAheadTremor, TremorFilter } from './tremor.js';
import { TremorModeBlend } from './tremor-mode-blend.js';
import { MasterToolMapping, gripToJaw } from './mapping.js';
import { JawLimiter, JumpDetector, MotionLimiter, TrackingMonitor } from './limiters.js';
import { Supervisor, isEngaged, isLatched, type SupervisorEvent } from './supervisor.js';
import { REASON_SEVERITY, REASONS, reasonText, type ReasonCode } from './reasons.js';
import { armReadingProblem, frameProblem } from './validate.js';
import { poseCopy } from './math/pose.js';
import { qAngleBetween } from './math/quat.js';

/** Clock filters kept for sessions other than the controller, so a handover starts synced. */
const MAX_CLOCK_SOURCES = 16;
/** Repetitive events (frame refusals and the like) are emitted at most once per this interval. */
const THROTTLE_NS = 1e9;

const RAD2DEG = 180 / Math.PI;
/** A seq or clock step is believed after agreeing frames have kept coming this long (stream-guard.ts). */
const STEP_CONFIRM_S = 0.25;
/**
 * Time constant of the look-ahead estimate, s. Each tick's sample is clamped to [0, 2 advanceS] first:
 * the mode follows the buffer's lasting depth (a playout delay too small for the filter), not an
 * outage (the buffer runs dry for a moment; the playout's own extrapolation covers it). With 0.25 s
 * and no clamp, one outage on the real dVRK recording over a lossy link switched the mode twice.
 */
const LOOKAHEAD_EWMA_S = 1;
/** A change of the tremor filter's mode while following is blended out over this time, s (tremor-mode-blend.ts). */
const TREMOR_MODE_BLEND_S = 0.5;
/** While following, the tremor filter changes mode at most this often, s. */
const TREMOR_MODE_DWELL_S = 2;
/**
 * Look-ahead the filter may lack on average (bridged: mapping.tremor.bridge) to take it up, and to keep
 * it, s. The bridge's guess over 15-25 ms costs far less than the causal filter's ~29 ms of lag. With
 * the 25 dB design (advanceS 36.6 ms) and 10 / 20 ms, the real dVRK recording over a uniform
 * 100 +- 20 ms link (~24 ms of future held) started causal and switched while the tool moved fast.
 */
const LOOKAHEAD_TAKE_SLACK_S = 0.015;
const LOOKAHEAD_KEEP_SLACK_S = 0.025;
/**
 * The look-ahead filter's output is extrapolated past the newest frame with its velocity over this
 * base: one frame period at 100 Hz averages out the kinks of interpolating between frames.
 */
const OUTPUT_VELOCITY_BASE_S = 0.01;
/**
 * After the jitter buffer ran dry under the look-ahead, the revision of its extrapolated tip is blended
 * out over this time (raised cosine): a step would put its whole 6-12 Hz content into the setpoint
 * (one lossy 100 +- 20 ms run: 6-12 Hz error power -12.3 dB of the tremor's with no blend, -12.9 dB
 * with the playout's 50 ms linear blend, -16.4 dB with this one; it costs RMS: bench/tremor.bench.mjs).
 */
const LOOKAHEAD_RECOVERY_S = 0.2;
/**
 * A per-tick registration (several arms: the camera's measured pose) that moved less than this from the
 * one in force is not re-anchored on while following (encoder noise would re-anchor every tick): 0.5 mrad
 * (0.03 deg) of direction error at most. Whenever the mapping is not anchored it is taken exactly.
 */
const REGISTRATION_DEADBAND_RAD = 5e-4;
const EMPTY_SAMPLE: PlayoutSample = { pose: null, grip: 0, clutch: false, camera: false, operatorPresent: false, seq: -1, consoleTimeNs: NaN, predicted: false, aheadS: 0, stale: true, discontinuity: false };

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
  private readonly guard: StreamGuard;
  private readonly tremor: TremorFilter;
  private readonly tremorAhead: LookAheadTremor;
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
  private masterKind: MasterKind = 'UNACTUATED';
  private lastSample: PlayoutSample = EMPTY_SAMPLE;
  private readonly peekInto = (xNs: number, out: Float64Array): boolean => this.playout.peekInto(xNs, out);
  /** The tremor filter reads ahead of the playout point (false: causal). Chosen at restarts only. */
  private lookAhead = false;
  /** Future the jitter buffer holds beyond the playout point, s (clamped, EWMA over ~1 s; NaN before frames). */
  private lookAheadAvailS = NaN;
  private tremorModeSinceNs = -Infinity;
  private readonly tremorModeBlend = new TremorModeBlend(TREMOR_MODE_BLEND_S);
  /** Measured tick interval, s (EWMA). */
  private tickS = NaN;
  /** The played point was stale on the previous tick (an outage: loss is measured afresh after it). */
  private wasStale = false;

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
    this.guard = new StreamGuard(STEP_CONFIRM_S);
    // Causal (the buffer holds too little future) with its own stop band: less attenuation, less delay.
    this.tremor = new TremorFilter({ ...c.mapping.tremor, stopbandDb: c.mapping.tremor.causalStopbandDb, sampleRateHz: c.controlRateHz });
    this.tremorAhead = new LookAheadTremor({ ...c.mapping.tremor, sampleRateHz: c.controlRateHz }, {
      velocityBaseS: OUTPUT_VELOCITY_BASE_S,
      horizonS: c.prediction.horizonS,
      bridge: c.mapping.tremor.bridge,
      recoveryS: LOOKAHEAD_RECOVERY_S,
      maxHandSpeedMps: c.limits.maxHandSpeedMps,
      maxHandAngularSpeedRadps: c.limits.maxHandAngularSpeedRadps,
    });
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

  /**
   * The step function: one control tick. Its phases are methods of their own, in the order above. Why
   * (issue 18): V8 optimizes a function as one unit, and a branch it never saw taken (an event, a hold, a
   * warning) deoptimizes the unit when first taken; the next optimization of a 6 KB step took 30-58 ms,
   * synchronously on the 1 kHz loop's thread. Split, each unit is ~0.3-1.5 KB of bytecode: a deopt
   * recompiles only the phase it happened in. What is computed, and in what order, is unchanged.
   */
  step(input: CoreInput): CoreOutput {
    this.events = [];
    this.acks = [];
    const x: TickContext = {
      t: NaN,
      dtNs: NaN,
      dtS: NaN,
      arm: input.arm,
      armProblem: null,
      armValid: false,
      armFault: false,
      armEnabled: false,
      sync: undefined,
      clockLost: false,
      mode: 'frames',
      offsetNow: NaN,
      ps: EMPTY_SAMPLE,
      pJumped: false,
      pDeltaNs: 0,
      oneWayS: NaN,
      loss: NaN,
      present: false,
      fresh: false,
      holdCause: null,
      clutched: false,
    };
    // 1.-3. Time, the arm reading, the controller, clock samples.
    this.tickTime(input, x);
    this.tickSources(input, x);
    // 4. Frames.
    for (const a of input.frames ?? []) this.addFrame(a, x.t);
    // 5.-6. Playout, tremor filter.
    this.tickPlayout(x);
    this.tickFilter(x);
    // Registration for this tick (several arms). Absent for one arm: the configured one stays.
    if (input.registration !== undefined) this.updateRegistration(input.registration);
    this.tickLink(x);
    // 7. Commands.
    for (const cmd of input.commands ?? []) this.command(cmd, x);
    // 8. Supervisor conditions.
    this.tickSupervise(x);
    // 9. Motion.
    this.move(x.t, x.dtS, x.ps, x.arm, x.armValid, x.armEnabled);
    this.lastArmState = x.armValid ? x.arm.operating_state : this.lastArmState;
    // 10. Output.
    return this.tickOutput(x);
  }

  /** 1. Time. A tick that does not advance repeats the setpoint; a long gap is integrated as maxDtS. */
  private tickTime(input: CoreInput, x: TickContext): void {
    const c = this.config;
    const now = input.nowNs;
    let dtNs = now - this.lastNowNs;
    if (!(dtNs > 0)) {
      dtNs = 0;
      this.emitThrottled(Number.isFinite(now) ? now : this.lastNowNs, 'TIME_NOT_MONOTONIC', `nowNs ${String(now)} is not after the previous tick ${this.lastNowNs}.`);
    } else {
      this.lastNowNs = now;
      // The tick's own delay: a setpoint holds until the next tick, half an interval on average.
      const intervalS = Math.min(dtNs * 1e-9, c.limits.maxDtS);
      this.tickS = Number.isNaN(this.tickS) ? intervalS : this.tickS + (intervalS - this.tickS) * 0.01;
    }
    const t = this.lastNowNs;
    x.t = t;
    x.dtNs = dtNs;
    x.dtS = Math.min(dtNs * 1e-9, c.limits.maxDtS);
    const masterKind: MasterKind = input.masterKind === 'ACTUATED' ? 'ACTUATED' : 'UNACTUATED';
    if (masterKind !== this.masterKind) {
      this.masterKind = masterKind;
      // The alignment rule in force changes with it; an offset kept for an unactuated master must not
      // survive into absolute mode (nor the reverse): following starts anew from an engage or resume.
      if (this.sup.state === 'FOLLOWING' || this.sup.state === 'CLUTCHED') this.fire('CONTROLLER_CHANGED', t, `Master kind is now ${masterKind}.`);
    }
  }

  /** 1. The arm reading; 2. the controller; 3. clock samples. */
  private tickSources(input: CoreInput, x: TickContext): void {
    const t = x.t;
    const arm = input.arm;
    const armProblem = armReadingProblem(arm);
    const armValid = armProblem === null;
    x.armProblem = armProblem;
    x.armValid = armValid;
    x.armFault = armValid && (arm.operating_state === 'FAULT' || (typeof arm.fault === 'string' && arm.fault.length > 0));
    x.armEnabled = armValid && arm.operating_state === 'ENABLED' && !arm.is_busy;

    // 2. Controller. Link figures, playout and clock alignment belong to the controller's session.
    const controllerId = typeof input.controllerId === 'string' && input.controllerId.length > 0 ? input.controllerId : null;
    if (controllerId !== this.controller) this.changeController(controllerId, t);

    // 3. Clock samples (from every session: a later controller starts synced).
    for (const s of input.clockSamples ?? []) this.addClockSample(s, t);
    const sync = this.controller !== null ? this.clocks.get(this.controller) : undefined;
    const synced = sync !== undefined && sync.synced(t);
    x.sync = sync;
    x.clockLost = sync !== undefined && sync.wasEverSynced && !synced;
    const mode = synced ? 'probes' : 'frames';
    x.mode = mode;
    if (mode !== this.clockMode) {
      this.clockMode = mode;
      this.delay.rebuild((at) => this.offsetAt(at));
    }
  }

  private changeController(controllerId: string | null, t: number): void {
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

  /** 5. Playout. */
  private tickPlayout(x: TickContext): void {
    const c = this.config;
    const t = x.t;
    const dtNs = x.dtNs;
    this.delay.evict(t);
    const offsetNow = this.offsetAt(t);
    x.offsetNow = offsetNow;
    const dq = this.delay.quantileS(0);
    const dTarget = clamp(dq + c.playout.marginS, c.playout.minDelayS, c.playout.maxDelayS);
    const following = this.sup.state === 'FOLLOWING' || this.sup.state === 'CLUTCHED';
    this.playout.updateOffset(offsetNow + dTarget * 1e9, dtNs, !following);
    const p = this.playout.offsetNs;
    // How far P moved beyond what slewing allows (it is set outright while nothing is driven).
    const pJumpNs = Number.isFinite(this.lastP) ? Math.abs(p - this.lastP) - Math.max(c.playout.slewUpPerS, c.playout.slewDownPerS) * dtNs : 0;
    x.pJumped = pJumpNs > 1;
    x.pDeltaNs = Number.isFinite(this.lastP) ? p - this.lastP : 0;
    this.lastP = p;
    // Frames lost to the buffer's own change of delay (a large reset of P) are not the link's loss.
    if (pJumpNs > 5e6) this.link.restartLossWindow();
    const ps = this.playout.sample(t);
    x.ps = ps;
    this.lastSample = ps;
    for (const seq of this.playout.playedSeqs) this.link.addPlayed(t, seq);
    this.playout.playedSeqs.length = 0;
    this.link.evict(t);
  }

  /**
   * 6. Tremor filter; restarted where the played signal is not continuous. With look-ahead it reads the
   *    buffered frames advanceS past the playout point, so its output carries the hand pose AT the
   *    playout point (no added delay at voluntary frequencies).
   */
  private tickFilter(x: TickContext): void {
    const ps = x.ps;
    const t = x.t;
    if (ps.pose && Number.isFinite(ps.consoleTimeNs)) {
      const availS = (this.playout.newestCaptureNs - ps.consoleTimeNs) * 1e-9;
      // When P was set anew (not slewed) the buffer's future changed at once, by P's change: the
      // estimate moves with it (not set to this tick's sample: that swings 0-40 ms as frames arrive).
      if (Number.isFinite(availS)) {
        const hi = 2 * this.tremorAhead.advanceS;
        const a = clamp(availS, 0, hi);
        if (Number.isNaN(this.lookAheadAvailS)) this.lookAheadAvailS = a;
        else {
          if (x.pJumped) this.lookAheadAvailS = clamp(this.lookAheadAvailS + x.pDeltaNs * 1e-9, 0, hi);
          this.lookAheadAvailS += (a - this.lookAheadAvailS) * Math.min(1, x.dtS / LOOKAHEAD_EWMA_S);
        }
      }
    }
    if (ps.pose) {
      if (ps.discontinuity || x.pJumped || !this.tremor.isPrimed) this.restartTremor(ps, t);
      else if (this.sup.state === 'FOLLOWING' && this.tremorModeWanted() !== this.lookAhead && t - this.tremorModeSinceNs >= TREMOR_MODE_DWELL_S * 1e9) {
        // The buffer's future changed for good while following: change mode, and blend the output's
        // move (the filter's lag of hand motion) out over TREMOR_MODE_BLEND_S. Not a re-anchor: that
        // would keep the tool offset from the hand by that motion for the rest of the session.
        const before = this.filtered;
        this.restartTremor(ps, t);
        if (before && this.filtered) this.tremorModeBlend.start(before, this.filtered, t);
      } else if (this.lookAhead) this.filtered = this.stepAhead(ps);
      else this.filtered = this.tremor.step(ps.pose);
      if (this.filtered) this.filtered = this.tremorModeBlend.apply(this.filtered, t);
    } else {
      this.filtered = null;
      this.tremor.unprime();
    }
  }

  /** Link conditions: delay, loss, presence, and what (if anything) holds the arm this tick. */
  private tickLink(x: TickContext): void {
    const c = this.config;
    const ps = x.ps;
    const t = x.t;
    const oneWayS = x.mode === 'probes' ? this.delay.quantileS(1) : NaN;
    x.oneWayS = oneWayS;
    // An outage is not loss: once frames play again after a stale gap, loss is measured on the frames
    // after the gap (issue 16: a 0.3 s outage otherwise stays in the 1 s window and holds ~1.1 s).
    const staleNow = ps.pose === null || ps.stale;
    if (this.wasStale && !staleNow) this.link.restartLossWindow();
    this.wasStale = staleNow;
    const loss = this.link.lossRatio;
    x.loss = loss;
    // A loss ratio over fewer than 50 expected frames is noise (one burst of 5 is 10 %): the verdict
    // then stays what it was (a lossy link that went stale is still lossy until shown otherwise).
    const enoughForLoss = this.link.expectedInWindow >= 50;
    if (enoughForLoss) this.lossHold = this.lossHold ? loss > c.link.maxLossRatio / 2 : loss > c.link.maxLossRatio;
    const delayHigh = oneWayS > c.link.holdOneWayDelayS;
    if (!this.delayWarned && oneWayS > c.link.warnOneWayDelayS) {
      this.delayWarned = true;
      this.emit(t, 'LINK_DELAY_WARNING', `One-way delay ${fmtMs(oneWayS)}; warning above ${fmtMs(c.link.warnOneWayDelayS)}.`);
    } else if (this.delayWarned && !(oneWayS > 0.8 * c.link.warnOneWayDelayS)) {
      this.delayWarned = false;
    }
    const present = this.newest !== null && this.newest.operatorPresent && (ps.pose === null || ps.operatorPresent);
    const fresh = ps.pose !== null && !ps.stale;
    x.present = present;
    x.fresh = fresh;
    x.holdCause = !fresh
      ? 'LINK_STALE'
      : !present
        ? 'OPERATOR_ABSENT'
        : this.lossHold
          ? 'LINK_LOSS_HIGH'
          : delayHigh
            ? 'LINK_DELAY_HIGH'
            : x.clockLost
              ? 'CLOCK_SYNC_LOST'
              : null;
    x.clutched = ps.clutch || this.clutchCmd;
  }

  /** 8. Supervisor conditions -> transitions. */
  private tickSupervise(x: TickContext): void {
    const c = this.config;
    const { t, arm, armValid, armFault, armEnabled, ps, holdCause, clutched } = x;
    if (!armValid) this.fire('ARM_READING_INVALID', t, x.armProblem ?? undefined);
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
        if (!x.present && this.newest !== null) this.fire('OPERATOR_ABSENT', t);
        else if (x.clockLost) this.fire('CLOCK_SYNC_LOST', t);
        else if (allGood && this.filtered) {
          const mis = this.misalignment(this.filtered, arm.measured_cp.orientation);
          if (mis > this.mapping.toleranceRad) this.fire('MISALIGNED', t, misalignText(mis, this.mapping.toleranceRad));
          else this.startFollowing('PLAYABLE', t, ps.pose);
        } else if (t - this.sup.sinceNs > c.engage.timeoutS * 1e9) this.fire('ENGAGE_TIMEOUT', t);
        break;
      }
      case 'FOLLOWING': {
        if (holdCause) this.fire(holdCause, t, this.holdDetail(holdCause, ps, x.loss, x.oneWayS));
        else if (clutched) this.fire('CLUTCH_PRESS', t);
        else if (ps.discontinuity && this.filtered) {
          const mis = this.misalignment(this.filtered, this.setpoint.orientation);
          if (mis > this.mapping.toleranceRad) this.fire('MISALIGNED', t, misalignText(mis, this.mapping.toleranceRad));
          else this.anchorHere(false, ps.pose);
        }
        break;
      }
      case 'CLUTCHED': {
        if (holdCause) this.fire(holdCause, t, this.holdDetail(holdCause, ps, x.loss, x.oneWayS));
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
  }

  /** 10. Tracking record, telemetry figures, output. */
  private tickOutput(x: TickContext): CoreOutput {
    const t = x.t;
    const ps = x.ps;
    this.tracking.record(t, this.setpoint.position);
    const jawRad = this.jaw.value;
    // The caller gets its own copy: nothing it does to the output can reach the core's state.
    const pose = poseCopy(this.setpoint);
    const out: CoreOutput = {
      command: { kind: 'servo_cp', pose, jaw_rad: jawRad },
      state: this.sup.state,
      reason: this.sup.reason,
      setpoint_cp: pose,
      jaw_setpoint_rad: jawRad,
      lastAppliedSeq: ps.seq,
      master_cp: ps.pose,
      motionScale: this.mapping.scale,
      masterKind: this.masterKind,
      link: this.figures(t, x.sync, x.mode, x.offsetNow, x.oneWayS, x.loss),
      events: this.events,
      acks: this.acks,
    };
    if (ps.camera) out.camera = true;
    return out;
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

  /**
   * Takes a per-tick registration. A malformed one (not a finite unit quaternion) is ignored: the one in
   * force stays (the caller, arms/multi-arm-core.ts, derives it from validated arm readings). While the
   * mapping is anchored, a change beyond the deadband re-anchors at the current target: no jump.
   */
  private updateRegistration(reg: Quat): void {
    if (!Array.isArray(reg) || reg.length !== 4 || !reg.every((x) => typeof x === 'number' && Number.isFinite(x))) return;
    const n = Math.sqrt(reg[0] * reg[0] + reg[1] * reg[1] + reg[2] * reg[2] + reg[3] * reg[3]);
    if (Math.abs(n - 1) > 1e-3) return;
    if (!this.mapping.isAnchored) {
      this.mapping.setRegistration(reg, null);
      return;
    }
    if (qAngleBetween(this.mapping.registration, reg) <= REGISTRATION_DEADBAND_RAD) return;
    this.mapping.setRegistration(reg, this.filtered);
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
    if (restart && played) this.restartTremor(this.lastSample, this.lastNowNs);
    if (this.filtered) this.mapping.anchor(this.filtered, this.limiter.pose());
    this.limiter.forgetTarget();
  }

  private tryResume(event: 'RESUME' | 'CLUTCH_RELEASE', t: number, played: Pose | null): void {
    if (!this.filtered) return;
    const mis = this.misalignment(this.filtered, this.setpoint.orientation);
    if (mis > this.mapping.toleranceRad) {
      if (!this.misalignReported) {
        this.misalignReported = true;
        this.emit(t, 'MISALIGNED', misalignText(mis, this.mapping.toleranceRad));
      }
      return;
    }
    if (this.fire(event, t)) this.anchorHere(true, played);
  }

  /**
   * (Re)starts the tremor filter at the current sample, choosing its mode: with look-ahead when the
   * buffer has been holding at least advanceS - LOOKAHEAD_TAKE_SLACK_S of future (kept down to
   * advanceS - LOOKAHEAD_KEEP_SLACK_S; the rest is bridged: mapping.tremor.bridge), causal otherwise.
   * The mode changes only here: at a re-anchor, or while following with the output's move blended out
   * (tremorModeBlend), so it never steps the tool.
   */
  private restartTremor(ps: PlayoutSample, t: number): void {
    if (!ps.pose) return;
    // A restart follows a re-anchor or a discontinuity of the played signal: nothing left to blend.
    this.tremorModeBlend.cancel();
    const want = this.tremorModeWanted();
    if (want !== this.lookAhead) this.tremorModeSinceNs = t;
    if (want !== this.lookAhead && this.tremor.enabled) {
      this.emitThrottled(t, 'TREMOR_FILTER_MODE', want
        ? `Look-ahead: the filter reads ${fmtMs(this.tremorAhead.advanceS)} ahead in the jitter buffer (it holds ${fmtMs(this.lookAheadAvailS)}); no added delay.`
        : `Causal: the jitter buffer holds ${Number.isFinite(this.lookAheadAvailS) ? fmtMs(this.lookAheadAvailS) : 'no'} future, ${fmtMs(this.tremorAhead.advanceS)} needed; the filter adds ${fmtMs(this.tremor.delayAt1HzS)}.`);
    }
    this.lookAhead = want;
    // `tremor` only says primed or not in look-ahead mode; the look-ahead filter does the work.
    this.tremor.reset(ps.pose);
    if (this.lookAhead) {
      const xNs = ps.consoleTimeNs + this.tremorAhead.advanceS * 1e9;
      const x = this.playout.peek(xNs) ?? ps.pose;
      this.filtered = this.tremorAhead.reset(qAlignPose(x, ps.pose), xNs);
    } else {
      this.filtered = this.tremor.step(ps.pose);
    }
  }

  /** Look-ahead wanted now? Keeping it asks for less than taking it up (hysteresis: no flapping). */
  private tremorModeWanted(): boolean {
    const need = this.tremorAhead.advanceS - (this.lookAhead ? LOOKAHEAD_KEEP_SLACK_S : LOOKAHEAD_TAKE_SLACK_S);
    return this.config.mapping.tremor.lookAhead && this.tremor.enabled && this.lookAheadAvailS >= need;
  }

  /** One tick of the look-ahead filter: its input is the pose advanceS past the playout point. */
  private stepAhead(ps: PlayoutSample): Pose | null {
    const a = this.playout.lastPlayed;
    this.tremorAhead.playedNs = a ? a.captureNs : -Infinity;
    const finalNs = Math.max(this.playout.finalUpToNs, ps.consoleTimeNs);
    return this.tremorAhead.step(ps.consoleTimeNs + this.tremorAhead.advanceS * 1e9, finalNs, this.peekInto, this.playout.newestCaptureNs) ?? ps.pose;
  }

  /** The delay the tremor filter adds at 1 Hz as it runs now, s. */
  private filterDelayS(): number {
    if (!this.tremor.enabled) return 0;
    return this.lookAhead ? this.tremorAhead.delayAt1HzS - this.tremorAhead.advanceS : this.tremor.delayAt1HzS;
  }

  /** Misalignment that counts: none for an unactuated master (its offset is captured and kept). */
  private misalignment(master: Pose, toolOrientation: Pose['orientation']): number {
    return this.masterKind === 'ACTUATED' ? this.mapping.misalignmentRad(master, toolOrientation) : 0;
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

  private command(cmd: CoreCommand, x: TickContext): void {
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
          const mis = this.misalignment(this.filtered, x.arm.measured_cp.orientation);
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

  /**
   * One arrived frame. Order matters (issue 13): every check that can refuse the frame runs first and
   * changes nothing; only a frame the playout will play touches state (jump reference, clock envelope,
   * statistics, the newest-frame flags). A duplicate, a stale or replayed frame, an implausible seq or a
   * capture time ahead of its arrival is counted and otherwise leaves the core exactly as it was.
   */
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
    // 1. Would the playout play it at all? (Pure.) The jump verdict can only add a discontinuity, which
    //    the playout treats alike except that it clears what is buffered.
    const placed = this.playout.classify(f);
    if (placed === 'duplicate' || placed === 'stale') {
      this.link.addDropped(placed === 'stale');
      const step = this.guard.refused(f, a.receiveTimeNs);
      if (step) this.streamStep(step, t, f, src);
      return;
    }
    if (placed === 'overflow') {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_OVERFLOW', undefined, src);
      return;
    }
    // 2. Is it a believable continuation of the stream? (Pure.)
    const implausible = this.guard.implausible(f);
    if (implausible) {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_INVALID', `${implausible}.`, src);
      return;
    }
    // 3. Timing: a frame stamped in the future is refused. Judged against the probe clock (offset and
    //    its uncertainty) when probes are synced, else against the frame-arrival envelope.
    const ahead = this.aheadOfArrival(a.receiveTimeNs, f.captureTimeNs);
    if (ahead) {
      this.link.framesRefused++;
      this.emitThrottled(t, 'FRAME_INVALID', `seq ${f.seq}: capture time ${ahead}.`, src);
      if (this.clockMode === 'frames' && this.frameClock.noteAhead(a.receiveTimeNs, f.captureTimeNs)) {
        // Frames that agree among themselves kept coming for stepConfirmS, none on the old line: the
        // console's clock stepped. The stream restarts from them.
        this.streamStep('time', t, f, src, true);
      }
      return;
    }
    // 4. Jump: judged (pure), then committed only once the frame is known to be played.
    const v = this.jump.judge(f);
    if (v === 'jump') {
      this.jump.commit(f, v);
      this.link.addRefusedJump(a.receiveTimeNs, f.seq);
      this.emitThrottled(t, 'MASTER_JUMP', this.jump.describe(f), src);
      // Its pose is not believed, but a released dead-man is: a dropped hand controller sends both at
      // once, and the hold must not wait for the link to go stale. (A refused frame never asserts presence.)
      if (!f.operatorPresent && (this.newest === null || f.captureTimeNs > this.newest.captureNs)) {
        this.newest = { captureNs: f.captureTimeNs, operatorPresent: false };
      }
      return;
    }
    // From here the frame is played: commit it everywhere.
    this.jump.commit(f, v);
    if (v === 'resync') this.emit(t, 'MASTER_RESYNC', `From seq ${f.seq}.`, src);
    const r = this.playout.ingest(f, a.receiveTimeNs, v === 'resync');
    this.guard.accepted(f);
    this.frameClock.add(a.receiveTimeNs, f.captureTimeNs);
    if (r === 'late') this.link.framesLate++;
    this.link.addUnique(a.receiveTimeNs, f.captureTimeNs, f.seq);
    const raw = a.receiveTimeNs - f.captureTimeNs;
    this.delay.add(a.receiveTimeNs, raw, raw - this.offsetAt(a.receiveTimeNs));
    if (this.newest === null || f.captureTimeNs > this.newest.captureNs) {
      this.newest = { captureNs: f.captureTimeNs, operatorPresent: f.operatorPresent };
    }
  }

  /**
   * Null when the capture time is possible for the arrival; else how it is not. With synced probes a
   * frame is ahead only when receive - capture is below the probe offset by more than its uncertainty
   * and the step tolerance (a one-way delay is never negative): heavy-tailed jitter, which does dip below
   * any minimum-delay line, never trips this (issue 16). Otherwise the frame-arrival envelope judges.
   */
  private aheadOfArrival(receiveNs: number, captureNs: number): string | null {
    if (this.clockMode === 'probes' && this.controller !== null) {
      const cs = this.clocks.get(this.controller);
      if (cs) {
        const transitNs = receiveNs - captureNs - cs.offsetNs(receiveNs);
        const tolNs = cs.uncertaintyS(receiveNs) * 1e9 + this.config.clock.stepToleranceS * 1e9;
        if (transitNs < -tolNs) return `${fmtMs(-transitNs * 1e-9)} ahead of its arrival by the probe clock (uncertainty ${fmtMs(tolNs * 1e-9)})`;
        return null;
      }
    }
    if (this.frameClock.judge(receiveNs, captureNs) === 'ahead') {
      return 'ahead of its arrival (a clock step is believed only when such frames agree and keep coming)';
    }
    return null;
  }

  /**
   * The controller's stream restarted (a seq or clock step, confirmed by frames that agree among
   * themselves, never by one frame). Everything measured on the old stream is dropped; the supervisor
   * holds on the stale link meanwhile and resumes from a re-anchored pose, so the arm never jumps.
   */
  private streamStep(kind: StepKind, t: number, f: MasterFrame, src: string | undefined, clockReseeded = false): void {
    this.playout.reset();
    this.jump.reset();
    this.guard.reset();
    this.tremor.unprime();
    this.filtered = null;
    this.lastP = NaN;
    this.link.restartLossWindow();
    this.delay.reset();
    // The frame clock was re-seeded from the agreeing frames when they were ahead; when they were
    // behind (the old stream's envelope came from a corrupt frame), it starts over.
    if (kind === 'time' && !clockReseeded) this.frameClock.reset();
    if (kind === 'seq') this.emit(t, 'SEQ_STEP', `Frames from seq ${f.seq} re-anchor the stream.`, src);
    else this.emit(t, 'CLOCK_STEP', `Detected from frame capture times (from seq ${f.seq}); the stream re-anchors.`, src);
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
    this.guard.reset();
    this.tremor.unprime();
    this.lookAheadAvailS = NaN;
    this.wasStale = false;
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
    const playoutDelayS = Number.isFinite(p) && Number.isFinite(offsetNow) ? (p - offsetNow) * 1e-9 : NaN;
    const filterDelayS = this.filterDelayS();
    const tickDelayS = Number.isFinite(this.tickS) ? this.tickS / 2 : 0;
    return {
      rttS: sync ? sync.rttS : NaN,
      oneWayDelayS: oneWayS,
      jitterS: l.jitterS,
      lossRatio: loss,
      playoutDelayS,
      framesReceived: l.framesReceived,
      framesLate: l.framesLate,
      framesDropped: l.framesDropped,
      framesRefused: l.framesRefused,
      framesRefusedJump: l.framesRefusedJump,
      framesLost: l.framesLost,
      frameRateHz: l.frameRateHz(t),
      clockOffsetS: offsetNow * 1e-9,
      clockUncertaintyS: mode === 'probes' && sync ? sync.uncertaintyS(t) : NaN,
      clockSynced: mode === 'probes',
      totalDelayS: playoutDelayS + filterDelayS + tickDelayS,
      filterDelayS,
      tickDelayS,
      tremorFilterCausal: this.tremor.enabled && !this.lookAhead,
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

/** What one tick has found so far, handed from each phase of step to the next (and to its commands). */
interface TickContext {
  t: number;
  dtNs: number;
  dtS: number;
  arm: ArmReading;
  armProblem: string | null;
  armValid: boolean;
  armFault: boolean;
  armEnabled: boolean;
  sync: ClockSync | undefined;
  clockLost: boolean;
  mode: 'probes' | 'frames';
  offsetNow: number;
  ps: PlayoutSample;
  pJumped: boolean;
  /** How far P moved this tick, ns (0 before the first tick). */
  pDeltaNs: number;
  oneWayS: number;
  loss: number;
  present: boolean;
  fresh: boolean;
  holdCause: SupervisorEvent | null;
  clutched: boolean;
}

/** p with its quaternion on ref's hemisphere (the filter's components must not flip sign). */
function qAlignPose(p: Pose, ref: Pose): Pose {
  const q = p.orientation;
  const r = ref.orientation;
  return q[0] * r[0] + q[1] * r[1] + q[2] * r[2] + q[3] * r[3] < 0 ? { position: p.position, orientation: [-q[0], -q[1], -q[2], -q[3]] } : p;
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
