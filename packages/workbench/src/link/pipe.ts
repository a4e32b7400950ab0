// One direction of the live proxy: messages go in, the impairment model says when (and whether) each
// comes out, and a single timer releases them in arrival order. Bounded: messages waiting beyond
// maxInFlightBytes are dropped and counted, so a stalled peer cannot make the proxy grow without end.
// A close from the sender is released after every message sent before it, never overtaking them.
import { LinkImpairment, type ImpairmentParams, type LossCause } from './impairment.js';

export interface PipeMessage {
  data: Buffer;
  isBinary: boolean;
}

export interface PipeCounters {
  messagesIn: number;
  bytesIn: number;
  messagesOut: number;
  bytesOut: number;
  lost: Record<LossCause | 'PROXY_OVERFLOW', number>;
  duplicated: number;
  reordered: number;
  inFlight: number;
  inFlightBytes: number;
}

interface Scheduled {
  atNs: number;
  order: number;
  msg: PipeMessage | null; // null: the close
  size: number;
}

export interface PipeSinks {
  deliver(msg: PipeMessage): void;
  /** code undefined: the sender closed without a status; 1006: it went away without a close. */
  close(code: number | undefined, reason: Buffer): void;
}

export class ImpairedPipe {
  readonly counters: PipeCounters = {
    messagesIn: 0,
    bytesIn: 0,
    messagesOut: 0,
    bytesOut: 0,
    lost: { OUTAGE: 0, LOSS: 0, QUEUE_FULL: 0, PROXY_OVERFLOW: 0 },
    duplicated: 0,
    reordered: 0,
    inFlight: 0,
    inFlightBytes: 0,
  };
  private readonly link: LinkImpairment;
  private readonly queue: Scheduled[] = [];
  private order = 0;
  private timer: NodeJS.Timeout | null = null;
  private lastScheduledNs = -Infinity;
  private closed = false;
  private pendingClose: { code: number | undefined; reason: Buffer } | null = null;

  constructor(
    params: ImpairmentParams,
    private readonly sinks: PipeSinks,
    private readonly nowNs: () => number,
    private readonly maxInFlightBytes: number,
  ) {
    this.link = new LinkImpairment(params, nowNs());
  }

  /** A message from the sender, now. */
  push(msg: PipeMessage): void {
    if (this.closed || this.pendingClose) return;
    const now = this.nowNs();
    const size = msg.data.length;
    this.counters.messagesIn++;
    this.counters.bytesIn += size;
    const fate = this.link.send(now, size);
    if (fate.lost) {
      this.counters.lost[fate.lost]++;
      return;
    }
    if (this.counters.inFlightBytes + size * fate.arrivals.length > this.maxInFlightBytes) {
      this.counters.lost.PROXY_OVERFLOW++;
      return;
    }
    if (fate.reordered) this.counters.reordered++;
    if (fate.arrivals.length > 1) this.counters.duplicated++;
    for (const at of fate.arrivals) this.schedule({ atNs: at, order: this.order++, msg, size });
  }

  /** The sender closed; forward it once everything it sent before has been released. */
  end(code: number | undefined, reason: Buffer): void {
    if (this.closed || this.pendingClose) return;
    this.pendingClose = { code, reason };
    const at = Math.max(this.nowNs() + this.link.params.delayNs, this.lastScheduledNs);
    this.schedule({ atNs: at, order: this.order++, msg: null, size: 0 });
  }

  /** Stop at once: the receiver is gone. */
  destroy(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.length = 0;
    this.counters.inFlight = 0;
    this.counters.inFlightBytes = 0;
  }

  private schedule(s: Scheduled): void {
    // Binary insertion keeps the queue sorted by (time, order): ties leave in the order they came.
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.queue[mid] as Scheduled;
      if (m.atNs < s.atNs || (m.atNs === s.atNs && m.order < s.order)) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, s);
    this.lastScheduledNs = Math.max(this.lastScheduledNs, s.atNs);
    this.counters.inFlight++;
    this.counters.inFlightBytes += s.size;
    if (lo === 0) this.arm();
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const head = this.queue[0];
    if (!head || this.closed) return;
    const waitMs = Math.max(0, (head.atNs - this.nowNs()) / 1e6);
    // Ceil: a timer may fire up to a millisecond early by rounding; release() checks the time anyway.
    this.timer = setTimeout(() => this.release(), Math.ceil(waitMs));
  }

  private release(): void {
    this.timer = null;
    const now = this.nowNs();
    while (!this.closed) {
      const head = this.queue[0];
      if (!head || head.atNs > now) break;
      this.queue.shift();
      this.counters.inFlight--;
      this.counters.inFlightBytes -= head.size;
      if (head.msg === null) {
        const c = this.pendingClose as { code: number | undefined; reason: Buffer };
        this.closed = true;
        this.sinks.close(c.code, c.reason);
        break;
      }
      this.counters.messagesOut++;
      this.counters.bytesOut += head.size;
      this.sinks.deliver(head.msg);
    }
    this.arm();
  }
}
