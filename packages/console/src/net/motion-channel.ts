// The second transport for motion frames: the browser's own RTCPeerConnection with one DataChannel,
// unordered and never retransmitted (a late frame is worthless; the next one supersedes it). It is
// negotiated after Welcome over the authenticated WebSocket (RtcSignal offer, answer, ICE candidates),
// so it belongs to that session: its role, its token, its control lock. Motion goes on the channel
// while it is open, on the WebSocket otherwise; if the channel does not open by the agent's deadline,
// or fails later, this says so and motion stays on the WebSocket (a new attempt follows, later).
// Everything else (commands, e-stop, clock probes) stays on the WebSocket.
import { farhand, validateRtcSignal } from '@farhand/protocol';

const pb = farhand.v1;

export type MotionTransportPhase = 'websocket' | 'negotiating' | 'webrtc';

export interface MotionTransportStatus {
  phase: MotionTransportPhase;
  /** A sentence for the HUD: which transport carries motion now, and why. */
  detail: string;
}

export interface MotionChannelOptions {
  offer: farhand.v1.IRtcOffer;
  /** Sends one signalling message to the agent over the WebSocket. */
  signal(rtc: farhand.v1.IRtcSignal): void;
  onStatus(s: MotionTransportStatus): void;
  /** The field's video arrived on the peer connection (null: it is gone with the peer), with its receiver (getStats). */
  onVideo?(stream: MediaStream | null, receiver: RTCRtpReceiver | null): void;
  /** A frame is dropped (not queued) while this many bytes wait in the channel: a queued frame is a late frame. */
  maxBufferedBytes?: number;
}

/** Delay before another attempt after a failure, ms: 10 s, doubling to 80 s. */
const RETRY_MS = [10_000, 20_000, 40_000, 80_000];

export class MotionChannel {
  private pc: RTCPeerConnection | null = null;
  private dc: RTCDataChannel | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;

  constructor(private readonly o: MotionChannelOptions) {}

  /** Starts negotiating (once per WebSocket session). */
  start(): void {
    if (this.stopped || this.pc) return;
    const label = this.o.offer.motion_label || 'farhand-motion';
    let pc: RTCPeerConnection;
    try {
      pc = new RTCPeerConnection({
        iceServers: (this.o.offer.ice_servers ?? []).map((s) => ({
          urls: s.urls ?? [],
          ...(s.username ? { username: s.username } : {}),
          ...(s.credential ? { credential: s.credential } : {}),
        })),
      });
    } catch (e) {
      this.fail(`this browser could not create a WebRTC peer (${e instanceof Error ? e.message : String(e)})`, false);
      return;
    }
    this.pc = pc;
    const dc = pc.createDataChannel(label, { ordered: false, maxRetransmits: 0 });
    dc.binaryType = 'arraybuffer';
    this.dc = dc;
    // The field's video comes from the agent on the same peer connection: the offer carries a recvonly
    // transceiver and the agent answers with its track on it (one negotiation, one ICE/DTLS transport).
    if (this.o.offer.video?.available === true && this.o.onVideo) {
      pc.addTransceiver('video', { direction: 'recvonly' });
      pc.ontrack = (e) => {
        if (this.pc !== pc || e.track.kind !== 'video') return;
        lowLatencyPlayout(e.receiver);
        this.o.onVideo?.(e.streams[0] ?? new MediaStream([e.track]), e.receiver);
      };
    }
    dc.onopen = () => {
      if (this.dc !== dc) return;
      this.clearDeadline();
      this.failures = 0;
      this.o.onStatus({ phase: 'webrtc', detail: 'DataChannel: unordered, no retransmission.' });
    };
    dc.onclose = () => {
      if (this.dc === dc) this.fail('the WebRTC DataChannel closed', true);
    };
    pc.onicecandidate = (e) => {
      if (this.pc !== pc) return;
      const c = e.candidate;
      this.o.signal({ type: pb.RtcSignalType.CANDIDATE, candidate: c?.candidate ?? '', sdp_mid: c?.sdpMid ?? '0', sdp_mline_index: c?.sdpMLineIndex ?? 0 });
    };
    pc.onconnectionstatechange = () => {
      if (this.pc === pc && pc.connectionState === 'failed') this.fail('the WebRTC connection failed (ICE or DTLS)', true);
    };
    const timeoutS = this.o.offer.connect_timeout_s || 5;
    this.deadline = setTimeout(() => this.fail(`WebRTC did not connect within ${timeoutS} s`, true), timeoutS * 1000);
    this.o.onStatus({ phase: 'negotiating', detail: 'Motion over the WebSocket while WebRTC connects…' });
    pc.createOffer()
      .then((offer) => pc.setLocalDescription(offer).then(() => offer))
      .then((offer) => {
        if (this.pc !== pc) return;
        this.o.signal({ type: pb.RtcSignalType.OFFER, sdp: pc.localDescription?.sdp ?? offer.sdp ?? '' });
      })
      .catch((e: unknown) => this.fail(`the WebRTC offer failed (${e instanceof Error ? e.message : String(e)})`, true));
  }

