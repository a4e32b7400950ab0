// Cost of the hot path's message on the wire: one MotionFrame as a protobuf Envelope (@farhand/protocol,
// built) against the same frame as a rosbridge-style JSON publish message, measured in the same run,
// same frames, interleaved batches. Design target: protobuf at least 4x cheaper and 4x smaller.
//   node bench/codec.bench.mjs        (after `node scripts/build.mjs`)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runIfMain } from './table.mjs';

const dist = fileURLToPath(new URL('../packages/protocol/dist/index.js', import.meta.url));

const POOL = 1024; // distinct frames, cycled, so neither codec sees one constant value
const WARMUP_OPS = 100_000;
const BATCH = 500; // ops per timed batch: far above timer resolution (~1 us per op x 500)
const BATCHES = Number(process.env.FARHAND_BENCH_BATCHES ?? 300);
const TOPIC = '/farhand/master/motion';

/** Deterministic frames: a hand moving in a 10 cm box, rotating, at 1 kHz from a ~1 h old monotonic clock. */
function frames() {
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out = [];
  for (let i = 0; i < POOL; i++) {
    const q = [rnd() - 0.5, rnd() - 0.5, rnd() - 0.5, rnd() + 0.5];
    const n = Math.hypot(...q);
    out.push({
      armId: 0,
      seq: 3_600_000 + i,
      captureTimeNs: 3_600_000_000_000 + i * 1_000_000 + Math.floor(rnd() * 1000),
      position: [0.1 * rnd() - 0.05, 0.1 * rnd() - 0.05, 0.1 * rnd() + 0.2],
      orientation: q.map((c) => c / n),
      grip: rnd(),
      clutch: false,
      operatorPresent: true,
    });
  }
  return out;
}

/** The same frame as a ROS (rosbridge v2) publish operation, the way a JSON teleop client sends it. */
function toRosbridge(f) {
  const secs = Math.floor(f.captureTimeNs / 1e9);
  return {
    op: 'publish',
    topic: TOPIC,
    msg: {
      header: { stamp: { secs, nsecs: f.captureTimeNs - secs * 1e9 }, frame_id: 'console', seq: f.seq },
      pose: {
        position: { x: f.position[0], y: f.position[1], z: f.position[2] },
        orientation: { x: f.orientation[0], y: f.orientation[1], z: f.orientation[2], w: f.orientation[3] },
      },
      grip: f.grip,
      clutch: f.clutch,
      operator_present: f.operatorPresent,
      arm_id: f.armId,
    },
  };
}

