// The loop thread's inputs, main -> loop: a lock-free ring (input-ring.ts) for the steady stream, the
// MessagePort as the guaranteed path. Each input crosses as plain data, bit for bit (input-codec.ts),
// so the core receives the same values either way.
//
// When the ring is full (the loop has not drained it for a while: a stall, or a flood main let through):
// - a motion frame is dropped and counted: to the core it is a lost frame, which it is built for (the
//   caller records it as refused, so the recording and replay agree);
// - everything else (clock samples, control changes, commands: the e-stop among them) goes through the
//   port, which is unbounded and never blocks the producer: nothing but frames is ever lost. Once one input
//   went through the port, the following non-frame inputs follow it there until the loop has drained it
//   (sticky), so each kind keeps its order.
// The loop drains the ring, then the port, each tick, and hands the inputs on in seq order. Everything in
// the port with a lower seq than a record the loop just read from the ring was posted before that record
// was published, so it is already queued when the loop drains the port: the inputs handed at a tick are
// always a prefix of the seqs, in main's order (what the recorder's tick marks assume).
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { decodeInput, InputEncoder } from './input-codec.js';
import { SpscByteRing } from './input-ring.js';
import type { LoopInput, LoopRequest } from './messages.js';

/** Default ring size: ~200 B per input, so ~1300 inputs, seconds of a 500 Hz stream. */
export const INPUT_RING_BYTES = 256 * 1024;

/** Where the loop publishes the newest seq it has drained (for the producer's sticky fallback). */
const DRAINED_INDEX = 0;

export interface LoopInputShared {
  ring: SharedArrayBuffer;
  /** Int32 [drainedSeq]. */
  drained: SharedArrayBuffer;
}

export function allocateLoopInputs(ringBytes = INPUT_RING_BYTES): LoopInputShared {
  const drained = new SharedArrayBuffer(4);
  new Int32Array(drained)[DRAINED_INDEX] = -1;
  return { ring: SpscByteRing.allocate(ringBytes), drained };
}

export interface LoopInputCounts {
  /** Inputs handed over through the ring. */
  viaRing: number;
  /** Inputs that went through the port because the ring was full (or to keep their order behind one that did). */
  viaPort: number;
  /** Motion frames dropped because the ring was full. */
  framesDropped: number;
}

/** Main's side. */
export class LoopInputWriter {
  readonly #ring: SpscByteRing;
  readonly #drained: Int32Array;
  readonly #port: MessagePort;
  readonly #encoder = new InputEncoder();
  /** Seq of the newest input sent through the port; the ring is used again once the loop drained past it. */
  #portUntilSeq: number | null = null;
  readonly counts: LoopInputCounts = { viaRing: 0, viaPort: 0, framesDropped: 0 };

  constructor(shared: LoopInputShared, port: MessagePort) {
    this.#ring = new SpscByteRing(shared.ring);
    this.#drained = new Int32Array(shared.drained);
    this.#port = port;
  }

  /** Hands one input to the loop: 'ring' or 'port', or 'dropped' (frames only, when the ring is full). */
  push(input: LoopInput): 'ring' | 'port' | 'dropped' {
    if (input.k !== 'frame' && this.#portUntilSeq !== null) {
      // Signed distance: seqs are compared modulo 2^32 in the Int32 cell.
      if ((((this.#portUntilSeq | 0) - Atomics.load(this.#drained, DRAINED_INDEX)) | 0) > 0) return this.#viaPort(input);
      this.#portUntilSeq = null;
    }
    if (this.#ring.tryWrite(this.#encoder.encode(input))) {
      this.counts.viaRing++;
      return 'ring';
    }
    if (input.k === 'frame') {
      this.counts.framesDropped++;
      return 'dropped';
    }
    return this.#viaPort(input);
  }

  /** Requests without a seq (shutdown) always take the port. */
  request(req: Exclude<LoopRequest, LoopInput>): void {
    this.#port.postMessage(req);
  }

  #viaPort(input: LoopInput): 'port' {
    this.#port.postMessage(input);
    this.#portUntilSeq = input.seq;
    this.counts.viaPort++;
    return 'port';
  }
}

/**
 * The loop's side: next() returns this tick's inputs in main's order (seq), then undefined (end of this
 * drain). It reads the ring, then the port; inputs from the port (overflow) are merged in by seq, so the
 * core and the recorder's tick marks (the newest seq handed) see them exactly as main queued them.
 */
export class LoopInputReader {
  readonly #ring: SpscByteRing;
  readonly #drained: Int32Array;
  readonly #port: MessagePort;
  /** This drain's inputs (reused), and the next one to hand out; -1: not read yet. */
  readonly #batch: LoopRequest[] = [];
  #at = -1;
  #lastSeq: number | null = null;

  constructor(shared: LoopInputShared, port: MessagePort) {
    this.#ring = new SpscByteRing(shared.ring);
    this.#drained = new Int32Array(shared.drained);
    this.#port = port;
  }

  next(): LoopRequest | undefined {
    if (this.#at < 0) this.#fill();
    if (this.#at < this.#batch.length) return this.#batch[this.#at++];
    // End of this tick's drain: say how far it got, read afresh next time.
    this.#batch.length = 0;
    this.#at = -1;
    if (this.#lastSeq !== null) Atomics.store(this.#drained, DRAINED_INDEX, this.#lastSeq | 0);
    return undefined;
  }

  #fill(): void {
    const b = this.#batch;
    for (let bytes = this.#ring.read(); bytes !== undefined; bytes = this.#ring.read()) {
      const req = decodeInput(bytes) as LoopInput;
      this.#ring.release();
      this.#seen(req.seq);
      b.push(req);
    }
    const fromRing = b.length;
    for (let m = receiveMessageOnPort(this.#port); m !== undefined; m = receiveMessageOnPort(this.#port)) {
      const req = m.message as LoopRequest;
      if (req.k !== 'shutdown') this.#seen(req.seq);
      b.push(req);
    }
    // Only after an overflow: merge by seq (stable; a shutdown, which has none, after every input).
    if (b.length > fromRing && fromRing > 0) b.sort((x, y) => seqOf(x) - seqOf(y));
    this.#at = 0;
  }

  #seen(seq: number): void {
    if (this.#lastSeq === null || seq > this.#lastSeq) this.#lastSeq = seq;
  }
}

const seqOf = (r: LoopRequest): number => (r.k === 'shutdown' ? Infinity : r.seq);

/** The loop's side without a ring (FARHAND_LOOP_INPUTS=port, for comparison): the port alone. */
export function portInputReader(port: MessagePort): { next(): LoopRequest | undefined } {
  return { next: () => receiveMessageOnPort(port)?.message as LoopRequest | undefined };
}

/** Which path main -> loop inputs take: 'ring' (default) or 'port' (the MessagePort alone, to compare). */
export function loopInputPath(env: NodeJS.ProcessEnv): 'ring' | 'port' {
  const v = env.FARHAND_LOOP_INPUTS;
  if (v === undefined || v === '' || v === 'ring') return 'ring';
  if (v === 'port') return 'port';
  throw new Error(`FARHAND_LOOP_INPUTS must be "ring" (the default) or "port", got ${JSON.stringify(v)}`);
}
