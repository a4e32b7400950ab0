// A ROS publication that never queues: each subscriber has at most one message in flight, and a message
// that would have to wait behind it is dropped (counted). A servo setpoint that arrives late is worse than
// one that does not arrive: the next one, 10 ms later, supersedes it anyway.
import type { Publication, RosNode } from '@foxglove/ros1';

export class LatestWinsPublisher {
  readonly topic: string;
  sent = 0;
  /** Messages not written to a subscriber because its previous one was still in flight. */
  dropped = 0;
  private publication: Publication | null = null;
  private readonly inFlight = new Set<number>();

  constructor(
    private readonly node: RosNode,
    topic: string,
    private readonly dataType: string,
    private readonly definitionText: string,
  ) {
    this.topic = topic;
  }

  async advertise(): Promise<void> {
    this.publication = await this.node.advertise({
      topic: this.topic,
      dataType: this.dataType,
      messageDefinitionText: this.definitionText,
    });
  }

  subscriberCount(): number {
    return this.publication?.subscribers().size ?? 0;
  }

  /** Serialises once and writes to every subscriber that is free. Never waits. */
  publish(message: unknown): void {
    const pub = this.publication;
    if (!pub) return;
    const subs = pub.subscribers();
    if (subs.size === 0) return;
    const size = pub.messageWriter.calculateByteSize(message);
    const frame = new Uint8Array(4 + size);
    new DataView(frame.buffer).setUint32(0, size, true);
    pub.messageWriter.writeMessage(message, frame.subarray(4));
    for (const [id, link] of subs) {
      if (this.inFlight.has(id)) {
        this.dropped += 1;
        continue;
      }
      this.inFlight.add(id);
      this.sent += 1;
      // Each socket gets its own copy: @foxglove/ros1 notes that a written array can be detached.
      link.client
        .write(frame.slice())
        .catch(() => undefined)
        .finally(() => this.inFlight.delete(id));
    }
  }
}
