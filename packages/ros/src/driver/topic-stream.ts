// One subscribed topic of the arm: the newest valid value, when it arrived (on a monotonic clock), and
// whatever is wrong with it (no publisher, a publisher of the wrong type, a message that failed its checks).
// Callbacks run in the event loop between control ticks; read() only looks at the fields, never waits.
import type { RosNode, Subscription, PublisherLink } from '@foxglove/ros1';
import type { Logger } from 'pino';
import type { Parsed } from './validate.js';
import { stampS } from './validate.js';

export interface TopicStreamOptions<T> {
  node: RosNode;
  topic: string;
  /** Accepted type names; the first is what we register with the master when nobody publishes yet. */
  types: readonly string[];
  parse: (msg: unknown) => Parsed<T>;
  /** Monotonic receive clock, ns. */
  clock: () => number;
  logger?: Logger;
  /** Called after every accepted message (e.g. to wake a waiting enable()). */
  onValue?: (value: T) => void;
  /** Reason code in the logs of a refused message or publisher (default ARM_BAD_MESSAGE). */
  badCode?: string;
}

export class TopicStream<T> {
  readonly topic: string;
  readonly types: readonly string[];
  value: T | null = null;
  /** Monotonic receive time of `value`, ns; -Infinity before the first. */
  receivedNs = -Infinity;
  /** Header stamp of `value`, s (ROS time of the sample). */
  stampS = NaN;
  count = 0;
  badCount = 0;
  /** The newest failed message's reason, until it has been reported and a valid one has followed. */
  bad: string | null = null;
  private badReported = false;
  private validSinceBad = false;
  /** Publishers (callerid) whose connection header carries a type we do not accept. */
  readonly wrongType = new Map<number, string>();
  /** Set once any accepted publisher delivered its header; lets "lost" differ from "never there". */
  everConnected = false;
  private readonly sub: Subscription;
  private readonly opts: TopicStreamOptions<T>;
  private readonly typeOk = new Map<number, boolean>();

  constructor(opts: TopicStreamOptions<T>, dataType: string) {
    this.opts = opts;
    this.topic = opts.topic;
    this.types = opts.types;
    // md5sum "*": the publisher then accepts us whatever its type, and we see its real type in the
    // connection header. That is how a wrong type becomes a clear fault instead of a silent non-connection.
    this.sub = opts.node.subscribe({ topic: opts.topic, dataType, md5sum: '*', tcpNoDelay: true });
    this.sub.on('header', this.onHeader);
    this.sub.on('message', this.onMessage);
    this.sub.on('error', this.onError);
  }

  /** True when at least one publisher of an accepted type has a live connection to us. */
  connected(): boolean {
    for (const pub of this.sub.publishers().values()) {
      if (pub.connection.connected() && this.typeOk.get(pub.connectionId) === true) return true;
    }
    return false;
  }

  /** "callerid publishes type" for a live publisher of a type we do not accept, or null. */
  wrongTypePublisher(): string | null {
    for (const pub of this.sub.publishers().values()) {
      if (this.typeOk.get(pub.connectionId) === false && pub.connection.connected()) return this.wrongType.get(pub.connectionId) ?? null;
    }
    return null;
  }

  publisherCount(): number {
    return this.sub.publishers().size;
  }

  /** Callerids of the publishers of an accepted type with a live connection. */
  livePublishers(): string[] {
    const out: string[] = [];
    for (const pub of this.sub.publishers().values()) {
      if (pub.connection.connected() && this.typeOk.get(pub.connectionId) === true) out.push(pub.connection.header().get('callerid') ?? 'unknown node');
    }
    return out;
  }

  /** Forget wrong-type publishers that have gone (the master told us, or their socket closed for good). */
  prune(): void {
    const live = new Set(this.sub.publishers().keys());
    for (const id of [...this.wrongType.keys()]) if (!live.has(id)) this.wrongType.delete(id);
    for (const id of [...this.typeOk.keys()]) if (!live.has(id)) this.typeOk.delete(id);
  }

  /** Reports the pending bad-message reason once, then clears it if a valid message has followed. */
  takeBad(): string | null {
    const b = this.bad;
    if (b === null) return null;
    this.badReported = true;
    if (this.validSinceBad) this.clearBad();
    return b;
  }

  close(): void {
    this.sub.close();
  }

  private clearBad(): void {
    this.bad = null;
    this.badReported = false;
    this.validSinceBad = false;
  }

  private markBad(reason: string): void {
    this.badCount += 1;
    this.bad = reason;
    this.badReported = false;
    this.validSinceBad = false;
    this.opts.logger?.warn({ topic: this.topic, reason, code: this.opts.badCode ?? 'ARM_BAD_MESSAGE' }, 'bad ROS message');
  }

  private checkType(pub: PublisherLink): boolean {
    const known = this.typeOk.get(pub.connectionId);
    if (known !== undefined) return known;
    const header = pub.connection.header();
    const type = header.get('type');
    if (type === undefined) return false;
    const ok = this.types.includes(type);
    this.typeOk.set(pub.connectionId, ok);
    if (ok) {
      this.everConnected = true;
      this.wrongType.delete(pub.connectionId);
    } else {
      const callerid = header.get('callerid') ?? 'unknown node';
      this.wrongType.set(pub.connectionId, `${callerid} publishes ${type}`);
      this.opts.logger?.error(
        { topic: this.topic, type, callerid, accepted: this.types, code: this.opts.badCode ?? 'ARM_BAD_MESSAGE' },
        'publisher of the wrong message type',
      );
    }
    return ok;
  }

  private onHeader = (): void => {
    // The header event does not say which connection it came from: re-check every publisher whose type
    // we have not seen yet (there are one or two).
    for (const pub of this.sub.publishers().values()) {
      if (!this.typeOk.has(pub.connectionId)) this.checkType(pub);
    }
  };

  private onMessage = (msg: unknown, _data: Uint8Array, pub: PublisherLink): void => {
    if (!this.checkType(pub)) return; // never decode a wrong type into a measurement
    const parsed = this.opts.parse(msg);
    if (!parsed.ok) {
      this.markBad(`${this.topic}: ${parsed.reason}`);
      return;
    }
    this.value = parsed.value;
    this.receivedNs = this.opts.clock();
    this.stampS = stampS(msg);
    this.count += 1;
    if (this.bad !== null) {
      if (this.badReported) this.clearBad();
      else this.validSinceBad = true;
    }
    this.opts.onValue?.(parsed.value);
  };

  private onError = (err: Error): void => {
    // A closed connection (the arm's process died, the cable went) surfaces here; connected() now says so.
    this.opts.logger?.debug({ topic: this.topic, err: err.message }, 'ROS subscription error');
  };
}
