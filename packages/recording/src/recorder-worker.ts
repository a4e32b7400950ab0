// The recording thread: encodes records and writes the MCAP file, off the loop thread and off main.
// Writes are synchronous (this thread has nothing else to do), so when a chunk is flushed its bytes
// are in the kernel's page cache: a SIGKILL of the agent loses only the open chunk.
//
// The file is created when the SessionStart record arrives (main sends it once the server listens), so
// an agent that fails to start leaves no file. Sizes are checked after every tick batch and every timed
// flush, against the file as it would be with the open chunk flushed (uncompressed: an upper bound) and
// its summary written: a file that would pass recording.maxFileBytes is closed and the session goes on
// in the next part; a session that would pass recording.maxTotalBytes stops recording (the loop never
// waits on any of this).
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { RecorderTickBatch } from './tick-rows.js';
import { loadCompressor, type ChunkCompressor } from './codecs.js';
import { ChunkedMcapWriter } from './mcap-writer.js';
import type { RecorderReport, RecorderRequest, RecorderWorkerData } from './messages.js';
import { Recorder } from './recorder.js';
import { loadRecordingSchema } from './schema.js';
import { partPath } from './series.js';

if (parentPort === null) throw new Error('recording/recorder-worker.js runs as a worker thread');
const port = parentPort;
const data = workerData as RecorderWorkerData;
// The agent clock: ns since the agent's origin on CLOCK_MONOTONIC, the same zero as every other thread.
const clock = { nowNs: (): number => Number(process.hrtime.bigint() - data.originHrNs) };

/** What one tick batch and the records between two checks may add (a 50 ms batch is ~17 KB uncompressed). */
const MARGIN_BYTES = 64 * 1024;

function report(r: RecorderReport): void {
  port.postMessage(r);
}

/**
 * loading: the codec loads; waiting: no file yet (nothing before SessionStart); recording; draining: the
 * total size limit was hit at `drain.lastTick`, inputs handed up to that tick still on their way from
 * main are written, then the file is closed; stopped: nothing more is written.
 */
type State = 'loading' | 'waiting' | 'recording' | 'draining' | 'stopped';
let state: State = 'loading';
/** What arrived before the file existed (tick batches can overtake the SessionStart: two ports). */
const early: Array<() => void> = [];
let pendingSession: Extract<RecorderRequest, { k: 'session' }> | null = null;
let compressor: ChunkCompressor | null = null;
let fd: number | null = null;
let part = 0;
let path = data.path;
/** Bytes of the closed parts. */
let closedBytes = 0;
let recorder: Recorder | null = null;
let writer: ChunkedMcapWriter | null = null;
let drain: { lastTick: number; deadlineNs: number } | null = null;

function fail(e: unknown): void {
  if (state === 'stopped') return;
  state = 'stopped';
  report({ k: 'error', message: e instanceof Error ? e.message : String(e) });
}

/** Creates the next part's file and its writer (the previous writer keeps its own descriptor). */
function openPart(): ChunkedMcapWriter {
  part++;
  path = partPath(data.path, part);
  const file = openSync(path, 'wx');
  fd = file;
  writer = new ChunkedMcapWriter(
    {
      write(bytes) {
        let off = 0;
        while (off < bytes.byteLength) off += writeSync(file, bytes, off, bytes.byteLength - off);
      },
    },
    { compressor },
  );
  return writer;
}

function closeFd(f: number): void {
  fsyncSync(f);
  closeSync(f);
}

const guard = (fn: () => void): void => {
  if (state === 'stopped') return;
  try {
    fn();
  } catch (e) {
    fail(e);
  }
};

/** The file is created with the session record; anything that came first is replayed after it. */
function begin(req: Extract<RecorderRequest, { k: 'session' }>): void {
  guard(() => {
    recorder = new Recorder(openPart(), loadRecordingSchema(), data.writerName, { unixNsAtOrigin: data.unixNsAtOrigin, vizRateHz: data.vizRateHz });
    state = 'recording';
    recorder.on(req);
    report({ k: 'opened', path });
    for (const f of early.splice(0)) f();
  });
}

/** The current file's size once its open chunk and summary are written, plus a margin, bytes. */
function projectedFileBytes(): number {
  const w = writer!;
  return recorder!.bytes + w.openChunkBytes + w.summaryBytesEstimate + MARGIN_BYTES;
}

