// The loop thread's outputs to main (acks, events and state changes; snapshots) through a lock-free
// ring, read by main on a short timer: postMessage would take main's port mutex, and the loop blocked
// on it for 20-30 ms beside a browser (bench/loop-beside.bench.mjs) while main, holding it, waited for a
// CPU. Lifecycle messages (ready, stopped, fatal) keep the port.
//
// Nothing is dropped and the order is kept: when the ring is full (main has not read for a while) the
// output goes through the port, and the loop keeps using the port until main has handled every output
// it sent there (main counts them in shared memory); main reads the ring before it handles any port
// message, so whatever was written to the ring before a port message is handled first.
import { decodeInput, InputEncoder } from './input-codec.js';
import { SpscByteRing } from './input-ring.js';
import type { LoopMessage } from './messages.js';

/** ~150 snapshots (~1.5 KB each): seconds of outputs. */
export const OUTPUT_RING_BYTES = 256 * 1024;
/** How often main reads the ring, ms (acks and snapshots wait at most this long for main's timer). */
export const OUTPUT_POLL_MS = 2;

export interface LoopOutputShared {
  ring: SharedArrayBuffer;
  /** Int32 [outputs main handled from the port]. */
  portHandled: SharedArrayBuffer;
}

export function allocateLoopOutputs(ringBytes = OUTPUT_RING_BYTES): LoopOutputShared {
  return { ring: SpscByteRing.allocate(ringBytes), portHandled: new SharedArrayBuffer(4) };
}

type RingOutput = Extract<LoopMessage, { k: 'out' | 'snap' }>;

/** The loop's side. */
export class LoopOutputWriter {
  readonly #ring: SpscByteRing;
  readonly #handled: Int32Array;
  readonly #post: (m: LoopMessage) => void;
  readonly #encoder = new InputEncoder();
  /** Outputs sent through the port (compared with what main says it handled). */
  #portSent = 0;

  constructor(shared: LoopOutputShared, post: (m: LoopMessage) => void) {
    this.#ring = new SpscByteRing(shared.ring);
    this.#handled = new Int32Array(shared.portHandled);
    this.#post = post;
  }

  post(m: LoopMessage): void {
    if ((m.k === 'out' || m.k === 'snap') && (this.#portSent | 0) === Atomics.load(this.#handled, 0)) {
      let bytes: Uint8Array | null = null;
      try {
        bytes = this.#encoder.encode(m);
      } catch {
        // Not plain data (a driver's exotic value): the port clones anything cloneable.
      }
      if (bytes !== null && this.#ring.tryWrite(bytes)) return;
    }
    if (m.k === 'out' || m.k === 'snap') this.#portSent++;
    this.#post(m);
  }
}

/** Main's side: read() hands every output in the ring to `handle`; port() wraps the port's handler. */
export class LoopOutputReader {
  readonly #ring: SpscByteRing;
  readonly #handled: Int32Array;
  readonly #handle: (m: LoopMessage) => void;

  constructor(shared: LoopOutputShared, handle: (m: LoopMessage) => void) {
    this.#ring = new SpscByteRing(shared.ring);
    this.#handled = new Int32Array(shared.portHandled);
    this.#handle = handle;
  }

  read(): void {
    for (let b = this.#ring.read(); b !== undefined; b = this.#ring.read()) {
      const m = decodeInput(b) as RingOutput;
      this.#ring.release();
      this.#handle(m);
    }
  }

  /** A message from the port: what the ring holds came first. */
  port(m: LoopMessage): void {
    this.read();
    this.#handle(m);
    if (m.k === 'out' || m.k === 'snap') Atomics.add(this.#handled, 0, 1);
  }
}
