// The field's video on the motion peer connection, Node peer to agent on loopback: a client that offers
// a recvonly video transceiver (as the console does) receives the test scene, encoded by libwebrtc and
// decoded by the peer, at the configured size, with the capture timecode readable in every frame's luma;
// Welcome says what is sent and with which camera; a client without the transceiver gets no video, and an
// agent with --video off or without WebRTC says why there is none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLuma, timecodeGeometry } from '@farhand/video';
import { startAgent, type Agent } from '../packages/robot-agent/src/index.js';
import { LogSink, TestClient, sleep, startTestAgent, testConfig, waitFor } from './agent-helpers.js';
import { RtcLink } from './rtc-helpers.js';

let agent: Agent;
const clients: TestClient[] = [];
const links: RtcLink[] = [];

beforeAll(async () => {
  ({ agent } = await startTestAgent(['--video', 'test', '--video-size', '320x240', '--video-fps', '30']));
});

afterAll(async () => {
  for (const l of links) l.close();
  for (const c of clients) await c.close();
  await agent?.close('test done');
});

async function connect(a: Agent, role: 'SURGEON' | 'OBSERVER' = 'OBSERVER'): Promise<TestClient> {
  const c = await TestClient.connect(a.urls.ws, { role, token: a.tokens[role === 'SURGEON' ? 'surgeon' : 'observer'], name: `video-${role.toLowerCase()}` });
  clients.push(c);
  return c;
}

describe('video over the WebRTC peer connection, Node peer to agent on loopback', () => {
  it('Welcome offers the video: size, rate and the test scene camera (intrinsics from the FOV, lookAt pose)', async () => {
    const c = await connect(agent);
    const v = c.welcome!.rtc!.video!;
    expect(v).toMatchObject({ available: true, width: 320, height: 240, fps: 30, cx: 160, cy: 120 });
    // 70 degrees horizontal: fx = 160 / tan(35 deg).
    expect(v.fx).toBeCloseTo(160 / Math.tan((35 * Math.PI) / 180), 9);
    expect(v.fy).toBe(v.fx);
    expect(v.camera_position_m).toEqual([0, -0.08, -0.05]);
    expect(Math.hypot(...v.camera_orientation!)).toBeCloseTo(1, 12);
  });

  it('a peer offering a recvonly video transceiver receives the test scene at the configured size, timecodes advancing', async () => {
    const c = await connect(agent);
    const link = await RtcLink.open(c, { video: true });
    links.push(link);
    const codes: { captureTimeNs: number; frameNumber: number }[] = [];
    const g = timecodeGeometry(320);
    link.onVideoFrame = (f) => {
      const t = readLuma(f.data, f.width, g);
      if (t) codes.push(t);
    };
    await waitFor('video frames', () => link.videoFrames >= 10, 2000);
    expect(link.lastVideoFrame).toMatchObject({ width: 320, height: 240 });
    await waitFor('readable timecodes', () => codes.length >= 5, 2000);
    for (let i = 1; i < codes.length; i++) {
      expect(codes[i]!.frameNumber).toBeGreaterThan(codes[i - 1]!.frameNumber);
      expect(codes[i]!.captureTimeNs).toBeGreaterThan(codes[i - 1]!.captureTimeNs);
    }
    // Decoded frames carry capture times of the agent clock, a little in its past.
    const age = agent.clock.nowNs() - codes[codes.length - 1]!.captureTimeNs;
    expect(age).toBeGreaterThan(0);
    expect(agent.video.stats!.viewers).toBe(1);
    expect(agent.video.stats!.framesSent).toBeGreaterThanOrEqual(link.videoFrames);
    link.close();
    await waitFor('the source stops with the last viewer', () => agent.video.stats!.viewers === 0, 5000);
    const sent = agent.video.stats!.framesSent;
    await sleep(200);
    expect(agent.video.stats!.framesSent).toBe(sent);
  });

  it('a peer without a video transceiver gets the motion channel and no video', async () => {
    const c = await connect(agent);
    const link = await RtcLink.open(c);
    links.push(link);
    await sleep(300);
    expect(link.videoFrames).toBe(0);
    expect(agent.video.stats!.viewers).toBe(0);
  });
});

describe('no video, and why', () => {
  it('--video off (the default): Welcome says video is turned off', async () => {
    const a = await startAgent(testConfig([]), { logDestination: new LogSink() });
    try {
      const c = await connect(a);
      expect(c.welcome!.rtc!.video).toMatchObject({ available: false, unavailable_reason: expect.stringMatching(/turned off.*--video off/) });
      await c.close();
    } finally {
      await a.close('test done');
    }
  });

  it('--no-webrtc: the WebSocket carries no video, and Welcome says so', async () => {
    const a = await startAgent(testConfig(['--video', 'test', '--no-webrtc']), { logDestination: new LogSink() });
    try {
      const c = await connect(a);
      expect(c.welcome!.rtc!.video).toMatchObject({ available: false, unavailable_reason: expect.stringMatching(/^no video over the WebSocket/) });
      expect(a.video.available).toBe(false);
      await c.close();
    } finally {
      await a.close('test done');
    }
  });
});
