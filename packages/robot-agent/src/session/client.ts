// One WebSocket client: its role, counters, rate limits and clock probes. The gateway decides; this
// holds the per-client state and sends.
import type { WebSocket } from 'ws';
import type { RoleName } from '@farhand/protocol';
import type { MotionTransportName } from '../transport/names.js';
import type { MasterKind } from '@farhand/latency-core';
import type { Logger } from '../log.js';
import { ProbeTracker } from './probes.js';
import { TokenBucket } from './rate.js';

/** At most this many refusal Events per second to one client; the rest are counted and summarised. */
const REFUSAL_EVENTS_PER_S = 5;

export class ClientSession {
  readonly id: string;
  readonly ws: WebSocket;
  readonly remote: string;
  readonly connectedAtNs: number;
  log: Logger;
  role: RoleName | null = null;
  name = '';
  /** From the Hello: what the hand device can do about orientation. */
  masterKind: MasterKind = 'UNACTUATED';
  state: 'handshake' | 'open' | 'closed' = 'handshake';
  readonly probes = new ProbeTracker();
  readonly frameBucket: TokenBucket;
  readonly messageBucket: TokenBucket;
  /** WebRTC offers: each builds a peer connection, so a few at a time. */
  readonly rtcOfferBucket: TokenBucket;
  /** What carried this session's newest accepted motion frame (null before the first). */
  motionTransport: MotionTransportName | null = null;
  /** Motion frames received over the DataChannel (all of them, accepted or refused). */
  framesReceivedRtc = 0;

  framesReceived = 0;
  framesApplied = 0;
  framesRefused = 0;
  messagesRefused = 0;
  telemetryDropped = 0;
  /** Label values used in metrics, so they can be removed at disconnect. */
  readonly refusedReasons = new Set<string>();
  readonly droppedReasons = new Set<string>();
  /** Smoothed capture -> receive delay of motion frames, s (NaN until clocks are known). */
  oneWayDelayS = NaN;
  probeCounter = 0;
  /** When anything last arrived from this client (keepalive: a silent controller loses control). */
  lastMessageNs: number;
  /** When the agent last pinged, and since when a pong is awaited (NaN: none outstanding). */
  lastPingNs: number;
  pongDueSinceNs = NaN;
  /** Acks the agent answers by itself to a flood: at most limits.maxAckRateHz. */
  readonly ackBucket: TokenBucket;
  acksSuppressed = 0;
  estopsCoalesced = 0;

  #refusalWindowStartNs = 0;
  #refusalsInWindow = 0;
  #suppressed = 0;

  /** The peer's address without its port: the handshake pool's per-address cap counts by it. */
  readonly address: string;

  constructor(id: string, ws: WebSocket, remote: string, address: string, nowNs: number, log: Logger, maxFrameRateHz: number, maxMessageRateHz: number, maxAckRateHz: number) {
    this.id = id;
    this.ws = ws;
    this.remote = remote;
    this.address = address;
    this.lastMessageNs = nowNs;
    this.lastPingNs = nowNs;
    this.ackBucket = new TokenBucket(maxAckRateHz, maxAckRateHz, nowNs);
    this.connectedAtNs = nowNs;
    this.log = log;
    // Bursts of a tenth of a second: a console catching up after a GC pause is not a flood.
    this.frameBucket = new TokenBucket(maxFrameRateHz, Math.max(10, maxFrameRateHz / 10), nowNs);
    this.messageBucket = new TokenBucket(maxMessageRateHz, Math.max(20, maxMessageRateHz / 10), nowNs);
    this.rtcOfferBucket = new TokenBucket(0.5, 3, nowNs);
  }

  get open(): boolean {
    return this.state === 'open' && this.ws.readyState === this.ws.OPEN;
  }

  send(bytes: Uint8Array): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(bytes);
  }

  /**
   * Whether a refusal Event may go to this client now (rate limit), and how many were suppressed
   * before it (to say so in the sentence).
   */
  allowRefusalEvent(nowNs: number): { ok: boolean; suppressed: number } {
    if (nowNs - this.#refusalWindowStartNs >= 1e9) {
      this.#refusalWindowStartNs = nowNs;
      this.#refusalsInWindow = 0;
    }
    if (this.#refusalsInWindow >= REFUSAL_EVENTS_PER_S) {
      this.#suppressed++;
      return { ok: false, suppressed: 0 };
    }
    this.#refusalsInWindow++;
    const suppressed = this.#suppressed;
    this.#suppressed = 0;
    return { ok: true, suppressed };
  }
}
