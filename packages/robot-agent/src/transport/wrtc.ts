// Loading the native WebRTC library (@roamhq/wrtc, libwebrtc). It is optional at run time: a platform
// without its prebuilt binary, or a binary that fails to load, leaves the agent on WebSocket only and
// says why (Welcome.rtc.unavailable_reason, the log, /metrics). The few interfaces used are declared
// here: the agent is compiled without the DOM library, and this is the whole surface it relies on.

export interface RtcIceServerInit {
  urls: string | string[];
  username?: string;
  credential?: string;
}

export interface RtcIceCandidateInit {
  candidate: string;
  sdpMid?: string | null;
  sdpMLineIndex?: number | null;
}

export interface RtcDataChannelLike {
  readonly label: string;
  readonly ordered: boolean;
  readonly maxRetransmits: number | null;
  readonly maxPacketLifeTime: number | null;
  readonly readyState: 'connecting' | 'open' | 'closing' | 'closed';
  binaryType: string;
  onopen: (() => void) | null;
  onclose: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  send(data: Uint8Array | string): void;
  close(): void;
}

/** A libwebrtc media track (the agent only sends video). */
export interface RtcMediaTrackLike {
  readonly kind: string;
  readonly id: string;
}

export interface RtcRtpSenderLike {
  readonly track: RtcMediaTrackLike | null;
}

export interface RtcPeerConnectionLike {
  addTrack(track: RtcMediaTrackLike, ...streams: unknown[]): RtcRtpSenderLike;
  readonly connectionState: string;
  readonly localDescription: { type: string; sdp: string } | null;
  onicecandidate: ((e: { candidate: { candidate: string; sdpMid: string | null; sdpMLineIndex: number | null } | null }) => void) | null;
  ondatachannel: ((e: { channel: RtcDataChannelLike }) => void) | null;
  onconnectionstatechange: (() => void) | null;
  setRemoteDescription(d: { type: 'offer' | 'answer'; sdp: string }): Promise<void>;
  setLocalDescription(d?: { type: 'offer' | 'answer'; sdp: string }): Promise<void>;
  createAnswer(): Promise<{ type: 'answer'; sdp: string }>;
  createOffer(): Promise<{ type: 'offer'; sdp: string }>;
  createDataChannel(label: string, init?: { ordered?: boolean; maxRetransmits?: number }): RtcDataChannelLike;
  addIceCandidate(c: RtcIceCandidateInit): Promise<void>;
  close(): void;
}

export interface Wrtc {
  RTCPeerConnection: new (config: { iceServers: RtcIceServerInit[] }) => RtcPeerConnectionLike;
  /** @roamhq/wrtc's own API: RTCVideoSource takes I420 frames from Node and makes a track of them. */
  nonstandard?: {
    RTCVideoSource: new () => { onFrame(f: { width: number; height: number; data: Uint8Array }): void; createTrack(): RtcMediaTrackLike };
  };
}

export type WrtcLoad = { ok: true; wrtc: Wrtc } | { ok: false; reason: string };

export const WRTC_MODULE = '@roamhq/wrtc';
let cached: Promise<WrtcLoad> | null = null;

/** Loads @roamhq/wrtc once per process (or `spec`, uncached: tests); never throws. */
export function loadWrtc(spec: string = WRTC_MODULE): Promise<WrtcLoad> {
  if (spec !== WRTC_MODULE) return importWrtc(spec);
  cached ??= importWrtc(spec);
  return cached;
}

async function importWrtc(spec: string): Promise<WrtcLoad> {
  try {
    // A variable specifier: the dependency is optional at run time, and a failed native load must
    // land here as a value, not as a crash at import time.
    const mod = (await import(spec)) as { default?: Partial<Wrtc> } & Partial<Wrtc>;
    const w = mod.default ?? mod;
    if (typeof w.RTCPeerConnection !== 'function') return { ok: false, reason: `${spec} loaded but has no RTCPeerConnection` };
    return { ok: true, wrtc: w as Wrtc };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { ok: false, reason: `the native WebRTC library (${spec}) did not load: ${why}` };
  }
}
