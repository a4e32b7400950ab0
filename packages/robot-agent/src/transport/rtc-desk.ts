// WebRTC signalling for the motion DataChannel, per WebSocket session: RtcSignal messages arrive on an
// already authenticated session (never before its Hello: the handshake refuses them), so the peer and
// its channel inherit that session's role, token and control lock; nothing new listens unauthenticated.
// One peer per session: a new OFFER replaces the old peer, CLOSE or the socket's close ends it. What the
// channel carries is handed back to the gateway, which checks it exactly as a WebSocket message.
import { encodeEnvelope, farhand, validateRtcSignal, type ValidRtcSignal } from '@farhand/protocol';
import type { ClientSession } from '../session/client.js';
import type { Refusals } from '../session/refusals.js';
import type { GatewayShared } from '../session/shared.js';
import { RtcPeer, type RtcVideoFeed } from './rtc-peer.js';
import type { RtcSetup } from './setup.js';

const pb = farhand.v1;

export interface RtcDeskHooks {
  /** A message from a session's motion channel, stamped on arrival. */
  message(session: ClientSession, data: Buffer | string, receiveNs: number): void;
}

export class RtcDesk {
  readonly #peers = new Map<string, RtcPeer>();

  constructor(
    private readonly g: GatewayShared,
    private readonly setup: RtcSetup,
    private readonly refusals: Refusals,
    private readonly hooks: RtcDeskHooks,
    /** The field's video, sent on every peer whose offer asks for it; null: no video on this agent. */
    private readonly video: RtcVideoFeed | null = null,
  ) {}

  get openCount(): number {
    let n = 0;
    for (const p of this.#peers.values()) if (p.state === 'open') n++;
    return n;
  }

  onSignal(session: ClientSession, msg: farhand.v1.IRtcSignal, t: number): void {
    const v = validateRtcSignal(msg, { from: 'client' });
    if (!v.ok) {
      this.refusals.refuseMessage(session, t, v.code, `rtc.${v.field}: ${v.message}`);
      return;
    }
    const s = v.signal;
    switch (s.type) {
      case 'OFFER':
        this.#onOffer(session, s, t);
        break;
      case 'CANDIDATE': {
        const peer = this.#peers.get(session.id);
        if (!peer) {
          this.refusals.refuseMessage(session, t, 'RTC_NO_PEER', 'an ICE candidate before an OFFER (or after CLOSE); send the OFFER first.');
          return;
        }
        void peer.addCandidate(s.candidate!, s.sdpMid!, s.sdpMLineIndex!);
        break;
      }
      case 'CLOSE':
        this.close(session, `RTC_CLOSED_BY_CLIENT: ${s.reason || 'the client closed the WebRTC connection'}`);
        break;
      default:
        // validateRtcSignal accepts only the client's types.
        break;
    }
  }

  /**
   * Ends a session's peer (its socket closed, the agent stops, or the client asked). The client is told
   * with a CLOSE unless it asked, or a new offer of its own replaced the peer.
   */
  close(session: ClientSession, reason: string): void {
    const peer = this.#peers.get(session.id);
    if (!peer) return;
    this.#peers.delete(session.id);
    peer.close(reason);
  }

  closeAll(reason: string): void {
    const peers = [...this.#peers.values()];
    this.#peers.clear();
    for (const peer of peers) peer.close(reason);
  }

  #onOffer(session: ClientSession, s: ValidRtcSignal, t: number): void {
    const { log, metrics, clock } = this.g.deps;
    if (!this.setup.ok) {
      this.refusals.refuseMessage(session, t, 'RTC_UNAVAILABLE', `${this.setup.reason}; motion frames go over the WebSocket.`);
      this.#signal(session, { type: pb.RtcSignalType.CLOSE, reason: `RTC_UNAVAILABLE: ${this.setup.reason}` });
      return;
    }
    if (!session.rtcOfferBucket.take(t)) {
      this.refusals.refuseMessage(session, t, 'RTC_TOO_MANY_OFFERS', 'more than a few OFFERs in a short time; each one builds a new peer connection. Wait and offer again.');
      return;
    }
    // A new offer restarts: the old peer (if any) is closed first, without telling (the client knows).
    this.close(session, 'RTC_REPLACED: a new OFFER replaced this peer connection.');
    const setup = this.setup;
    const peer: RtcPeer = new RtcPeer({
      wrtc: setup.wrtc,
      iceServers: setup.iceServers,
      loopbackOnly: setup.loopbackOnly,
      nowNs: () => clock.nowNs(),
      video: this.video,
      handlers: {
        candidate: (c) => this.#signal(session, { type: pb.RtcSignalType.CANDIDATE, candidate: c.candidate, sdp_mid: c.sdpMid, sdp_mline_index: c.sdpMLineIndex }),
        message: (data, receiveNs) => {
          if (this.#peers.get(session.id) === peer) this.hooks.message(session, data, receiveNs);
        },
        open: () => {
          metrics.rtcPeers.set({ state: 'open' }, this.openCount);
          session.log.info({ code: 'RTC_OPEN' }, 'motion DataChannel open (unordered, no retransmission)');
          this.g.broadcastEvent({
            timeNs: clock.nowNs(),
            severity: 'INFO',
            code: 'RTC_OPEN',
            message: `The WebRTC motion DataChannel of ${session.role!.toLowerCase()} session ${session.id} is open (unordered, no retransmission).`,
            sessionId: session.id,
            armId: this.g.deps.armIds[0]!,
          });
        },
        closed: (reason) => {
          if (this.#peers.get(session.id) === peer) this.#peers.delete(session.id);
          metrics.rtcPeers.set({ state: 'open' }, this.openCount);
          metrics.rtcClosed.inc({ reason: reason.split(':')[0]! });
          session.log.info({ code: 'RTC_CLOSED', reason }, 'WebRTC peer closed');
          if (session.open && !reason.startsWith('RTC_REPLACED') && !reason.startsWith('RTC_CLOSED_BY_CLIENT')) {
            this.#signal(session, { type: pb.RtcSignalType.CLOSE, reason });
          }
        },
        refusedChannel: (sentence) => this.refusals.refuseMessage(session, clock.nowNs(), 'RTC_BAD_CHANNEL', sentence),
      },
    });
    this.#peers.set(session.id, peer);
    metrics.rtcOffers.inc({ role: session.role!.toLowerCase() });
    peer.answer(s.sdp!).then(
      (sdp) => {
        if (this.#peers.get(session.id) !== peer) return;
        this.#signal(session, { type: pb.RtcSignalType.ANSWER, sdp });
      },
      (e: unknown) => {
        const why = e instanceof Error ? e.message : String(e);
        log.warn({ session: session.id, code: 'RTC_BAD_OFFER', err: why }, 'WebRTC offer could not be answered');
        this.refusals.refuseMessage(session, clock.nowNs(), 'RTC_BAD_OFFER', `the offer could not be answered (${why.slice(0, 160)}); motion frames go over the WebSocket.`);
        this.close(session, `RTC_BAD_OFFER: ${why.slice(0, 160)}`);
      },
    );
  }

  #signal(session: ClientSession, rtc: farhand.v1.IRtcSignal): void {
    session.send(encodeEnvelope({ rtc }));
  }
}
