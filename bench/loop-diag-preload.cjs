// Diagnostics for bench/loop-beside.bench.mjs, preloaded into the agent (`node --require`), so the agent's
// code is measured unchanged. In every thread: GC pauses (PerformanceObserver 'gc') and the event loop's
// delay (perf_hooks monitorEventLoopDelay). In the loop thread (the worker whose workerData has a config),
// it times the calls a tick makes that could wait on another thread: Atomics.wait (how much later than
// asked it returned: the kernel did not run the thread, or it waited for V8's futex mutex),
// receiveMessageOnPort (the input port's mutex, the message's deserialisation), MessagePort postMessage
// (the receiver's port mutex), the input ring's decode (v8.deserialize, if used), and the time between two waits
// (the tick's own work plus the event loop turn, GC included). Slow events (>= 2 ms) are written as JSON
// lines to `${FARHAND_LOOP_DIAG}.<threadId>.jsonl`, all times CLOCK_MONOTONIC ns.
'use strict';
const { openSync, writeSync } = require('node:fs');
const { performance, PerformanceObserver, monitorEventLoopDelay } = require('node:perf_hooks');
const wt = require('node:worker_threads');
const v8 = require('node:v8');
const { syncBuiltinESMExports } = require('node:module');

// Experiments (bench variants), main thread only: extra V8 flags set before the agent's code runs
// (FARHAND_DIAG_V8_FLAGS, e.g. "--trace-gc-nvp"), and the loop worker's young generation
// (FARHAND_DIAG_YOUNG_MB: its resourceLimits.maxYoungGenerationSizeMb instead of the agent's).
if (wt.isMainThread && process.env.FARHAND_DIAG_V8_FLAGS) v8.setFlagsFromString(process.env.FARHAND_DIAG_V8_FLAGS);
// FARHAND_DIAG_DROP_FLAGS: V8 flags the agent would set (space-separated) that are dropped, e.g.
// "--no-concurrent-recompilation" to let the loop isolate optimize on V8's threads as main does.
if (wt.isMainThread && process.env.FARHAND_DIAG_DROP_FLAGS) {
  const drop = new Set(process.env.FARHAND_DIAG_DROP_FLAGS.split(' ').filter(Boolean));
  const set = v8.setFlagsFromString;
  v8.setFlagsFromString = (flags) => set(flags.split(' ').filter((f) => !drop.has(f)).join(' '));
  syncBuiltinESMExports();
}
if (wt.isMainThread && process.env.FARHAND_DIAG_YOUNG_MB) {
  const youngMb = Number(process.env.FARHAND_DIAG_YOUNG_MB);
  const Base = wt.Worker;
  wt.Worker = class extends Base {
    constructor(file, options = {}) {
      super(file, options.name === 'farhand-loop' ? { ...options, resourceLimits: { ...options.resourceLimits, maxYoungGenerationSizeMb: youngMb } } : options);
    }
  };
  syncBuiltinESMExports();
}

