// The controller's frame stream as a whole: which frames are believable continuations of it, and when
// a run of refused frames means the stream itself restarted (issue 13).
//
// Reference = the newest frame accepted (highest capture time) with its seq. A genuine sender numbers
// its frames consecutively at a bounded rate, so a frame whose seq is far beyond what its capture time
// allows (seq 2^53-1 one frame after seq 1000) is refused as implausible: played, it would make every
// later genuine frame "stale" by seq and stop teleoperation until control changed hands.
//
// Recovery without trusting one corrupt value. If a corrupt frame got in anyway (it was the first frame
// of the link, before any reference existed), every later genuine frame is refused: by seq (capture
// newer, seq not) or by time (seq newer, capture not). Such frames are step candidates; when they agree
// among themselves (seq and capture both increasing) and keep coming for stepConfirmS with no frame
// accepted in between, the stream is re-anchored on them (SEQ_STEP or CLOCK_STEP). Replays and
// duplicates (seq AND capture behind) never count, and any accepted frame ends the run, so frames a
// hostile client interleaves with genuine ones can never trigger a re-anchor.
import type { MasterFrame } from './types.js';

/** Faster than any real sender (the agent caps frame rates far lower): seqs per second of capture. */
const MAX_SEQ_RATE_HZ = 10_000;
/** Seqs a frame may run ahead of its capture time (a sender's counter and clock are read apart). */
const SEQ_SLACK = 64;
const STEP_MIN_FRAMES = 5;

export type StepKind = 'seq' | 'time';

export class StreamGuard {
  private refSeq = NaN;
  private refCaptureNs = NaN;
  private runKind: StepKind | null = null;
  private runStartNs = NaN;
  private runCount = 0;
  private runSeq = NaN;
  private runCaptureNs = NaN;

  constructor(private readonly stepConfirmS: number) {}

  reset(): void {
    this.refSeq = NaN;
    this.refCaptureNs = NaN;
    this.clearRun();
  }

  /** Null when f is a believable continuation of the stream; otherwise what is wrong (pure). */
  implausible(f: MasterFrame): string | null {
    if (Number.isNaN(this.refSeq)) return null;
    const dtS = (f.captureTimeNs - this.refCaptureNs) * 1e-9;
    const maxAhead = SEQ_SLACK + (dtS > 0 ? dtS * MAX_SEQ_RATE_HZ : 0);
    if (f.seq - this.refSeq > maxAhead) {
      return `seq ${f.seq} is ${f.seq - this.refSeq} past seq ${this.refSeq} after ${(dtS * 1000).toFixed(1)} ms of capture time; at most ${Math.floor(maxAhead)} is believable`;
    }
    return null;
  }

  /** A frame the playout accepted: the new reference if newest; it ends any run of step candidates. */
  accepted(f: MasterFrame): void {
    if (Number.isNaN(this.refCaptureNs) || f.captureTimeNs > this.refCaptureNs) {
      this.refCaptureNs = f.captureTimeNs;
      this.refSeq = f.seq;
    }
    this.clearRun();
  }

  /**
   * A frame the playout refused as stale or duplicate. Returns the kind of step it confirms, or null.
   * Only frames newer than the reference on exactly one axis are candidates.
   */
  refused(f: MasterFrame, receiveNs: number): StepKind | null {
    if (Number.isNaN(this.refSeq)) return null;
    const seqNewer = f.seq > this.refSeq;
    const timeNewer = f.captureTimeNs > this.refCaptureNs;
    if (seqNewer === timeNewer) return null; // a replay or duplicate (both behind): never a step
    const kind: StepKind = timeNewer ? 'seq' : 'time';
    const continues = this.runKind === kind && f.seq > this.runSeq && f.captureTimeNs > this.runCaptureNs;
    if (!continues) {
      this.clearRun();
      this.runKind = kind;
      this.runStartNs = receiveNs;
    }
    this.runCount++;
    this.runSeq = f.seq;
    this.runCaptureNs = f.captureTimeNs;
    if (this.runCount >= STEP_MIN_FRAMES && receiveNs - this.runStartNs >= this.stepConfirmS * 1e9) {
      this.reset();
      return kind;
    }
    return null;
  }

  private clearRun(): void {
    this.runKind = null;
    this.runStartNs = NaN;
    this.runCount = 0;
    this.runSeq = NaN;
    this.runCaptureNs = NaN;
  }
}
