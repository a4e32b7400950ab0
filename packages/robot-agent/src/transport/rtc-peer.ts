// One WebRTC peer connection, for one authenticated WebSocket session: the client offers, the agent
// answers, and the one DataChannel the client opens must be the motion channel exactly as specified
// (label farhand-motion, unordered, no retransmission: a late frame is worthless, the next supersedes
// it). Any other channel is closed at once. Messages are stamped on arrival, before anything else, and
// handed on as bytes: what they are allowed to do is the gateway's business, as for WebSocket frames.
import { RTC_MOTION_LABEL } from '@farhand/protocol';
import { announceCandidate, filterSdpCandidates } from './candidates.js';
import type { RtcDataChannelLike, RtcIceServerInit, RtcMediaTrackLike, RtcPeerConnectionLike, Wrtc } from './wrtc.js';

/** The field's video for a peer: a track to send while the peer lives (see VideoHub). */
export interface RtcVideoFeed {
  attach(): RtcMediaTrackLike;
  detach(): void;
  /** The encoder's bitrate ceiling per peer, kbit/s (video.maxBitrateKbps). */
  readonly maxBitrateKbps: number;
}

/**
 * The offer with `b=AS:kbps` in its video section (replacing any there). A bandwidth line in the
 * remote description caps what libwebrtc sends on that m-line: measured with @roamhq/wrtc 0.10, a
 * 640x480 noise source fell from 1.38 Mbit/s to 0.26 Mbit/s under b=AS:300. (RTCRtpSender.setParameters
 * with encodings[0].maxBitrate is the standard way, but @roamhq/wrtc 0.10 rejects every call with
 * InvalidStateError or "Expected an array", so it cannot be used.) Congestion control adapts below it.
 */
export function withVideoBandwidth(sdp: string, kbps: number): string {
  const start = sdp.search(/^m=video /m);
  if (start < 0) return sdp;
  const rest = sdp.slice(start);
  const next = rest.slice(1).search(/^m=/m);
  const end = next < 0 ? sdp.length : start + 1 + next;
  const eol = sdp.includes('\r\n') ? '\r\n' : '\n';
  let section = sdp.slice(start, end).replace(/^b=(AS|TIAS):[^\r\n]*\r?\n/gm, '');
  // RFC 8866: b= comes after i= and c= within a media section.
  const lines = section.split(eol);
  let at = 1;
  while (at < lines.length && /^[ic]=/.test(lines[at]!)) at++;
  lines.splice(at, 0, `b=AS:${Math.round(kbps)}`);
  section = lines.join(eol);
  return sdp.slice(0, start) + section + sdp.slice(end);
}

export interface LocalCandidate {
  /** "" = end of candidates. */
  candidate: string;
  sdpMid: string;
  sdpMLineIndex: number;
}

export interface RtcPeerHandlers {
  candidate(c: LocalCandidate): void;
  /** One message on the motion channel; receiveNs was taken before anything else was done with it. */
  message(data: Buffer | string, receiveNs: number): void;
  open(): void;
  /** The peer is gone, once: closed by either side, or failed. `reason` is "CODE: sentence". */
  closed(reason: string): void;
  /** A channel that is not the motion channel as specified was closed. */
  refusedChannel(sentence: string): void;
}

export interface RtcPeerOptions {
  wrtc: Wrtc;
  iceServers: RtcIceServerInit[];
  /** Announce only loopback candidates (the agent is bound to loopback). */
  loopbackOnly: boolean;
  nowNs: () => number;
  handlers: RtcPeerHandlers;
  /** The video to send when the offer asks for it (a video m-line, recvonly or sendrecv); null: none. */
  video: RtcVideoFeed | null;
}

export type MotionChannelState = 'negotiating' | 'open' | 'closed';

export class RtcPeer {
  readonly #pc: RtcPeerConnectionLike;
  readonly #o: RtcPeerOptions;
  #channel: RtcDataChannelLike | null = null;
  #state: MotionChannelState = 'negotiating';
  #videoAttached = false;

