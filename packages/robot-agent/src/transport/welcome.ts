// Welcome.rtc: whether this agent answers WebRTC offers, the ICE servers a client should use, the
// motion channel's label and how long a client waits before it falls back to the WebSocket.
import { RTC_MOTION_LABEL, type farhand } from '@farhand/protocol';
import type { RtcSetup } from './setup.js';

export function welcomeRtc(setup: RtcSetup): farhand.v1.IRtcOffer {
  if (!setup.ok) return { available: false, unavailable_reason: setup.reason, motion_label: RTC_MOTION_LABEL };
  return {
    available: true,
    ice_servers: setup.iceServers.map((s) => ({
      urls: Array.isArray(s.urls) ? s.urls : [s.urls],
      username: s.username ?? '',
      credential: s.credential ?? '',
    })),
    motion_label: RTC_MOTION_LABEL,
    connect_timeout_s: setup.connectTimeoutS,
  };
}
