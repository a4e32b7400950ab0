// Shared by the recording package's tests: an in-memory sink, a session header and tick batches whose
// values move like a teleoperated arm (smooth motion plus sensor noise), so sizes and compression ratios
// are those of a real session, not of constant rows.
import { ROW, TICK_ROW, type RecorderTickBatch } from '../src/tick-rows.js';
import type { SessionStartRecord } from '../src/messages.js';

export interface MemorySink {
  chunks: Uint8Array[];
  bytes(): Uint8Array;
  write(b: Uint8Array): void;
}

export function memorySink(): MemorySink {
  const chunks: Uint8Array[] = [];
  return { chunks, write: (b) => void chunks.push(b.slice()), bytes: () => Buffer.concat(chunks) };
}

export const testSession: SessionStartRecord = {
  session_id: 's-test',
  agent_version: '0.0.0',
  protocol_major: 1,
  protocol_minor: 0,
  config_json: JSON.stringify({ driver: 'sim', sim: { tool: 'LND400006', seed: 7 }, recording: { compression: 'zstd' } }),
  start_time_ns: 0,
  wall_clock_iso: '2025-01-01T00:00:00.000Z',
  sim_seed: 7,
  arm_driver: 'sim',
};

/** Ticks from..from+n at 1 kHz; `moving` adds smooth motion and noise (an idle arm still has encoder noise). */
export function movingTicks(from: number, n: number, moving = true, marks: number[] = [], reasons: Array<[number, string]> = []): RecorderTickBatch {
  const rows = new Float64Array(n * TICK_ROW);
  let seed = (from * 2654435761) >>> 0;
  const noise = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return (seed / 2 ** 32 - 0.5) * 1e-6;
  };
  for (let i = 0; i < n; i++) {
    const o = i * TICK_ROW;
    const k = from + i;
    const s = moving ? k / 1000 : 0;
    rows[o + ROW.tick] = k;
    rows[o + ROW.timeNs] = k * 1e6 + 5e6;
    const p = [0.01 * Math.sin(s), 0.02 * Math.cos(0.7 * s), -0.1 + 0.01 * Math.sin(0.3 * s)];
    const half = 0.2 * Math.sin(0.5 * s);
    const q = [Math.sin(half), 0, 0, Math.cos(half)];
    for (let j = 0; j < 3; j++) {
      rows[o + ROW.sp + j] = p[j]!;
      rows[o + ROW.m + j] = p[j]! + noise();
    }
    for (let j = 0; j < 4; j++) {
      rows[o + ROW.sp + 3 + j] = q[j]!;
      rows[o + ROW.m + 3 + j] = q[j]! + noise();
    }
    rows[o + ROW.jawSp] = 0.3 + 0.2 * Math.sin(s);
    rows[o + ROW.jawM] = rows[o + ROW.jawSp]! + noise();
    for (let j = 0; j < 6; j++) rows[o + ROW.js + j] = 0.1 * j + 0.05 * Math.sin(s + j) + noise();
    rows[o + ROW.state] = moving ? 3 : 1;
    rows[o + ROW.op] = 1;
    rows[o + ROW.seq] = moving ? Math.floor(k / 2) : -1;
  }
  return { k: 'ticks', rows, n, reasons, marks };
}
