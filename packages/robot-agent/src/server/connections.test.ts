// The HTTP connection cap: over a cap the oldest idle connection makes room; busy ones are kept and the
// new one is refused only when all are busy.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectionTracker } from './connections.js';

class FakeSocket extends EventEmitter {
  destroyed = false;
  constructor(readonly remoteAddress: string) {
    super();
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('close');
  }
}
const sock = (a = '127.0.0.1'): Socket => new FakeSocket(a) as unknown as Socket;

describe('ConnectionTracker', () => {
  it('evicts the oldest idle connection of the same address to make room', () => {
    const t = new ConnectionTracker({ maxConnections: 100, maxConnectionsPerAddress: 3 });
    const s = [sock(), sock(), sock()];
    for (const x of s) expect(t.add(x)).toBe(true);
    const other = sock('10.0.0.1');
    t.add(other);
    const fresh = sock();
    expect(t.add(fresh)).toBe(true);
    expect((s[0] as unknown as FakeSocket).destroyed).toBe(true);
    expect((other as unknown as FakeSocket).destroyed).toBe(false);
    expect(t.size).toBe(4);
    expect(t.evicted).toBe(1);
  });

  it('keeps busy connections and refuses a new one when all are busy; counts in total too', () => {
    const t = new ConnectionTracker({ maxConnections: 2, maxConnectionsPerAddress: 10 });
    const a = sock('10.0.0.1');
    const b = sock('10.0.0.2');
    t.add(a);
    t.add(b);
    t.busy(a, true);
    t.busy(b, true);
    const c = sock('10.0.0.3');
    expect(t.add(c)).toBe(false);
    expect((c as unknown as FakeSocket).destroyed).toBe(true);
    t.busy(a, false);
    expect(t.add(sock('10.0.0.4'))).toBe(true);
    expect((a as unknown as FakeSocket).destroyed).toBe(true);
    expect(t.refused).toBe(1);
  });
});
