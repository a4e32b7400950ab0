// One WebSocket to the agent: handshake (Hello -> Welcome | Reject), clock probes both ways, and
// reconnection with back-off after a drop. Motion frames ride the session's WebRTC DataChannel when the
// agent offers one and it is open (motion-channel.ts), the WebSocket otherwise. It never sends a Command of its own accord: after a
// reconnect the console is as it was at first connection, disengaged, and a person must engage.
import { decodeEnvelope, encodeEnvelope, farhand, rejectName, type DecodedMessage, type EnvelopeInit } from '@farhand/protocol';
import type { ClockSample } from '@farhand/latency-core';
import { Backoff, isPermanentReject } from './backoff.js';
import { monotonicNs } from './clock.js';
import { MotionChannel, type MotionTransportStatus } from './motion-channel.js';

export type LinkPhase = 'connecting' | 'handshake' | 'open' | 'retrying' | 'rejected' | 'stopped';

export interface LinkStatus {
  phase: LinkPhase;
  /** A sentence for the status line. */
  detail: string;
  /** When retrying: ms until the next attempt. */
  retryInMs?: number;
  attempt: number;
}

export interface AgentLinkOptions {
  url: string;
  token: string;
  role: farhand.v1.Role;
  clientName: string;
  /** What the hand device can do about orientation (consoles say UNACTUATED); omitted for observers. */
  masterKind?: farhand.v1.MasterKind;
  /** Own clock probes per second (0 = none). */
  probeRateHz?: number;
  handshakeTimeoutMs?: number;
  /**
   * Motion frames are dropped (not queued) while more than this many bytes wait in the socket (default
   * 3.5 kB, about 50 frames; see pacing.ts backlogBytesFor): a queued frame is a late frame, and a
   * backlog flushed at once after a stall of the browser's network thread arrives as a burst the agent
   * refuses as a flood.
   */
  maxBufferedBytes?: number;
  onStatus(status: LinkStatus): void;
  onWelcome(welcome: farhand.v1.Welcome): void;
  /** Every decoded message after the Welcome, with its arrival time (page monotonic clock, ns). */
  onMessage(m: DecodedMessage, arrivalNs: number): void;
  /** A completed probe quadruple (console-originated: t0/t3 console clock, t1/t2 agent clock). */
  onClockSample?(sample: ClockSample): void;
  /** A message that failed to decode (shown to engineers; the link stays up). */
  onBadMessage?(sentence: string): void;
  /** Try the WebRTC DataChannel for motion when the agent offers it (default true). */
  webrtc?: boolean;
  /** Which transport carries motion frames, and why (after every Welcome and every change). */
  onTransport?(status: MotionTransportStatus): void;
  /** The field's video track arrived on the peer connection, or went with it (null). */
  onVideo?(stream: MediaStream | null, receiver: RTCRtpReceiver | null): void;
}

export class AgentLink {
  private ws: WebSocket | null = null;
  private readonly backoff = new Backoff();
  private phase: LinkPhase = 'stopped';
  private openedAtMs = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private probeTimer: ReturnType<typeof setInterval> | null = null;
  private handshakeTimer: ReturnType<typeof setTimeout> | null = null;
  private probeId = 1;
  private readonly pendingProbes = new Map<number, number>();
  private stopped = true;
  private motion: MotionChannel | null = null;
  private transport: MotionTransportStatus = { phase: 'websocket', detail: '' };
  sessionId = '';
  framesDroppedBackpressure = 0;
  /** See AgentLinkOptions.maxBufferedBytes; the console sets it from the agent's limits. */
  maxBufferedBytes: number;

  constructor(private readonly opts: AgentLinkOptions) {
    this.maxBufferedBytes = opts.maxBufferedBytes ?? 3584;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.stopMotionChannel();
    this.clearTimers();
    this.ws?.close(1000, 'page closed');
    this.ws = null;
    this.setPhase('stopped', 'Disconnected.');
  }

  isOpen(): boolean {
    return this.phase === 'open' && this.ws?.readyState === WebSocket.OPEN;
  }

  /** Sends one Envelope; false when not connected (nothing is queued for later: stale commands are dangerous). */
  send(init: EnvelopeInit): boolean {
    if (!this.isOpen() || !this.ws) return false;
    this.ws.send(encodeEnvelope(init));
    return true;
  }

