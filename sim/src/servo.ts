// Joint servo dynamics: each channel (6 joints + jaw) follows its setpoint as a second-order system
// with velocity and acceleration limits, integrated on a fixed physics grid. Pure arithmetic (no
// transcendental functions), so a joint trajectory is bit-identical in every JavaScript engine.
//
// Model, per channel, with r the setpoint and v_r its velocity (feed-forward, off by default):
//   a = omega^2 (r - q) + 2 zeta omega (ff * v_r - v),  |a| <= aMax
//   v += a h,  |v| <= vMax;   q += v h;   q held inside the joint limits (hard stops)
// Without feed-forward (the dVRK's servo_jp carries no velocity, nor did the recorded setpoints),
// a constant-velocity setpoint is followed with a lag of 2 zeta / omega seconds: that is the real
// arm's tracking lag, identified from a real PSM2 recording (see DVRK_PSM_SERVO).
//
// Unpowered (disabled, faulted or power lost), the motors give no torque: velocity decays with a
// friction time constant and, after a power loss, the arm may sag at a given velocity.

/** One channel's servo parameters. */
export interface ServoChannelParams {
  /** Natural frequency, rad/s. */
  omegaRadPerS: number;
  /** Damping ratio (1 = critically damped). */
  dampingRatio: number;
  /** Velocity limit, rad/s (insertion m/s). */
  maxVelocity: number;
  /** Acceleration limit, rad/s^2 (insertion m/s^2). */
  maxAcceleration: number;
}

/** Channel order: the six joints of measured_js, then the jaw. */
export const SERVO_CHANNELS = 7;
export const JAW_CHANNEL = 6;

/**
 * Servo parameters of a real dVRK Classic PSM (+ LND 400006), fitted by sim/scripts/fit-servo.mjs
 * to the PSM2 recording in sim/test/fixtures/traj01_PSM2_js_positions.csv: omega and zeta minimise
 * the RMS between simulated and measured joints when the recorded setpoints drive this model (the
 * fit and the test drive it identically: 1 kHz servo_jp, setpoints linearly interpolated between
 * samples). zeta is capped at 2: the insertion and wrist data are explained as well by an overdamped
 * pair as by a first-order lag (zeta 5 lowers the insertion RMS by 3%), and the cap keeps the
 * 4 kHz integration accurate. The recording never saturates velocity or acceleration, so the limits are not
 * identified by it: velocity limits are the dVRK's own PSM trajectory limits (180 deg/s for yaw and
 * pitch, 0.2 m/s insertion, 1080 deg/s for the tool joints, mtsIntuitiveResearchKitPSM.cpp);
 * acceleration limits are set at ~3x the largest acceleration the real arm showed in the recording
 * (yaw 4.8, pitch 3.9 rad/s^2, insertion 0.59 m/s^2, roll 58, wrist 24 rad/s^2), so they bind only
 * for step-like setpoints. The jaw has no recorded topic; it shares actuators 3 and 4 with the wrist
 * yaw (tool coupling matrix), so it takes the wrist-yaw parameters.
 */
export const DVRK_PSM_SERVO: readonly Readonly<ServoChannelParams>[] = [
  // fitted omega, zeta (ramp lag 2 zeta / omega) | RMS sim vs real over the recording, after 1 s
  { omegaRadPerS: 48.06, dampingRatio: 1.116, maxVelocity: Math.PI, maxAcceleration: 15 }, // yaw: 46.4 ms | 1.43e-3 rad
  { omegaRadPerS: 44.75, dampingRatio: 1.126, maxVelocity: Math.PI, maxAcceleration: 12 }, // pitch: 50.3 ms | 6.97e-4 rad
  { omegaRadPerS: 80.37, dampingRatio: 2, maxVelocity: 0.2, maxAcceleration: 2 }, // insertion: 49.8 ms | 1.29e-4 m
  { omegaRadPerS: 151.55, dampingRatio: 1.207, maxVelocity: 6 * Math.PI, maxAcceleration: 180 }, // roll: 15.9 ms | 1.09e-3 rad
  { omegaRadPerS: 98.55, dampingRatio: 2, maxVelocity: 6 * Math.PI, maxAcceleration: 75 }, // wrist pitch: 40.6 ms | 4.14e-3 rad
  { omegaRadPerS: 143.23, dampingRatio: 2, maxVelocity: 6 * Math.PI, maxAcceleration: 75 }, // wrist yaw: 27.9 ms | 2.39e-3 rad
  { omegaRadPerS: 143.23, dampingRatio: 2, maxVelocity: 6 * Math.PI, maxAcceleration: 75 }, // jaw = wrist yaw
];

