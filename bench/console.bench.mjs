// The surgeon console's own costs: the page bundle (build time, raw and gzip sizes) and the per-frame
// work of the 4 ms input tick (hand update + still-claim + pacing decision + predictive ghost), against the cost of
// encoding the MotionFrame that tick sends (@farhand/protocol), measured in the same run. Imports the
// BUILT packages (packages/console/dist, packages/protocol/dist) and runs packages/console/scripts/bundle.mjs.
//   node bench/console.bench.mjs        (after `node scripts/build.mjs`)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { runIfMain } from './table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'packages/console/dist/web');
const BATCH = 1000;
const BATCHES = Number(process.env.FARHAND_BENCH_BATCHES ?? 200);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export default async function run() {
  const { bundle } = await import(pathToFileURL(join(root, 'packages/console/scripts/bundle.mjs')).href);
  const { VirtualHand, FramePacer, StillClaim, PredictiveDisplay, emptyContribution } = await import(pathToFileURL(join(root, 'packages/console/dist/index.js')).href);
  const { encodeEnvelope, toMotionFrame } = await import(pathToFileURL(join(root, 'packages/protocol/dist/index.js')).href);

  // 1. Bundle: 5 builds, median wall time; sizes of what a browser downloads.
  const times = [];
  let sizes = {};
  for (let i = 0; i < 5; i++) {
    const r = await bundle({ quiet: true });
    times.push(r.ms);
    sizes = r.sizes;
  }
  const rows = [];
  rows.push({ what: 'bundle both pages (esbuild, median of 5)', value: `${median(times).toFixed(0)} ms`, ratio: '' });
  for (const f of Object.keys(sizes).sort()) {
    const buf = readFileSync(join(web, f));
    rows.push({ what: `${f} (raw / gzip)`, value: `${(buf.length / 1024).toFixed(0)} kB / ${(gzipSync(buf).length / 1024).toFixed(0)} kB`, ratio: '' });
  }

  // 2. Per tick: hand + pacer + ghost vs encoding the frame (baseline), interleaved batches.
  const hand = new VirtualHand();
  const pacer = new FramePacer();
  const claim = new StillClaim();
  const display = new PredictiveDisplay();
  const ori = [0, 0, 0, 1];
  display.addTelemetry({ agentTimeNs: 1e9, state: 'FOLLOWING', setpoint: { position: [0, 0, -0.1], orientation: ori }, master: { position: [0, 0, 0], orientation: ori }, motionScale: 0.2 });
  const contribution = (k) => ({ ...emptyContribution(), translationM: [1e-5 * Math.sin(k), 1e-5, 0], operatorPresent: true, sampledAtMs: k * 4 });
  let k = 0;
  let sink = 0;
  const tick = () => {
    k++;
    hand.apply([contribution(k)], k * 4 + 0.5, claim.untilMs(k * 4 + 0.5));
    const h = hand.state();
    claim.sample(h.sampledAtMs, h.position, h.orientation);
    const r = pacer.decide(k * 4 + 0.5, true, h.operatorPresent, h.clutch);
    if (r !== null) pacer.sent(k * 4 + 0.5, r, true, h.operatorPresent, h.clutch);
    const g = display.ghost(k * 4e6, h, h.clutch, 0.1, null);
    sink += g ? g.pendingM : 0;
  };
  const encode = () => {
    k++;
    const h = hand.state();
    const bytes = encodeEnvelope({
      motion: toMotionFrame({ armId: 0, seq: k, captureTimeNs: 3.6e12 + k * 4e6, position: h.position, orientation: h.orientation, grip: 0, clutch: false, operatorPresent: true }),
    });
    sink += bytes.length;
  };
  for (let i = 0; i < 20_000; i++) (tick(), encode());
  const tickNs = [];
  const encNs = [];
  for (let b = 0; b < BATCHES; b++) {
    for (const [f, out] of b % 2 ? [[tick, tickNs], [encode, encNs]] : [[encode, encNs], [tick, tickNs]]) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < BATCH; i++) f();
      out.push(Number(process.hrtime.bigint() - t0) / BATCH);
    }
  }
  const tickMed = median(tickNs);
  const encMed = median(encNs);
  rows.push({ what: 'baseline: encode one MotionFrame Envelope', value: `${(encMed / 1000).toFixed(2)} us`, ratio: '1.00' });
  rows.push({ what: 'input tick: hand + still-claim + pacer + ghost', value: `${(tickMed / 1000).toFixed(2)} us`, ratio: (tickMed / encMed).toFixed(2) });
  rows.push({ what: 'input tick share of a 4 ms tick', value: `${((tickMed / 4e6) * 100).toFixed(3)} %`, ratio: '' });
  if (!Number.isFinite(sink)) throw new Error('console bench: the ticks produced a non-finite ghost or frame size');
  return {
    title: 'console: page bundle and per-tick cost',
    rows,
    notes: [
      'Bundle: three.js, uPlot and our packages inlined; workspace packages marked side-effect free so their zod config schemas are dropped.',
      'Per tick: medians of interleaved 1000-op batches, Node, same process; ratio = against encoding the frame the tick sends.',
    ],
  };
}

await runIfMain(import.meta.url, run);
