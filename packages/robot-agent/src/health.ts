// What /healthz says, and the loop stalls the agent announces. The rule (README "HTTP endpoints"):
//   starting  (503) until the first loop snapshot;
//   stopping  (503) once shutdown began;
//   degraded  (503) while any of these holds, each named in `degraded` with a code and a sentence:
//     LOOP_OVERRUNS  more than `maxRecentOverruns` grid slots missed in the last `overrunWindowS`
//     LOOP_STALL     a tick period of `stallS` or more in the last `stallWindowS`
//     RECORDING_FAILED  the session recording stopped (until the agent is restarted)
//     ARM_FAULT      the arm reports operating_state FAULT (or a driver fault)
//     CORE_FAULT     the supervisor latched FAULT
//   ok        (200) otherwise.
// Overruns and stalls in the loop's first `warmupS` (JIT compilation of the tick, one-off) do not degrade
// it; they are counted in /metrics all the same.
import type { Snapshot } from './loop/messages.js';

export interface HealthRule {
  overrunWindowS: number;
  maxRecentOverruns: number;
  stallS: number;
  stallWindowS: number;
  warmupS: number;
}

export const DEFAULT_HEALTH_RULE: HealthRule = { overrunWindowS: 10, maxRecentOverruns: 10, stallS: 0.02, stallWindowS: 60, warmupS: 5 };

export type HealthStatus = 'ok' | 'degraded' | 'starting' | 'stopping';

export interface HealthReason {
  code: 'LOOP_OVERRUNS' | 'LOOP_STALL' | 'RECORDING_FAILED' | 'ARM_FAULT' | 'CORE_FAULT';
  message: string;
}

export interface HealthVerdict {
  status: HealthStatus;
  httpStatus: number;
  degraded: HealthReason[];
}

/** A tick period of rule.stallS or more, as seen in one snapshot's samples. */
export interface LoopStall {
  /** Agent time of the snapshot that carried it, ns. */
  timeNs: number;
  /** The longest period among the snapshot's stalled ones, s. */
  periodS: number;
  /** How many periods of the snapshot were stalls. */
  count: number;
}

export class HealthWatch {
  readonly rule: HealthRule;
  /** (agent time ns, cumulative overruns) per snapshot, oldest first, pruned to the window. */
  #overrunMarks: Array<[number, number]> = [];
  #stalls: LoopStall[] = [];
  #loopStartNs = NaN;
  #last: Snapshot | null = null;

  constructor(rule: Partial<HealthRule> = {}) {
    this.rule = { ...DEFAULT_HEALTH_RULE, ...rule };
  }

