// The two transports that may carry motion frames, by the names used in logs, metrics, events and the
// pages; and their wire enum (Telemetry.motion_transport).
import { farhand } from '@farhand/protocol';

export type MotionTransportName = 'websocket' | 'webrtc';

export const MOTION_TRANSPORT_WIRE: Record<MotionTransportName, farhand.v1.MotionTransport> = {
  websocket: farhand.v1.MotionTransport.WEBSOCKET,
  webrtc: farhand.v1.MotionTransport.WEBRTC_DATACHANNEL,
};

/** How a person reads it. */
export const MOTION_TRANSPORT_TEXT: Record<MotionTransportName, string> = {
  websocket: 'the WebSocket (TCP: reliable, ordered)',
  webrtc: 'the WebRTC DataChannel (unordered, no retransmission)',
};
