// Whether the agent sends the field's video, decided once at start: configured, WebRTC available (the
// track rides the motion peer connection; the WebSocket carries no video) and the source built; or why not.
import type { EffectiveConfig } from '@farhand/loop';
import type { ToolState } from '@farhand/video';
import type { Logger } from '../log.js';
import type { RtcSetup } from '../transport/setup.js';
import { VideoHub } from './hub.js';

export type VideoSetup = { ok: true; hub: VideoHub } | { ok: false; reason: string };

export function videoSetup(config: EffectiveConfig, rtc: RtcSetup, deps: { nowNs: () => number; tool: () => ToolState | null; log: Logger }): VideoSetup {
  if (config.video.source === 'off') return { ok: false, reason: 'video is turned off on this agent (video.source = "off", --video off)' };
  if (!rtc.ok) return { ok: false, reason: `no video: it rides the WebRTC peer connection, which is unavailable (${rtc.reason})` };
  try {
    return { ok: true, hub: new VideoHub({ video: config.video, wrtc: rtc.wrtc, nowNs: deps.nowNs, tool: deps.tool, log: deps.log }) };
  } catch (e) {
    return { ok: false, reason: `no video: ${e instanceof Error ? e.message : String(e)}` };
  }
}
