// Prometheus metrics (prom-client), one registry per agent (tests run several agents in one process).
// Per-client series are labelled with the client's session id and removed when it disconnects, so the
// series count stays bounded by the client limit.
//
// Exposition rules (checked by `promtool check metrics` in test/metrics-promtool.test.ts): one unit per
// metric, in its name (_seconds, _bytes, _ratio, _hertz); counters end in _total; distributions are
// histograms (no quantile label on a gauge); bucket bounds are printed clean (6 significant digits).
// Core figures are tables below (LINK_FIGURES): a figure is one entry there, nothing else to touch.
import type { LinkFigures } from '@farhand/latency-core';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LoopStats, Snapshot } from './loop/messages.js';
import { VideoMetrics } from './video/metrics.js';

const STATES = ['IDLE', 'ENGAGING', 'FOLLOWING', 'CLUTCHED', 'HOLDING', 'FAULT', 'ESTOPPED'] as const;
const OP_STATES = ['DISABLED', 'ENABLED', 'PAUSED', 'FAULT'] as const;

/** A gauge fed from the core's figures for the controller's link: name (with its unit), help, value. */
export interface CoreFigure<T> {
  name: string;
  help: string;
  value(f: T): number;
}

/** The core's link figures, one metric each (`farhand_link_<name>`). NaN (unknown) is exported as 0. */
export const LINK_FIGURES: readonly CoreFigure<LinkFigures>[] = [
  { name: 'rtt_seconds', help: "Round-trip time of the controller's link, as the core filters it", value: (k) => k.rttS },
  { name: 'one_way_delay_seconds', help: 'Console capture -> agent receive delay the core estimates (0 until clocks are synced)', value: (k) => k.oneWayDelayS },
  { name: 'jitter_seconds', help: "Arrival jitter of the controller's frames", value: (k) => k.jitterS },
  { name: 'loss_ratio', help: "Fraction of the controller's frames lost (sequence gaps)", value: (k) => k.lossRatio },
  { name: 'playout_delay_seconds', help: 'Playout delay D the core chose', value: (k) => k.playoutDelayS },
  { name: 'frame_rate_hertz', help: "Rate of the controller's motion frames", value: (k) => k.frameRateHz },
  { name: 'clock_offset_seconds', help: 'Agent clock minus console clock, as the core estimates it', value: (k) => k.clockOffsetS },
  { name: 'clock_uncertainty_seconds', help: "Uncertainty of the core's clock offset estimate", value: (k) => k.clockUncertaintyS },
  // Hand -> setpoint delay and its parts (the core measures them; total = playout + filter + tick).
  { name: 'total_delay_seconds', help: 'Hand capture -> the setpoint that carries it, measured by the core (playout + filter + tick)', value: (k) => k.totalDelayS },
  { name: 'filter_delay_seconds', help: 'Delay the tremor filter adds at surgical frequencies (about 0 with look-ahead)', value: (k) => k.filterDelayS },
  { name: 'tick_delay_seconds', help: 'Control tick quantisation and the loop latency in the total delay', value: (k) => k.tickDelayS },
  { name: 'tremor_filter_causal', help: '1 when the tremor filter runs causally (the playout buffer is too short for look-ahead)', value: (k) => (k.tremorFilterCausal ? 1 : 0) },
];

/** The core's frame counts on the controller's link (`farhand_core_frames{kind}`). */
const CORE_FRAME_KINDS: ReadonlyArray<[string, (k: LinkFigures) => number]> = [
  ['received', (k) => k.framesReceived],
  ['late', (k) => k.framesLate],
  ['dropped', (k) => k.framesDropped],
  ['refused', (k) => k.framesRefused],
  ['refused_jump', (k) => k.framesRefusedJump],
  ['lost', (k) => k.framesLost],
];

/** Seconds: absolute tail of the loop's time histograms, so a stall lands in a bucket, not in +Inf. */
const STALL_TAIL_S = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];

/** Bucket bounds printed as written (0.0009, not 0.0009000000000000001). */
export function cleanBuckets(bounds: readonly number[]): number[] {
  const out = [...new Set(bounds.map((b) => Number(b.toPrecision(6))))].sort((a, b) => a - b);
  return out.filter((b) => b > 0);
}

/** Period buckets: fine around the nominal period T, then the stall tail up to 1 s. */
export function periodBuckets(controlRateHz: number): number[] {
  const T = 1 / controlRateHz;
  const rel = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.001, 1.01, 1.05, 1.1, 1.25, 1.5, 2, 5].map((f) => f * T);
  return cleanBuckets([...rel, ...STALL_TAIL_S.filter((s) => s > 5 * T)]);
}

