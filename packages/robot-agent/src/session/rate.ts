// Token bucket: `rateHz` sustained, bursts up to `burst`. Time comes in as an argument.

export class TokenBucket {
  #tokens: number;
  #lastNs: number;

  constructor(readonly rateHz: number, readonly burst: number, nowNs: number) {
    this.#tokens = burst;
    this.#lastNs = nowNs;
  }

  /** Takes one token if there is one. */
  take(nowNs: number): boolean {
    const dt = (nowNs - this.#lastNs) / 1e9;
    this.#lastNs = nowNs;
    if (dt > 0) this.#tokens = Math.min(this.burst, this.#tokens + dt * this.rateHz);
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return true;
    }
    return false;
  }
}
