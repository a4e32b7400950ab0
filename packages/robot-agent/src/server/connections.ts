// HTTP connections at once, in total and per remote address. Over a cap, the oldest connection that is
// doing nothing useful (headers not complete yet, or idle between keep-alive requests) is closed to make
// room; only when every connection is busy serving a request is the new one turned away. A slowloris
// peer therefore cannot keep a real client (from the same address, as on loopback) from connecting, and
// the header timeout closes its sockets soon anyway. A connection leaves this count when it becomes a
// WebSocket: the gateway's own pools govern it from then on.
import type { Socket } from 'node:net';

interface Tracked {
  socket: Socket;
  address: string;
  busy: boolean;
}

export interface ConnectionCaps {
  maxConnections: number;
  maxConnectionsPerAddress: number;
}

export class ConnectionTracker {
  /** Insertion order is age order: the first entry is the oldest. */
  readonly #all = new Map<Socket, Tracked>();
  readonly #perAddress = new Map<string, number>();
  /** Connections closed to make room, and connections turned away because all were busy. */
  evicted = 0;
  refused = 0;

  constructor(
    private readonly caps: ConnectionCaps,
    private readonly onClosed: (reason: 'evicted' | 'refused') => void = () => undefined,
  ) {}

  get size(): number {
    return this.#all.size;
  }

  /** A new TCP connection: tracked, or closed (false) when every slot is busy. */
  add(socket: Socket): boolean {
    const address = socket.remoteAddress ?? '?';
    if ((this.#perAddress.get(address) ?? 0) >= this.caps.maxConnectionsPerAddress && !this.#evictOldest(address)) {
      this.refused++;
      this.onClosed('refused');
      socket.destroy();
      return false;
    }
    if (this.#all.size >= this.caps.maxConnections && !this.#evictOldest(null)) {
      this.refused++;
      this.onClosed('refused');
      socket.destroy();
      return false;
    }
    this.#all.set(socket, { socket, address, busy: false });
    this.#perAddress.set(address, (this.#perAddress.get(address) ?? 0) + 1);
    socket.once('close', () => this.remove(socket));
    return true;
  }

  /** A request is being served on this connection (it cannot be evicted until it is answered). */
  busy(socket: Socket, busy: boolean): void {
    const t = this.#all.get(socket);
    if (t) t.busy = busy;
  }

  /** The connection closed, or became a WebSocket. */
  remove(socket: Socket): void {
    const t = this.#all.get(socket);
    if (!t) return;
    this.#all.delete(socket);
    const n = (this.#perAddress.get(t.address) ?? 1) - 1;
    if (n <= 0) this.#perAddress.delete(t.address);
    else this.#perAddress.set(t.address, n);
  }

  #evictOldest(address: string | null): boolean {
    for (const t of this.#all.values()) {
      if (t.busy || (address !== null && t.address !== address)) continue;
      this.remove(t.socket);
      t.socket.destroy();
      this.evicted++;
      this.onClosed('evicted');
      return true;
    }
    return false;
  }
}