/** The JSON side's receive path doing the same checks as validateMotionFrame, by hand (no schema library). */
function validateRosbridge(m) {
  if (!m || m.op !== 'publish' || m.topic !== TOPIC || typeof m.msg !== 'object' || m.msg === null) return null;
  const { header, pose, grip } = m.msg;
  const p = pose?.position;
  const q = pose?.orientation;
  const st = header?.stamp;
  if (!p || !q || !st) return null;
  const nums = [p.x, p.y, p.z, q.x, q.y, q.z, q.w, grip, st.secs, st.nsecs, header.seq];
  for (const v of nums) if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  if (Math.abs(p.x) > 10 || Math.abs(p.y) > 10 || Math.abs(p.z) > 10) return null;
  const n = Math.hypot(q.x, q.y, q.z, q.w);
  if (!(Math.abs(n - 1) <= 1e-3) || grip < 0 || grip > 1 || !Number.isSafeInteger(header.seq) || header.seq < 0) return null;
  return {
    armId: m.msg.arm_id ?? 0,
    seq: header.seq,
    captureTimeNs: st.secs * 1e9 + st.nsecs,
    position: [p.x, p.y, p.z],
    orientation: [q.x / n, q.y / n, q.z / n, q.w / n],
    grip,
    clutch: m.msg.clutch === true,
    operatorPresent: m.msg.operator_present === true,
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export default async function run() {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`node scripts/build.mjs\` first.`);
  const p = await import(dist);
  const pool = frames();
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  // Pre-encoded inputs for the decode-only measurements (what arrives off the socket: bytes).
  const pbBytes = pool.map((f) => p.encodeEnvelope({ motion: p.toMotionFrame(f) }));
  const jsonBytes = pool.map((f) => enc.encode(JSON.stringify(toRosbridge(f))));
  for (let i = 0; i < POOL; i++) {
    // Both forms must carry the same frame, or the comparison means nothing.
    const a = p.decodeEnvelope(pbBytes[i]);
    const v = a.ok && a.kind === 'motion' ? p.validateMotionFrame(a.message) : null;
    const b = validateRosbridge(JSON.parse(dec.decode(jsonBytes[i])));
    if (!v?.ok || !b || v.frame.seq !== b.seq || Math.abs(v.frame.position[0] - b.position[0]) > 1e-6) throw new Error(`frame ${i} differs between the two forms`);
  }

  let sink = 0;
  // Each op goes from a MasterFrame (or received bytes) to bytes (or a MasterFrame); the socket's own
  // cost is the same for both and left out. JSON bytes are UTF-8, as a WebSocket text frame carries them.
  const ops = {
    encode: {
      protobuf: (i) => { sink += p.encodeEnvelope({ motion: p.toMotionFrame(pool[i]) }).length; },
      json: (i) => { sink += enc.encode(JSON.stringify(toRosbridge(pool[i]))).length; },
    },
    decode: {
      protobuf: (i) => { const r = p.decodeEnvelope(pbBytes[i]); sink += r.ok ? 1 : 0; },
      json: (i) => { const m = JSON.parse(dec.decode(jsonBytes[i])); sink += m.msg.header.seq & 1; },
    },
    'encode+decode': {
      protobuf: (i) => { const r = p.decodeEnvelope(p.encodeEnvelope({ motion: p.toMotionFrame(pool[i]) })); sink += r.ok ? 1 : 0; },
      json: (i) => { const m = JSON.parse(dec.decode(enc.encode(JSON.stringify(toRosbridge(pool[i]))))); sink += m.msg.header.seq & 1; },
    },
    'encode+decode+validate': {
      protobuf: (i) => {
        const r = p.decodeEnvelope(p.encodeEnvelope({ motion: p.toMotionFrame(pool[i]) }));
        const v = r.ok && r.kind === 'motion' ? p.validateMotionFrame(r.message) : null;
        sink += v?.ok ? v.frame.seq & 1 : 7;
      },
      json: (i) => {
        const v = validateRosbridge(JSON.parse(dec.decode(enc.encode(JSON.stringify(toRosbridge(pool[i]))))));
        sink += v ? v.seq & 1 : 7;
      },
    },
  };

  for (const pair of Object.values(ops)) for (const fn of Object.values(pair)) for (let i = 0; i < WARMUP_OPS; i++) fn(i % POOL);

  const timeBatch = (fn, start) => {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < BATCH; k++) fn((start + k) % POOL);
    return Number(process.hrtime.bigint() - t0) / BATCH;
  };
  const stats = {};
  for (const [name, pair] of Object.entries(ops)) {
    const pb = [];
    const js = [];
    // Interleaved, alternating which goes first, so drift and noise hit both alike.
    for (let b = 0; b < BATCHES; b++) {
      const start = (b * BATCH) % POOL;
      if (b % 2) { pb.push(timeBatch(pair.protobuf, start)); js.push(timeBatch(pair.json, start)); }
      else { js.push(timeBatch(pair.json, start)); pb.push(timeBatch(pair.protobuf, start)); }
    }
    const summary = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { p50: quantile(s, 0.5), p90: quantile(s, 0.9), mean: xs.reduce((a, b) => a + b, 0) / xs.length };
    };
    stats[name] = { protobuf: summary(pb), json: summary(js) };
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const pbSize = mean(pbBytes.map((b) => b.length));
  const jsonSize = mean(jsonBytes.map((b) => b.length));

  const rows = [];
  for (const [name, s] of Object.entries(stats)) {
    for (const stat of ['p50', 'mean']) {
      rows.push({ measure: `${name} ns/op ${stat}`, protobuf: s.protobuf[stat], 'rosbridge JSON': s.json[stat], 'JSON / protobuf': s.json[stat] / s.protobuf[stat] });
    }
  }
  rows.push({ measure: 'bytes per frame (mean)', protobuf: pbSize, 'rosbridge JSON': jsonSize, 'JSON / protobuf': jsonSize / pbSize });
  rows.push({ measure: 'bytes/s at 1 kHz', protobuf: Math.round(pbSize * 1000), 'rosbridge JSON': Math.round(jsonSize * 1000), 'JSON / protobuf': jsonSize / pbSize });

  const costRatio = stats['encode+decode'].json.p50 / stats['encode+decode'].protobuf.p50;
  const sizeRatio = jsonSize / pbSize;
  const verdict = (r) => (r >= 4 ? `meets the 4x target (${r.toFixed(1)}x)` : `MISSES the 4x target (${r.toFixed(1)}x)`);
  return {
    title: 'codec: MotionFrame as protobuf Envelope vs rosbridge-style JSON publish',
    rows,
    notes: [
      `encode+decode cost: ${verdict(costRatio)}; size: ${verdict(sizeRatio)}.`,
      `${POOL} distinct frames cycled; ${WARMUP_OPS} warm-up ops per case; ${BATCHES} interleaved batches of ${BATCH} ops; ns/op p50 and mean over batches.`,
      'protobuf: encodeEnvelope({ motion: toMotionFrame(frame) }) / decodeEnvelope / validateMotionFrame from packages/protocol/dist.',
      'JSON: JSON.stringify of {op:"publish",topic,msg:{header:{stamp:{secs,nsecs},frame_id,seq},pose:{position,orientation},grip,clutch,operator_present,arm_id}} + UTF-8 encode; JSON.parse + the same checks by hand.',
      `node ${process.version}; sink ${sink % 10} (keeps results alive).`,
    ],
  };
}

await runIfMain(import.meta.url, run);
