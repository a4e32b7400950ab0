// The `ros` video source against a real roscore: a publisher node of ours sends sensor_msgs/Image (rgb8,
// then a bad one) and sensor_msgs/CompressedImage (JPEG made by ffmpeg) like a dVRK endoscope; the source
// turns them into I420 frames of the configured size with the right colours and a readable timecode,
// keeps to the configured rate, and reports a bad image once instead of drawing it.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLuma, timecodeGeometry } from '@farhand/video';
import type { VideoFrame } from '@farhand/video/node';
import { startRosNode, uniqueNodeName } from '../packages/ros/src/driver/node.js';
import { RosImageSource } from '../packages/ros/src/video/image-source.js';
import { COMPRESSED_IMAGE_DEF, COMPRESSED_IMAGE_TYPE, IMAGE_DEF, IMAGE_TYPE } from '../packages/ros/src/video/image-msgs.js';
import { rosAvailable, sleep, startRoscore, type Roscore } from './ros-helpers.js';

const hasFfmpeg = (() => {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const ready = rosAvailable() && hasFfmpeg;
if (!ready) console.warn('ros-video tests skipped: they need roscore (ros-core) and ffmpeg; .ci/run installs both');

const now = () => Number(process.hrtime.bigint());
const header = (seq: number) => ({ seq, stamp: { sec: Math.floor(Date.now() / 1000), nsec: 0 }, frame_id: 'camera' });

describe.skipIf(!ready)('ROS image topic as a video source', () => {
  let core: Roscore;
  beforeAll(async () => {
    core = await startRoscore();
  }, 30_000);
  afterAll(async () => {
    await core?.stop();
  });

  async function run(kind: 'raw' | 'compressed', publish: (seq: number) => unknown, seconds: number, rateHz: number) {
    const topic = kind === 'raw' ? '/endoscope/left/image_raw' : '/endoscope/left/image_raw/compressed';
    const pubNode = await startRosNode({ masterUri: core.uri, name: uniqueNodeName('test_camera'), hostname: '127.0.0.1' });
    await pubNode.advertise({ topic, dataType: kind === 'raw' ? IMAGE_TYPE : COMPRESSED_IMAGE_TYPE, messageDefinitionText: kind === 'raw' ? IMAGE_DEF : COMPRESSED_IMAGE_DEF });
    const src = new RosImageSource({ masterUri: core.uri, topic, kind, width: 320, height: 240, fps: 30, nowNs: now, hostname: '127.0.0.1' });
    const frames: VideoFrame[] = [];
    const errors: string[] = [];
    await src.start((f) => frames.push(f), (e) => errors.push(e));
    await sleep(1500); // subscriber and publisher find each other through the master
    const until = Date.now() + seconds * 1000;
    let seq = 0;
    while (Date.now() < until) {
      await pubNode.publish(topic, publish(seq++));
      await sleep(1000 / rateHz);
    }
    await sleep(300);
    await src.stop();
    pubNode.shutdown();
    return { frames, errors, counts: src.counts };
  }

  it('raw rgb8 (640x480 red) -> 320x240 I420 red, timecoded; a faster publisher is held to the configured 30 fps', async () => {
    const w = 640;
    const h = 480;
    const data = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h; i++) data[i * 3] = 255;
    const { frames, errors, counts } = await run('raw', (seq) => ({ header: header(seq), height: h, width: w, encoding: 'rgb8', is_bigendian: 0, step: w * 3, data }), 2, 90);
    expect(errors).toEqual([]);
    expect(frames.length).toBeGreaterThan(30);
    expect(counts.dropped).toBeGreaterThan(0);
    const f = frames.at(-1)!;
    expect(f.data.length).toBe((320 * 240 * 3) / 2);
    // BT.601 red: Y 81, U 90, V 240 (away from the timecode strip).
    expect(Math.abs(f.data[100 * 320 + 100]! - 81)).toBeLessThanOrEqual(1);
    expect(Math.abs(f.data[320 * 240 + 50 * 160 + 50]! - 90)).toBeLessThanOrEqual(1);
    expect(Math.abs(f.data[320 * 240 + 120 * 160 + 50 * 160 + 50]! - 240)).toBeLessThanOrEqual(1);
    expect(readLuma(f.data, 320, timecodeGeometry(320))?.frameNumber).toBe(f.frameNumber);
    const spanS = (frames.at(-1)!.captureTimeNs - frames[0]!.captureTimeNs) / 1e9;
    expect(frames.length / spanS).toBeLessThan(36);
  }, 30_000);

  it('a bad image (unknown encoding) is reported once and never drawn', async () => {
    const { frames, errors, counts } = await run('raw', (seq) => ({ header: header(seq), height: 4, width: 4, encoding: 'bayer_rggb16', is_bigendian: 0, step: 8, data: new Uint8Array(32) }), 0.6, 30);
    expect(frames).toHaveLength(0);
    expect(counts.bad).toBeGreaterThan(5);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/encoding "bayer_rggb16": accepted rgb8, bgr8, rgba8, bgra8, mono8/);
  }, 30_000);

  it('CompressedImage (JPEG) decodes through ffmpeg to frames of the configured size', async () => {
    const jpeg = new Uint8Array(execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=blue:size=320x240', '-frames:v', '1', '-f', 'image2', '-c:v', 'mjpeg', 'pipe:1']));
    const { frames, errors } = await run('compressed', (seq) => ({ header: header(seq), format: 'jpeg', data: jpeg }), 1.5, 20);
    expect(errors).toEqual([]);
    expect(frames.length).toBeGreaterThan(14); // the decoder holds one or two images before its first frame
    const f = frames.at(-1)!;
    expect(f.data.length).toBe((320 * 240 * 3) / 2);
    expect(f.data[320 * 240 + 50 * 160 + 50]).toBeGreaterThan(200); // blue: U high
    expect(readLuma(f.data, 320, timecodeGeometry(320))?.frameNumber).toBe(f.frameNumber);
  }, 30_000);
});
