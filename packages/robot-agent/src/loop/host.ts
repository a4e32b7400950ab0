// Main-thread side of the control loop: starts the worker, queues inputs (each with a sequence number),
// and turns the worker's messages into events. Queuing is a write into a lock-free ring the worker reads
// at the start of each tick (loop-inputs.ts; the MessagePort is the overflow path), so main never waits
// for the loop and the loop never waits for main.
import { EventEmitter } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ArmReading, ClockSample, ArrivedFrame, MasterKind, ArmCoreCommand, ArrivedArmsFrame } from '@farhand/latency-core';
import { isMultiArm, type EffectiveConfig } from '@farhand/loop';
import { compiledFile } from '../paths.js';
import type { ArmAnnouncement, LoopInput, LoopMessage, LoopWorkerData, Snapshot } from './messages.js';
import { allocateLoopInputs, loopInputPath, LoopInputWriter, type LoopInputCounts } from './loop-inputs.js';
import { applyLoopGcMode, loopGcMode } from './gc-mode.js';
import { allocateLoopOutputs, LoopOutputReader, OUTPUT_POLL_MS } from './loop-outputs.js';
import { loopWarmupTicks } from './warmup.js';

/** V8 flags set before the loop worker starts (see LoopHost.start). */
export const LOOP_ISOLATE_V8_FLAGS = [
  '--no-parallel-scavenge',
  '--no-parallel-compaction',
  '--no-parallel-pointer-update',
  '--no-concurrent-recompilation',
] as const;

export interface LoopHostEvents {
  out: [Extract<LoopMessage, { k: 'out' }>];
  snap: [Snapshot];
  stopped: [Extract<LoopMessage, { k: 'stopped' }>];
  fatal: [string];
}

export class LoopHost extends EventEmitter<LoopHostEvents> {
  readonly #worker: Worker;
  readonly #inputs: MessagePort;
  /** The lock-free path to the loop; null with FARHAND_LOOP_INPUTS=port. */
  readonly #writer: LoopInputWriter | null;
  readonly #shared: Float64Array;
  #seq = 0;
  #poll: NodeJS.Timeout | null = null;
  #stopped: Promise<Extract<LoopMessage, { k: 'stopped' }>> | null = null;
  #exited = false;
  ready!: { reading: ArmReading; armIds: number[]; driver: string; scheduling: string; warmup: { ticks: number; ms: number }; arms?: ArmAnnouncement[] };

  private constructor(worker: Worker, inputs: MessagePort, shared: Float64Array, writer: LoopInputWriter | null) {
    super();
    this.#worker = worker;
    this.#inputs = inputs;
    this.#shared = shared;
    this.#writer = writer;
  }

  /** Starts the worker and waits until the arm is configured, enabled and homed and the core built. */
  static async start(config: EffectiveConfig, originHrNs: bigint, recorderPort?: MessagePort): Promise<LoopHost> {
    const channel = new MessageChannel();
    const sab = new SharedArrayBuffer(16);
    const rings = loopInputPath(process.env) === 'ring';
    const gcMode = loopGcMode(process.env);
    const warmupTicks = loopWarmupTicks(process.env, isMultiArm(config));
    const ring = rings ? allocateLoopInputs() : null;
    const outputs = rings ? allocateLoopOutputs() : null;
    const workerData: LoopWorkerData = {
      config,
      originHrNs,
      inputs: channel.port2,
      shared: sab,
      ...(ring ? { inputRing: ring } : {}),
      ...(outputs ? { outputRing: outputs } : {}),
      ...(recorderPort ? { recorder: recorderPort } : {}),
      gcMode,
      warmupTicks,
    };
    // No V8 background thread may hold a lock the loop thread needs. Measured beside a browser (perf
    // sched_switch with stacks, bench/e2e.bench.mjs): the SCHED_FIFO loop blocked 20-170 ms in
    // Atomics.wait / StackGuard::HandleInterrupts, on the process-wide futex-emulation mutex or its
    // isolate's interrupt lock, held by V8 platform threads (GC tasks, concurrent TurboFan jobs) that run
    // at normal priority and, holding it, waited for a CPU behind the browser's threads: priority
    // inversion. Those threads interrupt the loop isolate when a background GC phase or compile job of
    // its own finishes. So the loop isolate gets none: its GC runs on its own thread (small heap, ~0.1-1
    // ms scavenges) and it optimizes synchronously (during warm-up only). The GC flags are read at each
    // collection and apply process-wide (main's collections become incremental steps on main); the
    // recompilation flag is read when an isolate is created, so it takes effect for the loop only.
    setFlagsFromString(LOOP_ISOLATE_V8_FLAGS.join(' '));
    // FARHAND_LOOP_GC=sync-sweep: array buffers swept in the pause, never on the pool (gc-mode.ts).
    applyLoopGcMode(gcMode);
    const transfer: MessagePort[] = [channel.port2];
    if (recorderPort) transfer.push(recorderPort);
    const worker = new Worker(compiledFile('loop/worker.js'), {
      workerData,
      transferList: transfer,
      name: 'farhand-loop',
      // A larger young generation: the loop's short-lived garbage is collected ~4x less often (scavenge
      // pauses depend on what survives, not on the space), so fewer ticks meet a GC pause.
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    const host = new LoopHost(worker, channel.port1, new Float64Array(sab), ring ? new LoopInputWriter(ring, channel.port1) : null);
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number): void => reject(new Error(`the control loop worker exited (code ${code}) before it was ready`));
      worker.once('error', reject);
      worker.once('exit', onExit);
      const dispatch = (m: LoopMessage): void => {
        switch (m.k) {
          case 'ready':
            host.ready = { reading: m.reading, armIds: m.armIds, driver: m.driver, scheduling: m.scheduling, warmup: m.warmup, ...(m.arms ? { arms: m.arms } : {}) };
            worker.off('error', reject);
            worker.off('exit', onExit);
            resolve();
            break;
          case 'out':
            host.emit('out', m);
            break;
          case 'snap':
            host.emit('snap', m);
            break;
          case 'stopped':
            host.emit('stopped', m);
            break;
          case 'fatal':
            host.emit('fatal', m.error);
            reject(new Error(m.error));
            break;
        }
      };
      // Acks, events and snapshots come through the output ring (loop-outputs.ts), read on a short timer
      // and before each port message; lifecycle messages through the port.
      const reader = outputs ? new LoopOutputReader(outputs, dispatch) : null;
      worker.on('message', (m: LoopMessage) => (reader ? reader.port(m) : dispatch(m)));
      if (reader) host.#poll = setInterval(() => reader.read(), OUTPUT_POLL_MS).unref();
    });
    worker.on('error', (e) => host.emit('fatal', e.stack ?? e.message));
    worker.on('exit', (code) => {
      host.#exited = true;
      if (host.#poll) clearInterval(host.#poll);
      if (host.#stopped === null) host.emit('fatal', `the control loop worker exited unexpectedly (code ${code})`);
    });
    return host;
  }

  /** Starts ticking on the grid that begins at startAtNs (agent clock). */
  go(startAtNs: number): void {
    this.#worker.postMessage({ k: 'go', startAtNs });
  }

  /** Index of the next tick to run: the tick an input queued now will most likely be handed at. */
  get nextTick(): number {
    return this.#shared[0]!;
  }

  /** False only for a frame dropped because the loop's input ring is full (see loop-inputs.ts). */
  #push(req: LoopInput): boolean {
    if (this.#writer === null) {
      this.#inputs.postMessage(req);
      return true;
    }
    return this.#writer.push(req) !== 'dropped';
  }

