// Statistics the forwarder reports, per direction (forwarder/forwarder.py, Direction.stats()).

export interface DelayStats {
  /** Packets delivered (duplicates included). */
  count: number;
  /** Delay the forwarder applied, from reading a packet off one device to writing it to the other, ms. */
  meanMs: number | null;
  sdMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  /** Percentiles from a 0.1 ms histogram (bin centres). */
  p50Ms: number | null;
  p90Ms: number | null;
  p99Ms: number | null;
}

export interface DirectionStats {
  packetsIn: number;
  bytesIn: number;
  packetsOut: number;
  bytesOut: number;
  /** Dropped by the loss model plus dropped by the rate limiter's full queue. */
  dropped: number;
  droppedLoss: number;
  droppedQueue: number;
  /** Writes the kernel refused (device gone, queue full). */
  writeErrors: number;
  duplicated: number;
  /** Packets picked to be held back (reorderRatio). */
  reorderPicked: number;
  /** Packets written after a packet that arrived later than they did (whatever the cause). */
  reordered: number;
  /** droppedLoss / packetsIn. */
  lossRatio: number;
  lossBursts: number;
  /** Mean run of consecutive packets dropped by the loss model; null before the first loss. */
  meanBurstLength: number | null;
  /** Mean time in the rate limiter (waiting + serialisation), ms; 0 when the rate is unlimited. */
  meanQueueMs: number;
  delay: DelayStats;
}

export interface LabStats {
  seed: number;
  /** How the forwarder is scheduled: "SCHED_FIFO 1", "nice -10" or "normal" (it asks for the first). */
  priority: string;
  uptimeS: number;
  /** Packets waiting in the forwarder's schedule. */
  queued: number;
  consoleToAgent: DirectionStats;
  agentToConsole: DirectionStats;
}

interface RawStats {
  seed: number;
  priority: string;
  uptimeS: number;
  queued: number;
  up: DirectionStats;
  down: DirectionStats;
}

export function fromForwarder(raw: RawStats): LabStats {
  return { seed: raw.seed, priority: raw.priority, uptimeS: raw.uptimeS, queued: raw.queued, consoleToAgent: raw.up, agentToConsole: raw.down };
}