const base = process.env.FARHAND_LOOP_DIAG;
if (base) {
  const mono0 = Number(process.hrtime.bigint());
  const perf0 = performance.now();
  const mono = () => Number(process.hrtime.bigint());
  const perfToMono = (ms) => mono0 + (ms - perf0) * 1e6;
  const isLoop = !wt.isMainThread && wt.workerData && typeof wt.workerData === 'object' && wt.workerData.config && wt.workerData.originHrNs !== undefined;
  const thread = wt.isMainThread ? 'main' : isLoop ? 'loop' : `worker${wt.threadId}`;
  const file = `${base}.${thread}.jsonl`;
  let lines = [];
  let fd = -1;
  const emit = (o) => lines.push(JSON.stringify({ thread, ...o }));
  const SLOW_NS = 2e6;

  new PerformanceObserver((list) => {
    // Every collection in the loop thread (count, distribution), the slow ones elsewhere.
    for (const e of list.getEntries()) if (e.duration >= 1 || isLoop) emit({ k: 'gc', t: perfToMono(e.startTime), ms: e.duration, kind: e.detail?.kind });
  }).observe({ entryTypes: ['gc'] });

  const eld = monitorEventLoopDelay({ resolution: 1 });
  eld.enable();

  if (isLoop) {
    // The loop thread's own scheduler figures (/proc/thread-self/schedstat: ns on a CPU, ns runnable but
    // waiting for one), read at each wait's start and return: a slow span is then work (on a CPU),
    // waiting for a CPU (runnable), or blocked (neither: a lock, a page fault's I/O or mmap lock).
    const { readSync } = require('node:fs');
    let schedFd = -1;
    try {
      schedFd = openSync('/proc/thread-self/schedstat', 'r');
    } catch {}
    const schedBuf = Buffer.alloc(128);
    const sched = [0, 0];
    const readSched = (into) => {
      if (schedFd < 0) return;
      const n = readSync(schedFd, schedBuf, 0, 128, 0);
      let f = 0;
      let v = 0;
      for (let i = 0; i < n && f < 2; i++) {
        const c = schedBuf[i];
        if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
        else {
          into[f++] = v;
          v = 0;
        }
      }
    };
    const atReturn = [0, 0];
    const atWait = [0, 0];
    let lastWaitReturn = 0;
    let inTick = { recvNs: 0, postNs: 0, deserNs: 0, turnNs: 0, n: 0 };
    const wait = Atomics.wait;
    let waited = false;
    Atomics.wait = function (ta, i, v, timeoutMs) {
      const t0 = mono();
      if (!waited) {
        // The loop's first wait is its first live tick's (after any warm-up): a marker in stdout, in order with
        // V8's --trace-opt lines when stdout is line-buffered (the bench runs the agent under stdbuf -oL).
        waited = true;
        writeSync(1, `[farhand-diag loop-live ${t0}]\n`);
      }
      readSched(atWait);
      if (lastWaitReturn > 0 && t0 - lastWaitReturn >= SLOW_NS) {
        const wallNs = t0 - lastWaitReturn;
        const cpuNs = atWait[0] - atReturn[0];
        const rqNs = atWait[1] - atReturn[1];
        emit({ k: 'busy', t: lastWaitReturn, ms: wallNs / 1e6, recvMs: inTick.recvNs / 1e6, postMs: inTick.postNs / 1e6, deserMs: inTick.deserNs / 1e6, turnMs: inTick.turnNs / 1e6, inputs: inTick.n, cpuMs: cpuNs / 1e6, runnableMs: rqNs / 1e6, blockedMs: Math.max(0, wallNs - cpuNs - rqNs) / 1e6 });
      }
      inTick = { recvNs: 0, postNs: 0, deserNs: 0, turnNs: 0, n: 0 };
      const r = wait.call(Atomics, ta, i, v, timeoutMs);
      const t1 = mono();
      readSched(atReturn);
      const lateNs = t1 - t0 - (timeoutMs ?? 0) * 1e6;
      if (lateNs >= SLOW_NS) emit({ k: 'wait-late', t: t0, ms: lateNs / 1e6, askedMs: timeoutMs, runnableMs: (atReturn[1] - atWait[1]) / 1e6 });
      lastWaitReturn = t1;
      return r;
    };
    const recv = wt.receiveMessageOnPort;
    wt.receiveMessageOnPort = function (port) {
      const t0 = mono();
      const r = recv(port);
      const d = mono() - t0;
      inTick.recvNs += d;
      if (r !== undefined) inTick.n++;
      if (d >= SLOW_NS) emit({ k: 'port-recv', t: t0, ms: d / 1e6 });
      return r;
    };
    const deser = v8.deserialize;
    v8.deserialize = function (b) {
      const t0 = mono();
      const r = deser(b);
      const d = mono() - t0;
      inTick.deserNs += d;
      inTick.n++;
      if (d >= SLOW_NS) emit({ k: 'ring-deser', t: t0, ms: d / 1e6 });
      return r;
    };
    syncBuiltinESMExports();
    // The event loop turn between two ticks (the loop returns to it with setImmediate).
    const immediate = global.setImmediate;
    global.setImmediate = function (cb, ...args) {
      const t0 = mono();
      return immediate(function () {
        const d = mono() - t0;
        inTick.turnNs += d;
        if (d >= SLOW_NS) emit({ k: 'turn', t: t0, ms: d / 1e6 });
        return cb.apply(this, args);
      });
    };
    const post = wt.MessagePort.prototype.postMessage;
    wt.MessagePort.prototype.postMessage = function (...a) {
      const t0 = mono();
      const r = post.apply(this, a);
      const d = mono() - t0;
      inTick.postNs += d;
      if (d >= SLOW_NS) emit({ k: 'post', t: t0, ms: d / 1e6, to: this === wt.parentPort ? 'main' : 'recorder' });
      return r;
    };
  }

  const flush = () => {
    emit({ k: 'eld', t: mono(), p50Ms: eld.percentile(50) / 1e6, p99Ms: eld.percentile(99) / 1e6, maxMs: eld.max / 1e6, n: eld.count });
    eld.reset();
    // writeSync of a string: no Buffer (an ArrayBuffer in the loop's young generation) per write.
    if (lines.length) {
      if (fd < 0) fd = openSync(file, 'a');
      writeSync(fd, lines.join('\n') + '\n');
    }
    lines = [];
  };
  setInterval(flush, 1000).unref();
  process.on('exit', flush);
}
