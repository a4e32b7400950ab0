// Whether the agent sends the field's video, decided once at start: configured, WebRTC available (the
// track rides the motion peer connection; the WebSocket carries no video) and the source built; or why not.
import { parseVideoSize } from '@farhand/protocol';
import type { EffectiveConfig } from '@farhand/loop';
import type { ToolState } from '@farhand/video';
import type { VideoSource } from '@farhand/video/node';
import type { Logger } from '../log.js';
import type { RtcSetup } from '../transport/setup.js';
import { VideoHub, type SentFrame } from './hub.js';

export type VideoSetup = { ok: true; hub: VideoHub } | { ok: false; reason: string };

export interface VideoSetupDeps {
  nowNs: () => number;
  tool: () => ToolState | null;
  log: Logger;
  /** Each frame handed to the encoder (the recording keeps its capture time). */
  onSent?: (f: SentFrame) => void;
}

export async function videoSetup(config: EffectiveConfig, rtc: RtcSetup, deps: VideoSetupDeps): Promise<VideoSetup> {
  if (config.video.source === 'off') return { ok: false, reason: 'video is turned off on this agent (video.source = "off", --video off)' };
  if (!rtc.ok) return { ok: false, reason: `no video: it rides the WebRTC peer connection, which is unavailable (${rtc.reason})` };
  try {
    const source = config.video.source === 'ros' ? await rosSource(config, deps) : undefined;
    return {
      ok: true,
      hub: new VideoHub({ video: config.video, wrtc: rtc.wrtc, nowNs: deps.nowNs, tool: deps.tool, log: deps.log, ...(source ? { source } : {}), ...(deps.onSent ? { onSent: deps.onSent } : {}) }),
    };
  } catch (e) {
    return { ok: false, reason: `no video: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * The `ros` source: @farhand/ros's RosImageSource, loaded only when asked for (the ROS client library
 * costs nothing otherwise). A topic ending in /compressed is sensor_msgs/CompressedImage (image_transport's
 * naming), any other sensor_msgs/Image.
 */
async function rosSource(config: EffectiveConfig, deps: VideoSetupDeps): Promise<VideoSource> {
  const topic = config.video.topic;
  if (topic === undefined) throw new Error('video.source = "ros" needs video.topic (--video-topic)');
  type RosModule = {
    RosImageSource?: new (o: {
      masterUri: string;
      topic: string;
      kind: 'raw' | 'compressed';
      width: number;
      height: number;
      fps: number;
      nowNs: () => number;
      logger?: Logger;
    }) => VideoSource;
  };
  let mod: RosModule;
  try {
    // A variable specifier: the ROS package is loaded on demand and may be absent from a build.
    const spec = '@farhand/ros';
    mod = (await import(spec)) as RosModule;
  } catch (e) {
    throw new Error(`the ros video source is not available (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof mod.RosImageSource !== 'function') throw new Error('the ros video source is not available (@farhand/ros exports no RosImageSource)');
  const { width, height } = parseVideoSize(config.video.size);
  return new mod.RosImageSource({
    masterUri: config.ros.masterUri,
    topic,
    kind: /\/compressed$/.test(topic) ? 'compressed' : 'raw',
    width,
    height,
    fps: config.video.fps,
    nowNs: deps.nowNs,
    logger: deps.log.child({ video: 'ros' }),
  });
}
