// Main-thread side of the recorder: starts the recording thread, forwards records, keeps the byte count.
// A recording failure (disk full, permissions) is reported and stops the recording, never the loop; so
// does reaching recording.maxTotalBytes ('limit'). Rotation to the next file is reported ('rotated').
import { EventEmitter } from 'node:events';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Compression } from './codecs.js';
import { compiledFile } from './compiled.js';
import type { RecorderReport, RecorderRequest, RecorderWorkerData } from './messages.js';
import { VIZ_RATE_HZ } from './viz.js';

export interface RecorderHostEvents {
  error: [string];
  /** A file reached maxFileBytes: closed, and recording goes on in `path`. */
  rotated: [Extract<RecorderReport, { k: 'rotated' }>];
  /** maxTotalBytes reached: the last file is closed and recording has stopped. */
  limit: [Extract<RecorderReport, { k: 'limit' }>];
}

export interface RecorderOpenOptions {
  dir: string;
  sessionId: string;
  wallClockIso: string;
  flushIntervalS: number;
  /** process.hrtime.bigint() at the agent clock's zero. */
  originHrNs: bigint;
  /** MCAP header library string, e.g. "farhand-agent 0.1.0". */
  writerName: string;
  compression?: Compression;
  /** 0 or absent: no rotation. */
  maxFileBytes?: number;
  /** 0 or absent: no limit. */
  maxTotalBytes?: number;
  /** Unix-epoch ns at the agent clock's zero (default: from the wall clock now and originHrNs). */
  unixNsAtOrigin?: bigint;
  /** Foxglove channels' rate, Hz (default 100; 0: none). */
  vizRateHz?: number;
}

/** Unix-epoch ns at the zero of a clock read as process.hrtime.bigint() - originHrNs. */
export function unixNsAtOrigin(originHrNs: bigint): bigint {
  // performance.timeOrigin + performance.now() is the wall clock at sub-ms resolution, read at the same
  // instant as hrtime: the offset is fixed for the session, so log times follow the monotonic clock.
  const hr = process.hrtime.bigint();
  const unixNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  return unixNs - (hr - originHrNs);
}

export class RecorderHost extends EventEmitter<RecorderHostEvents> {
  /** The first file of the session; later parts are listed by `paths`. */
  readonly path: string;
  readonly #paths: string[];
  readonly #worker: Worker;
  #bytes = 0;
  #failed: string | null = null;
  #stopped: string | null = null;
  #closed: Promise<number> | null = null;

  private constructor(worker: Worker, path: string) {
    super();
    this.#worker = worker;
    this.path = path;
    this.#paths = [path];
  }

  /**
   * Starts the recording thread for <dir>/farhand-<wall clock>-<session id>.mcap. The file itself is
   * created when the caller sends { k: 'session' } (once tick 0's time is known and the agent listens):
   * an agent that fails to start leaves no file. Returns the host and the port the loop worker posts its
   * tick batches to. Throws when the directory cannot be created or written.
   */
  static async open(o: RecorderOpenOptions): Promise<{ host: RecorderHost; loopPort: MessagePort }> {
    mkdirSync(o.dir, { recursive: true });
    accessSync(o.dir, constants.W_OK);
    const stamp = o.wallClockIso.replace(/[:.]/g, '-');
    const path = join(o.dir, `farhand-${stamp}-${o.sessionId}.mcap`);
    const channel = new MessageChannel();
    const workerData: RecorderWorkerData = {
      path,
      flushIntervalS: o.flushIntervalS,
      compression: o.compression ?? 'zstd',
      maxFileBytes: o.maxFileBytes ?? 0,
      maxTotalBytes: o.maxTotalBytes ?? 0,
      unixNsAtOrigin: o.unixNsAtOrigin ?? unixNsAtOrigin(o.originHrNs),
      vizRateHz: o.vizRateHz ?? VIZ_RATE_HZ,
      originHrNs: o.originHrNs,
      writerName: o.writerName,
      loop: channel.port2,
    };
    const worker = new Worker(compiledFile('recorder-worker.js'), { workerData, transferList: [channel.port2], name: 'farhand-recorder' });
    const host = new RecorderHost(worker, path);
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number): void => reject(new Error(`the recorder thread exited (code ${code}) before it was ready for ${path}`));
      worker.once('exit', onExit);
      worker.once('error', reject);
      worker.on('message', (r: RecorderReport) => {
        switch (r.k) {
          case 'ready':
            worker.off('exit', onExit);
            worker.off('error', reject);
            resolve();
            break;
          case 'opened':
            break;
          case 'bytes':
            host.#bytes = r.bytes;
            break;
          case 'rotated':
            host.#paths.push(r.path);
            host.emit('rotated', r);
            break;
          case 'limit':
            host.#bytes = r.bytes;
            host.#stopped = `recording.maxTotalBytes (${r.limitBytes} bytes) reached`;
            host.emit('limit', r);
            break;
          case 'error':
            host.#failed = r.message;
            host.emit('error', r.message);
            reject(new Error(`recording to ${path} failed: ${r.message}`));
            break;
          case 'closed':
            host.#bytes = r.bytes;
            break;
        }
      });
    });
    worker.on('error', (e) => {
      host.#failed = e.message;
      host.emit('error', e.message);
    });
    return { host, loopPort: channel.port1 };
  }

  /** Bytes in the session's files as of the last flush. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Every file of the session so far (more than one once rotated). */
  get paths(): readonly string[] {
    return this.#paths;
  }

  /** Why recording stopped, or null while it works. */
  get failure(): string | null {
    return this.#failed;
  }

  /** Why recording stopped on purpose (a size limit), or null. */
  get stopped(): string | null {
    return this.#stopped;
  }

  send(req: RecorderRequest): void {
    if (this.#failed !== null || this.#stopped !== null || this.#closed !== null) return;
    this.#worker.postMessage(req);
  }

  /** Writes the summary and footer, closes the file, ends the thread. Resolves with the session's bytes. */
  close(): Promise<number> {
    if (this.#closed) return this.#closed;
    this.#closed = new Promise<number>((resolve) => {
      const finish = (): void => {
        void this.#worker.terminate().then(() => resolve(this.#bytes));
      };
      this.#worker.on('message', (r: RecorderReport) => {
        if (r.k === 'closed') finish();
      });
      this.#worker.once('exit', () => resolve(this.#bytes));
      this.#worker.postMessage({ k: 'close' } satisfies RecorderRequest);
    });
    return this.#closed;
  }
}
