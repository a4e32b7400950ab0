// How a console's clock related to the agent's during a recording, so that a frame's capture time
// (console clock) can be put on the agent clock and sent again over another link. Estimated from the
// recorded clock probes when there are some (NTP rule: the lowest-RTT samples bound the offset best;
// a straight line through them takes out drift), else from the frames themselves.
import type { ClockSample } from '@farhand/latency-core';

export interface ClockRelation {
  /** agent - console, ns, at console time tRefNs. */
  offsetNs: number;
  /** d(offset)/d(console time): drift, dimensionless (1e-6 = 1 ppm). */
  drift: number;
  tRefNs: number;
  method: 'probes' | 'frames';
  /** Probe samples used for the fit (0 for 'frames'). */
  samplesUsed: number;
  /** Median one-way delay of the recorded frames on this relation, ns. */
  recordedDelayNs: number;
}

/** Agent time of a console time. */
export function toAgentNs(r: ClockRelation, consoleNs: number): number {
  return consoleNs + r.offsetNs + r.drift * (consoleNs - r.tRefNs);
}

/** Console time of an agent time (inverse of toAgentNs). */
export function toConsoleNs(r: ClockRelation, agentNs: number): number {
  return (agentNs - r.offsetNs + r.drift * r.tRefNs) / (1 + r.drift);
}

/** Offset (agent - console), RTT and the console time of one sample. */
export function sampleOffset(s: ClockSample): { offsetNs: number; rttNs: number; consoleNs: number } {
  if (s.agentOriginated) {
    // t0, t3 agent; t1, t2 console.
    return { offsetNs: (s.t0Ns - s.t1Ns + (s.t3Ns - s.t2Ns)) / 2, rttNs: s.t3Ns - s.t0Ns - (s.t2Ns - s.t1Ns), consoleNs: (s.t1Ns + s.t2Ns) / 2 };
  }
  // t0, t3 console; t1, t2 agent.
  return { offsetNs: (s.t1Ns - s.t0Ns + (s.t2Ns - s.t3Ns)) / 2, rttNs: s.t3Ns - s.t0Ns - (s.t2Ns - s.t1Ns), consoleNs: (s.t0Ns + s.t3Ns) / 2 };
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * @param samples this console's recorded clock samples
 * @param frames this console's frames: capture (console clock) and receive (agent clock) times, ns
 */
export function estimateClockRelation(samples: readonly ClockSample[], frames: ReadonlyArray<{ captureNs: number; receiveNs: number }>): ClockRelation {
  const pts = samples.map(sampleOffset).filter((p) => Number.isFinite(p.offsetNs) && p.rttNs >= 0);
  let rel: Omit<ClockRelation, 'recordedDelayNs'>;
  if (pts.length > 0) {
    const minRtt = Math.min(...pts.map((p) => p.rttNs));
    // Samples near the best RTT: their offset error is bounded by rtt/2, so keep the tight ones only.
    const good = pts.filter((p) => p.rttNs <= minRtt * 1.5 + 1e6);
    const tRef = good[0]?.consoleNs ?? 0;
    const span = (good[good.length - 1]?.consoleNs ?? tRef) - tRef;
    if (good.length >= 4 && span > 10e9) {
      // Least squares offset = a + b (t - tRef).
      let sx = 0;
      let sy = 0;
      for (const p of good) {
        sx += p.consoleNs - tRef;
        sy += p.offsetNs;
      }
      const mx = sx / good.length;
      const my = sy / good.length;
      let sxx = 0;
      let sxy = 0;
      for (const p of good) {
        const dx = p.consoleNs - tRef - mx;
        sxx += dx * dx;
        sxy += dx * (p.offsetNs - my);
      }
      const b = sxx > 0 ? sxy / sxx : 0;
      rel = { offsetNs: my - b * mx, drift: b, tRefNs: tRef, method: 'probes', samplesUsed: good.length };
    } else {
      rel = { offsetNs: median(good.map((p) => p.offsetNs)), drift: 0, tRefNs: tRef, method: 'probes', samplesUsed: good.length };
    }
  } else {
    // No probes: the fastest frame is taken as instantaneous. The offset is then high by the recorded
    // link's minimum one-way delay, and re-impaired delays are relative to that minimum.
    let min = Infinity;
    for (const f of frames) min = Math.min(min, f.receiveNs - f.captureNs);
    rel = { offsetNs: Number.isFinite(min) ? min : 0, drift: 0, tRefNs: 0, method: 'frames', samplesUsed: 0 };
  }
  const full: ClockRelation = { ...rel, recordedDelayNs: 0 };
  const delays = frames.map((f) => f.receiveNs - toAgentNs(full, f.captureNs));
  full.recordedDelayNs = delays.length > 0 ? Math.max(0, median(delays)) : 0;
  return full;
}
