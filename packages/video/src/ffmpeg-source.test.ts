// The ffmpeg source with Debian's ffmpeg: its own synthetic sources and a short generated file become
// I420 frames of the configured size and rate, stamped with a readable timecode; bad input specs are
// refused with what is accepted; a missing file fails with ffmpeg's reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FfmpegSource, ffmpegArgs, parseInputSpec } from './ffmpeg-source.js';
import type { VideoFrame } from './source.js';
import { timecodeGeometry } from './test-scene.js';
import { readLuma } from './timecode.js';

function hasFfmpeg(): boolean {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const ffmpeg = hasFfmpeg();
if (!ffmpeg) console.warn('ffmpeg-source tests skipped: no ffmpeg on PATH (apt-get install ffmpeg; .ci/run installs it)');

const now = () => Number(process.hrtime.bigint());

async function collect(input: string, seconds: number): Promise<{ frames: VideoFrame[]; errors: string[] }> {
  const src = new FfmpegSource({ input, width: 320, height: 240, fps: 30, nowNs: now });
  const frames: VideoFrame[] = [];
  const errors: string[] = [];
  await src.start((f) => frames.push(f), (e) => errors.push(e));
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await src.stop();
  return { frames, errors };
}

describe('ffmpeg input specs', () => {
  it.each([
    ['lavfi:testsrc2', 'lavfi'],
    ['lavfi:smptebars', 'lavfi'],
    ['v4l2:/dev/video0', 'v4l2'],
    ['rtsp://camera.local:554/stream1', 'rtsp'],
    ['recordings/endoscope.mp4', 'file'],
  ])('accepts %s', (input, kind) => {
    expect(parseInputSpec(input).kind).toBe(kind);
  });

  it.each([
    ['', /empty/],
    ['lavfi:movie=/etc/passwd', /limited to ffmpeg's synthetic sources/],
    ['v4l2:/etc/passwd', /a v4l2 device is \/dev\/videoN/],
    ['http://example/x', /the scheme "http" is not one of/],
    ['-i', /may not start with "-"/],
    ['a\nb', /control characters/],
  ])('refuses %j with what is accepted', (input, why) => {
    expect(() => parseInputSpec(input)).toThrow(why);
    expect(() => parseInputSpec(input)).toThrow(/expected lavfi:GRAPH, v4l2:\/dev\/videoN, rtsp:\/\/HOST\/PATH or a file path/);
  });

  it('scales and paces to the configured size and rate, raw I420 on stdout, never reads stdin', () => {
    const a = ffmpegArgs({ kind: 'lavfi', graph: 'testsrc2' }, 640, 480, 30);
    expect(a).toContain('-nostdin');
    expect(a.slice(-7)).toEqual(['-vf', 'scale=640:480,fps=30', '-pix_fmt', 'yuv420p', '-f', 'rawvideo', 'pipe:1']);
    expect(a.join(' ')).toMatch(/-f lavfi -i testsrc2=size=640x480:rate=30 .*-vf scale=640:480,fps=30 -pix_fmt yuv420p -f rawvideo pipe:1$/);
  });

  it('refuses sizes and rates out of range', () => {
    expect(() => new FfmpegSource({ input: 'lavfi:testsrc2', width: 641, height: 480, fps: 30, nowNs: now })).toThrow(/even whole numbers/);
    expect(() => new FfmpegSource({ input: 'lavfi:testsrc2', width: 640, height: 480, fps: 0, nowNs: now })).toThrow(/expected 1 to 120/);
  });
});

describe.skipIf(!ffmpeg)('ffmpeg source with Debian ffmpeg', () => {
  const dir = mkdtempSync(join(tmpdir(), 'farhand-video-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lavfi testsrc2 at 30 fps: frames of the right size, timecode readable, frame numbers and times advancing', async () => {
    const { frames, errors } = await collect('lavfi:testsrc2', 1.5);
    expect(errors).toEqual([]);
    expect(frames.length).toBeGreaterThan(25);
    expect(frames.length).toBeLessThan(70);
    const g = timecodeGeometry(320);
    for (const [i, f] of frames.entries()) {
      expect(f.data.length).toBe((320 * 240 * 3) / 2);
      expect(f.frameNumber).toBe(i);
      const tc = readLuma(f.data, 320, g);
      expect(tc?.frameNumber).toBe(i);
      expect(Math.abs(tc!.captureTimeNs - f.captureTimeNs)).toBeLessThan(1000);
    }
    const spanS = (frames.at(-1)!.captureTimeNs - frames[0]!.captureTimeNs) / 1e9;
    // Paced at real time (-re): ~30 frames per second of wall time, not as fast as ffmpeg can make them.
    expect(frames.length / spanS).toBeGreaterThan(20);
    expect(frames.length / spanS).toBeLessThan(40);
  }, 20_000);

  it('a short generated file plays (looped, at its own rate); a missing file fails with a reason', async () => {
    const file = join(dir, 'clip.mkv');
    execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=30', '-t', '0.5', '-c:v', 'mpeg4', file]);
    const { frames, errors } = await collect(file, 1.2);
    expect(errors).toEqual([]);
    expect(frames.length).toBeGreaterThan(20); // longer than the 0.5 s clip: it loops
    const missing = new FfmpegSource({ input: join(dir, 'nope.mp4'), width: 320, height: 240, fps: 30, nowNs: now });
    await expect(missing.start(() => undefined, () => undefined)).rejects.toThrow(/ffmpeg stopped \(exit \d+\) reading .*nope\.mp4: .*No such file/);
  }, 20_000);
});
