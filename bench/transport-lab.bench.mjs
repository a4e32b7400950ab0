// WebSocket vs WebRTC DataChannel for motion, on real packets in the link lab, side by side in one run:
// the real agent (own process, simulated PSM, 1 kHz loop) in the agent namespace, a console process in the
// console namespace streaming the recorded dVRK PSM2 trajectory as the hand at 100 Hz, through 50 and
// 150 ms one way with 0 / 1 / 2 / 5 % random packet loss and a bursty case (same impairment both ways).
// Per run: frame lateness at the agent (capture -> receive, exact: the namespaces share CLOCK_MONOTONIC),
// frames never received, the playout delay the core settles on, time held and holds per minute, and the
// tool setpoint's tracking RMS and max against the true hand path (scaled 5:1, after the best lag per 250 ms window: the core moves its playout delay with the jitter).
// Needs root, /dev/net/tun, iproute2 and python3 (the lab); without them it reports why and measures nothing.
//   node bench/transport-lab.bench.mjs        (after `node scripts/build.mjs`)
//   FARHAND_LAB_RUN_S=30 node bench/transport-lab.bench.mjs     (seconds streamed per run; default 15)
import { labAvailable } from '../packages/link-lab/dist/index.js';
import { runLabCase } from './lab/run-case.mjs';
import { runIfMain } from './table.mjs';

const MS = 1e6;
const SECONDS = Number(process.env.FARHAND_LAB_RUN_S ?? 15);
export const LAB_CASES = [
  ...[50, 150].flatMap((owdMs) => [
    ...[0, 0.01, 0.02, 0.05].map((loss) => ({ name: `${owdMs} ms, ${loss * 100}%`, owdMs, link: { delayNs: owdMs * MS, lossRatio: loss } })),
    { name: `${owdMs} ms, 2% bursts of 3`, owdMs, link: { delayNs: owdMs * MS, lossRatio: 0.02, meanBurstLength: 3 } },
  ]),
];

export function rowOf(c, r) {
  return {
    link: c.name,
    transport: r.motionOn === 'datachannel' ? 'DataChannel' : r.transport === 'dc' ? 'WebSocket (DC failed)' : 'WebSocket',
    'late p50 ms': r.latenessMs.p50,
    'late p90 ms': r.latenessMs.p90,
    'late p99 ms': r.latenessMs.p99,
    'late max ms': r.latenessMs.max,
    'late>150ms %': r.lateOver150Pct,
    'lost %': r.framesLostPct,
    'playout ms': r.playoutMs,
    'held s': r.heldS,
    'holds/min': r.holdsPerMin,
    'track RMS mm': r.trackingRmsMm,
    'track max mm': r.trackingMaxMm,
  };
}

export default async function run() {
  const title = 'Transport in the link lab: motion over WebSocket (TCP) vs WebRTC DataChannel (unordered, no retransmission), real dVRK motion';
  const avail = labAvailable();
  if (!avail.ok) return { title, rows: [], notes: [`not measured: ${avail.why}`] };
  const transports = ['ws', 'dc'];
  const rows = [];
  const notes = [];
  const base = {};
  let seed = 1;
  for (const c of LAB_CASES) {
    for (const transport of transports) {
      try {
        const r = await runLabCase({ transport, link: c.link, seconds: SECONDS, seed });
        rows.push(rowOf(c, r));
        if (c.link.lossRatio === 0) base[`${c.owdMs}/${transport}`] = r.trackingRmsMm;
        const b = base[`${c.owdMs}/${transport}`];
        if (b !== undefined) rows.at(-1)['RMS / loss-free'] = r.trackingRmsMm / b;
      } catch (e) {
        notes.push(`${c.name}, ${transport}: failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
      }
    }
    seed++;
  }
  notes.push(
    `${SECONDS} s of motion per run at 100 Hz after engage; figures over the engaged window from 1 s after ENGAGE; same lab seed for both transports of a case`,
    'late: capture -> agent receive per received frame (one way, exact); lost %: frames sent that never reached the agent (WebSocket: 0, TCP retransmits)',
    'playout: median of the playout delay D over the second half of the run; held s and holds/min: HOLDING in the engaged window',
    'track: tool setpoint vs 0.2 x hand path, one offset, the lag fitted per 250 ms window (the playout delay plus the tick; the core moves it with the jitter), ticks within 50 ms after a loop stall >= 10 ms left out; RMS / loss-free: against the same transport and delay at 0 % loss',
    'targets for the DataChannel at 2 % loss: playout <= one-way delay + 40 ms, zero holds, tracking RMS within 2x of the loss-free run',
  );
  return { title, rows, notes };
}

await runIfMain(import.meta.url, run);
