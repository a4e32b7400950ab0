// The field's video on real lost packets (issue 14), bounded: in the link lab (50 ms one way, 2 % of IP
// packets dropped both ways), the real agent sends its test scene (640x480, 30 fps) on the console's
// WebRTC peer connection beside the motion DataChannel, headless Chromium runs the real console (engaged,
// hand still) and reports what it displays. From the agent's recording: the picture keeps coming (frames
// displayed, timecodes read), glass-to-glass is at least the link's one-way delay and within loose bounds
// (the bench, bench/video.bench.mjs, measures the targets), no freeze of several seconds, and the video
// never made the arm do anything but follow. Needs root, /dev/net/tun, iproute2, python3 and Chromium:
// skipped with the reason elsewhere; CI runs as root and runs it.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labAvailable } from '@farhand/link-lab';
// @ts-expect-error: plain .mjs shared with the bench
import { CHROMIUM, runVideoCase } from '../bench/lab/video-case.mjs';

const avail = labAvailable();
const ready = avail.ok && existsSync(CHROMIUM as string);
if (!ready) console.warn(`lab-video test skipped: ${avail.ok ? `no Chromium at ${CHROMIUM as string}` : avail.why}`);

interface VideoCase {
  reports: number;
  g2gMs: { p50: number; p90: number; p99: number; n: number };
  fps: number;
  framesLost: number;
  freezes: number;
  longestFreezeMs: number;
  jitterBufferMs: number;
  decodeMs: number;
  bitrateKbps: number;
  nacks: number;
  captures: number;
  playoutMs: number;
  holds: number;
  holdReasons: string[];
  windowS: number;
  labStats: { agentToConsole: { dropped: number } } | null;
}
const run = runVideoCase as (o: { video: boolean; link: Record<string, unknown>; seconds: number; seed: number }) => Promise<VideoCase>;

describe.skipIf(!ready)("the field's video through 50 ms and 2 % loss (link lab, headless Chromium)", () => {
  it('plays, is measured frame by frame and recorded; glass-to-glass within loose bounds; no long freeze; the arm only follows', async () => {
    const r = await run({ video: true, link: { delayNs: 50e6, lossRatio: 0.02 }, seconds: 8, seed: 14 });
    process.stdout.write(
      `lab video (50 ms, 2 %): g2g p50 ${r.g2gMs.p50.toFixed(1)} p90 ${r.g2gMs.p90.toFixed(1)} p99 ${r.g2gMs.p99.toFixed(1)} ms over ${r.g2gMs.n} frames; ${r.fps.toFixed(1)} fps; ` +
        `${r.framesLost} lost; ${r.freezes} freezes, longest ${r.longestFreezeMs.toFixed(0)} ms; jitter buffer ${r.jitterBufferMs.toFixed(1)} ms, decode ${r.decodeMs.toFixed(1)} ms; ` +
        `${r.bitrateKbps.toFixed(0)} kbit/s; ${r.nacks} NACKs; motion playout ${r.playoutMs.toFixed(1)} ms, holds ${r.holds} [${r.holdReasons.join(', ')}]; ` +
        `agent->console packets dropped ${r.labStats?.agentToConsole.dropped ?? '?'}\n`,
    );
    // The console reported once a second and the agent recorded each frame it sent.
    expect(r.reports).toBeGreaterThanOrEqual(8);
    expect(r.captures).toBeGreaterThan(100);
    expect(r.g2gMs.n).toBeGreaterThan(30);
    expect(r.fps).toBeGreaterThan(2);
    // At least the one-way delay; loose ceilings (a shared 2-core machine): the bench measures the targets.
    expect(r.g2gMs.p50).toBeGreaterThan(50);
    expect(r.g2gMs.p50).toBeLessThan(600);
    expect(r.longestFreezeMs).toBeLessThan(5000);
    // Lost packets were recovered by NACK (retransmissions), not left as broken pictures.
    expect(r.labStats?.agentToConsole.dropped ?? 0).toBeGreaterThan(0);
    // The motion channel kept the arm following: any hold is the console page stalling under load (a
    // stale link), never anything the video did to the arm.
    expect(r.holdReasons.every((x) => x === 'LINK_STALE')).toBe(true);
  }, 150_000);
});
