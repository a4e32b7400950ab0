// Prometheus metrics (prom-client), one registry per agent (tests run several agents in one process).
// Per-client series are labelled with the client's session id and removed when it disconnects, so the
// series count stays bounded by the client limit.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LoopStats, Snapshot } from './loop/messages.js';

const STATES = ['IDLE', 'ENGAGING', 'FOLLOWING', 'CLUTCHED', 'HOLDING', 'FAULT', 'ESTOPPED'] as const;
const OP_STATES = ['DISABLED', 'ENABLED', 'PAUSED', 'FAULT'] as const;

export class AgentMetrics {
  readonly registry = new Registry();
  readonly loopPeriod: Histogram;
  readonly loopPeriodError: Gauge;
  readonly loopLateness: Gauge;
  readonly loopStep: Gauge;
  readonly loopOverruns: Counter;
  readonly loopTicks: Gauge;
  readonly loopSpin: Gauge;
  readonly loopMargin: Gauge;
  readonly loopCpu: Gauge;
  readonly loopCpuFraction: Gauge;
  readonly framesReceived: Counter;
  readonly framesApplied: Counter;
  readonly framesRefused: Counter;
  readonly coreFrames: Gauge;
  readonly messagesDropped: Counter;
  readonly telemetrySent: Counter;
  readonly telemetryDropped: Counter;
  readonly rtt: Gauge;
  readonly oneWayDelay: Gauge;
  readonly clockOffset: Gauge;
  readonly link: Gauge;
  readonly supervisorState: Gauge;
  readonly armState: Gauge;
  readonly recordingBytes: Gauge;
  readonly recordingOk: Gauge;
  readonly clients: Gauge;
  readonly controlChanges: Counter;
  readonly commands: Counter;
  readonly rejects: Counter;
  readonly framesByTransport: Counter;
  readonly motionTransport: Gauge;
  readonly rtcAvailable: Gauge;
  readonly rtcPeers: Gauge;
  readonly rtcOffers: Counter;
  readonly rtcClosed: Counter;
  readonly upgradesRefused: Counter;
  readonly httpConnections: Gauge;
  readonly httpConnectionsClosed: Counter;
  readonly pendingSockets: Gauge;
  readonly estopsCoalesced: Counter;
  readonly acksSuppressed: Counter;
  readonly keepaliveTimeouts: Counter;
  #overrunsSeen = 0;

