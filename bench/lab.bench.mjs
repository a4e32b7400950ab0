// Real packets in the link lab (two network namespaces joined by the TUN forwarder): 100 Hz 16-byte
// messages over UDP and over TCP (TCP_NODELAY), side by side through the same link at the same time,
// at 50 ms and 150 ms one way with 0/1/2/5 % random packet loss and a bursty (Gilbert-Elliott) case,
// the same impairment both ways (TCP's ACKs are lost too). Lateness = one-way delay from send to
// receive on the shared monotonic clock. Baseline (same run): the lab with no impairment at all.
// Needs root, /dev/net/tun, iproute2 and python3; without them it reports why and measures nothing.
//   node bench/lab.bench.mjs          (after `node scripts/build.mjs`)
//   FARHAND_LAB_BENCH_S=20 node bench/lab.bench.mjs   (seconds per case; default 9)
import { labAvailable, measure, startLab } from '../packages/link-lab/dist/index.js';
import { runIfMain } from './table.mjs';

const MS = 1e6;
const RATE_HZ = 100;

const CASES = [
  { link: 'none (baseline)', owdMs: 0, loss: 0, burst: null },
  ...[50, 150].flatMap((owdMs) => [
    ...[0, 0.01, 0.02, 0.05].map((loss) => ({ link: `${owdMs} ms, ${loss * 100}%`, owdMs, loss, burst: null })),
    { link: `${owdMs} ms, 2% bursts of 3`, owdMs, loss: 0.02, burst: 3 },
  ]),
];

function row(c, r) {
  const over = (ms) => (100 * r.delaysMs.filter((d) => d > ms).length) / r.sent;
  return {
    link: c.link,
    transport: r.transport === 'udp' ? 'UDP' : 'TCP nodelay',
    p50_ms: r.delay.p50Ms,
    p90_ms: r.delay.p90Ms,
    p99_ms: r.delay.p99Ms,
    max_ms: r.delay.maxMs,
    'late>150ms_%': over(150),
    'late>owd+40ms_%': over(c.owdMs + 40),
    lost_pct: 100 * r.lossRatio,
  };
}

export default async function run() {
  const title = 'Link lab: UDP vs TCP (TCP_NODELAY), 100 Hz 16-byte messages, one-way lateness on real packets';
  const avail = labAvailable();
  if (!avail.ok) return { title, rows: [], notes: [`skipped: ${avail.why}`] };
  const seconds = Number(process.env.FARHAND_LAB_BENCH_S ?? 9);
  if (!(seconds >= 1 && seconds <= 600)) throw new Error(`FARHAND_LAB_BENCH_S "${process.env.FARHAND_LAB_BENCH_S}" must be 1..600 seconds`);
  const count = Math.round(seconds * RATE_HZ);
  const rows = [];
  let seed = 1;
  for (const c of CASES) {
    const link = { delayNs: c.owdMs * MS, lossRatio: c.loss, meanBurstLength: c.loss > 0 ? c.burst : null };
    const lab = await startLab({ seed: seed++, consoleToAgent: link, agentToConsole: link });
    try {
      const [udp, tcp] = await Promise.all([
        measure(lab, { transport: 'udp', count, rateHz: RATE_HZ, idleMs: 600 }),
        measure(lab, { transport: 'tcp', count, rateHz: RATE_HZ }),
      ]);
      rows.push(row(c, udp), row(c, tcp));
    } finally {
      await lab.stop();
    }
  }
  return {
    title,
    rows,
    notes: [
      `${count} messages per transport per case (${seconds} s at ${RATE_HZ} Hz), UDP and TCP concurrently through the same lab; same impairment both directions; no jitter`,
      'lateness: send to receive, one way, per delivered message; late>X_%: share of SENT messages delivered later than X (a lost UDP message is in lost_pct, not late)',
      'TCP never loses a message: every lost segment holds all the messages behind it until the retransmission (head-of-line blocking), a round trip or more',
      'bursty: Gilbert-Elliott, 2% long-run loss in bursts of 3 packets on average',
      'baseline row: the lab with no impairment, i.e. its own cost (forwarder wake-up rounds up to 1 ms; shared 2-vCPU machine)',
    ],
  };
}

await runIfMain(import.meta.url, run);
