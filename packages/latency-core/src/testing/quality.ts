// The quality figures on real recorded motion: how faithfully the core plays the surgeon's motion
// out over an impaired link, and how smooth the setpoints are compared with a naive receiver that
// applies the newest frame as it arrives. Used by the quality test and by the benchmark.
import type { CoreConfig } from '../config.js';
import { coreConfig } from '../config.js';
import type { Vec3 } from '../types.js';
import { qAngleBetween } from '../math/quat.js';
import { runScenario } from './scenario.js';
import { trajectoryAt, trajectoryHand, type Trajectory } from './motion.js';
import type { Impairment } from './link-model.js';

export interface QualityOptions {
  seed: number;
  /** Link each way; default 100 ms +- 20 ms (uniform), 2 % loss. */
  up?: Partial<Impairment>;
  down?: Partial<Impairment>;
  tremor?: boolean;
  config?: Record<string, unknown>;
  /** Trajectory seconds played (default: all). */
  durationS?: number;
}

export interface QualityFigures {
  /** RMS distance, played master pose vs the true hand pose delayed by the playout delay, mm (master side). */
  playoutRmsMasterMm: number;
  /** The same, scaled to the tool (x motion scale), mm. */
  playoutRmsToolMm: number;
  playoutMaxMasterMm: number;
  /** RMS orientation error of the played pose, deg. */
  playoutRmsDeg: number;
  /** RMS distance, tool setpoint vs the recorded tool pose delayed by the playout delay, mm. */
  setpointRmsMm: number;
  /** RMS jerk of the setpoint at the control rate, m/s^3: core and naive newest-frame receiver. */
  jerkRmsMps3: number;
  baselineJerkRmsMps3: number;
  /** Peak setpoint speed, m/s. */
  maxSpeedMps: number;
  playoutDelayMeanS: number;
  framesLate: number;
  framesReceived: number;
  followingS: number;
  holds: number;
}

export const QUALITY_LINK: Partial<Impairment> = { baseDelayS: 0.1, jitterS: 0.02, loss: 0.02, burstLen: 1 };