  /** Takes a loop snapshot; returns the stall it carried (if any), for the caller to announce. */
  onSnapshot(s: Snapshot): LoopStall | null {
    this.#last = s;
    if (Number.isNaN(this.#loopStartNs)) this.#loopStartNs = s.timeNs - s.loop.elapsedNs;
    const warm = s.timeNs - this.#loopStartNs >= this.rule.warmupS * 1e9;
    this.#overrunMarks.push([s.timeNs, warm ? s.loop.overruns : NaN]);
    const keepFrom = s.timeNs - this.rule.overrunWindowS * 1e9;
    // Keep one mark at or before the window start: the baseline the window's overruns are counted from.
    while (this.#overrunMarks.length > 1 && this.#overrunMarks[1]![0] <= keepFrom) this.#overrunMarks.shift();
    const stallNs = this.rule.stallS * 1e9;
    let longest = 0;
    let count = 0;
    for (const p of s.samples.periodNs) {
      if (p >= stallNs) {
        count++;
        if (p > longest) longest = p;
      }
    }
    const dropFrom = s.timeNs - this.rule.stallWindowS * 1e9;
    while (this.#stalls.length > 0 && this.#stalls[0]!.timeNs < dropFrom) this.#stalls.shift();
    if (count === 0) return null;
    const stall: LoopStall = { timeNs: s.timeNs, periodS: longest / 1e9, count };
    if (warm) this.#stalls.push(stall);
    return stall;
  }

  /** Overruns in the last window (warm-up excluded). */
  recentOverruns(): number {
    const marks = this.#overrunMarks.filter((m) => !Number.isNaN(m[1]));
    if (marks.length < 2) return 0;
    return marks[marks.length - 1]![1] - marks[0]![1];
  }

  evaluate(nowNs: number, o: { stopping: boolean; recordingFailure: string | null }): HealthVerdict {
    if (o.stopping) return { status: 'stopping', httpStatus: 503, degraded: [] };
    const s = this.#last;
    if (s === null) return { status: 'starting', httpStatus: 503, degraded: [] };
    const r = this.rule;
    const degraded: HealthReason[] = [];
    const overruns = this.recentOverruns();
    if (overruns > r.maxRecentOverruns) {
      degraded.push({ code: 'LOOP_OVERRUNS', message: `${overruns} control ticks missed in the last ${r.overrunWindowS} s (more than ${r.maxRecentOverruns})` });
    }
    const stalls = this.#stalls.filter((x) => x.timeNs >= nowNs - r.stallWindowS * 1e9);
    if (stalls.length > 0) {
      const longest = Math.max(...stalls.map((x) => x.periodS));
      const n = stalls.reduce((a, x) => a + x.count, 0);
      degraded.push({ code: 'LOOP_STALL', message: `the control loop stalled ${n} time(s) in the last ${r.stallWindowS} s, longest ${fmtMs(longest)} (a stall is a tick period of ${fmtMs(r.stallS)} or more)` });
    }
    if (o.recordingFailure !== null) degraded.push({ code: 'RECORDING_FAILED', message: `the session recording stopped: ${o.recordingFailure}` });
    if (s.operating_state === 'FAULT' || s.armFault !== undefined) {
      degraded.push({ code: 'ARM_FAULT', message: `the arm reports a fault${s.armFault !== undefined ? `: ${s.armFault}` : ''} (operating state ${s.operating_state})` });
    }
    if (s.state === 'FAULT') degraded.push({ code: 'CORE_FAULT', message: `the supervisor latched FAULT (${s.reason})` });
    // Several arms: the top-level fields are arm 0's; any other arm's fault degrades the agent too.
    for (const a of s.arms?.slice(1) ?? []) {
      if (a.operating_state === 'FAULT') degraded.push({ code: 'ARM_FAULT', message: `${a.name} reports a fault (operating state ${a.operating_state})` });
      if (a.state === 'FAULT') degraded.push({ code: 'CORE_FAULT', message: `${a.name}: the supervisor latched FAULT (${a.reason})` });
    }
    return degraded.length > 0 ? { status: 'degraded', httpStatus: 503, degraded } : { status: 'ok', httpStatus: 200, degraded };
  }
}

/** Announces stalls at most once per `everyS`, summing the ones in between. */
export class StallAnnouncer {
  #lastNs = -Infinity;
  #pending: { count: number; longestS: number } | null = null;
  constructor(private readonly everyS = 1) {}

  /** Returns the sentence to announce now, or null (held back, summed into the next one). */
  onStall(stall: LoopStall): string | null {
    const p = this.#pending ?? { count: 0, longestS: 0 };
    p.count += stall.count;
    p.longestS = Math.max(p.longestS, stall.periodS);
    this.#pending = p;
    if (stall.timeNs - this.#lastNs < this.everyS * 1e9) return null;
    this.#lastNs = stall.timeNs;
    this.#pending = null;
    return stallSentence(p.count, p.longestS);
  }
}

export function stallSentence(count: number, longestS: number): string {
  return (
    `The control loop was held up ${fmtMs(longestS)}${count > 1 ? ` (${count} stalls since the last notice, longest shown)` : ''}: ` +
    'no setpoint was sent meanwhile, so the arm stayed at its last one; the core resumed with at most one limited step (maxDtS). ' +
    'Usually other programs on this machine (a browser) competing with the agent; see /healthz.'
  );
}

function fmtMs(s: number): string {
  return `${(s * 1000).toFixed(s < 0.1 ? 1 : 0)} ms`;
}
