// Clock synchronisation between the console's and the agent's monotonic clocks.
//
// ClockSync: from NTP-style probe quadruples, in either direction. Each gives
//   offset(agent - console) and rtt = (t3 - t0) - (t2 - t1),
// and, whatever the asymmetry, bounds the true offset to [offset - rtt/2, offset + rtt/2]: the
// outbound leg bounds it from one side and the return leg from the other (delays are never negative).
// In each 1 s bucket the tightest bound of each side is kept (the intersection of the intervals: the
// minimum delay of EACH leg counts, which converges faster than the single lowest-RTT sample), and a
// weighted line through the middles of the bucket intersections over 32 s gives offset and drift.
// An asymmetric spike lengthens one leg, so it moves neither bound. Uncertainty = half the narrowest
// intersection + drift error x age: an honest bound. A sample that falls outside its own interval by
// more than the uncertainty is physically inconsistent; three in a row mean the console clock
// stepped, and the filter restarts from them.
//
// FrameClock: the fallback for clients that never answer probes. receive - capture = offset + delay
// >= offset + min delay, so the lower envelope of receive - capture (a bucket minimum filter, fitted
// to the envelope) aligns the clocks up to the unknown minimum one-way delay. Playout then adapts on
// the delay in excess of that minimum, and the one-way delay is reported as unknown (NaN).
import { BoundsLineFilter, MinLineFilter } from './clock-filter.js';
import type { ClockSample } from './types.js';

export interface ClockSyncOptions {
  bucketS: number;
  buckets: number;
  minProbes: number;
  syncTimeoutS: number;
  maxUncertaintyS: number;
  maxRttS: number;
  stepToleranceS: number;
}

export const DEFAULT_CLOCK_SYNC_OPTIONS: ClockSyncOptions = {
  bucketS: 1,
  buckets: 32,
  minProbes: 3,
  syncTimeoutS: 5,
  maxUncertaintyS: 0.5,
  maxRttS: 2,
  stepToleranceS: 0.002,
};

/** Offset (agent - console, ns), RTT (ns) and agent-clock midpoint of one quadruple; null if malformed. */
export function probeMeasurement(s: ClockSample): { offsetNs: number; rttNs: number; atAgentNs: number } | null {
  const { t0Ns, t1Ns, t2Ns, t3Ns } = s;
  if (![t0Ns, t1Ns, t2Ns, t3Ns].every((t) => typeof t === 'number' && Number.isFinite(t))) return null;
  if (t3Ns < t0Ns || t2Ns < t1Ns) return null;
  const rttNs = t3Ns - t0Ns - (t2Ns - t1Ns);
  // offset of responder minus originator
  const resp = (t1Ns - t0Ns + (t2Ns - t3Ns)) / 2;
  if (s.agentOriginated) {
    // originator = agent (t0, t3), responder = console (t1, t2)
    return { offsetNs: -resp, rttNs, atAgentNs: (t0Ns + t3Ns) / 2 };
  }
  return { offsetNs: resp, rttNs, atAgentNs: (t1Ns + t2Ns) / 2 };
}

/** Drift error assumed before the fit spans long enough to measure drift, and after. */
const DRIFT_PRIOR = 200e-6;
const DRIFT_FITTED = 50e-6;
const DRIFT_FIT_SPAN_NS = 10e9;
const RTT_RECENT = 8;

export type ClockSampleResult = 'accepted' | 'invalid' | 'inconsistent' | 'step';

export class ClockSync {
  private readonly opt: ClockSyncOptions;
  private readonly filter: BoundsLineFilter;
  private readonly recentRtt = new Float64Array(RTT_RECENT).fill(NaN);
  private recentPos = 0;
  private readonly pending: Array<{ t: number; lo: number; hi: number }> = [];
  private everSynced = false;
  /** Samples refused as malformed or with an RTT beyond maxRttS. */
  invalidSamples = 0;
  /** Clock steps detected (filter restarted). */
  steps = 0;

  constructor(options: Partial<ClockSyncOptions> = {}) {
    this.opt = { ...DEFAULT_CLOCK_SYNC_OPTIONS, ...options };
    this.filter = new BoundsLineFilter({
      bucketNs: this.opt.bucketS * 1e9,
      buckets: this.opt.buckets,
      sigmaNs: 1e6,
      minSpanNs: 4e9,
      maxSlope: 1e-3,
    });
  }

  reset(): void {
    this.filter.reset();
    this.recentRtt.fill(NaN);
    this.pending.length = 0;
  }

