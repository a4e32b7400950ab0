// How the loop keeps its garbage collections from waiting for V8's helper threads (FARHAND_LOOP_GC):
// 'local' (the default), 'sync-sweep' (local, plus array buffers swept inside every pause, process-wide)
// or 'background' (as before, to compare in bench/loop-beside.bench.mjs).
//
// Beside a browser, the loop's worst stalls were single scavenges of the loop isolate taking 17-139 ms
// instead of ~1 ms, and V8's own trace (--trace-gc-nvp) put nearly all of that time in one phase:
// scavenge.sweep_array_buffers. A scavenge that finds ArrayBuffers allocated since the last one hands
// their sweeping to a task on V8's worker pool (ArrayBufferSweeper::RequestSweep -> CallOnWorkerThread,
// inside the pause), and the next collection waits for that task if it is still running. The pool's
// threads run at normal priority; with Chromium on both CPUs the SCHED_FIFO loop thread then waits for a
// thread that waits for a CPU (priority inversion). The loop allocated one ArrayBuffer per 50 ms batch
// (its tick rows, transferred to the recorder) and one per second (its CPU time, read with readFileSync),
// so every scavenge of its heap had some.
//
// 'local': the loop allocates no ArrayBuffer in steady state. Its tick rows stay in one buffer, copied to
// the recorder by postMessage (the copy is the receiver's), and thread-cpu.ts reads into one buffer, so
// its scavenges find none and hand nothing to the pool (the core still makes a few when a state change
// re-makes its filters: one run in seven had a 30 ms scavenge in that phase).
// 'sync-sweep' adds --no-concurrent-array-buffer-sweeping (safe at run time, unlike concurrent or
// parallel marking, where V8 aborts at the next major GC): the rest are swept inside the pause, by the
// thread whose heap it is (none of ten runs had a loop scavenge in that phase), but main sweeps its own
// (WebSocket buffers) in its pauses too: its longest GC pause per run was ~4x longer (median 63 vs 15-19 ms).
import { setFlagsFromString } from 'node:v8';

export type LoopGcMode = 'local' | 'sync-sweep' | 'background';

export const LOOP_GC_ENV = 'FARHAND_LOOP_GC';

const MODES: readonly LoopGcMode[] = ['local', 'sync-sweep', 'background'];

/** FARHAND_LOOP_GC: 'local' (default), 'sync-sweep' or 'background' (a fresh tick-row buffer per batch, as before). */
export function loopGcMode(env: NodeJS.ProcessEnv): LoopGcMode {
  const v = env[LOOP_GC_ENV];
  if (v === undefined || v === '') return 'local';
  if ((MODES as readonly string[]).includes(v)) return v as LoopGcMode;
  throw new Error(
    `${LOOP_GC_ENV} must be "local" (the default: the loop allocates no ArrayBuffer, so its scavenges do not wait for V8's helper threads), ` +
      `"sync-sweep" (also sweep array buffers inside every GC pause, process-wide) or "background" (as before, to compare), got ${JSON.stringify(v)}`,
  );
}

/** Whether the loop reuses one tick-row buffer (copied to the recorder) instead of transferring a fresh one. */
export function reusesRowBuffer(mode: LoopGcMode): boolean {
  return mode !== 'background';
}

/** The V8 flags a mode sets; each is safe to set while the process runs. */
export function loopGcV8Flags(mode: LoopGcMode): readonly string[] {
  return mode === 'sync-sweep' ? ['--no-concurrent-array-buffer-sweeping'] : [];
}

/** Sets the mode's flags for the whole process (LoopHost.start, before the loop worker starts). */
export function applyLoopGcMode(mode: LoopGcMode): void {
  const flags = loopGcV8Flags(mode);
  if (flags.length > 0) setFlagsFromString(flags.join(' '));
}
