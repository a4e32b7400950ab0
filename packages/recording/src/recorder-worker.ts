// The recording thread: encodes records and writes the MCAP file, off the loop thread and off main.
// Writes are synchronous (this thread has nothing else to do), so when a chunk is flushed its bytes
// are in the kernel's page cache: a SIGKILL of the agent loses only the open chunk.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { RecorderTickBatch } from './tick-rows.js';
import { ChunkedMcapWriter } from './mcap-writer.js';
import type { RecorderReport, RecorderRequest, RecorderWorkerData } from './messages.js';
import { Recorder } from './recorder.js';
import { loadRecordingSchema } from './schema.js';

if (parentPort === null) throw new Error('recording/recorder-worker.js runs as a worker thread');
const port = parentPort;
const data = workerData as RecorderWorkerData;
// The agent clock: ns since the agent's origin on CLOCK_MONOTONIC, the same zero as every other thread.
const clock = { nowNs: (): number => Number(process.hrtime.bigint() - data.originHrNs) };

function report(r: RecorderReport): void {
  port.postMessage(r);
}

let fd: number | null = null;
let recorder: Recorder | null = null;
let failed = false;

function fail(e: unknown): void {
  if (failed) return;
  failed = true;
  report({ k: 'error', message: e instanceof Error ? e.message : String(e) });
}

try {
  fd = openSync(data.path, 'wx');
  const file = fd;
  const writer = new ChunkedMcapWriter({
    write(bytes) {
      let off = 0;
      while (off < bytes.byteLength) off += writeSync(file, bytes, off, bytes.byteLength - off);
    },
  });
  recorder = new Recorder(writer, loadRecordingSchema(), data.writerName);
  report({ k: 'opened', path: data.path });
} catch (e) {
  fail(e);
}

const guard = (fn: () => void): void => {
  if (failed || recorder === null) return;
  try {
    fn();
  } catch (e) {
    fail(e);
  }
};

const timer = setInterval(() => {
  guard(() => {
    recorder!.flush();
    report({ k: 'bytes', bytes: recorder!.bytes, flushedAtNs: clock.nowNs() });
  });
}, data.flushIntervalS * 1000);

data.loop.on('message', (b: RecorderTickBatch) => guard(() => recorder!.onTicks(b)));

port.on('message', (req: RecorderRequest) => {
  if (req.k !== 'close') {
    guard(() => recorder!.on(req));
    return;
  }
  clearInterval(timer);
  {
    let bytes = 0;
    guard(() => {
      // The loop posted its last batch before it told main it stopped, and main sent 'close' after that:
      // the batch is already queued on the loop port, whatever order the two ports deliver in.
      for (let m = receiveMessageOnPort(data.loop); m !== undefined; m = receiveMessageOnPort(data.loop)) {
        recorder!.onTicks(m.message as RecorderTickBatch);
      }
      recorder!.end();
      bytes = recorder!.bytes;
    });
    if (fd !== null) {
      try {
        fsyncSync(fd);
        closeSync(fd);
      } catch (e) {
        fail(e);
      }
    }
    data.loop.close();
    report({ k: 'closed', bytes, path: data.path });
    port.close();
  }
});
