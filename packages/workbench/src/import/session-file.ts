// Writes an imported session through the agent's own recorder (@farhand/recording: Recorder,
// ChunkedMcapWriter, the chunk codecs), so an imported file is what the agent writes: same profile,
// channels, schemas and encodings, compressed chunks (recording.compression, zstd by default), log
// times on the Unix epoch, the MCAP Metadata records (session, arm, config) and the Foxglove channels
// (tool frames, poses, joint states). The records go in as the agent's threads hand them over: inputs
// (frames, clock samples, control changes) with a sequence number, tick rows in batches with the marks
// that say at which tick each input reached the core; the Recorder matches them, as it does live.
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  ChunkedMcapWriter,
  Recorder,
  ROW,
  TICK_ROW,
  VIZ_RATE_HZ,
  loadCompressor,
  loadRecordingSchema,
  type Compression,
  type RecorderRequest,
  type SessionStartRecord,
} from '@farhand/recording';
import type { Trace } from '../replay/trace.js';

/** An input handed to the core at `tick` (frame, clock sample, control change), before its seq is known. */
export type ImportInput = Extract<RecorderRequest, { k: 'frame' | 'clock' | 'control' }> extends infer T ? (T extends unknown ? Omit<T, 'seq' | 'tick'> & { tick: number } : never) : never;
/** A record that carries its own tick (command with its ack, event). */
export type ImportRecord = Extract<RecorderRequest, { k: 'command' | 'event' }>;

export interface SessionFileOptions {
  /** Chunk compression, as the agent's recording.compression. */
  compression: Compression;
  /** Unix-epoch ns of the agent clock's zero: log time = this + the record's agent time. */
  unixNsAtOrigin: bigint;
  /** Foxglove channels' rate (default: the agent's, 100 Hz). */
  vizRateHz?: number;
  /** Ticks per batch handed to the recorder (the loop hands 50 ms). */
  batchTicks: number;
  /** Ticks between chunk flushes (the agent closes a chunk every recording.flushIntervalS). */
  flushTicks: number;
}

/**
 * Writes the whole session: start record, then inputs and records in tick order with the traces' tick
 * rows. One trace: the one-arm loop's rows. Several (one per arm, same ticks, arm order): the multi-arm
 * loop's rows, every arm's row of a tick together, arm 0 first, reasons per arm (robot-agent arms-loop.ts).
 */
export async function writeSessionFile(
  path: string,
  library: string,
  start: SessionStartRecord,
  traces: readonly Trace[],
  inputs: ImportInput[],
  records: Array<{ tick: number; record: ImportRecord }>,
  options: SessionFileOptions,
): Promise<void> {
  const compressor = await loadCompressor(options.compression);
  const fd = openSync(path, 'w');
  try {
    const writer = new ChunkedMcapWriter({ write: (b) => writeAll(fd, b) }, { compressor });
    const rec = new Recorder(writer, loadRecordingSchema(), library, { unixNsAtOrigin: options.unixNsAtOrigin, vizRateHz: options.vizRateHz ?? VIZ_RATE_HZ });
    rec.on({ k: 'session', start });
    // Seqs in hand-over order (by tick; within a tick each kind keeps its order), as main numbers them.
    const handed = inputs.map((x, i) => ({ x, i })).sort((a, b) => a.x.tick - b.x.tick || a.i - b.i);
    const sortedRecords = records.map((r, i) => ({ r, i })).sort((a, b) => a.r.tick - b.r.tick || a.i - b.i);
    let nextInput = 0;
    let nextRecord = 0;
    const trace = traces[0];
    if (!trace) throw new RangeError('writeSessionFile needs at least one trace');
    const nArms = traces.length;
    for (const t of traces) if (t.length !== trace.length) throw new RangeError(`writeSessionFile: every arm's trace must have the same ticks (${t.length} vs ${trace.length})`);
    const reasonIdx = traces.map(() => -1);
    for (let from = 0; from < trace.length; from += options.batchTicks) {
      const to = Math.min(trace.length, from + options.batchTicks);
      const marks: number[] = [];
      for (let i = from; i < to; i++) {
        const tick = trace.tick[i] as number;
        let last = -1;
        while (nextInput < handed.length && handed[nextInput]!.x.tick <= tick) {
          const { tick: _t, ...body } = handed[nextInput]!.x;
          last = nextInput;
          rec.on({ ...body, seq: nextInput } as RecorderRequest);
          nextInput++;
        }
        if (last >= 0) marks.push(tick, last);
        while (nextRecord < sortedRecords.length && sortedRecords[nextRecord]!.r.tick <= tick) rec.on(sortedRecords[nextRecord++]!.r.record);
      }
      const rows = new Float64Array((to - from) * nArms * TICK_ROW);
      const reasons: Array<[number, string] | [number, string, number]> = [];
      for (let i = from; i < to; i++) {
        for (let k = 0; k < nArms; k++) {
          const t = traces[k]!;
          tickRow(t, i, rows, ((i - from) * nArms + k) * TICK_ROW);
          const r = t.reason[i] as number;
          if (r !== reasonIdx[k]) {
            reasons.push(nArms === 1 ? [t.tick[i] as number, t.reasons[r] ?? ''] : [t.tick[i] as number, t.reasons[r] ?? '', k]);
            reasonIdx[k] = r;
          }
        }
      }
      rec.onTicks({ k: 'ticks', rows, n: (to - from) * nArms, ...(nArms > 1 ? { arms: nArms } : {}), reasons, marks });
      if (Math.floor(to / options.flushTicks) > Math.floor(from / options.flushTicks)) rec.flush();
    }
    // Inputs past the last tick never reached the core (recorded as the agent does when its loop stops).
    for (; nextInput < handed.length; nextInput++) {
      const { tick: _t, ...body } = handed[nextInput]!.x;
      rec.on({ ...body, seq: nextInput } as RecorderRequest);
    }
    while (nextRecord < sortedRecords.length) rec.on(sortedRecords[nextRecord++]!.r.record);
    rec.end();
  } finally {
    closeSync(fd);
  }
}

/** Row i of a trace in the loop's tick-row layout (what the loop hands the recorder). */
function tickRow(t: Trace, i: number, rows: Float64Array, o: number): void {
  rows[o + ROW.tick] = t.tick[i] as number;
  rows[o + ROW.timeNs] = t.timeNs[i] as number;
  for (let k = 0; k < 7; k++) {
    rows[o + ROW.sp + k] = t.setpoint[i * 7 + k] as number;
    rows[o + ROW.m + k] = t.measured[i * 7 + k] as number;
  }
  rows[o + ROW.jawSp] = t.jaw[i] as number;
  for (let j = 0; j < 6; j++) rows[o + ROW.js + j] = t.measuredJs[i * 6 + j] as number;
  rows[o + ROW.jawM] = t.jawMeasured[i] as number;
  // The trace's state and arm-state indices are the loop's (replay/trace.ts STATES, OP_STATES).
  rows[o + ROW.state] = t.state[i] as number;
  rows[o + ROW.op] = t.opState[i] as number;
  rows[o + ROW.seq] = t.lastAppliedSeq[i] as number;
}

function writeAll(fd: number, b: Uint8Array): void {
  let off = 0;
  while (off < b.length) off += writeSync(fd, b, off, b.length - off);
}
