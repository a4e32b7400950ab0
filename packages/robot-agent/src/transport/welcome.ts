// Welcome.rtc: whether this agent answers WebRTC offers, the ICE servers a client should use, the
// motion channel's label and how long a client waits before it falls back to the WebSocket.
import { RTC_MOTION_LABEL, type farhand } from '@farhand/protocol';
import type { VideoSetup } from '../video/setup.js';
import type { RtcSetup } from './setup.js';

const NO_VIDEO = 'no video over the WebSocket: the field\'s video needs the WebRTC peer connection';

/** Welcome.rtc.video: the track's size and rate and the camera it was taken with, or why there is none. */
export function welcomeVideo(setup: RtcSetup, video: VideoSetup | undefined): farhand.v1.IVideoOffer {
  if (!setup.ok) return { available: false, unavailable_reason: `${NO_VIDEO} (${setup.reason})` };
  if (video === undefined) return { available: false, unavailable_reason: 'this agent sends no video' };
  if (!video.ok) return { available: false, unavailable_reason: video.reason };
  const { info, camera } = video.hub;
  return {
    available: true,
    width: info.width,
    height: info.height,
    fps: info.fps,
    description: info.description,
    ...(camera
      ? {
          fx: camera.intrinsics.fx,
          fy: camera.intrinsics.fy,
          cx: camera.intrinsics.cx,
          cy: camera.intrinsics.cy,
          camera_position_m: [...camera.pose.position],
          camera_orientation: [...camera.pose.orientation],
        }
      : {}),
  };
}

export function welcomeRtc(setup: RtcSetup, video?: VideoSetup): farhand.v1.IRtcOffer {
  if (!setup.ok) return { available: false, unavailable_reason: setup.reason, motion_label: RTC_MOTION_LABEL, video: welcomeVideo(setup, video) };
  return {
    video: welcomeVideo(setup, video),
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
