// A Node WebRTC peer for the agent's tests and benches: the client side of the motion DataChannel,
// negotiated over a TestClient's authenticated WebSocket exactly as the browser console does it
// (offer, answer, trickled ICE candidates), with @roamhq/wrtc (the same libwebrtc as the agent's).
import wrtc from '@roamhq/wrtc';
import { RTC_MOTION_LABEL, farhand } from '@farhand/protocol';
import { waitFor, type TestClient } from './agent-helpers.js';

const pb = farhand.v1;

interface Channel {
  readonly readyState: string;
  binaryType: string;
  onopen: (() => void) | null;
  onclose: (() => void) | null;
  send(data: Uint8Array | string): void;
  close(): void;
}
interface Peer {
  readonly connectionState: string;
  onicecandidate: ((e: { candidate: { candidate: string; sdpMid: string | null; sdpMLineIndex: number | null } | null }) => void) | null;
  createDataChannel(label: string, init: { ordered?: boolean; maxRetransmits?: number }): Channel;
  createOffer(): Promise<{ type: 'offer'; sdp: string }>;
  setLocalDescription(d: { type: 'offer'; sdp: string }): Promise<void>;
  setRemoteDescription(d: { type: 'answer'; sdp: string }): Promise<void>;
  addIceCandidate(c: { candidate: string; sdpMid: string; sdpMLineIndex: number }): Promise<void>;
  addTransceiver(kind: 'video', init: { direction: 'recvonly' }): unknown;
  ontrack: ((e: { track: { kind: string } }) => void) | null;
  close(): void;
}
/** One decoded frame as @roamhq/wrtc's RTCVideoSink gives it (I420). */
export interface SinkFrame {
  width: number;
  height: number;
  data: Uint8Array;
}
interface Sink {
  onframe: ((e: { frame: SinkFrame }) => void) | null;
  stop(): void;
}
const RTCVideoSink = (wrtc as unknown as { nonstandard: { RTCVideoSink: new (track: unknown) => Sink } }).nonstandard.RTCVideoSink;
const RTCPeerConnection = (wrtc as unknown as { RTCPeerConnection: new (c: { iceServers: unknown[] }) => Peer }).RTCPeerConnection;

export interface ChannelOptions {
  label?: string;
  ordered?: boolean;
  maxRetransmits?: number;
  /** Offer a recvonly video transceiver, as the console does, and decode what arrives. */
  video?: boolean;
}

export class RtcLink {
  readonly pc: Peer;
  readonly channel: Channel;
  closedByAgent: string | null = null;
  answered = false;
  /** Decoded video frames (when offered with video: true), newest last; `onVideoFrame` sees each. */
  videoFrames = 0;
  lastVideoFrame: SinkFrame | null = null;
  onVideoFrame: ((f: SinkFrame) => void) | null = null;
  #sink: Sink | null = null;

  private constructor(readonly client: TestClient, o: ChannelOptions) {
    this.pc = new RTCPeerConnection({ iceServers: [] });
    const init: { ordered?: boolean; maxRetransmits?: number } = { ordered: o.ordered ?? false };
    if (o.maxRetransmits !== undefined || o.ordered === undefined) init.maxRetransmits = o.maxRetransmits ?? 0;
    this.channel = this.pc.createDataChannel(o.label ?? RTC_MOTION_LABEL, init);
    this.channel.binaryType = 'arraybuffer';
    if (o.video === true) {
      this.pc.addTransceiver('video', { direction: 'recvonly' });
      this.pc.ontrack = (e) => {
        if (e.track.kind !== 'video' || this.#sink) return;
        const sink = new RTCVideoSink(e.track);
        sink.onframe = ({ frame }) => {
          this.videoFrames++;
          this.lastVideoFrame = frame;
          this.onVideoFrame?.(frame);
        };
        this.#sink = sink;
      };
    }
    this.pc.onicecandidate = (e) => {
      const c = e.candidate;
      if (client.ws.readyState !== client.ws.OPEN) return;
      client.sendEnvelope({ rtc: { type: pb.RtcSignalType.CANDIDATE, candidate: c?.candidate ?? '', sdp_mid: c?.sdpMid ?? '0', sdp_mline_index: c?.sdpMLineIndex ?? 0 } });
    };
    client.onRtc = (m) => {
      if (m.type === pb.RtcSignalType.ANSWER) {
        this.answered = true;
        void this.pc.setRemoteDescription({ type: 'answer', sdp: m.sdp });
      } else if (m.type === pb.RtcSignalType.CANDIDATE && m.candidate !== '') {
        void this.pc.addIceCandidate({ candidate: m.candidate, sdpMid: m.sdp_mid || '0', sdpMLineIndex: m.sdp_mline_index }).catch(() => undefined);
      } else if (m.type === pb.RtcSignalType.CLOSE) {
        this.closedByAgent = m.reason;
      }
    };
  }

  /** Offers over the client's WebSocket; resolves once the offer is sent (not yet open). */
  static async offer(client: TestClient, o: ChannelOptions = {}): Promise<RtcLink> {
    const link = new RtcLink(client, o);
    const offer = await link.pc.createOffer();
    await link.pc.setLocalDescription(offer);
    client.sendEnvelope({ rtc: { type: pb.RtcSignalType.OFFER, sdp: offer.sdp } });
    return link;
  }

  /** Offers and waits until the motion channel is open. */
  static async open(client: TestClient, o: ChannelOptions = {}, timeoutMs = 5000): Promise<RtcLink> {
    const link = await RtcLink.offer(client, o);
    await waitFor('DataChannel open', () => link.channel.readyState === 'open', timeoutMs);
    return link;
  }

  get isOpen(): boolean {
    return this.channel.readyState === 'open';
  }

  /** For TestClient.motion and stream(): sends one Envelope on the DataChannel. */
  readonly send = (bytes: Uint8Array): void => {
    if (this.channel.readyState === 'open') this.channel.send(bytes);
  };

  close(): void {
    try {
      if (this.#sink) {
        this.#sink.onframe = null;
        this.#sink.stop();
      }
      this.channel.close();
      this.pc.close();
    } catch {
      // Already closed.
    }
  }
}
