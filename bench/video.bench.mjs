// The field's video on real packets in the link lab, and what it does to the motion channel, in one run:
// the real agent (own process, simulated PSM, 1 kHz loop, `--video test` 640x480 at 30 fps, or `--video
// off`) in the agent namespace, headless Chromium running the real console in the console namespace
// (WebRTC: the motion DataChannel and the video track on one peer connection; operator present, engaged,
// the hand still, motion frames at the console's steady 125 Hz). Through 0 / 50 ms one way and 0 / 2 %
// random packet loss (same both ways), each case with video on and then off:
// glass-to-glass p50/p90/p99 (every displayed frame the console reported: capture in the agent -> display
// in the page, clock-synced), displayed fps, frames lost, freezes (> 200 ms without a new frame) per
// minute and the longest, where the time goes (the receiver's jitter buffer and decode per frame, from
// getStats; the link's one-way delay; the rest is encode, send pacing and display), and the motion
// channel's playout delay and holds with video on and off.
// Needs root, /dev/net/tun, iproute2, python3 and Chromium; without them it reports why and measures nothing.
//   node bench/video.bench.mjs                       (after `node scripts/build.mjs`; ~5 min)
//   FARHAND_VIDEO_RUN_S=20 FARHAND_VIDEO_CASES='0 ms, 0%' node bench/video.bench.mjs
import { existsSync } from 'node:fs';
import { labAvailable } from '../packages/link-lab/dist/index.js';
import { CHROMIUM, runVideoCase } from './lab/video-case.mjs';
import { formatCell, runIfMain } from './table.mjs';

const MS = 1e6;
const SECONDS = Number(process.env.FARHAND_VIDEO_RUN_S ?? 25);
export const VIDEO_CASES = [
  { name: '0 ms, 0%', owdMs: 0, link: {} },
  { name: '0 ms, 2%', owdMs: 0, link: { lossRatio: 0.02 } },
  { name: '50 ms, 0%', owdMs: 50, link: { delayNs: 50 * MS } },
  { name: '50 ms, 2%', owdMs: 50, link: { delayNs: 50 * MS, lossRatio: 0.02 } },
];

export function rowOf(c, r) {
  const stage = r.g2gMs.p50 - (Number.isFinite(r.jitterBufferMs) ? r.jitterBufferMs : 0) - (Number.isFinite(r.decodeMs) ? r.decodeMs : 0) - c.owdMs;
  return {
    link: c.name,
    video: r.video ? 'on' : 'off',
    'g2g p50 ms': r.video ? r.g2gMs.p50 : '—',
    'g2g p90 ms': r.video ? r.g2gMs.p90 : '—',
    'g2g p99 ms': r.video ? r.g2gMs.p99 : '—',
    fps: r.video ? r.fps : '—',
    'lost frames': r.video ? r.framesLost : '—',
    'freezes/min': r.video ? r.freezesPerMin : '—',
    'longest freeze ms': r.video ? r.longestFreezeMs : '—',
    'jitter buf ms': r.video ? r.jitterBufferMs : '—',
    'decode ms': r.video ? r.decodeMs : '—',
    'rest ms': r.video ? stage : '—',
    'tc read ms': r.video ? r.readMs : '—',
    'kbit/s': r.video ? r.bitrateKbps : '—',
    NACKs: r.video ? r.nacks : '—',
    'motion playout ms': r.playoutMs,
    'motion holds/min': r.holdsPerMin,
    'held s': r.heldS,
    'send gaps>100ms': r.sendGapsOver100,
    'recv gaps>100ms': r.receiveGapsOver100,
  };
}

/** The rows as a markdown table (the text table is the bench runner's). */
export function markdown(rows) {
  const cols = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  const line = (v) => `| ${v.join(' | ')} |`;
  return [line(cols), line(cols.map(() => '---')), ...rows.map((r) => line(cols.map((k) => formatCell(r[k]))))].join('\n');
}

export default async function run() {
  const title = "The field's video in the link lab: glass-to-glass, freezes, and the motion channel with video on and off (headless Chromium console, real agent)";
  const avail = labAvailable();
  if (!avail.ok) return { title, rows: [], notes: [`not measured: ${avail.why}`] };
  if (!existsSync(CHROMIUM)) return { title, rows: [], notes: [`not measured: no Chromium at ${CHROMIUM} (FARHAND_CHROMIUM)`] };
  const only = process.env.FARHAND_VIDEO_CASES?.split(';').map((s) => s.trim());
  const rows = [];
  const notes = [];
  let seed = 1;
  for (const c of VIDEO_CASES.filter((x) => !only || only.includes(x.name))) {
    for (const video of [true, false]) {
      try {
        const r = await runVideoCase({ video, link: c.link, seconds: SECONDS, seed });
        rows.push(rowOf(c, r));
        if (r.holds > 0) notes.push(`${c.name}, video ${video ? 'on' : 'off'}: holds ${r.holdReasons.join(', ')}`);
      } catch (e) {
        notes.push(`${c.name}, video ${video ? 'on' : 'off'}: failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
      }
    }
    seed++;
  }
  notes.push(
    `${SECONDS} s engaged per run (hand still, 125 Hz motion frames over the DataChannel); video 640x480 at 30 fps, VP8 (libwebrtc in the agent, software decode in Chromium); same lab seed for video on and off`,
    'g2g: capture (the agent stamps its clock in the frame) -> display (requestVideoFrameCallback expectedDisplayTime, clock-synced), every displayed frame the console reported; fps: displayed; lost frames: timecode frame-number gaps (encoder drops and losses)',
    'jitter buf / decode: getStats jitterBufferDelay / jitterBufferEmittedCount and totalDecodeTime / framesDecoded over the run (the console asks for jitterBufferTarget = 0); rest = g2g p50 - jitter buffer - decode - one-way delay: encode, send pacing, rendering and the wait for the display; tc read: the console main-thread time per displayed frame to read the timecode strip',
    'motion playout: median of the playout delay D the core reports; holds: HOLDING in the engaged window (the final dead-man release excluded); send / recv gaps: motion frames more than 100 ms apart in their console capture times (the page did not send) / in their agent receive times (they did not arrive)',
    'targets: loopback g2g p50 <= 100 ms; 50 ms + 2 %: g2g p50 <= 180 ms, no freeze > 500 ms, motion playout and holds as with video off',
  );
  if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) process.stdout.write(`\n${markdown(rows)}\n\n`);
  return { title, rows, notes };
}

await runIfMain(import.meta.url, run);