  /** Feeds one completed quadruple. */
  addSample(s: ClockSample): ClockSampleResult {
    const m = probeMeasurement(s);
    if (!m || m.rttNs < -1e6 || m.rttNs > this.opt.maxRttS * 1e9) {
      this.invalidSamples++;
      return 'invalid';
    }
    const rtt = Math.max(0, m.rttNs); // a hair below 0 from drift within one probe: treat as 0
    this.recentRtt[this.recentPos] = rtt;
    this.recentPos = (this.recentPos + 1) % RTT_RECENT;
    if (this.filter.samples >= this.opt.minProbes) {
      const dev = m.offsetNs - this.filter.valueAt(m.atAgentNs);
      const bound = rtt / 2 + this.uncertaintyNs(m.atAgentNs) + this.opt.stepToleranceS * 1e9;
      if (Math.abs(dev) > bound) {
        this.pending.push({ t: m.atAgentNs, lo: m.offsetNs - rtt / 2, hi: m.offsetNs + rtt / 2 });
        if (this.pending.length < 3) return 'inconsistent';
        // Three in a row outside their own bounds: the console clock stepped. Start over from them.
        this.filter.reset();
        for (const p of this.pending) this.filter.add(p.t, p.lo, p.hi);
        this.pending.length = 0;
        this.steps++;
        return 'step';
      }
    }
    this.pending.length = 0;
    this.filter.add(m.atAgentNs, m.offsetNs - rtt / 2, m.offsetNs + rtt / 2);
    return 'accepted';
  }

  /** Samples in the filter since the last reset or step. */
  get sampleCount(): number {
    return this.filter.samples;
  }

  /** Offset agent - console at agent time t, ns (NaN before the first sample). */
  offsetNs(atAgentNs: number): number {
    return this.filter.valueAt(atAgentNs);
  }

  /** Agent time of a console time, ns (solves a = c + offset(a) with the drift). */
  toAgentNs(consoleNs: number): number {
    const f = this.filter.fit();
    if (!f) return NaN;
    // a = refNs + u, u = (c + yRef - refNs) / (1 - slope)
    return f.refNs + (consoleNs + f.yRefNs - f.refNs) / (1 - f.slope);
  }

  /** Console time of an agent time, ns. */
  toConsoleNs(agentNs: number): number {
    return agentNs - this.offsetNs(agentNs);
  }

  /** Drift of the agent clock relative to the console clock, ppm. */
  get driftPpm(): number {
    const f = this.filter.fit();
    return f ? f.slope * 1e6 : 0;
  }

  /** Lowest RTT of the last 8 valid probes, s (NaN when none). */
  get rttS(): number {
    let m = Infinity;
    for (let i = 0; i < RTT_RECENT; i++) {
      const r = this.recentRtt[i]!;
      if (r < m) m = r; // NaN compares false
    }
    return m === Infinity ? NaN : m * 1e-9;
  }

  /** Bound on the offset error at agent time t, s (Infinity before the first sample). */
  uncertaintyS(atAgentNs: number): number {
    return this.uncertaintyNs(atAgentNs) * 1e-9;
  }

  /** True while there are enough recent, precise samples. */
  synced(nowNs: number): boolean {
    const ok =
      this.filter.samples >= this.opt.minProbes &&
      nowNs - this.filter.newestSampleNs <= this.opt.syncTimeoutS * 1e9 &&
      this.uncertaintyS(nowNs) <= this.opt.maxUncertaintyS;
    if (ok) this.everSynced = true;
    return ok;
  }

  /** True once synced has been true (so that losing sync can be told from never having had it). */
  get wasEverSynced(): boolean {
    return this.everSynced;
  }

  private uncertaintyNs(atAgentNs: number): number {
    const best = this.filter.bestWidthNs;
    if (best === Infinity) return Infinity;
    const drift = this.filter.fitSpanNs >= DRIFT_FIT_SPAN_NS ? DRIFT_FITTED : DRIFT_PRIOR;
    const age = Math.abs(atAgentNs - this.filter.newestSampleNs);
    return best / 2 + drift * age;
  }
}

export interface FrameClockOptions {
  bucketS: number;
  buckets: number;
  stepToleranceS: number;
  /**
   * A step is believed only when the frames below the envelope agree among themselves and keep coming
   * for this long with no frame on the old line in between (default 0.25 s): three corrupt frames in a
   * row are not a clock step (issue 13), a console whose clock really stepped is.
   */
  stepConfirmS?: number;
}