/** prom-client's default metrics that break the conventions (gauges named _total, duplicates of the unsuffixed ones). */
const DROPPED_DEFAULTS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

export class AgentMetrics {
  readonly registry = new Registry();
  readonly loopPeriod: Histogram;
  readonly loopPeriodErrorMax: Gauge;
  readonly loopLateness: Histogram;
  readonly loopStep: Histogram;
  readonly loopOverruns: Counter;
  readonly loopStalls: Counter;
  /** Inputs that could not take the loop's input ring (full): frames dropped, the rest through the port. */
  readonly loopInputOverflows: Counter;
  readonly loopTicks: Counter;
  readonly loopSpin: Gauge;
  readonly loopMargin: Gauge;
  readonly loopCpu: Counter;
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
  readonly link: ReadonlyMap<string, Gauge>;
  readonly supervisorState: Gauge;
  /** Several arms: per arm (label `arm`, e.g. PSM2), created only when the agent drives more than one. */
  readonly armSupervisorState: Gauge;
  readonly armTipError: Gauge;
  readonly armOperatingState: Gauge;
  readonly cameraMode: Gauge;
  readonly armState: Gauge;
  readonly recordingBytes: Gauge;
  readonly recordingOk: Gauge;
  readonly healthOk: Gauge;
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
  /** The field's video (consoles' reports, the hub's counters). */
  readonly video: VideoMetrics;
  readonly #stallS: number;
  #overrunsSeen = 0;
  #ticksSeen = 0;
  #cpuSeen = 0;

  /** `stallS`: a tick period at least this long counts as a stall (farhand_loop_stalls_total). */
  constructor(controlRateHz: number, stallS = 0.02) {
    const r = this.registry;
    this.#stallS = stallS;
    collectDefaultMetrics({ register: r });
    for (const name of DROPPED_DEFAULTS) r.removeSingleMetric(name);
    this.loopPeriod = new Histogram({
      name: 'farhand_loop_period_seconds',
      help: 'Time between the starts of consecutive control ticks',
      buckets: periodBuckets(controlRateHz),
      registers: [r],
    });
    this.loopPeriodErrorMax = new Gauge({
      name: 'farhand_loop_period_error_max_seconds',
      help: 'Largest |tick period - nominal period| since start (p50/p99: histogram_quantile on farhand_loop_period_seconds, or /healthz)',
      registers: [r],
    });
    this.loopLateness = new Histogram({
      name: 'farhand_loop_lateness_seconds',
      help: 'Tick start minus its grid slot',
      buckets: cleanBuckets([1e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 0.001, ...STALL_TAIL_S]),
      registers: [r],
    });
    this.loopStep = new Histogram({
      name: 'farhand_loop_step_seconds',
      help: 'Work per tick (read, step, write, bookkeeping)',
      buckets: cleanBuckets([1e-5, 2.5e-5, 5e-5, 1e-4, 2e-4, 5e-4, 0.001, ...STALL_TAIL_S]),
      registers: [r],
    });
    this.loopOverruns = new Counter({ name: 'farhand_loop_overruns_total', help: 'Grid slots missed because a tick started a whole period late', registers: [r] });
    this.loopStalls = new Counter({ name: 'farhand_loop_stalls_total', help: `Tick periods of ${stallS * 1000} ms or more (the loop thread was held up; the core holds through it)`, registers: [r] });
    this.loopInputOverflows = new Counter({
      name: 'farhand_loop_input_overflows_total',
      help: "Inputs that found the loop's input ring full: frames dropped (refused LOOP_BUSY), others sent through the port",
      labelNames: ['outcome'],
      registers: [r],
    });
    this.loopTicks = new Counter({ name: 'farhand_loop_ticks_total', help: 'Control ticks run', registers: [r] });
    this.loopSpin = new Gauge({ name: 'farhand_loop_spin_ratio', help: 'Fraction of wall time the loop thread spins to hit deadlines', registers: [r] });
    this.loopMargin = new Gauge({ name: 'farhand_loop_wake_margin_seconds', help: 'How early the loop thread wakes before a deadline (adapted)', registers: [r] });
    this.loopCpu = new Counter({ name: 'farhand_loop_thread_cpu_seconds_total', help: 'CPU time used by the control loop thread', registers: [r] });
    this.loopCpuFraction = new Gauge({ name: 'farhand_loop_thread_cpu_ratio', help: 'Loop thread CPU over the last ~2 s, fraction of one core', registers: [r] });
    this.framesReceived = new Counter({ name: 'farhand_frames_received_total', help: 'Motion frames received', labelNames: ['session', 'role'], registers: [r] });
    this.framesApplied = new Counter({ name: 'farhand_frames_applied_total', help: 'Motion frames handed to the core', labelNames: ['session'], registers: [r] });
    this.framesRefused = new Counter({
      name: 'farhand_frames_refused_total',
      help: 'Motion frames refused before the core (validation, not the controller, flood)',
      labelNames: ['session', 'reason'],
      registers: [r],
    });
    this.armSupervisorState = new Gauge({ name: 'farhand_arm_supervisor_state', help: 'Several arms: 1 for each arm\'s current supervisor state', labelNames: ['arm', 'state'], registers: [r] });
    this.armOperatingState = new Gauge({ name: 'farhand_arms_operating_state', help: 'Several arms: 1 for each arm\'s current CRTK operating state', labelNames: ['arm', 'state'], registers: [r] });
    this.armTipError = new Gauge({ name: 'farhand_arm_tip_error_meters', help: 'Several arms: distance from each arm\'s measured tip to its setpoint at the last snapshot', labelNames: ['arm'], registers: [r] });
    this.cameraMode = new Gauge({ name: 'farhand_camera_mode', help: 'Several arms: 1 while the camera pedal is held and the ECM follows the hands', registers: [r] });
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
    this.link = new Map(LINK_FIGURES.map((f) => [f.name, new Gauge({ name: `farhand_link_${f.name}`, help: f.help, registers: [r] })]));
    this.supervisorState = new Gauge({ name: 'farhand_supervisor_state', help: 'Supervisor state (1 for the current one)', labelNames: ['state'], registers: [r] });
    this.armState = new Gauge({ name: 'farhand_arm_operating_state', help: 'Arm operating state (1 for the current one)', labelNames: ['state'], registers: [r] });
    this.recordingBytes = new Gauge({ name: 'farhand_recording_bytes', help: 'Bytes written to the session recording (as of the last flush)', registers: [r] });
    this.recordingOk = new Gauge({ name: 'farhand_recording_ok', help: '1 while the session is being recorded', registers: [r] });
    this.healthOk = new Gauge({ name: 'farhand_health_ok', help: '1 while /healthz says ok (0: starting, degraded or stopping; the reasons are in /healthz)', registers: [r] });
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
    this.video = new VideoMetrics(r);
    for (const s of STATES) this.supervisorState.set({ state: s }, 0);
    for (const s of OP_STATES) this.armState.set({ state: s }, 0);
    for (const role of ['surgeon', 'observer', 'engineer']) this.clients.set({ role }, 0);
  }

