// One lab run for the video bench and test: a link lab with the given impairment, the real agent (its own
// process, simulated arm, recording on, `--video test` or off) in the agent namespace, and headless
// Chromium running the real console page in the console namespace: WebRTC (motion DataChannel + the video
// track on the same peer connection), operator present (Space held), engaged, the hand still; the console
// streams its steady 125 Hz motion frames and, with video, reports its video figures once a second.
// Figures come from the agent's own recording (every report's per-frame glass-to-glass, freezes, jitter
// buffer and decode times; the ticks' holds) and the page's snapshot (the motion's playout delay).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startLab } from '../../packages/link-lab/dist/index.js';
import { readRecording } from '../../packages/recording/dist/index.js';
import { labAgentEnv, quantile, rt } from './run-case.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'packages/robot-agent/dist/cli.js');
export const CHROMIUM = process.env.FARHAND_CHROMIUM ?? '/usr/bin/chromium';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const HOLDING = 5;
const FOLLOWING = 3;

// As test/helpers-browser.ts CHROMIUM_ARGS, plus what the lab needs (no mDNS candidates, plain http).
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding', '--autoplay-policy=no-user-gesture-required', '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/**
 * Runs one case: `video` true (--video test at size/fps) or false (--video off), `seconds` engaged.
 * Returns the figures; throws with the agent's output when it does not start.
 */