  constructor(controlRateHz: number) {
    const r = this.registry;
    collectDefaultMetrics({ register: r });
    const T = 1 / controlRateHz;
    this.loopPeriod = new Histogram({
      name: 'farhand_loop_period_seconds',
      help: 'Time between the starts of consecutive control ticks',
      buckets: [0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.001, 1.01, 1.05, 1.1, 1.25, 1.5, 2, 5, 10].map((f) => f * T),
      registers: [r],
    });
    this.loopPeriodError = new Gauge({
      name: 'farhand_loop_period_error_seconds',
      help: '|tick period - nominal period| over the last ~10 s, by quantile (max: since start)',
      labelNames: ['quantile'],
      registers: [r],
    });
    this.loopLateness = new Gauge({ name: 'farhand_loop_lateness_seconds', help: 'Tick start minus its grid slot, p99 over ~10 s', registers: [r] });
    this.loopStep = new Gauge({ name: 'farhand_loop_step_seconds', help: 'Work per tick (read, step, write, bookkeeping)', labelNames: ['quantile'], registers: [r] });
    this.loopOverruns = new Counter({ name: 'farhand_loop_overruns_total', help: 'Grid slots missed because a tick started a whole period late', registers: [r] });
    this.loopTicks = new Gauge({ name: 'farhand_loop_ticks', help: 'Control ticks run', registers: [r] });
    this.loopSpin = new Gauge({ name: 'farhand_loop_spin_ratio', help: 'Fraction of wall time the loop thread spins to hit deadlines', registers: [r] });
    this.loopMargin = new Gauge({ name: 'farhand_loop_wake_margin_seconds', help: 'How early the loop thread wakes before a deadline (adapted)', registers: [r] });
    this.loopCpu = new Gauge({ name: 'farhand_loop_thread_cpu_seconds', help: 'CPU time used by the control loop thread', registers: [r] });
    this.loopCpuFraction = new Gauge({ name: 'farhand_loop_thread_cpu_ratio', help: 'Loop thread CPU over the last ~2 s, fraction of one core', registers: [r] });
    this.framesReceived = new Counter({ name: 'farhand_frames_received_total', help: 'Motion frames received', labelNames: ['session', 'role'], registers: [r] });
    this.framesApplied = new Counter({ name: 'farhand_frames_applied_total', help: 'Motion frames handed to the core', labelNames: ['session'], registers: [r] });
    this.framesRefused = new Counter({
      name: 'farhand_frames_refused_total',
      help: 'Motion frames refused before the core (validation, not the controller, flood)',
      labelNames: ['session', 'reason'],
      registers: [r],
    });
    this.coreFrames = new Gauge({
      name: 'farhand_core_frames',
      help: "The core's frame counts on the controller's link (late: past playout; dropped: duplicate/stale; refused_jump: impossible hand speed, not loss; lost: never arrived)",
      labelNames: ['kind'],
      registers: [r],
    });
    this.messagesDropped = new Counter({
      name: 'farhand_messages_refused_total',
      help: 'WebSocket messages refused (malformed, too large, text, unexpected kind, over the message rate)',
      labelNames: ['session', 'reason'],
      registers: [r],
    });
    this.telemetrySent = new Counter({ name: 'farhand_telemetry_sent_total', help: 'Telemetry messages sent', labelNames: ['session'], registers: [r] });
    this.telemetryDropped = new Counter({
      name: 'farhand_telemetry_dropped_total',
      help: 'Telemetry messages skipped because the client had too much queued',
      labelNames: ['session'],
      registers: [r],
    });
    this.rtt = new Gauge({ name: 'farhand_rtt_seconds', help: 'Round-trip time to the client (min over recent probes)', labelNames: ['session'], registers: [r] });
    this.oneWayDelay = new Gauge({
      name: 'farhand_one_way_delay_seconds',
      help: 'Client capture -> agent receive delay (motion frames), or rtt/2 for clients that send none',
      labelNames: ['session'],
      registers: [r],
    });
    this.clockOffset = new Gauge({ name: 'farhand_clock_offset_seconds', help: 'Agent clock minus client clock', labelNames: ['session'], registers: [r] });
    this.link = new Gauge({ name: 'farhand_link', help: "The core's figures for the controller's link", labelNames: ['figure'], registers: [r] });
    this.supervisorState = new Gauge({ name: 'farhand_supervisor_state', help: 'Supervisor state (1 for the current one)', labelNames: ['state'], registers: [r] });
    this.armState = new Gauge({ name: 'farhand_arm_operating_state', help: 'Arm operating state (1 for the current one)', labelNames: ['state'], registers: [r] });
    this.recordingBytes = new Gauge({ name: 'farhand_recording_bytes', help: 'Bytes written to the session recording (as of the last flush)', registers: [r] });
    this.recordingOk = new Gauge({ name: 'farhand_recording_ok', help: '1 while the session is being recorded', registers: [r] });
    this.clients = new Gauge({ name: 'farhand_clients', help: 'Connected clients past the handshake', labelNames: ['role'], registers: [r] });
    this.controlChanges = new Counter({ name: 'farhand_control_changes_total', help: 'Changes of the control lock', labelNames: ['reason'], registers: [r] });
    this.commands = new Counter({ name: 'farhand_commands_total', help: 'Commands received, by type and result', labelNames: ['type', 'result'], registers: [r] });
    this.rejects = new Counter({ name: 'farhand_handshake_rejects_total', help: 'Connections rejected at the handshake', labelNames: ['code'], registers: [r] });
    this.framesByTransport = new Counter({
      name: 'farhand_motion_frames_by_transport_total',
      help: 'Motion frames received, by the transport that carried them (websocket, webrtc)',
      labelNames: ['session', 'transport'],
      registers: [r],
    });
    this.motionTransport = new Gauge({
      name: 'farhand_motion_transport',
      help: "Transport of the controller's newest accepted motion frame (1 for the one in use)",
      labelNames: ['transport'],
      registers: [r],
    });
    this.rtcAvailable = new Gauge({ name: 'farhand_rtc_available', help: '1 when the agent offers the WebRTC motion DataChannel', registers: [r] });
    this.rtcPeers = new Gauge({ name: 'farhand_rtc_peers', help: 'WebRTC peers whose motion DataChannel is open', labelNames: ['state'], registers: [r] });
    this.rtcOffers = new Counter({ name: 'farhand_rtc_offers_total', help: 'WebRTC offers received', labelNames: ['role'], registers: [r] });
    this.rtcClosed = new Counter({ name: 'farhand_rtc_closed_total', help: 'WebRTC peers closed, by reason code', labelNames: ['reason'], registers: [r] });
    for (const t of ['websocket', 'webrtc']) this.motionTransport.set({ transport: t }, 0);
    this.rtcPeers.set({ state: 'open' }, 0);
    this.upgradesRefused = new Counter({ name: 'farhand_upgrades_refused_total', help: 'WebSocket upgrades refused before the handshake (bad path, Host or Origin), by HTTP status', labelNames: ['reason'], registers: [r] });
    this.httpConnections = new Gauge({ name: 'farhand_http_connections', help: 'HTTP connections open (not counting WebSockets)', registers: [r] });
    this.httpConnectionsClosed = new Counter({
      name: 'farhand_http_connections_closed_total',
      help: 'HTTP connections closed by the connection cap: evicted (oldest idle, to make room) or refused (all busy)',
      labelNames: ['reason'],
      registers: [r],
    });
    this.pendingSockets = new Gauge({ name: 'farhand_ws_pending_sockets', help: 'WebSockets waiting to say Hello (their own pool, apart from maxClients)', registers: [r] });
    this.estopsCoalesced = new Counter({ name: 'farhand_estops_coalesced_total', help: 'E-stops received while the arm was already e-stopped or an e-stop was queued: counted, not queued again', registers: [r] });
    this.acksSuppressed = new Counter({ name: 'farhand_acks_suppressed_total', help: 'Acks not sent to a flooding client (over limits.maxAckRateHz or its socket backed up)', registers: [r] });
    this.keepaliveTimeouts = new Counter({ name: 'farhand_keepalive_timeouts_total', help: 'Clients closed for not answering pings (pong), and controllers that lost control for silence (silence)', labelNames: ['kind'], registers: [r] });
    for (const s of STATES) this.supervisorState.set({ state: s }, 0);
    for (const s of OP_STATES) this.armState.set({ state: s }, 0);
    for (const role of ['surgeon', 'observer', 'engineer']) this.clients.set({ role }, 0);
  }