export function measureQuality(tr: Trajectory, o: QualityOptions): QualityFigures {
  const startS = 2; // the hand holds the first pose while the session engages
  const config: CoreConfig = coreConfig({
    ...(o.config ?? {}),
    // The configured tremor options (e.g. its bridge) are kept; `tremor` only turns it on or off.
    mapping: { ...((o.config?.mapping as object) ?? {}), tremor: { ...(((o.config?.mapping as { tremor?: object } | undefined)?.tremor) ?? {}), enabled: o.tremor ?? true } },
  });
  const scale = config.mapping.motionScale;
  const origin: Vec3 = [0.1, 0, 0.2];
  const hand = trajectoryHand(tr, scale, origin, startS);
  const trajEnd = tr.tS[tr.tS.length - 1]!;
  const durationS = startS + Math.min(o.durationS ?? trajEnd, trajEnd);
  const captureTimesS: number[] = [];
  for (let k = 0; k * 0.01 < startS; k++) captureTimesS.push(k * 0.01);
  for (const t of tr.tS) if (t + startS < durationS) captureTimesS.push(t + startS);
  const consoleStart = 1.5e9;
  const drift = 120;
  const p0 = tr.poses[0]!.position;
  const measureFrom = startS + 0.5;
  const measureTo = durationS - 0.05; // the last frames' playout point

  let sumSq = 0, sumSqRot = 0, maxErr = 0, n = 0;
  let sumSqSp = 0;
  const pos: Vec3[] = [];
  const base: Vec3[] = [];
  let newestSeq = -1;
  let newestTool: Vec3 = [p0[0], p0[1], p0[2]];
  let dSum = 0;
  let maxSpeed = 0;
  let prev: Vec3 | null = null;
  let following = 0;
  let holds = 0;
  let lastOut: { framesLate: number; framesReceived: number } = { framesLate: 0, framesReceived: 0 };
  runScenario(
    {
      seed: o.seed,
      durationS,
      config,
      hand,
      initialTool: tr.poses[0]!,
      captureTimesS,
      up: o.up ?? QUALITY_LINK,
      down: o.down ?? QUALITY_LINK,
      probeRateHz: 10,
      float32: true,
      driftPpm: drift,
      consoleStartNs: consoleStart,
      commands: [{ atS: 1.5, type: 'ENGAGE' }],
    },
    (r) => {
      const out = r.output;
      lastOut = out.link;
      for (const a of r.input.frames) {
        if (a.frame.seq > newestSeq) {
          newestSeq = a.frame.seq;
          const m = a.frame.position;
          newestTool = [p0[0] + scale * (m[0] - origin[0]), p0[1] + scale * (m[1] - origin[1]), p0[2] + scale * (m[2] - origin[2])];
        }
      }
      if (r.tS <= measureTo) for (const e of out.events) if (e.code === 'LINK_STALE' || e.code === 'LINK_LOSS_HIGH') holds++;
      const sp = out.setpoint_cp.position;
      if (prev) {
        const v = Math.sqrt((sp[0] - prev[0]) ** 2 + (sp[1] - prev[1]) ** 2 + (sp[2] - prev[2]) ** 2) * config.controlRateHz;
        if (v > maxSpeed) maxSpeed = v;
      }
      prev = [sp[0], sp[1], sp[2]];
      if (r.tS < measureFrom || r.tS > measureTo || out.state !== 'FOLLOWING' || !out.master_cp) return;
      following++;
      // The true pose delayed by the playout delay: hand at (true console now - D), in true time.
      const d = out.link.playoutDelayS;
      dSum += d;
      const tc = (r.consoleNowNs - d * 1e9 - consoleStart) / (1e9 * (1 + drift * 1e-6));
      const truth = hand(tc);
      const m = out.master_cp.position;
      const e = Math.sqrt((m[0] - truth.position[0]) ** 2 + (m[1] - truth.position[1]) ** 2 + (m[2] - truth.position[2]) ** 2);
      sumSq += e * e;
      if (e > maxErr) maxErr = e;
      const er = qAngleBetween(out.master_cp.orientation, truth.orientation);
      sumSqRot += er * er;
      const tool = trajectoryAt(tr, tc - startS).position;
      sumSqSp += (sp[0] - tool[0]) ** 2 + (sp[1] - tool[1]) ** 2 + (sp[2] - tool[2]) ** 2;
      n++;
      pos.push([sp[0], sp[1], sp[2]]);
      base.push(newestTool);
    },
  );
  const dt = 1 / config.controlRateHz;
  return {
    playoutRmsMasterMm: Math.sqrt(sumSq / n) * 1000,
    playoutRmsToolMm: Math.sqrt(sumSq / n) * 1000 * scale,
    playoutMaxMasterMm: maxErr * 1000,
    playoutRmsDeg: (Math.sqrt(sumSqRot / n) * 180) / Math.PI,
    setpointRmsMm: Math.sqrt(sumSqSp / n) * 1000,
    jerkRmsMps3: rmsJerk(pos, dt),
    baselineJerkRmsMps3: rmsJerk(base, dt),
    maxSpeedMps: maxSpeed,
    playoutDelayMeanS: dSum / n,
    framesLate: lastOut.framesLate,
    framesReceived: lastOut.framesReceived,
    followingS: following * dt,
    holds,
  };
}

/** RMS of the third difference / dt^3 (jerk) of a sampled path. */
export function rmsJerk(p: Vec3[], dt: number): number {
  let s = 0;
  let n = 0;
  for (let i = 3; i < p.length; i++) {
    for (let k = 0; k < 3; k++) {
      const j = (p[i]![k]! - 3 * p[i - 1]![k]! + 3 * p[i - 2]![k]! - p[i - 3]![k]!) / (dt * dt * dt);
      s += j * j;
    }
    n++;
  }
  return n > 0 ? Math.sqrt(s / n) : 0;
}