  onSnapshot(s: Snapshot, l: LoopStats): void {
    for (const p of s.samples.periodNs) {
      const pS = p / 1e9;
      this.loopPeriod.observe(pS);
      if (pS >= this.#stallS) this.loopStalls.inc();
    }
    for (const x of s.samples.latenessNs) this.loopLateness.observe(x / 1e9);
    for (const w of s.samples.workNs) this.loopStep.observe(w / 1e9);
    this.loopPeriodErrorMax.set(l.periodErrorMaxUs / 1e6);
    this.#overrunsSeen = incTo(this.loopOverruns, this.#overrunsSeen, l.overruns);
    this.#ticksSeen = incTo(this.loopTicks, this.#ticksSeen, l.ticks);
    if (Number.isFinite(l.threadCpuS)) this.#cpuSeen = incTo(this.loopCpu, this.#cpuSeen, l.threadCpuS);
    this.loopSpin.set(l.spinFraction);
    this.loopMargin.set(l.marginUs / 1e6);
    if (Number.isFinite(l.threadCpuFraction)) this.loopCpuFraction.set(l.threadCpuFraction);
    for (const st of STATES) this.supervisorState.set({ state: st }, st === s.state ? 1 : 0);
    for (const st of OP_STATES) this.armState.set({ state: st }, st === s.operating_state ? 1 : 0);
    if (s.arms) {
      for (const a of s.arms) {
        for (const st of STATES) this.armSupervisorState.set({ arm: a.name, state: st }, st === a.state ? 1 : 0);
        for (const st of OP_STATES) this.armOperatingState.set({ arm: a.name, state: st }, st === a.operating_state ? 1 : 0);
        this.armTipError.set({ arm: a.name }, a.tipErrorM);
      }
      this.cameraMode.set(s.cameraMode ? 1 : 0);
    }
    const k = s.link;
    for (const [kind, value] of CORE_FRAME_KINDS) this.coreFrames.set({ kind }, value(k));
    for (const f of LINK_FIGURES) this.link.get(f.name)!.set(finiteOr0(f.value(k)));
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

/** Brings a counter up to a cumulative figure the loop keeps; returns the new mark. */
function incTo(c: Counter, seen: number, total: number): number {
  if (total > seen) c.inc(total - seen);
  return Math.max(seen, total);
}

function finiteOr0(v: number): number {
  return Number.isFinite(v) ? v : 0;
}
