// What a link actually did to a run of packets, measured from their fates: the figures a report and the
// impairment model's tests compare with the parameters. Reordering follows RFC 4737: a packet is
// reordered when it arrives after a packet sent later than it.
import type { PacketFate } from './impairment.js';

export interface LinkStats {
  packetsSent: number;
  /** Packets that arrived at least once. */
  packetsDelivered: number;
  lostOutage: number;
  lostLoss: number;
  lostQueue: number;
  /** All losses / packets sent. */
  lossRatio: number;
  /** Mean length of runs of consecutive packets lost to the loss stage (bursts), packets; 0 when none. */
  meanBurstLength: number;
  bursts: number;
  /** One-way delay of each packet's first arrival, seconds. NaN when nothing arrived. */
  delayMeanS: number;
  delaySdS: number;
  delayMinS: number;
  delayP50S: number;
  delayP95S: number;
  delayP99S: number;
  delayMaxS: number;
  /** Fraction of delivered packets that arrived after a packet sent later (RFC 4737). */
  reorderedRatio: number;
  /** Fraction of delivered packets that arrived twice. */
  duplicateRatio: number;
  /** Mean time spent in the bandwidth queue, seconds. */
  queueMeanS: number;
}

export class LinkStatsAccumulator {
  private sent = 0;
  private delivered = 0;
  private lostOutage = 0;
  private lostLoss = 0;
  private lostQueue = 0;
  private run = 0;
  private burstCount = 0;
  private burstPackets = 0;
  private duplicates = 0;
  private queueSumNs = 0;
  private delays: number[] = [];
  /** [arrivalNs, index] of every first arrival, for the reordering figure. */
  private arrivals: Array<[number, number]> = [];

  add(fate: PacketFate): void {
    this.sent++;
    if (fate.lost === 'LOSS') {
      this.run++;
    } else if (this.run > 0) {
      this.closeBurst();
    }
    if (fate.lost === 'OUTAGE') this.lostOutage++;
    else if (fate.lost === 'LOSS') this.lostLoss++;
    else if (fate.lost === 'QUEUE_FULL') this.lostQueue++;
    const first = fate.arrivals[0];
    if (first === undefined) return;
    this.delivered++;
    if (fate.arrivals.length > 1) this.duplicates++;
    this.queueSumNs += fate.queueNs;
    this.delays.push(first - fate.sendNs);
    this.arrivals.push([first, fate.index]);
  }

  private closeBurst(): void {
    this.burstCount++;
    this.burstPackets += this.run;
    this.run = 0;
  }

  result(): LinkStats {
    if (this.run > 0) this.closeBurst();
    const d = Float64Array.from(this.delays).sort();
    const n = d.length;
    let sum = 0;
    for (const x of d) sum += x;
    const mean = n > 0 ? sum / n : NaN;
    let ss = 0;
    for (const x of d) ss += (x - mean) * (x - mean);
    const q = (p: number) => (n > 0 ? (d[Math.min(n - 1, Math.floor(p * n))] as number) : NaN);
    // Reordered: arrives after some packet with a higher index (stable sort keeps send order on ties).
    const byArrival = [...this.arrivals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let maxIndex = -1;
    let reordered = 0;
    for (const [, idx] of byArrival) {
      if (idx < maxIndex) reordered++;
      else maxIndex = idx;
    }
    const lost = this.lostOutage + this.lostLoss + this.lostQueue;
    return {
      packetsSent: this.sent,
      packetsDelivered: this.delivered,
      lostOutage: this.lostOutage,
      lostLoss: this.lostLoss,
      lostQueue: this.lostQueue,
      lossRatio: this.sent > 0 ? lost / this.sent : 0,
      meanBurstLength: this.burstCount > 0 ? this.burstPackets / this.burstCount : 0,
      bursts: this.burstCount,
      delayMeanS: mean / 1e9,
      delaySdS: n > 1 ? Math.sqrt(ss / (n - 1)) / 1e9 : NaN,
      delayMinS: n > 0 ? (d[0] as number) / 1e9 : NaN,
      delayP50S: q(0.5) / 1e9,
      delayP95S: q(0.95) / 1e9,
      delayP99S: q(0.99) / 1e9,
      delayMaxS: n > 0 ? (d[n - 1] as number) / 1e9 : NaN,
      reorderedRatio: n > 0 ? reordered / n : 0,
      duplicateRatio: n > 0 ? this.duplicates / n : 0,
      queueMeanS: n > 0 ? this.queueSumNs / n / 1e9 : 0,
    };
  }
}
