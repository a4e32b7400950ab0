// Reconnect back-off: exponential with full jitter (so consoles dropped together do not return together),
// reset once a session has stayed up long enough to count as healthy. Randomness is passed in.

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** A session that lasted this long resets the back-off to its initial delay. */
  healthyAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 5000, factor: 2, healthyAfterMs: 10_000 };

export class Backoff {
  private attempt = 0;
  constructor(private readonly opts: BackoffOptions = DEFAULT_BACKOFF) {}

  /** Delay before the next attempt, ms; `random` in [0, 1). Half fixed, half jitter: never ~0. */
  next(random: number): number {
    const cap = Math.min(this.opts.maxMs, this.opts.initialMs * this.opts.factor ** this.attempt);
    this.attempt++;
    const r = Number.isFinite(random) ? Math.max(0, Math.min(1, random)) : 0.5;
    return Math.round(cap / 2 + (cap / 2) * r);
  }

  /** A connection closed after lasting `uptimeMs`. */
  closedAfter(uptimeMs: number): void {
    if (uptimeMs >= this.opts.healthyAfterMs) this.attempt = 0;
  }

  attempts(): number {
    return this.attempt;
  }
}

/** Reject codes after which retrying cannot help until a person acts (new token, new software). */
export function isPermanentReject(code: string): boolean {
  return code === 'BAD_TOKEN' || code === 'VERSION_MISMATCH' || code === 'BAD_HELLO';
}
