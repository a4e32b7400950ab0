// The never-queue rule in isolation: a subscriber whose socket has not taken the previous message gets
// nothing new (counted as dropped) while the others get every message. The ROS-level path is covered
// in test/ros-*.test.ts against a real roscore; here the two subscriber sockets are scripted so that one
// of them can be made slow on demand, which a real loopback socket does not do in test time.
import { describe, expect, it } from 'vitest';
import type { RosNode } from '@foxglove/ros1';
import { parse } from '@foxglove/rosmsg';
import { MessageWriter, MessageReader } from '@foxglove/rosmsg-serialization';
import { LatestWinsPublisher } from './latest-publisher.js';
import { JOINT_STATE_DEF, JOINT_STATE_TYPE, header } from './msgdefs.js';

class ScriptedClient {
  written: Uint8Array[] = [];
  private pending: Array<() => void> = [];
  constructor(readonly slow: boolean) {}
  write(data: Uint8Array): Promise<void> {
    this.written.push(data);
    if (!this.slow) return Promise.resolve();
    return new Promise((resolve) => this.pending.push(resolve));
  }
  drain(): void {
    for (const r of this.pending.splice(0)) r();
  }
}

function fakeNode(clients: ScriptedClient[]): RosNode {
  const defs = parse(JOINT_STATE_DEF);
  const publication = {
    messageWriter: new MessageWriter(defs),
    subscribers: () => new Map(clients.map((c, i) => [i, { connectionId: i, destinationCallerId: `/s${i}`, client: c }])),
  };
  return { advertise: async () => publication } as unknown as RosNode;
}

describe('LatestWinsPublisher', () => {
  it('a slow subscriber gets at most one message in flight; the fast one gets all; frames decode', async () => {
    const fast = new ScriptedClient(false);
    const slow = new ScriptedClient(true);
    const pub = new LatestWinsPublisher(fakeNode([fast, slow]), '/PSM1/servo_jp', JOINT_STATE_TYPE, JOINT_STATE_DEF);
    await pub.advertise();
    for (let i = 0; i < 10; i++) {
      pub.publish({ header: header(i, '', 0), name: [], position: [i, 0, 0.12, 0, 0, 0], velocity: [], effort: [] });
      await new Promise((r) => setTimeout(r, 0)); // a socket write completes in a later turn
    }
    expect(fast.written.length).toBe(10);
    expect(slow.written.length).toBe(1);
    expect(pub.dropped).toBe(9);
    slow.drain();
    await new Promise((r) => setTimeout(r, 0));
    pub.publish({ header: header(10, '', 0), name: [], position: [10, 0, 0.12, 0, 0, 0], velocity: [], effort: [] });
    // After the slow socket took its message, it gets the NEWEST one, not the backlog.
    expect(slow.written.length).toBe(2);
    const reader = new MessageReader(parse(JOINT_STATE_DEF));
    const frame = slow.written[1]!;
    const len = new DataView(frame.buffer, frame.byteOffset).getUint32(0, true);
    expect(len).toBe(frame.length - 4);
    const msg = reader.readMessage<{ position: Float64Array }>(frame.subarray(4));
    expect(Array.from(msg.position)).toEqual([10, 0, 0.12, 0, 0, 0]);
  });
});
