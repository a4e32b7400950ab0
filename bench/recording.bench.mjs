// What a recording costs, per codec: bytes per second of session idle and following, the compression
// ratio, and the recorder thread's CPU per chunk (encoding every record + compressing the chunk), with
// the uncompressed file ("none") measured in the same run as the baseline.
// The session is real: a synthetic hand motion imported with `farhand import`'s builder, so its tick
// records come from the real core and simulator (idle = the lead-in before ENGAGE, arm holding at home;
// following = the hand moving). Its ticks, frames and events are then fed to the recorder's own code
// (Recorder + ChunkedMcapWriter, what the recorder thread runs) in the loop's 50 ms batches, a chunk
// closed every 0.5 s of ticks as the thread's timer does, with the Foxglove channels at 100 Hz and
// Unix-epoch log times, exactly as the agent writes.
//   node bench/recording.bench.mjs            (after `node scripts/build.mjs`)
//   FARHAND_BENCH_RECORDING_S=10 node bench/recording.bench.mjs   (seconds of each phase; default 20)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeEnvelope, toMotionFrame } from '../packages/protocol/dist/index.js';
import { ChunkedMcapWriter, Recorder, ROW, TICK_ROW, ZSTD_LEVEL, loadCompressor, loadRecordingSchema, readRecordingBytes } from '../packages/recording/dist/index.js';
import { buildSession } from '../packages/workbench/dist/import/build.js';
import { loadSession } from '../packages/workbench/dist/replay/session.js';
import { handTrack } from './replay.bench.mjs';
import { runIfMain } from './table.mjs';

const CODECS = ['none', 'lz4', 'zstd'];
const BATCH_TICKS = 50; // the loop's batches to the recorder: every 50 ms at 1 kHz
const FLUSH_TICKS = 500; // the recorder's timer: a chunk every 0.5 s
const REPEATS = 3; // the fastest of 3 runs per codec and phase counts (the machine is shared)

/** The recorder's inputs for ticks [from, to) of a loaded session: tick batches with marks, frames before them. */
function inputs(session, from, to) {
  const t = session.ticks;
  const batches = [];
  let fi = session.frames.findIndex((f) => f.tick >= t.tick[from]);
  if (fi < 0) fi = session.frames.length;
  let seq = 0;
  for (let b = from; b < to; b += BATCH_TICKS) {
    const n = Math.min(BATCH_TICKS, to - b);
    const rows = new Float64Array(n * TICK_ROW);
    const frames = [];
    const marks = [];
    for (let i = 0; i < n; i++) {
      const k = b + i;
      const o = i * TICK_ROW;
      rows[o + ROW.tick] = t.tick[k];
      rows[o + ROW.timeNs] = t.timeNs[k];
      for (let j = 0; j < 7; j++) {
        rows[o + ROW.sp + j] = t.setpoint[k * 7 + j];
        rows[o + ROW.m + j] = t.measured[k * 7 + j];
      }
      rows[o + ROW.jawSp] = t.jaw[k];
      for (let j = 0; j < 6; j++) rows[o + ROW.js + j] = t.measuredJs[k * 6 + j];
      rows[o + ROW.jawM] = t.jawMeasured[k];
      rows[o + ROW.state] = t.state[k];
      rows[o + ROW.op] = t.opState[k];
      rows[o + ROW.seq] = t.lastAppliedSeq[k];
      while (fi < session.frames.length && session.frames[fi].tick <= t.tick[k]) {
        const f = session.frames[fi++];
        frames.push({
          k: 'frame',
          seq,
          tick: f.tick,
          receiveTimeNs: f.arrived.receiveTimeNs,
          sessionId: f.arrived.sourceId,
          envelope: encodeEnvelope({ motion: toMotionFrame(f.arrived.frame) }),
          refused: false,
          refuseReason: '',
        });
        marks.push(t.tick[k], seq++);
      }
    }
    batches.push({ frames, batch: { k: 'ticks', rows, n, reasons: b === from ? [[t.tick[b], t.reasons[t.reason[b]] ?? '']] : [], marks } });
  }
  return batches;
}

/** Records the inputs with one codec; returns bytes, chunk figures and CPU. */
function record(session, batches, compressor) {
  let bytes = 0;
  const writer = new ChunkedMcapWriter({ write: (b) => void (bytes += b.byteLength) }, { compressor });
  const unixNsAtOrigin = BigInt(Date.now()) * 1_000_000n;
  const r = new Recorder(writer, loadRecordingSchema(), 'bench', { unixNsAtOrigin, vizRateHz: 100 });
  const start = session.start;
  r.on({ k: 'session', start: { session_id: start.sessionId, agent_version: start.agentVersion, protocol_major: 1, protocol_minor: 0, config_json: start.configJson, start_time_ns: start.startTimeNs, wall_clock_iso: start.wallClockIso, sim_seed: start.simSeed, arm_driver: start.armDriver } });
  const headerBytes = bytes;
  const before = writer.chunkStats.compressNs;
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  let ticks = 0;
  for (const { frames, batch } of batches) {
    for (const f of frames) r.on(f);
    r.onTicks(batch);
    ticks += batch.n;
    if (ticks % FLUSH_TICKS === 0) r.flush();
  }
  r.flush();
  const cpu = process.cpuUsage(cpu0);
  const wallNs = Number(process.hrtime.bigint() - wall0);
  const s = writer.chunkStats;
  return {
    dataBytes: bytes - headerBytes,
    chunks: s.chunks - 1, // the session header's own chunk is not part of the phase
    uncompressedBytes: s.uncompressedBytes,
    writtenBytes: s.writtenBytes,
    cpuNs: (cpu.user + cpu.system) * 1000,
    wallNs,
    compressNs: s.compressNs - before,
    ticks,
    end: () => {
      r.end();
      return bytes;
    },
  };
}

