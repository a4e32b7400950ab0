// What the agent can offer for the second transport, decided once at start: WebRTC turned on in the
// config and the native library loaded, with the ICE servers to use; or why not.
import type { EffectiveConfig } from '@farhand/loop';
import { loadWrtc, type RtcIceServerInit, type Wrtc, type WrtcLoad } from './wrtc.js';

export type RtcSetup =
  | { ok: true; wrtc: Wrtc; iceServers: RtcIceServerInit[]; connectTimeoutS: number; loopbackOnly: boolean }
  | { ok: false; reason: string };

export async function rtcSetup(config: EffectiveConfig, loopbackOnly: boolean, load: () => Promise<WrtcLoad> = () => loadWrtc()): Promise<RtcSetup> {
  if (!config.rtc.enabled) return { ok: false, reason: 'WebRTC is turned off on this agent (rtc.enabled = false, --no-webrtc)' };
  const w = await load();
  if (!w.ok) return { ok: false, reason: w.reason };
  const iceServers = config.rtc.iceServers.map((s) => ({
    urls: s.urls,
    ...(s.username !== undefined ? { username: s.username } : {}),
    ...(s.credential !== undefined ? { credential: s.credential } : {}),
  }));
  return { ok: true, wrtc: w.wrtc, iceServers, connectTimeoutS: config.rtc.connectTimeoutS, loopbackOnly };
}