  /** A signalling message from the agent (checked before use: it is input from outside). */
  onSignal(m: farhand.v1.RtcSignal): void {
    const pc = this.pc;
    if (!pc) return;
    const v = validateRtcSignal(m, { from: 'agent' });
    if (!v.ok) return;
    const s = v.signal;
    if (s.type === 'ANSWER') {
      pc.setRemoteDescription({ type: 'answer', sdp: s.sdp! }).catch((e: unknown) => this.fail(`the agent's answer was not usable (${e instanceof Error ? e.message : String(e)})`, true));
    } else if (s.type === 'CANDIDATE') {
      if (s.candidate === '') return;
      pc.addIceCandidate({ candidate: s.candidate!, sdpMid: s.sdpMid || '0', sdpMLineIndex: s.sdpMLineIndex ?? 0 }).catch(() => undefined);
    } else if (s.type === 'CLOSE') {
      const reason = s.reason || 'the agent closed the WebRTC connection';
      // Unavailable on the agent: no point in trying again during this session.
      this.fail(`the agent said: ${reason}`, !reason.startsWith('RTC_UNAVAILABLE'), false);
    }
  }

  isOpen(): boolean {
    return this.dc?.readyState === 'open';
  }

  /** Sends one encoded Envelope on the channel; false when not open or backed up (the caller uses the WebSocket). */
  send(bytes: Uint8Array): boolean {
    const dc = this.dc;
    if (!dc || dc.readyState !== 'open') return false;
    if (dc.bufferedAmount > (this.o.maxBufferedBytes ?? 16_384)) return false;
    dc.send(bytes as Uint8Array<ArrayBuffer>);
    return true;
  }

  /** The WebSocket session ended (or the page closes): the peer goes with it. */
  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.teardown();
  }

  private fail(why: string, retry: boolean, tell = true): void {
    if (this.stopped) return;
    const hadPeer = this.pc !== null;
    if (tell && hadPeer) this.o.signal({ type: pb.RtcSignalType.CLOSE, reason: `RTC_CLIENT_FALLBACK: ${why}` });
    this.teardown();
    this.failures++;
    const wait = RETRY_MS[Math.min(this.failures - 1, RETRY_MS.length - 1)]!;
    this.o.onStatus({
      phase: 'websocket',
      detail: `Motion over the WebSocket: ${why}.${retry ? ` WebRTC is tried again in ${Math.round(wait / 1000)} s.` : ''}`,
    });
    if (retry && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = null;
        this.start();
      }, wait);
    }
  }

  private teardown(): void {
    this.clearDeadline();
    const dc = this.dc;
    const pc = this.pc;
    this.dc = null;
    this.pc = null;
    if (dc) {
      dc.onopen = dc.onclose = null;
      dc.close();
    }
    if (pc) {
      pc.onicecandidate = null;
      pc.onconnectionstatechange = null;
      if (pc.ontrack) {
        pc.ontrack = null;
        this.o.onVideo?.(null, null);
      }
      pc.close();
    }
  }

  private clearDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }
}

/**
 * Asks the receiver to play each frame as soon as it is decoded: the surgeon needs the newest picture,
 * not a smooth one. `jitterBufferTarget` (ms, standard, Chrome 114+) = 0 and Chrome's older
 * `playoutDelayHint` (s) = 0 set the jitter buffer's target to its minimum; libwebrtc still keeps what
 * it needs to reassemble frames and wait for NACKed packets. Browsers without them ignore the hint.
 */
function lowLatencyPlayout(receiver: RTCRtpReceiver): void {
  const r = receiver as RTCRtpReceiver & { jitterBufferTarget?: number | null; playoutDelayHint?: number | null };
  try {
    if ('jitterBufferTarget' in r) r.jitterBufferTarget = 0;
    if ('playoutDelayHint' in r) r.playoutDelayHint = 0;
  } catch {
    // A browser that refuses the value plays with its default buffer.
  }
}