export default async function run() {
  const phaseS = Number(process.env.FARHAND_BENCH_RECORDING_S ?? 20);
  const dir = mkdtempSync(join(tmpdir(), 'farhand-bench-recording-'));
  try {
    const file = join(dir, 'session.mcap');
    await buildSession(handTrack(phaseS), file, { scale: 0.2, leadInS: phaseS });
    const session = await loadSession(file);
    const t = session.ticks;
    let firstFollow = 0;
    while (firstFollow < t.length && t.state[firstFollow] !== 2) firstFollow++;
    // Whole flush intervals of each phase; idle ends before ENGAGE, following starts 0.5 s after it.
    const idleTo = Math.floor((firstFollow - 100) / FLUSH_TICKS) * FLUSH_TICKS;
    const followFrom = firstFollow + 500;
    const followTo = followFrom + Math.floor((t.length - followFrom - 200) / FLUSH_TICKS) * FLUSH_TICKS;
    const phases = [
      { phase: 'idle', batches: inputs(session, 0, idleTo) },
      { phase: 'following', batches: inputs(session, followFrom, followTo) },
    ];
    const compressors = {};
    for (const c of CODECS) compressors[c] = await loadCompressor(c);

    // Every codec's file reads back to the same ticks (a bench that measured a broken writer would be worthless).
    for (const c of CODECS) {
      const bytes = [];
      const w = new ChunkedMcapWriter({ write: (b) => void bytes.push(b.slice()) }, { compressor: compressors[c] });
      const rec = new Recorder(w, loadRecordingSchema(), 'check', { vizRateHz: 100 });
      for (const { frames, batch } of phases[1].batches.slice(0, 40)) {
        for (const f of frames) rec.on(f);
        rec.onTicks(batch);
      }
      rec.end();
      const back = readRecordingBytes(Buffer.concat(bytes));
      if (!back.complete || back.ticks.length !== 40 * BATCH_TICKS) throw new Error(`${c}: the file did not read back (${back.ticks.length} ticks, ${back.stopReason ?? 'complete'})`);
    }

    const rows = [];
    for (const { phase, batches } of phases) {
      const results = {};
      // Interleaved repeats, so a burst of load elsewhere hits every codec alike; the fastest run counts.
      for (let rep = 0; rep < REPEATS; rep++) {
        for (const c of CODECS) {
          const r = record(session, batches, compressors[c]);
          if (!results[c] || r.cpuNs < results[c].cpuNs) results[c] = r;
        }
      }
      const base = results.none;
      for (const c of CODECS) {
        const r = results[c];
        const seconds = r.ticks / 1000;
        rows.push({
          phase,
          codec: c === 'zstd' ? `zstd ${ZSTD_LEVEL}` : c,
          'session s': seconds,
          'bytes/s': Math.round(r.dataBytes / seconds),
          'GB per 4 h': +((r.dataBytes / seconds) * 4 * 3600 / 1e9).toFixed(2),
          'ratio vs none': +(r.dataBytes / base.dataBytes).toFixed(3),
          chunks: r.chunks,
          'chunk KB (raw)': +(r.uncompressedBytes / (r.chunks + 1) / 1000).toFixed(1),
          'CPU ms/chunk': +(r.cpuNs / 1e6 / r.chunks).toFixed(2),
          'of which compress ms': +(r.compressNs / 1e6 / r.chunks).toFixed(2),
          'extra vs none ms': +((r.cpuNs - base.cpuNs) / 1e6 / r.chunks).toFixed(2),
          'thread CPU %': +((r.cpuNs / 1e9 / seconds) * 100).toFixed(1),
        });
      }
    }
    return {
      title: 'recording: size and recorder-thread cost per codec (1 kHz ticks, chunk every 0.5 s, Foxglove channels at 100 Hz)',
      rows,
      notes: [
        `session from the import builder (${phaseS} s lead-in, ${phaseS} s of synthetic hand motion): idle = the ticks before ENGAGE (arm holding), following = from 0.5 s after ENGAGE; lengths in "session s"; real core + simulator tick records`,
        'bytes/s: data section per second of session (the once-per-file header, schemas and metadata are left out); a 0.5 s chunk is what a SIGKILL can lose',
        'CPU ms/chunk: recorder-thread CPU (user + system) per 0.5 s chunk, encoding every record plus compressing; "none" is the baseline measured in the same run; fastest of 3 interleaved runs',
        'thread CPU %: of one core, at 1 kHz; the loop thread never waits on the recorder (it posts batches)',
        `zstd: @foxglove/wasm-zstd (libzstd as WebAssembly) level ${ZSTD_LEVEL}; lz4: lz4js (pure JS, LZ4 frame); both read by Foxglove, the mcap CLI and @mcap/core`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, run);
