// Main-thread side of the recorder: starts the recording thread, forwards records, keeps the byte count.
// A recording failure (disk full, permissions) is reported and stops the recording, never the loop.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { compiledFile } from './compiled.js';
import type { RecorderReport, RecorderRequest, RecorderWorkerData } from './messages.js';

export interface RecorderHostEvents {
  error: [string];
}

export class RecorderHost extends EventEmitter<RecorderHostEvents> {
  readonly path: string;
  readonly #worker: Worker;
  #bytes = 0;
  #failed: string | null = null;
  #closed: Promise<number> | null = null;

  private constructor(worker: Worker, path: string) {
    super();
    this.#worker = worker;
    this.path = path;
  }

  /**
   * Opens <dir>/farhand-<wall clock>-<session id>.mcap. Returns the host and the port the loop worker
   * posts its tick batches to. The caller sends { k: 'session' } first once tick 0's time is known.
   */
  static async open(dir: string, sessionId: string, wallClockIso: string, flushIntervalS: number, originHrNs: bigint, writerName: string): Promise<{ host: RecorderHost; loopPort: MessagePort }> {
    mkdirSync(dir, { recursive: true });
    const stamp = wallClockIso.replace(/[:.]/g, '-');
    const path = join(dir, `farhand-${stamp}-${sessionId}.mcap`);
    const channel = new MessageChannel();
    const workerData: RecorderWorkerData = { path, flushIntervalS, originHrNs, writerName, loop: channel.port2 };
    const worker = new Worker(compiledFile('recorder-worker.js'), { workerData, transferList: [channel.port2], name: 'farhand-recorder' });
    const host = new RecorderHost(worker, path);
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number): void => reject(new Error(`the recorder thread exited (code ${code}) before opening ${path}`));
      worker.once('exit', onExit);
      worker.once('error', reject);
      worker.on('message', (r: RecorderReport) => {
        switch (r.k) {
          case 'opened':
            worker.off('exit', onExit);
            worker.off('error', reject);
            resolve();
            break;
          case 'bytes':
            host.#bytes = r.bytes;
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

  /** Bytes in the file as of the last flush. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Why recording stopped, or null while it works. */
  get failure(): string | null {
    return this.#failed;
  }

  send(req: RecorderRequest): void {
    if (this.#failed !== null || this.#closed !== null) return;
    this.#worker.postMessage(req);
  }

  /** Writes the summary and footer, closes the file, ends the thread. Resolves with the file size. */
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