  /** Which transport carries motion frames now, with the reason. */
  motionTransport(): MotionTransportStatus {
    return this.transport;
  }

  /**
   * Sends a motion frame: on the DataChannel when it is open, else on the WebSocket; dropped and counted
   * when the way it would take is backed up.
   */
  sendMotion(init: EnvelopeInit): boolean {
    if (!this.isOpen() || !this.ws) return false;
    if (this.motion?.isOpen()) {
      const sent = this.motion.send(encodeEnvelope(init));
      if (!sent) this.framesDroppedBackpressure++;
      return sent;
    }
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.framesDroppedBackpressure++;
      return false;
    }
    this.ws.send(encodeEnvelope(init));
    return true;
  }

  private setPhase(phase: LinkPhase, detail: string, retryInMs?: number): void {
    this.phase = phase;
    const status: LinkStatus = { phase, detail, attempt: this.backoff.attempts() };
    if (retryInMs !== undefined) status.retryInMs = retryInMs;
    this.opts.onStatus(status);
  }

  private connect(): void {
    if (this.stopped) return;
    this.setPhase('connecting', `Connecting to ${this.opts.url.replace(/\?.*$/, '')} …`);
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.opts.url);
    } catch (e) {
      this.scheduleRetry(`Cannot open the WebSocket (${e instanceof Error ? e.message : String(e)}).`);
      return;
    }
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.openedAtMs = performance.now();
      this.setPhase('handshake', 'Connected; waiting for the agent to accept this console …');
      ws.send(
        encodeEnvelope({
          hello: {
            protocol_major: 1,
            protocol_minor: 1,
            role: this.opts.role,
            token: this.opts.token,
            client_name: this.opts.clientName.slice(0, 64),
            ...(this.opts.masterKind !== undefined ? { master_kind: this.opts.masterKind } : {}),
          },
        }),
      );
      this.handshakeTimer = setTimeout(() => {
        if (this.phase === 'handshake') ws.close(4000, 'no Welcome');
      }, this.opts.handshakeTimeoutMs ?? 5000);
    };
    ws.onmessage = (ev: MessageEvent) => this.receive(ws, ev);
    ws.onclose = (ev: CloseEvent) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.stopMotionChannel();
      this.clearTimers();
      if (this.stopped || this.phase === 'rejected') return;
      this.backoff.closedAfter(performance.now() - this.openedAtMs);
      const why = ev.reason ? `: ${ev.reason}` : ev.code === 1006 ? ' (connection lost)' : ` (code ${ev.code})`;
      this.scheduleRetry(`Link to the agent dropped${why}. The arm holds by itself when frames stop.`);
    };
    ws.onerror = () => {
      // onclose follows with the details; nothing else to do here.
    };
  }

  private receive(ws: WebSocket, ev: MessageEvent): void {
    const arrivalNs = monotonicNs();
    const r = decodeEnvelope(ev.data);
    if (!r.ok) {
      this.opts.onBadMessage?.(r.error.message);
      return;
    }
    if (r.kind === 'clock') {
      this.clock(ws, r.message, arrivalNs);
      return;
    }
    if (r.kind === 'welcome') {
      if (this.handshakeTimer) clearTimeout(this.handshakeTimer);
      this.handshakeTimer = null;
      this.sessionId = r.message.session_id;
      this.setPhase('open', `Connected: session ${r.message.session_id}.`);
      this.startProbes(ws);
      this.opts.onWelcome(r.message);
      this.startMotionChannel(r.message.rtc);
      return;
    }
    if (r.kind === 'rtc') {
      this.motion?.onSignal(r.message);
      return;
    }
    if (r.kind === 'reject') {
      const code = rejectName(r.message.code) ?? 'REJECTED';
      // The reason may already lead with its code ("BAD_TOKEN: ..."): say the code once, at the end.
      const bare = (r.message.reason || 'The agent refused this console.').replace(new RegExp(`^${code}:\\s*`), '');
      const sentence = bare.charAt(0).toUpperCase() + bare.slice(1);
      if (isPermanentReject(code)) {
        this.setPhase('rejected', `${sentence} (${code})`);
        this.clearTimers();
        ws.close(1000, 'rejected');
      } else {
        // Busy or shutting down: try again later; the close handler schedules it.
        this.opts.onStatus({ phase: 'retrying', detail: `${sentence} (${code})`, attempt: this.backoff.attempts() });
      }
      return;
    }
    if (this.phase !== 'open') return;
    this.opts.onMessage(r, arrivalNs);
  }

  private setTransport(s: MotionTransportStatus): void {
    this.transport = s;
    this.opts.onTransport?.(s);
  }

  /** After Welcome: negotiate the DataChannel if the agent offers it and this page may, else say why not. */
  private startMotionChannel(offer: farhand.v1.IRtcOffer | null | undefined): void {
    this.stopMotionChannel();
    if (this.opts.webrtc === false) {
      this.setTransport({ phase: 'websocket', detail: 'Motion over the WebSocket: WebRTC is turned off for this page (transport=websocket).' });
    } else if (!offer?.available) {
      const why = offer?.unavailable_reason || 'this agent does not offer WebRTC';
      this.setTransport({ phase: 'websocket', detail: `Motion over the WebSocket: ${why}.` });
    } else if (typeof RTCPeerConnection === 'undefined') {
      this.setTransport({ phase: 'websocket', detail: 'Motion over the WebSocket: this browser has no WebRTC.' });
    } else {
      this.motion = new MotionChannel({
        offer,
        signal: (rtc) => this.send({ rtc }),
        onStatus: (s) => this.setTransport(s),
        ...(this.opts.onVideo ? { onVideo: this.opts.onVideo } : {}),
        maxBufferedBytes: this.opts.maxBufferedBytes ?? 16_384,
      });
      this.motion.start();
    }
  }

  private stopMotionChannel(): void {
    this.motion?.stop();
    this.motion = null;
  }

  /** Answers the agent's probes at once; completes our own. */
  private clock(ws: WebSocket, p: farhand.v1.ClockProbe, arrivalNs: number): void {
    if (!p.reply) {
      if (ws.readyState !== WebSocket.OPEN) return;
      ws.send(encodeEnvelope({ clock: { id: p.id, t0_ns: p.t0_ns, t1_ns: arrivalNs, t2_ns: monotonicNs(), reply: true } }));
      return;
    }
    const t0 = this.pendingProbes.get(p.id);
    if (t0 === undefined || t0 !== p.t0_ns) return; // not ours, or tampered: ignore
    this.pendingProbes.delete(p.id);
    this.opts.onClockSample?.({ sourceId: this.sessionId, agentOriginated: false, t0Ns: t0, t1Ns: p.t1_ns, t2Ns: p.t2_ns, t3Ns: arrivalNs });
  }

  private startProbes(ws: WebSocket): void {
    const hz = this.opts.probeRateHz ?? 5;
    if (!(hz > 0)) return;
    const send = (): void => {
      if (ws.readyState !== WebSocket.OPEN) return;
      const id = this.probeId++;
      const t0 = monotonicNs();
      this.pendingProbes.set(id, t0);
      // Probes that never came back (lost) must not accumulate.
      if (this.pendingProbes.size > 32) this.pendingProbes.delete(this.pendingProbes.keys().next().value!);
      ws.send(encodeEnvelope({ clock: { id, t0_ns: t0, reply: false } }));
    };
    send();
    this.probeTimer = setInterval(send, 1000 / hz);
  }

  private scheduleRetry(detail: string): void {
    if (this.stopped) return;
    const delay = this.backoff.next(Math.random());
    this.setPhase('retrying', detail, delay);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.probeTimer) clearInterval(this.probeTimer);
    if (this.handshakeTimer) clearTimeout(this.handshakeTimer);
    this.retryTimer = this.probeTimer = this.handshakeTimer = null;
    this.pendingProbes.clear();
  }
}

/** ws(s)://<this host>/ws, wss when the page came over https. */
export function agentUrl(loc: Location): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/ws`;
}

/** The token from the page URL (?token=... or #token=...). */
export function tokenFrom(loc: Location): string {
  const q = new URLSearchParams(loc.search).get('token');
  if (q) return q;
  return new URLSearchParams(loc.hash.replace(/^#/, '')).get('token') ?? '';
}