  constructor(o: RtcPeerOptions) {
    this.#o = o;
    this.#pc = new o.wrtc.RTCPeerConnection({ iceServers: o.iceServers });
    this.#pc.onicecandidate = (e) => {
      if (this.#state === 'closed') return;
      if (e.candidate === null) {
        o.handlers.candidate({ candidate: '', sdpMid: '0', sdpMLineIndex: 0 });
        return;
      }
      const c = e.candidate;
      if (!announceCandidate(c.candidate, o.loopbackOnly)) return;
      o.handlers.candidate({ candidate: c.candidate, sdpMid: c.sdpMid ?? '0', sdpMLineIndex: c.sdpMLineIndex ?? 0 });
    };
    this.#pc.ondatachannel = (e) => this.#onChannel(e.channel);
    this.#pc.onconnectionstatechange = () => {
      const s = this.#pc.connectionState;
      if (s === 'failed') this.close('RTC_FAILED: the WebRTC connection failed (ICE or DTLS); motion goes over the WebSocket.');
      else if (s === 'closed') this.close('RTC_CLOSED: the WebRTC connection closed.');
    };
  }

  /** Whether this peer carries the video track. */
  get sendsVideo(): boolean {
    return this.#videoAttached;
  }

  get state(): MotionChannelState {
    return this.#state;
  }

  /** Takes the client's offer, returns the agent's answer SDP (loopback-only filtering applied). */
  async answer(offerSdp: string): Promise<string> {
    const wantsVideo = this.#o.video !== null && /^m=video /m.test(offerSdp);
    await this.#pc.setRemoteDescription({ type: 'offer', sdp: wantsVideo ? withVideoBandwidth(offerSdp, this.#o.video!.maxBitrateKbps) : offerSdp });
    // The client's offer carries a recvonly video transceiver when it wants the picture: addTrack takes
    // that transceiver (JSEP: a compatible one the remote offered and nobody sends on yet), so the answer
    // says sendonly on the client's own m-line and no new negotiation is needed.
    if (wantsVideo && this.#state !== 'closed' && !this.#videoAttached) {
      this.#pc.addTrack(this.#o.video!.attach());
      this.#videoAttached = true;
    }
    const answer = await this.#pc.createAnswer();
    await this.#pc.setLocalDescription(answer);
    return filterSdpCandidates(this.#pc.localDescription?.sdp ?? answer.sdp, this.#o.loopbackOnly);
  }

  /** A remote candidate ("" = end of candidates). Failures (e.g. an unresolvable mDNS name) are ignored. */
  async addCandidate(candidate: string, sdpMid: string, sdpMLineIndex: number): Promise<void> {
    if (this.#state === 'closed') return;
    // An empty candidate is the end-of-candidates marker; libwebrtc wants it as such, not as a line.
    if (candidate === '') return;
    try {
      await this.#pc.addIceCandidate({ candidate, sdpMid, sdpMLineIndex });
    } catch {
      // One unusable candidate is not a failure of the peer: ICE tries the others.
    }
  }

  close(reason: string): void {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    const ch = this.#channel;
    this.#channel = null;
    if (ch) {
      ch.onmessage = null;
      ch.onclose = null;
    }
    this.#pc.onicecandidate = null;
    this.#pc.onconnectionstatechange = null;
    this.#pc.ondatachannel = null;
    if (this.#videoAttached) {
      this.#videoAttached = false;
      this.#o.video!.detach();
    }
    // Closed outside libwebrtc's own callbacks: closing from inside one of them is not safe in wrtc.
    setImmediate(() => {
      try {
        ch?.close();
        this.#pc.close();
      } catch {
        // Already closed.
      }
    });
    this.#o.handlers.closed(reason);
  }

  #onChannel(ch: RtcDataChannelLike): void {
    const problem =
      this.#channel !== null
        ? 'a second DataChannel; this session already has its motion channel'
        : ch.label !== RTC_MOTION_LABEL
          ? `label ${JSON.stringify(ch.label.slice(0, 64))}; the motion channel is labelled ${RTC_MOTION_LABEL}`
          : ch.ordered || ch.maxRetransmits !== 0
            ? `ordered = ${ch.ordered}, maxRetransmits = ${ch.maxRetransmits === null || ch.maxRetransmits >= 65535 ? 'unlimited' : ch.maxRetransmits}; the motion channel must be ordered = false, maxRetransmits = 0 (a late frame is worthless)`
            : null;
    if (problem !== null || this.#state === 'closed') {
      try {
        ch.close();
      } catch {
        // Already closed.
      }
      if (problem !== null) this.#o.handlers.refusedChannel(`DataChannel refused: ${problem}.`);
      return;
    }
    this.#channel = ch;
    ch.binaryType = 'arraybuffer';
    ch.onmessage = (e) => {
      const t = this.#o.nowNs();
      const d = e.data;
      // Text is passed on as text: the gateway refuses it (NOT_BYTES), as on the WebSocket.
      const data = d instanceof ArrayBuffer ? Buffer.from(d) : ArrayBuffer.isView(d) ? Buffer.from(d.buffer, d.byteOffset, d.byteLength) : String(d);
      this.#o.handlers.message(data, t);
    };
    ch.onopen = () => {
      if (this.#state !== 'negotiating') return;
      this.#state = 'open';
      this.#o.handlers.open();
    };
    ch.onclose = () => this.close('RTC_CLOSED: the motion DataChannel closed.');
    if (ch.readyState === 'open' && this.#state === 'negotiating') {
      this.#state = 'open';
      this.#o.handlers.open();
    }
  }
}