  onSnapshot(s: Snapshot, l: LoopStats): void {
    for (const p of s.samples.periodNs) this.loopPeriod.observe(p / 1e9);
    this.loopPeriodError.set({ quantile: '0.5' }, finiteOr0(l.periodErrorP50Us) / 1e6);
    this.loopPeriodError.set({ quantile: '0.99' }, finiteOr0(l.periodErrorP99Us) / 1e6);
    this.loopPeriodError.set({ quantile: 'max' }, l.periodErrorMaxUs / 1e6);
    this.loopLateness.set(finiteOr0(l.latenessP99Us) / 1e6);
    this.loopStep.set({ quantile: '0.99' }, finiteOr0(l.workP99Us) / 1e6);
    this.loopStep.set({ quantile: 'max' }, l.workMaxUs / 1e6);
    if (l.overruns > this.#overrunsSeen) {
      this.loopOverruns.inc(l.overruns - this.#overrunsSeen);
      this.#overrunsSeen = l.overruns;
    }
    this.loopTicks.set(l.ticks);
    this.loopSpin.set(l.spinFraction);
    this.loopMargin.set(l.marginUs / 1e6);
    if (Number.isFinite(l.threadCpuS)) this.loopCpu.set(l.threadCpuS);
    if (Number.isFinite(l.threadCpuFraction)) this.loopCpuFraction.set(l.threadCpuFraction);
    for (const st of STATES) this.supervisorState.set({ state: st }, st === s.state ? 1 : 0);
    for (const st of OP_STATES) this.armState.set({ state: st }, st === s.operating_state ? 1 : 0);
    const k = s.link;
    this.coreFrames.set({ kind: 'received' }, k.framesReceived);
    this.coreFrames.set({ kind: 'late' }, k.framesLate);
    this.coreFrames.set({ kind: 'dropped' }, k.framesDropped);
    this.coreFrames.set({ kind: 'refused' }, k.framesRefused);
    this.coreFrames.set({ kind: 'refused_jump' }, k.framesRefusedJump);
    this.coreFrames.set({ kind: 'lost' }, k.framesLost);
    this.link.set({ figure: 'rtt_seconds' }, finiteOr0(k.rttS));
    this.link.set({ figure: 'one_way_delay_seconds' }, finiteOr0(k.oneWayDelayS));
    this.link.set({ figure: 'jitter_seconds' }, finiteOr0(k.jitterS));
    this.link.set({ figure: 'loss_ratio' }, finiteOr0(k.lossRatio));
    this.link.set({ figure: 'playout_delay_seconds' }, finiteOr0(k.playoutDelayS));
    this.link.set({ figure: 'frame_rate_hz' }, finiteOr0(k.frameRateHz));
    // Hand -> setpoint delay and its parts (the core measures them; total = playout + filter + tick).
    this.link.set({ figure: 'total_delay_seconds' }, finiteOr0(k.totalDelayS));
    this.link.set({ figure: 'filter_delay_seconds' }, finiteOr0(k.filterDelayS));
    this.link.set({ figure: 'tick_delay_seconds' }, finiteOr0(k.tickDelayS));
    this.link.set({ figure: 'tremor_filter_causal' }, k.tremorFilterCausal ? 1 : 0);
  }

  /** Forgets a disconnected client's series (the session says which label values it used). */
  removeSession(session: string, role: string, refusedReasons: Iterable<string>, droppedReasons: Iterable<string>): void {
    for (const m of [this.framesApplied, this.telemetrySent, this.telemetryDropped, this.rtt, this.oneWayDelay, this.clockOffset]) {
      m.remove({ session });
    }
    this.framesReceived.remove({ session, role });
    for (const transport of ['websocket', 'webrtc']) this.framesByTransport.remove({ session, transport });
    for (const reason of refusedReasons) this.framesRefused.remove({ session, reason });
    for (const reason of droppedReasons) this.messagesDropped.remove({ session, reason });
  }
}

function finiteOr0(v: number): number {
  return Number.isFinite(v) ? v : 0;
}
