#!/usr/bin/env node
// The link lab's measuring tool: stamped messages over UDP or TCP, one process per side, run inside the
// lab's namespaces (lab.spawnIn). Both sides read the same CLOCK_MONOTONIC (process.hrtime), so a
// receiver computes each message's one-way delay directly. Plain JavaScript with no dependencies: it
// runs from the source tree and from an installed package alike.
//
//   probe.mjs udp-recv --port P [--idle-ms 1500] [--timeout-ms 60000]
//   probe.mjs udp-send --host H --port P --count N [--rate-hz 100] [--size 16]
//   probe.mjs tcp-recv --port P [--timeout-ms 60000]
//   probe.mjs tcp-send --host H --port P --count N [--rate-hz 100] [--size 16]
//
// Receivers print {"type":"listening"} when ready, then one {"type":"result", ...} line when done: UDP
// after --idle-ms without a message (once the first arrived) or on SIGTERM; TCP when the sender closes.
// A message: u32 sequence number, u32 magic, u64 send time (ns, CLOCK_MONOTONIC), padding to --size.
import dgram from 'node:dgram';
import net from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';

const MAGIC = 0x46484c42; // "FHLB"
const HEADER = 16;

function fail(msg) {
  process.stderr.write(`probe: ${msg}\n`);
  process.exit(2);
}

function intFlag(values, name, dflt, min) {
  const raw = values[name];
  if (raw === undefined) {
    if (dflt === undefined) fail(`--${name} is required`);
    return dflt;
  }
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min) fail(`--${name} "${raw}" must be an integer >= ${min}`);
  return v;
}

const mode = process.argv[2];
let values;
try {
  values = parseArgs({
    args: process.argv.slice(3),
    options: { host: { type: 'string' }, port: { type: 'string' }, count: { type: 'string' }, 'rate-hz': { type: 'string' }, size: { type: 'string' }, 'idle-ms': { type: 'string' }, 'timeout-ms': { type: 'string' } },
    strict: true,
  }).values;
} catch (e) {
  fail(e.message);
}
const print = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

// On a busy machine a receiver that wakes late reports the machine, not the link: run ahead of ordinary
// processes when allowed (root), as the forwarder does.
try {
  os.setPriority(-10);
} catch {
  // not allowed: measure as we are
}

/** Collects first arrivals per sequence number. */
class Receiver {
  constructor(transport) {
    this.transport = transport;
    this.received = 0;
    this.duplicates = 0;
    this.outOfOrder = 0;
    this.maxSeq = -1;
    this.seen = new Set();
    this.arrivals = []; // [seq, delayMs] in arrival order, first copy only
  }
  add(buf, offset) {
    const now = process.hrtime.bigint();
    if (buf.readUInt32BE(offset + 4) !== MAGIC) return;
    const seq = buf.readUInt32BE(offset);
    const sentNs = buf.readBigUInt64BE(offset + 8);
    this.received++;
    if (this.seen.has(seq)) {
      this.duplicates++;
      return;
    }
    this.seen.add(seq);
    if (seq < this.maxSeq) this.outOfOrder++;
    else this.maxSeq = seq;
    this.arrivals.push([seq, Number(now - sentNs) / 1e6]);
  }
  result() {
    return { type: 'result', transport: this.transport, received: this.received, unique: this.seen.size, duplicates: this.duplicates, outOfOrder: this.outOfOrder, maxSeq: this.maxSeq, arrivals: this.arrivals };
  }
}

function stamp(buf, seq) {
  buf.writeUInt32BE(seq >>> 0, 0);
  buf.writeUInt32BE(MAGIC, 4);
  buf.writeBigUInt64BE(process.hrtime.bigint(), 8);
  return buf;
}

/** Calls send(i) for i in 0..count-1 on an absolute schedule (no drift), then done(). */
function paced(count, rateHz, send, done) {
  const periodMs = 1000 / rateHz;
  const t0 = performance.now();
  let i = 0;
  const tick = () => {
    while (i < count && performance.now() >= t0 + i * periodMs) send(i++);
    if (i >= count) return done();
    setTimeout(tick, Math.max(0, t0 + i * periodMs - performance.now()));
  };
  tick();
}

function guard(timeoutMs, finish) {
  setTimeout(finish, timeoutMs).unref();
  process.once('SIGTERM', finish);
}

if (mode === 'udp-recv') {
  const port = intFlag(values, 'port', undefined, 1);
  const idleMs = intFlag(values, 'idle-ms', 1500, 1);
  const rx = new Receiver('udp');
  const sock = dgram.createSocket('udp4');
  let idle = null;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    print(rx.result());
    sock.close();
    process.exit(0);
  };
  sock.on('message', (msg) => {
    if (msg.length >= HEADER) rx.add(msg, 0);
    if (idle) clearTimeout(idle);
    idle = setTimeout(finish, idleMs);
  });
  sock.on('error', (e) => fail(e.message));
  sock.bind(port, () => print({ type: 'listening', port }));
  guard(intFlag(values, 'timeout-ms', 60_000, 1), finish);
} else if (mode === 'udp-send') {
  const host = values.host ?? fail('--host is required');
  const port = intFlag(values, 'port', undefined, 1);
  const count = intFlag(values, 'count', undefined, 1);
  const size = intFlag(values, 'size', HEADER, HEADER);
  const sock = dgram.createSocket('udp4');
  sock.on('error', (e) => fail(e.message));
  let errors = 0;
  paced(
    count,
    intFlag(values, 'rate-hz', 100, 1),
    (i) => sock.send(stamp(Buffer.alloc(size), i), port, host, (err) => err && errors++),
    () => setTimeout(() => {
      print({ type: 'sent', transport: 'udp', count, errors });
      sock.close();
    }, 50),
  );
} else if (mode === 'tcp-recv') {
  const port = intFlag(values, 'port', undefined, 1);
  const size = intFlag(values, 'size', HEADER, HEADER);
  const rx = new Receiver('tcp');
  let finished = false;
  const server = net.createServer((sock) => {
    sock.setNoDelay(true);
    let pending = Buffer.alloc(0);
    sock.on('data', (chunk) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let off = 0;
      while (pending.length - off >= size) {
        rx.add(pending, off);
        off += size;
      }
      pending = pending.subarray(off);
    });
    sock.on('end', finish);
    sock.on('error', finish);
  });
  const finish = () => {
    if (finished) return;
    finished = true;
    print(rx.result());
    process.exit(0);
  };
  server.on('error', (e) => fail(e.message));
  server.listen(port, () => print({ type: 'listening', port }));
  guard(intFlag(values, 'timeout-ms', 60_000, 1), finish);
} else if (mode === 'tcp-send') {
  const host = values.host ?? fail('--host is required');
  const port = intFlag(values, 'port', undefined, 1);
  const count = intFlag(values, 'count', undefined, 1);
  const size = intFlag(values, 'size', HEADER, HEADER);
  const sock = net.connect({ host, port });
  sock.setNoDelay(true);
  sock.on('error', (e) => fail(e.message));
  sock.on('connect', () =>
    paced(
      count,
      intFlag(values, 'rate-hz', 100, 1),
      (i) => sock.write(stamp(Buffer.alloc(size), i)),
      () => sock.end(() => print({ type: 'sent', transport: 'tcp', count, errors: 0 })),
    ),
  );
} else {
  fail(`unknown mode "${mode ?? ''}"; accepted: udp-recv, udp-send, tcp-recv, tcp-send`);
}
