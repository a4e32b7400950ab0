// Agent-originated clock probes to one client, and the link figures they give: RTT (min over the
// recent window, which is the least queued sample) and the clock offset measured with it. The core
// runs its own clock sync on the same samples; these figures are for /metrics and logs per client.

export interface ProbeSample {
  t0Ns: number;
  t1Ns: number;
  t2Ns: number;
  t3Ns: number;
}

const WINDOW = 32;
/** Outstanding requests kept; older ones are forgotten (their replies are then refused as unknown). */
const MAX_OUTSTANDING = 16;

export class ProbeTracker {
  #nextId = 1;
  readonly #outstanding = new Map<number, number>();
  readonly #recent: Array<{ rttNs: number; offsetNs: number }> = [];

  /** A new request: its id and t0. */
  request(nowNs: number): { id: number; t0Ns: number } {
    const id = this.#nextId++;
    this.#outstanding.set(id, nowNs);
    if (this.#outstanding.size > MAX_OUTSTANDING) {
      const oldest = this.#outstanding.keys().next().value as number;
      this.#outstanding.delete(oldest);
    }
    return { id, t0Ns: nowNs };
  }

  /**
   * Matches a reply to its request (same id and t0) and completes the quadruple with t3 = arrival.
   * Returns null for a reply to nothing we sent (or sent long ago): it must not reach the core.
   */
  reply(id: number, t0Ns: number, t1Ns: number, t2Ns: number, t3Ns: number): ProbeSample | null {
    const sent = this.#outstanding.get(id);
    if (sent === undefined || sent !== t0Ns) return null;
    this.#outstanding.delete(id);
    const rttNs = t3Ns - t0Ns - (t2Ns - t1Ns);
    if (!(rttNs >= 0)) return null;
    this.#recent.push({ rttNs, offsetNs: (t1Ns - t0Ns + (t2Ns - t3Ns)) / 2 });
    if (this.#recent.length > WINDOW) this.#recent.shift();
    return { t0Ns, t1Ns, t2Ns, t3Ns };
  }

  /** Min RTT over the window, s (NaN before the first reply). */
  get rttS(): number {
    const best = this.#best();
    return best ? best.rttNs / 1e9 : NaN;
  }

  /** Client clock minus agent clock, s, from the min-RTT sample (NaN before the first reply). */
  get clientMinusAgentS(): number {
    const best = this.#best();
    return best ? best.offsetNs / 1e9 : NaN;
  }

  #best(): { rttNs: number; offsetNs: number } | null {
    let best: { rttNs: number; offsetNs: number } | null = null;
    for (const s of this.#recent) if (best === null || s.rttNs < best.rttNs) best = s;
    return best;
  }
}
