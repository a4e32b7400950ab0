// The camera arm (ECM) under the surgeon's two hands, as on a da Vinci: while the camera pedal is held
// (and both instruments hold), the hands move the endoscope about its remote centre of motion (RCM).
//
// The camera pose is kept as (insertion s, rotation R) in the ECM base (RCM) frame, with the tip at
// p = s * R * u, where u is the shaft direction in the camera frame, measured once from the first
// reading (the straight scope looks along its shaft, +z; a 30 deg scope does not). Any (s, R) is then a
// pose the ECM can reach (a scope through the RCM, rolled about its shaft), up to its joint limits.
//
// From the anchor (the played hand poses and the camera setpoint when camera mode starts), each tick:
//   - translate: the hands' MEAN displacement d, in the camera frame (eye -> camera), lateral part
//     moves the tip by translationScale * d: a rotation of the scope about the RCM by |d_lat| / s;
//     "the scope follows the hands": hands right, the camera turns right (the scene moves left);
//   - zoom: the mean displacement along the view direction changes the insertion by zoomScale * d_z
//     (push the hands away from you: the scope goes in);
//   - roll: the rotation of the line between the two hands about the view direction rolls the camera
//     by rollGain times that angle (one hand: no roll).
// Bounds: the scope axis stays within coneHalfAngleRad of where it pointed at construction, the
// insertion within [insertionMinM, insertionMaxM] (the dVRK ECM's 40 mm rule to below its 0.255 m
// joint limit), one camera move rolls at most maxRollRad; a second-order limiter (latency-core's
// MotionLimiter on the pseudo-pose {position [0, 0, s], orientation R}) keeps the insertion speed and
// acceleration and the angular speed and acceleration (pivot and roll together) within the ECM's limits
// (30 deg/s and 60 mm/s, mtsIntuitiveResearchKitECM); the driver's IK clamps anything left to the joint
// limits. Outside camera mode the setpoint brakes to a hold within the same limits.
//
// PURE: no clocks, no I/O; transcendental math from dmath (via quat.ts).
import type { ArmReading, Pose, Quat, Vec3 } from '../types.js';
import type { WorkspaceConfig } from '../config.js';
import { MotionLimiter } from '../limiters.js';
import { qConj, qFromRotVec, qMul, qNormalize, qRotate } from '../math/quat.js';
import { vCross, vDot, vNorm, vScale, vSub } from '../math/vec3.js';
import { datan2 } from '../math/dmath.js';

export interface CameraControlConfig {
  /** Tip displacement across the view / mean hand displacement. */
  translationScale: number;
  /** Insertion change / mean hand displacement along the view. */
  zoomScale: number;
  /** Camera roll / rotation of the line between the hands. */
  rollGain: number;
  coneHalfAngleRad: number;
  insertionMinM: number;
  insertionMaxM: number;
  maxRollRad: number;
  maxAngularSpeedRadps: number;
  maxAngularAccelRadps2: number;
  maxInsertionSpeedMps: number;
  maxInsertionAccelMps2: number;
}

export const DEFAULT_CAMERA_CONTROL: Readonly<CameraControlConfig> = {
  translationScale: 0.5,
  zoomScale: 0.5,
  rollGain: 1,
  coneHalfAngleRad: 0.6,
  insertionMinM: 0.04,
  insertionMaxM: 0.25,
  maxRollRad: 1.2,
  maxAngularSpeedRadps: 0.5236,
  maxAngularAccelRadps2: 5,
  maxInsertionSpeedMps: 0.06,
  maxInsertionAccelMps2: 0.5,
};

/** The line between the hands must be this long for its direction to mean anything, m. */
const MIN_HAND_SEPARATION_M = 0.01;

export interface CameraStepInput {
  dtS: number;
  /** Camera mode in force this tick (pedal held on the played frame, every instrument holding for it). */
  active: boolean;
  /** The played hand poses (console eye frame), in arm order: one or two. */
  hands: readonly Pose[];
  /** Console eye -> camera rotation. */
  eyeToCamera: Quat;
  /** The ECM is enabled and servoed (not disabled, busy or faulted). */
  driven: boolean;
  arm: ArmReading;
}

interface CameraAnchor {
  s: number;
  q: Quat;
  mean: Vec3;
  /** Line from the first to the second hand, camera frame, projected across the view; null: no roll. */
  line: Vec3 | null;
}

export class CameraController {
  readonly config: CameraControlConfig;
  /** Shaft direction (RCM -> tip) in the camera frame. */
  private readonly u: Vec3;
  /** Shaft direction in the ECM base frame at construction: the centre of the cone. */
  private readonly axisRef: Vec3;
  private readonly limiter: MotionLimiter;
  private anchor: CameraAnchor | null = null;

  constructor(config: CameraControlConfig, first: ArmReading) {
    this.config = config;
    const p = first.measured_cp.position;
    const q = qNormalize(first.measured_cp.orientation);
    const s = vNorm(p);
    if (!(s > 1e-6)) throw new Error('CameraController: the ECM tip is at its remote centre (insertion 0); it needs a reading with the endoscope inserted');
    this.u = qRotate(qConj(q), vScale(p, 1 / s));
    this.axisRef = vScale(p, 1 / s);
    const ws: WorkspaceConfig = { shape: 'box', minM: [-1e-9, -1e-9, config.insertionMinM], maxM: [1e-9, 1e-9, config.insertionMaxM] };
    this.limiter = new MotionLimiter(
      {
        maxLinearSpeedMps: config.maxInsertionSpeedMps,
        maxLinearAccelMps2: config.maxInsertionAccelMps2,
        maxAngularSpeedRadps: config.maxAngularSpeedRadps,
        maxAngularAccelRadps2: config.maxAngularAccelRadps2,
      },
      ws,
      { position: [0, 0, clamp(s, config.insertionMinM, config.insertionMaxM)], orientation: q },
    );
  }