function checkLimits(): void {
  if (state !== 'recording') return;
  const r = recorder!;
  const projected = projectedFileBytes();
  if (data.maxTotalBytes > 0 && closedBytes + projected > data.maxTotalBytes) {
    state = 'draining';
    drain = { lastTick: r.lastTick, deadlineNs: clock.nowNs() + data.flushIntervalS * 1e9 };
    if (r.inputsCaughtUp) stopAtLimit();
    return;
  }
  if (data.maxFileBytes > 0 && projected > data.maxFileBytes) {
    const closedPath = path;
    const oldFd = fd!;
    const closedFileBytes = r.rotate(openPart());
    closeFd(oldFd);
    closedBytes += closedFileBytes;
    report({ k: 'rotated', closedPath, closedBytes: closedFileBytes, path, part, firstTick: r.lastTick + 1 });
  }
}

function stopAtLimit(): void {
  const r = recorder!;
  r.endFile();
  if (fd !== null) closeFd(fd);
  fd = null;
  closedBytes += r.bytes;
  state = 'stopped';
  report({ k: 'limit', path, bytes: closedBytes, limitBytes: data.maxTotalBytes, lastTick: drain!.lastTick });
}

void loadCompressor(data.compression).then(
  (c) => {
    compressor = c;
    state = 'waiting';
    report({ k: 'ready' });
    if (pendingSession) begin(pendingSession);
  },
  (e) => fail(new Error(`cannot load the ${data.compression} compressor: ${e instanceof Error ? e.message : String(e)}`)),
);

const timer = setInterval(() => {
  if (state === 'draining') {
    if (clock.nowNs() >= drain!.deadlineNs) guard(stopAtLimit);
    return;
  }
  if (state !== 'recording') return;
  guard(() => {
    recorder!.flush();
    checkLimits();
    if (state === 'recording') report({ k: 'bytes', bytes: closedBytes + recorder!.bytes, fileBytes: recorder!.bytes, flushedAtNs: clock.nowNs() });
  });
}, data.flushIntervalS * 1000);

function onTicks(b: RecorderTickBatch): void {
  if (state === 'recording') {
    guard(() => {
      recorder!.onTicks(b);
      checkLimits();
    });
  } else if (state === 'waiting' || state === 'loading') {
    early.push(() => onTicks(b));
  }
  // draining: ticks after the last recorded one are not recorded.
}

/** While draining: only what belongs to a tick already recorded. */
function onDraining(req: RecorderRequest): void {
  const last = drain!.lastTick;
  switch (req.k) {
    case 'frame':
      if (req.refused || req.seq < 0) {
        if (req.tick <= last) recorder!.on(req);
      } else {
        recorder!.on(req);
      }
      break;
    case 'clock':
    case 'control':
      recorder!.on(req);
      break;
    case 'command':
      if (req.tick <= last) recorder!.on(req);
      break;
    default:
      break;
  }
  if (recorder!.inputsCaughtUp) stopAtLimit();
}

data.loop.on('message', onTicks);

port.on('message', (req: RecorderRequest) => {
  if (req.k === 'session' && (state === 'waiting' || state === 'loading')) {
    if (state === 'waiting') begin(req);
    else pendingSession = req;
    return;
  }
  if (req.k !== 'close') {
    if (state === 'recording') guard(() => recorder!.on(req));
    else if (state === 'draining') guard(() => onDraining(req));
    else if (state === 'waiting' || state === 'loading') early.push(() => recorder?.on(req));
    return;
  }
  clearInterval(timer);
  guard(() => {
    // The loop posted its last batch before it told main it stopped, and main sent 'close' after that:
    // the batch is already queued on the loop port, whatever order the two ports deliver in.
    for (let m = receiveMessageOnPort(data.loop); m !== undefined && state === 'recording'; m = receiveMessageOnPort(data.loop)) {
      recorder!.onTicks(m.message as RecorderTickBatch);
      checkLimits();
    }
    if (state === 'draining') stopAtLimit();
    if (state === 'recording') {
      recorder!.end();
      closedBytes += recorder!.bytes;
    }
  });
  const bytes = closedBytes;
  try {
    if (fd !== null) closeFd(fd);
    fd = null;
  } catch (e) {
    fail(e);
  }
  data.loop.close();
  report({ k: 'closed', bytes, path });
  port.close();
});