export async function runVideoCase({ video, link, seconds = 25, seed = 1, size = '640x480', fps = 30 }) {
  const lab = await startLab({ seed, consoleToAgent: link, agentToConsole: link });
  const dir = mkdtempSync(join(tmpdir(), 'farhand-lab-video-'));
  let context = null;
  try {
    const videoArgs = video ? ['--video', 'test', '--video-size', size, '--video-fps', String(fps)] : ['--video', 'off'];
    const agent = lab.spawnIn('agent', ...rt(process.execPath, [CLI, '--host', lab.agentAddr, '--port', '8080', '--insecure', '--recording-dir', join(dir, 'rec'), '--log-level', 'warn', '--seed', '7', ...videoArgs]), { cwd: root, env: labAgentEnv() });
    let out = '';
    let err = '';
    agent.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    agent.stderr.setEncoding('utf8').on('data', (d) => (err = (err + d).slice(-4000)));
    for (let i = 0; i < 400 && !/^Recording: /m.test(out); i++) await sleep(50);
    const consoleUrl = /^Console: (\S+)$/m.exec(out)?.[1];
    const recording = /^Recording: (\S+)$/m.exec(out)?.[1];
    if (!consoleUrl || !recording) throw new Error(`the agent did not start in the lab:\n${out}\n${err}`);

    const wrapper = join(dir, 'chromium-in-lab.sh');
    writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${lab.consoleNs} ${CHROMIUM} "$@"\n`);
    chmodSync(wrapper, 0o755);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: wrapper,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [...ARGS, `--unsafely-treat-insecure-origin-as-secure=http://${lab.agentAddr}:8080`],
    });
    const page = await context.newPage();
    await page.goto(consoleUrl);
    const step = async (what, fn) => {
      try {
        await page.waitForFunction(fn, undefined, { timeout: 30_000 });
      } catch (e) {
        throw new Error(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    };
    await step('WebRTC motion channel', () => document.getElementById('chip-transport')?.dataset['transport'] === 'webrtc');
    await step('IDLE', () => document.getElementById('state-label')?.textContent === 'IDLE');
    if (video) await step('video playing', () => (document.querySelector('video.field-video')?.currentTime ?? 0) > 0);
    await page.locator('#view').focus();
    await page.keyboard.down('Space');
    await sleep(500);
    // E until the agent engages (on a loaded machine an engage can be refused while the link figures
    // settle). Engaged: FOLLOWING, or a hold after it (a page stalled by a busy machine holds the arm).
    const state = () => page.evaluate(() => document.getElementById('state-label')?.textContent ?? '');
    const engaged = (s) => s === 'FOLLOWING' || s === 'HOLDING';
    for (let i = 0; i < 15 && !engaged(await state()); i++) {
      await page.keyboard.press('KeyE');
      await sleep(2000);
    }
    if (!engaged(await state())) throw new Error(`the console did not engage: state ${await state()}; ${await page.evaluate(() => document.getElementById('ack')?.textContent ?? '')}`);
    const snap = () => page.evaluate(() => window.farhandConsole.snapshot());
    const engagedAtMs = Date.now();
    const playout = [];
    const readMs = [];
    while (Date.now() - engagedAtMs < seconds * 1000) {
      await sleep(1000);
      const s = await snap();
      if (typeof s.playoutS === 'number' && Number.isFinite(s.playoutS)) playout.push(s.playoutS * 1000);
      if (Number.isFinite(s.video?.readMs)) readMs.push(s.video.readMs);
    }
    await page.keyboard.up('Space');
    await sleep(1200); // the last report
    await context.close();
    context = null;
    agent.kill('SIGTERM');
    await new Promise((r) => (agent.exitCode !== null ? r() : agent.once('exit', r)));
    const stats = await lab.stats().catch(() => null);
    return analyse(await readRecording(recording), { video, seconds, playout, readMs, stats });
  } finally {
    await context?.close().catch(() => undefined);
    await lab.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function analyse(rec, meta) {
  // The engaged window: first FOLLOWING tick (+1 s, settled) to the last one. The run ends by releasing
  // the dead-man (OPERATOR_ABSENT): that hold is ours, not the link's, and is not counted.
  const ticks = rec.ticks.map((t) => t.msg);
  const firstF = ticks.findIndex((t) => t.state === FOLLOWING);
  let lastF = -1;
  for (let i = ticks.length - 1; i >= 0; i--) if (ticks[i].state === FOLLOWING) { lastF = i; break; }
  const t0 = firstF >= 0 ? ticks[firstF].time_ns + 1e9 : Infinity;
  const t1 = lastF >= 0 ? ticks[lastF].time_ns : -Infinity;
  const win = ticks.filter((t) => t.time_ns >= t0);
  let holds = 0;
  let heldNs = 0;
  const reasons = new Set();
  for (let i = 1; i < win.length; i++) {
    if (win[i - 1].state === HOLDING && win[i - 1].reason !== 'OPERATOR_ABSENT') heldNs += win[i].time_ns - win[i - 1].time_ns;
    if (win[i].state === HOLDING && win[i - 1].state !== HOLDING && win[i].reason !== 'OPERATOR_ABSENT') {
      holds++;
      reasons.add(win[i].reason);
    }
  }
  const windowS = Number.isFinite(t1 - t0) && t1 > t0 ? (t1 - t0) / 1e9 : NaN;
  // Video: every accepted report received in the engaged window (+ the one after it).
  const reports = rec.videoReports.filter((r) => !r.msg.refused && r.msg.receive_time_ns >= t0 && r.msg.receive_time_ns <= t1 + 2e9).map((r) => r.msg.report);
  const g2g = reports.flatMap((r) => r.glass_to_glass_ms).sort((a, b) => a - b);
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const finiteOf = (k) => reports.map((r) => r[k]).filter((x) => typeof x === 'number' && Number.isFinite(x));
  const reportS = reports.reduce((a, r) => a + r.interval_s, 0);
  const displayed = reports.reduce((a, r) => a + r.frames_displayed, 0);
  const freezes = reports.reduce((a, r) => a + r.freezes, 0);
  const playout = [...meta.playout].sort((a, b) => a - b);
  // Where a motion gap comes from: the console not sending (gaps in capture times: the page was held up)
  // or the frames not arriving (gaps in receive times with no gap in capture times: link or agent).
  const frames = rec.frames.map((f) => f.msg).filter((m) => !m.refused && m.frame && m.receive_time_ns >= t0 && m.receive_time_ns <= t1);
  const byCapture = frames.map((m) => Number(m.frame.capture_time_ns)).sort((a, b) => a - b);
  const byReceive = frames.map((m) => Number(m.receive_time_ns)).sort((a, b) => a - b);
  const gaps = (xs) => xs.slice(1).map((x, i) => (x - xs[i]) / 1e6);
  const over = (xs, ms) => gaps(xs).filter((g) => g > ms).length;
  return {
    sendGapsOver100: over(byCapture, 100),
    receiveGapsOver100: over(byReceive, 100),
    maxSendGapMs: Math.max(0, ...gaps(byCapture)),
    maxReceiveGapMs: Math.max(0, ...gaps(byReceive)),
    video: meta.video,
    reports: reports.length,
    g2gMs: { p50: quantile(g2g, 0.5), p90: quantile(g2g, 0.9), p99: quantile(g2g, 0.99), n: g2g.length },
    fps: reportS > 0 ? displayed / reportS : NaN,
    framesLost: reports.reduce((a, r) => a + r.frames_lost, 0),
    freezes,
    freezesPerMin: reportS > 0 ? (freezes * 60) / reportS : NaN,
    longestFreezeMs: Math.max(0, ...reports.map((r) => r.longest_freeze_ms)),
    jitterBufferMs: mean(finiteOf('jitter_buffer_ms')),
    decodeMs: mean(finiteOf('decode_ms')),
    bitrateKbps: mean(finiteOf('bitrate_bps')) / 1000,
    nacks: reports.reduce((a, r) => a + (r.nacks ?? 0), 0),
    plis: reports.reduce((a, r) => a + (r.plis ?? 0), 0),
    captures: rec.videoCaptures.length,
    readMs: meta.readMs.length ? meta.readMs.reduce((a, b) => a + b, 0) / meta.readMs.length : NaN,
    playoutMs: quantile(playout, 0.5),
    holds,
    holdsPerMin: windowS > 0 ? (holds * 60) / windowS : NaN,
    heldS: heldNs / 1e9,
    holdReasons: [...reasons],
    windowS,
    labStats: meta.stats,
  };
}