  /** True while a camera move is anchored (camera mode). */
  get moving(): boolean {
    return this.anchor !== null;
  }

  get atRest(): boolean {
    return this.limiter.atRest;
  }

  /** Angular and insertion speed of the setpoint, rad/s and m/s. */
  get speeds(): { angularRadps: number; insertionMps: number } {
    return { angularRadps: vNorm(this.limiter.angularVelocity), insertionMps: Math.abs(this.limiter.linearVelocity[2]) };
  }

  /** The camera setpoint: pose in the ECM base frame. */
  setpoint(): Pose {
    const x = this.limiter.pose();
    const s = x.position[2];
    return { position: vScale(qRotate(x.orientation, this.u), s), orientation: x.orientation };
  }

  /** Insertion (tip distance from the RCM) of the setpoint, m. */
  get insertionM(): number {
    return this.limiter.pose().position[2];
  }

  /** Angle between the setpoint's shaft and the cone's centre, rad. */
  get coneAngleRad(): number {
    return angle(qRotate(this.limiter.pose().orientation, this.u), this.axisRef);
  }

  /** One tick. Returns the camera setpoint to write (servo_cp in the ECM base frame). */
  step(x: CameraStepInput): Pose {
    if (!x.driven) {
      // Nobody servos the ECM: the setpoint follows it, so that enabling it again cannot jump.
      const p = x.arm.measured_cp.position;
      this.limiter.resetTo({ position: [0, 0, clamp(vNorm(p), this.config.insertionMinM, this.config.insertionMaxM)], orientation: x.arm.measured_cp.orientation });
      this.anchor = null;
      return this.setpoint();
    }
    if (!x.active || x.hands.length === 0) {
      this.anchor = null;
      this.limiter.brake(x.dtS);
      return this.setpoint();
    }
    const cam = x.hands.map((h) => qRotate(x.eyeToCamera, h.position));
    if (this.anchor === null) {
      const sp = this.limiter.pose();
      this.anchor = { s: sp.position[2], q: sp.orientation, mean: mean(cam), line: this.line(cam) };
      this.limiter.forgetTarget();
    }
    this.limiter.track(this.target(this.anchor, cam), x.dtS);
    return this.setpoint();
  }

  /** Target pseudo-pose {[0, 0, s], R} for the hands now (camera frame positions). */
  private target(a: CameraAnchor, cam: readonly Vec3[]): Pose {
    const c = this.config;
    const u = this.u;
    const d = vSub(mean(cam), a.mean);
    const along = vDot(d, u);
    const lateral = vScale(vSub(d, vScale(u, along)), c.translationScale);
    // Pivot about the RCM: the tip (at s along u) moves by `lateral`, camera frame -> base frame.
    let pivot = vScale(qRotate(a.q, vCross(u, lateral)), 1 / a.s);
    // Roll about the view direction, from the line between the hands.
    let roll = 0;
    const line = this.line(cam);
    if (a.line && line) {
      roll = datan2(vDot(vCross(a.line, line), u), vDot(a.line, line)) * c.rollGain;
      roll = clamp(roll, -c.maxRollRad, c.maxRollRad);
    }
    pivot = this.insideCone(a.q, pivot);
    const q = qNormalize(qMul(qMul(qFromRotVec(pivot), a.q), qFromRotVec(vScale(u, roll))));
    const s = clamp(a.s + c.zoomScale * along, c.insertionMinM, c.insertionMaxM);
    return { position: [0, 0, s], orientation: q };
  }

  /** The pivot scaled down so that the shaft stays inside the cone (it may always move back in). */
  private insideCone(q0: Quat, pivot: Vec3): Vec3 {
    const cone = this.config.coneHalfAngleRad;
    const a0 = qRotate(q0, this.u);
    const axisAt = (f: number): Vec3 => qRotate(qFromRotVec(vScale(pivot, f)), a0);
    const full = angle(axisAt(1), this.axisRef);
    if (full <= cone) return pivot;
    const start = angle(a0, this.axisRef);
    if (start > cone) return full < start ? pivot : [0, 0, 0];
    // Bisection on the fraction of the pivot (deterministic: a fixed number of steps).
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (angle(axisAt(mid), this.axisRef) <= cone) lo = mid;
      else hi = mid;
    }
    return vScale(pivot, lo);
  }

  private line(cam: readonly Vec3[]): Vec3 | null {
    if (cam.length < 2) return null;
    const l = vSub(cam[1]!, cam[0]!);
    const across = vSub(l, vScale(this.u, vDot(l, this.u)));
    return vNorm(across) >= MIN_HAND_SEPARATION_M ? across : null;
  }
}

function mean(ps: readonly Vec3[]): Vec3 {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of ps) {
    x += p[0];
    y += p[1];
    z += p[2];
  }
  const n = ps.length;
  return [x / n, y / n, z / n];
}

function angle(a: Vec3, b: Vec3): number {
  return datan2(vNorm(vCross(a, b)), vDot(a, b));
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
