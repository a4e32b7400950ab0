// The console's predictive display state: clock sync with the agent (from the console's own probes)
// and a predictor over the commanded tool pose, both latency-core's, fed by telemetry.
//
// Two situations, one ghost:
//  - The tool follows this console's hand: the motion still to come is known exactly (it is the hand
//    motion sent since the master pose the telemetry says was played), so the ghost is predictGhost:
//    where the tool will be once the in-flight frames land, about one playout delay from now.
//  - The tool moves for another reason (HOME, another console in control): nothing of ours is in
//    flight, but the telemetry is one downlink delay old. The ghost is the commanded pose carried forward
//    to the agent's "now" (clock sync) by the predictor (bounded horizon, decaying velocity), so the
//    team sees where the tool already is, not where it was.
import { ClockSync, PosePredictor, type ClockSample, type Pose, type Quat, type Vec3 } from '@farhand/latency-core';
import { predictGhost, type Ghost } from './ghost.js';

export interface DisplayTelemetry {
  agentTimeNs: number;
  state: string;
  setpoint: Pose | null;
  master: Pose | null;
  motionScale: number;
}

export interface DisplayGhost extends Ghost {
  kind: 'in-flight' | 'catch-up';
  /** When it will be reached (in-flight) or how old the telemetry was (catch-up), s. */
  aheadS: number;
}

/** Below this the ghost sits inside the arm and only adds clutter. */
const MIN_VISIBLE_M = 0.0003;

export class PredictiveDisplay {
  readonly clock = new ClockSync();
  private readonly setpoints: PosePredictor;
  private latest: DisplayTelemetry | null = null;

  constructor(private readonly horizonS = 0.1) {
    this.setpoints = new PosePredictor({ horizonS, velocityBaseS: 0.02, maxSpeedMps: 1, maxAngularSpeedRadps: 20 });
  }

  reset(): void {
    this.clock.reset();
    this.setpoints.reset();
    this.latest = null;
  }

  addClockSample(s: ClockSample): void {
    this.clock.addSample(s);
  }

  addTelemetry(t: DisplayTelemetry): void {
    if (this.latest && t.agentTimeNs < this.latest.agentTimeNs) return; // reordered: keep the newest
    this.latest = t;
    if (t.setpoint) this.setpoints.push(t.agentTimeNs, t.setpoint);
  }

  /** Age of the newest telemetry on the agent clock at console time nowNs, s (NaN until clocks sync). */
  telemetryAgeS(nowNs: number): number {
    if (!this.latest || !this.clock.synced(this.clock.toAgentNs(nowNs))) return NaN;
    return (this.clock.toAgentNs(nowNs) - this.latest.agentTimeNs) * 1e-9;
  }

  ghost(
    nowNs: number,
    hand: { position: Vec3; orientation: Quat },
    clutch: boolean,
    playoutDelayS: number,
    workspace: { min: Vec3; max: Vec3 } | null,
  ): DisplayGhost | null {
    const t = this.latest;
    if (!t || !t.setpoint) return null;
    const inFlight = predictGhost({ state: t.state, setpoint: t.setpoint, masterPlayed: t.master, motionScale: t.motionScale, hand, clutch, workspace });
    if (inFlight) {
      // A ghost inside the arm only flickers against it: show it once there is motion to show.
      if (inFlight.pendingM < MIN_VISIBLE_M) return null;
      return { ...inFlight, kind: 'in-flight', aheadS: Number.isFinite(playoutDelayS) ? playoutDelayS : NaN };
    }
    const ageS = this.telemetryAgeS(nowNs);
    if (!Number.isFinite(ageS)) return null;
    const p = this.setpoints.predict(this.clock.toAgentNs(nowNs));
    if (!p) return null;
    const d = p.pose.position;
    const s = t.setpoint.position;
    const pendingM = Math.hypot(d[0] - s[0], d[1] - s[1], d[2] - s[2]);
    if (pendingM < MIN_VISIBLE_M) return null;
    return { pose: p.pose, pendingM, clamped: false, kind: 'catch-up', aheadS: ageS };
  }

  /** Console-measured RTT (min of recent probes), s. */
  rttS(): number {
    return this.clock.rttS;
  }
}