/**
 * The dVRK PID's own tracking-error tolerances for the PSM (mtsIntuitiveResearchKitPSM.cpp: 20 deg
 * yaw/pitch, 20 mm insertion, 35 deg tool joints, 90 deg jaw). Past them a real dVRK faults and cuts
 * motor power; so does the simulator. The agent's core is far stricter (5 mm at the tip).
 */
export const DVRK_PSM_TRACKING_TOLERANCE: readonly number[] = [
  (20 * Math.PI) / 180, (20 * Math.PI) / 180, 0.02, (35 * Math.PI) / 180, (35 * Math.PI) / 180, (35 * Math.PI) / 180, (90 * Math.PI) / 180,
];

/** Physics grid period, ns: 4 kHz, so a 1 kHz caller sees exactly 4 steps per tick. */
export const DEFAULT_SERVO_PERIOD_NS = 250_000;

/** Unpowered joints stop with this friction time constant, s (not identified; illustrative). */
export const DEFAULT_UNPOWERED_DECAY_S = 0.03;

export interface ServoOptions {
  /** Per-channel overrides (index 0-5 joints, 6 jaw); missing fields keep DVRK_PSM_SERVO. */
  channels?: ReadonlyArray<Partial<ServoChannelParams> | undefined>;
  /** Physics step, ns (integer, 10 us .. 1 ms). Default 250,000 (4 kHz). */
  periodNs?: number;
  /** 0..1: how much of the setpoint velocity (from successive writes) feeds forward. Default 0, as the real arm was driven. */
  velocityFeedforward?: number;
  /** Per-channel (7) tracking error past which the arm faults like a dVRK PID; null disables. */
  trackingErrorTolerance?: readonly number[] | null;
  /** Friction time constant of unpowered joints, s. */
  unpoweredDecayS?: number;
}

/**
 * The physics state of all channels and one step of it. Arrays are indexed by channel. Faults act
 * through the per-channel modifiers (stuck, slowFactor) and the powered flag.
 */
export class ServoBank {
  /** Number of channels (7 for the PSM: six joints and the jaw; 4 for the ECM). */
  readonly n: number;
  readonly q: Float64Array;
  readonly v: Float64Array;
  readonly target: Float64Array;
  readonly targetVelocity: Float64Array;
  readonly stuck: Uint8Array;
  readonly slowFactor: Float64Array;
  /** Sag velocity while unpowered after a power loss, per channel. */
  readonly sagVelocity: Float64Array;

  private readonly kp: Float64Array; // omega^2
  private readonly kd: Float64Array; // 2 zeta omega
  private readonly vMax: Float64Array;
  private readonly aMax: Float64Array;
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly ff: number;
  private readonly decayS: number;

