// The agent clock: nanoseconds since agent start, from CLOCK_MONOTONIC (process.hrtime.bigint()), held
// in a JS number. Every thread of the agent builds one from the same origin, so a receive time stamped
// in the main thread and a tick time in the loop worker are on one clock. Integer ns stay exact in a
// double for 104 days of uptime.

export interface AgentClock {
  /** process.hrtime.bigint() at agent start: the zero of the agent clock. */
  readonly originHrNs: bigint;
  /** Agent time now, ns. */
  nowNs(): number;
}

export function createClock(originHrNs: bigint = process.hrtime.bigint()): AgentClock {
  return {
    originHrNs,
    nowNs: () => Number(process.hrtime.bigint() - originHrNs),
  };
}
