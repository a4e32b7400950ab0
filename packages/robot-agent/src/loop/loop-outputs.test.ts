import { describe, expect, it } from 'vitest';
import { allocateLoopOutputs, LoopOutputReader, LoopOutputWriter } from './loop-outputs.js';
import type { LoopMessage } from './messages.js';

const out = (tick: number): LoopMessage => ({ k: 'out', tick, timeNs: tick * 1e6, acks: [{ id: tick, ok: true, reason: '', type: 'ESTOP' }] as never, events: [], state: 'ESTOPPED', reason: 'ESTOP', stateChanged: tick === 0 });

function setup(ringBytes = 64 * 1024) {
  const shared = allocateLoopOutputs(ringBytes);
  const handled: LoopMessage[] = [];
  const portQueue: LoopMessage[] = [];
  const writer = new LoopOutputWriter(shared, (m) => portQueue.push(structuredClone(m)));
  const reader = new LoopOutputReader(shared, (m) => handled.push(m));
  /** Main's event loop delivering what the port holds. */
  const deliver = () => {
    for (const m of portQueue.splice(0)) reader.port(m);
  };
  return { writer, reader, handled, portQueue, deliver };
}

describe('loop outputs: ring, port when full, order kept', () => {
  it('acks and snapshots go through the ring and arrive as sent; lifecycle messages take the port', () => {
    const { writer, reader, handled, portQueue, deliver } = setup();
    writer.post(out(0));
    writer.post(out(1));
    writer.post({ k: 'stopped', tick: 2, state: 'IDLE', reason: 'X', disabled: true, atRest: true });
    expect(portQueue.map((m) => m.k)).toEqual(['stopped']);
    deliver(); // the port message makes main read the ring first
    expect(handled.map((m) => m.k)).toEqual(['out', 'out', 'stopped']);
    expect(handled[0]).toEqual(out(0));
    reader.read();
    expect(handled).toHaveLength(3);
  });

  it('ring full: nothing is lost, the port takes over until main has handled it, the order holds', () => {
    const { writer, reader, handled, portQueue, deliver } = setup(1024);
    let tick = 0;
    while (portQueue.length === 0) writer.post(out(tick++));
    const firstViaPort = tick - 1;
    // Main reads the ring (space again), but has not handled the port message yet: the loop stays on the port.
    reader.read();
    writer.post(out(tick++));
    expect(portQueue).toHaveLength(2);
    deliver();
    // Main has handled both: the ring again.
    writer.post(out(tick++));
    expect(portQueue).toHaveLength(0);
    reader.read();
    expect(handled.map((m) => (m as { tick: number }).tick)).toEqual(Array.from({ length: tick }, (_, i) => i));
    expect(firstViaPort).toBeGreaterThan(2);
  });

  it('a value the ring codec refuses goes through the port, in order', () => {
    const { writer, handled, deliver } = setup();
    writer.post(out(0));
    writer.post({ ...out(1), extra: new Map([[1, 2]]) } as unknown as LoopMessage);
    writer.post(out(2));
    deliver();
    expect(handled.map((m) => (m as { tick: number }).tick)).toEqual([0, 1, 2]);
  });
});