  constructor(
    params: readonly ServoChannelParams[],
    lower: readonly number[],
    upper: readonly number[],
    velocityFeedforward: number,
    unpoweredDecayS: number,
    channels: number = SERVO_CHANNELS,
  ) {
    const n = channels;
    this.n = n;
    this.q = new Float64Array(n);
    this.v = new Float64Array(n);
    this.target = new Float64Array(n);
    this.targetVelocity = new Float64Array(n);
    this.stuck = new Uint8Array(n);
    this.slowFactor = new Float64Array(n).fill(1);
    this.sagVelocity = new Float64Array(n);
    this.kp = new Float64Array(n);
    this.kd = new Float64Array(n);
    this.vMax = new Float64Array(n);
    this.aMax = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = params[i]!;
      this.kp[i] = p.omegaRadPerS * p.omegaRadPerS;
      this.kd[i] = 2 * p.dampingRatio * p.omegaRadPerS;
      this.vMax[i] = p.maxVelocity;
      this.aMax[i] = p.maxAcceleration;
    }
    this.lo = Float64Array.from(lower);
    this.hi = Float64Array.from(upper);
    this.ff = velocityFeedforward;
    this.decayS = unpoweredDecayS;
  }

  /**
   * Advance q, v by h seconds. Writes into (q, v) given, so a caller can also preview a partial step
   * on copies without touching the committed state.
   */
  step(h: number, powered: boolean, q: Float64Array, v: Float64Array): void {
    // Exponential friction decay, first-order accurate, stable for any h (used only unpowered).
    const decay = powered ? 0 : this.decayS > 0 ? 1 / (1 + h / this.decayS) : 0;
    for (let i = 0; i < this.n; i++) {
      let qi = q[i]!;
      let vi = v[i]!;
      if (this.stuck[i]) {
        vi = 0;
      } else if (powered) {
        const f = this.slowFactor[i]!;
        // A slow joint: bandwidth and limits divided by the factor, so the lag grows by it. At f = 1
        // (no fault) the divisions are exact identities and are skipped: same bits, four fewer divides.
        let kp: number, kd: number, aMax: number, vMax: number;
        if (f === 1) {
          kp = this.kp[i]!;
          kd = this.kd[i]!;
          aMax = this.aMax[i]!;
          vMax = this.vMax[i]!;
        } else {
          kp = this.kp[i]! / (f * f);
          kd = this.kd[i]! / f;
          aMax = this.aMax[i]! / (f * f);
          vMax = this.vMax[i]! / f;
        }
        let a = kp * (this.target[i]! - qi) + kd * (this.ff * this.targetVelocity[i]! - vi);
        if (a > aMax) a = aMax;
        else if (a < -aMax) a = -aMax;
        vi += a * h;
        if (vi > vMax) vi = vMax;
        else if (vi < -vMax) vi = -vMax;
        qi += vi * h;
      } else {
        vi *= decay;
        qi += (vi + this.sagVelocity[i]!) * h;
      }
      // Hard stops.
      if (qi > this.hi[i]!) { qi = this.hi[i]!; if (vi > 0) vi = 0; }
      else if (qi < this.lo[i]!) { qi = this.lo[i]!; if (vi < 0) vi = 0; }
      q[i] = qi;
      v[i] = vi;
    }
  }

  /** True when nothing will move: every channel still and (if powered) on its target. */
  atRest(powered: boolean): boolean {
    for (let i = 0; i < this.n; i++) {
      if (this.v[i] !== 0) return false;
      if (powered) {
        if (!this.stuck[i] && (this.q[i] !== this.target[i] || (this.ff !== 0 && this.targetVelocity[i] !== 0))) return false;
      } else if (this.sagVelocity[i] !== 0) {
        const q = this.q[i]!;
        const s = this.sagVelocity[i]!;
        if ((s > 0 && q < this.hi[i]!) || (s < 0 && q > this.lo[i]!)) return false;
      }
    }
    return true;
  }

  /**
   * Snap channels that have converged to within floating-point dust of rest, so a still arm is exactly
   * still (and long idle gaps can be skipped) instead of creeping in the last bits forever.
   */
  settle(powered: boolean): void {
    for (let i = 0; i < this.n; i++) {
      const vi = this.v[i]!;
      if (powered && !this.stuck[i]) {
        if (Math.abs(this.target[i]! - this.q[i]!) < 1e-13 && Math.abs(vi) < 1e-11 && (this.ff === 0 || this.targetVelocity[i] === 0)) {
          this.q[i] = this.target[i]!;
          this.v[i] = 0;
        }
      } else if (Math.abs(vi) < 1e-15) {
        this.v[i] = 0;
      }
    }
  }
}
