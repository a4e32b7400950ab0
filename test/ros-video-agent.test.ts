// `--video ros` end to end against a real roscore: the agent subscribes to a dVRK-style endoscope topic
// (/jhu_daVinci/left/image_raw, sensor_msgs/Image bgr8) that a publisher of ours feeds, and a WebRTC peer
// (as the console) receives that picture, encoded by libwebrtc, at the configured size, with the capture
// timecode the agent stamped readable in every frame. The agent's config refuses `--video ros` without a
// topic, and a bad topic name, saying what is accepted. Skipped, with the reason, without roscore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLuma, timecodeGeometry } from '@farhand/video';
import { loadConfig, startAgent, type Agent } from '../packages/robot-agent/src/index.js';
import { startRosNode, uniqueNodeName } from '../packages/ros/src/driver/node.js';
import { IMAGE_DEF, IMAGE_TYPE } from '../packages/ros/src/video/image-msgs.js';
import { LogSink, TestClient, testConfig, waitFor } from './agent-helpers.js';
import { RtcLink } from './rtc-helpers.js';
import { rosAvailable, sleep, startRoscore, type Roscore } from './ros-helpers.js';

const ready = rosAvailable();
if (!ready) process.stdout.write('ros-video-agent: SKIPPED, roscore (Debian ros-core) is not installed; .ci/run installs it\n');

const TOPIC = '/jhu_daVinci/left/image_raw';

describe('--video ros: config', () => {
  const errors = (argv: string[]): string => {
    const r = loadConfig({ argv, env: {}, cwd: process.cwd() });
    return r.ok ? '' : r.errors.join('\n');
  };
  it('needs a topic, and a valid ROS name', () => {
    expect(errors(['--video', 'ros'])).toMatch(/video\.topic.*it is required because video\.source = "ros"/);
    expect(errors(['--video', 'ros', '--video-topic', 'left image'])).toMatch(/video\.topic = "left image" \(from --video-topic\): expected a ROS topic name such as \/jhu_daVinci\/left\/image_raw/);
    expect(errors(['--video', 'ros', '--video-topic', TOPIC])).toBe('');
  });
});

describe.skipIf(!ready)('--video ros: a dVRK endoscope topic to the console over WebRTC', () => {
  let core: Roscore;
  let agent: Agent;
  const clients: TestClient[] = [];
  const links: RtcLink[] = [];

  beforeAll(async () => {
    core = await startRoscore();
    agent = await startAgent(testConfig(['--video', 'ros', '--video-topic', TOPIC, '--ros-master', core.uri, '--video-size', '320x240', '--video-fps', '30']), { logDestination: new LogSink() });
  }, 30_000);
  afterAll(async () => {
    for (const l of links) l.close();
    for (const c of clients) await c.close();
    await agent?.close('test done');
    await core?.stop();
  });

  it('Welcome names the topic; a peer receives the published picture (bgr8 blue) with readable, advancing timecodes', async () => {
    const c = await TestClient.connect(agent.urls.ws, { role: 'OBSERVER', token: agent.tokens.observer, name: 'ros-video' });
    clients.push(c);
    const v = c.welcome!.rtc!.video!;
    expect(v).toMatchObject({ available: true, width: 320, height: 240, fps: 30 });
    expect(v.description).toContain(TOPIC);
    expect(v.description).toContain('sensor_msgs/Image');
    expect(v.fx ?? 0).toBe(0); // a real endoscope: no camera model known to the agent

    const pub = await startRosNode({ masterUri: core.uri, name: uniqueNodeName('test_endoscope'), hostname: '127.0.0.1' });
    await pub.advertise({ topic: TOPIC, dataType: IMAGE_TYPE, messageDefinitionText: IMAGE_DEF });
    const w = 640;
    const h = 480;
    const data = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h; i++) data[i * 3] = 255; // bgr8: blue
    let publishing = true;
    const publisher = (async () => {
      let seq = 0;
      while (publishing) {
        await pub.publish(TOPIC, { header: { seq, stamp: { sec: Math.floor(Date.now() / 1000), nsec: 0 }, frame_id: 'left' }, height: h, width: w, encoding: 'bgr8', is_bigendian: 0, step: w * 3, data });
        seq++;
        await sleep(33);
      }
    })();
    try {
      // The source starts with the first viewer: subscribe, find the publisher through the master.
      const link = await RtcLink.open(c, { video: true });
      links.push(link);
      const codes: { captureTimeNs: number; frameNumber: number }[] = [];
      let blueY = NaN;
      link.onVideoFrame = (f) => {
        const t = readLuma(f.data, f.width, timecodeGeometry(f.width));
        if (t) codes.push(t);
        blueY = f.data[120 * f.width + 160]!;
      };
      await waitFor('frames of the ROS topic', () => codes.length >= 10, 15_000);
      expect(link.lastVideoFrame).toMatchObject({ width: 320, height: 240 });
      for (let i = 1; i < codes.length; i++) expect(codes[i]!.frameNumber).toBeGreaterThan(codes[i - 1]!.frameNumber);
      // BT.601 blue: Y about 41 (VP8 moves it a little).
      expect(Math.abs(blueY - 41)).toBeLessThanOrEqual(6);
      expect(agent.video.stats!.framesSent).toBeGreaterThanOrEqual(10);
    } finally {
      publishing = false;
      await publisher;
      pub.shutdown();
    }
  }, 40_000);
});