/** Candidates of a step must agree with the first of them within this, ns (jitter, not a second step). */
const STEP_AGREE_NS = 50e6;
const STEP_MIN_FRAMES = 3;
const PRESPAN_TOL_NS = 1e9;

/**
 * Clock alignment from frame arrivals alone: estimates (offset + minimum one-way delay) as the lower
 * envelope of receive - capture. Used when the client does not answer probes.
 */
export class FrameClock {
  private readonly filter: MinLineFilter;
  private readonly tolNs: number;
  private readonly bucketNs: number;
  private readonly confirmNs: number;
  /** The run of frames below the envelope: first receive time, first r, count, newest capture. */
  private runStartNs = NaN;
  private runR = NaN;
  private runCount = 0;
  private runLastCaptureNs = NaN;
  private readonly runPoints: Array<[number, number]> = [];
  steps = 0;

  constructor(opt: FrameClockOptions) {
    this.filter = new MinLineFilter({
      bucketNs: opt.bucketS * 1e9,
      buckets: opt.buckets,
      mode: 'envelope',
      sigmaNs: 2e6,
      minSpanNs: 4e9,
      maxSlope: 1e-3,
    });
    // Below the envelope by more than this (after drift) cannot be jitter: the sender's clock stepped.
    this.tolNs = Math.max(opt.stepToleranceS * 1e9, 5e6);
    this.bucketNs = opt.bucketS * 1e9;
    this.confirmNs = (opt.stepConfirmS ?? 0.25) * 1e9;
  }

  reset(): void {
    this.filter.reset();
    this.clearRun();
  }

  get sampleCount(): number {
    return this.filter.samples;
  }

  /**
   * 'ahead': the frame claims a capture time later than its arrival allows (below the envelope by more
   * than the tolerance): it must not be played, or one frame stamped far in the future would sit at the
   * head of the jitter buffer and hold every later one. Pure. Judged only once the envelope spans two
   * buckets: before that, a lower sample is just the minimum filter doing its job.
   */
  judge(receiveNs: number, captureNs: number): 'ok' | 'ahead' {
    const line = this.filter.valueAt(receiveNs);
    if (!Number.isFinite(line)) return 'ok';
    // Before the envelope spans two buckets only a gross lead counts (the first frames may have queued
    // up to PRESPAN_TOL_NS longer than the later minimum): a frame stamped seconds or hours ahead is
    // refused from the second frame on, not taken into the envelope.
    const tol = this.filter.fitSpanNs >= 2 * this.bucketNs ? this.tolNs : PRESPAN_TOL_NS;
    return receiveNs - captureNs < line - tol ? 'ahead' : 'ok';
  }

  /** An accepted frame: into the envelope; it ends any run of step candidates. */
  add(receiveNs: number, captureNs: number): void {
    this.clearRun();
    const r = receiveNs - captureNs;
    this.filter.add(receiveNs, r, r);
  }

  /**
   * A frame refused as ahead. Returns true when it confirms a clock step: the refused frames agree
   * among themselves (one new offset, captures increasing) and have kept coming for stepConfirmS with
   * no accepted frame between them. The envelope then restarts from them (never from one frame).
   */
  noteAhead(receiveNs: number, captureNs: number): boolean {
    const r = receiveNs - captureNs;
    const agrees = this.runCount > 0 && Math.abs(r - this.runR) <= STEP_AGREE_NS && captureNs > this.runLastCaptureNs;
    if (!agrees) {
      this.clearRun();
      this.runStartNs = receiveNs;
      this.runR = r;
    }
    this.runCount++;
    this.runLastCaptureNs = captureNs;
    if (this.runPoints.length < 64) this.runPoints.push([receiveNs, r]);
    if (this.runCount < STEP_MIN_FRAMES || receiveNs - this.runStartNs < this.confirmNs) return false;
    this.filter.reset();
    for (const [t, v] of this.runPoints) this.filter.add(t, v, v);
    this.clearRun();
    this.steps++;
    return true;
  }

  /** Estimated offset + minimum delay at agent time t, ns (NaN when empty). */
  offsetNs(atAgentNs: number): number {
    return this.filter.valueAt(atAgentNs);
  }

  get driftPpm(): number {
    const f = this.filter.fit();
    return f ? f.slope * 1e6 : 0;
  }

  private clearRun(): void {
    this.runStartNs = NaN;
    this.runR = NaN;
    this.runCount = 0;
    this.runLastCaptureNs = NaN;
    this.runPoints.length = 0;
  }
}