  /** How inputs reached the loop (null without the ring). */
  get inputCounts(): Readonly<LoopInputCounts> | null {
    return this.#writer?.counts ?? null;
  }

  /**
   * Each returns the input's sequence number (what the recorder matches ticks to). frame() returns -1 for
   * a frame the loop could not take (its input ring full: the loop has not run for a while); the caller
   * refuses it, and the core never sees it (a lost frame). `hands`: the two-handed form, for several arms.
   */
  frame(frame: ArrivedFrame, hands?: ArrivedArmsFrame): number {
    const seq = this.#seq++;
    return this.#push(hands ? { k: 'frame', seq, frame, hands } : { k: 'frame', seq, frame }) ? seq : -1;
  }
  clock(sample: ClockSample): number {
    const seq = this.#seq++;
    this.#push({ k: 'clock', seq, sample });
    return seq;
  }
  command(command: ArmCoreCommand): number {
    const seq = this.#seq++;
    this.#push({ k: 'command', seq, command });
    return seq;
  }
  control(controllerId: string | null, masterKind?: MasterKind): number {
    const seq = this.#seq++;
    this.#push(masterKind ? { k: 'control', seq, controllerId, masterKind } : { k: 'control', seq, controllerId });
    return seq;
  }

  /**
   * Brings the arm to rest (within holdTimeoutS), disables it and stops the loop. Idempotent.
   * Callers release control first, so the core decelerates to a hold.
   */
  stop(holdTimeoutS: number): Promise<Extract<LoopMessage, { k: 'stopped' }>> {
    if (this.#stopped) return this.#stopped;
    this.#stopped = new Promise((resolve) => {
      if (this.#exited) {
        resolve({ k: 'stopped', tick: this.nextTick, state: 'IDLE', reason: 'LOOP_EXITED', disabled: false, atRest: false, error: 'the loop had already exited' });
        return;
      }
      const done = (m: Extract<LoopMessage, { k: 'stopped' }>): void => {
        clearTimeout(timer);
        resolve(m);
      };
      this.once('stopped', done);
      this.#worker.once('exit', () => done({ k: 'stopped', tick: this.nextTick, state: 'IDLE', reason: 'LOOP_EXITED', disabled: false, atRest: false, error: 'the loop exited during shutdown' }));
      // A loop that has failed (it disabled the arm and stopped ticking) never drains the request.
      const timer = setTimeout(
        () => done({ k: 'stopped', tick: this.nextTick, state: 'IDLE', reason: 'LOOP_NOT_RESPONDING', disabled: false, atRest: false, error: 'the loop did not answer the shutdown request' }),
        (holdTimeoutS + 2) * 1000,
      );
      if (this.#writer) this.#writer.request({ k: 'shutdown', holdTimeoutS });
      else this.#inputs.postMessage({ k: 'shutdown', holdTimeoutS });
    });
    return this.#stopped;
  }

  /** Ends the worker thread (after stop()). */
  async terminate(): Promise<void> {
    this.#inputs.close();
    if (!this.#exited) await this.#worker.terminate();
  }
}
