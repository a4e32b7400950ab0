// Bedside monitor page: a read-only observer. It shows who holds control, the supervisor state, the
// controlling console's link figures over the last minute, a state timeline, the alarm list with
// acknowledgement and sound, the recording status, and an e-stop (the one command an observer sends).
import { armStateName, farhand, severityName, supervisorStateName, type DecodedMessage } from '@farhand/protocol';
import { AgentLink, agentUrl, tokenFrom, type LinkStatus } from '../net/agent-link.js';
import { Commander } from '../console/commands.js';
import { RollingSeries } from '../monitor/series.js';
import { StateTimeline } from '../monitor/timeline.js';
import { AlarmList, needsSound, type AlarmSeverity } from '../monitor/alarms.js';
import { FigureChart, type ChartSpec } from '../monitor/charts.js';
import { ARM_FIGS, ArmSeries, type ArmFig, type ArmKey, type ArmSample, type Vec3 } from '../monitor/arm-series.js';
import { ArmChart, type ArmChartSpec } from '../monitor/arm-charts.js';
import { AlarmSound, type SoundState } from '../monitor/audio.js';
import {
  formatBytes, formatHz, formatMs, formatPercent, formatScale, frameRateLevel, jitterLevel, lossLevel, oneWayLevel, playoutLevel, rttLevel, thresholdsFromLimits,
  type Level, type Thresholds,
} from '../hud-levels.js';
import { stateLook } from '../states.js';
import { rosterFromWelcome, type Roster } from '../motion-out.js';
import { armsFromTelemetry } from '../console/cart.js';
import { reasonSentence } from '../reasons.js';
import { CAPTURE_TO_ARRIVAL_TITLE, armSummary, delayBreakdown, formatCount, formatDelayParts, formatHalfRtt, formatJaw, formatMasterKind } from '../figures.js';

/** What carries the controller's motion frames, as the agent saw the newest one (Telemetry.motion_transport). */
const TRANSPORT_WORDS: Record<number, string> = {
  [farhand.v1.MotionTransport.WEBSOCKET]: 'WebSocket',
  [farhand.v1.MotionTransport.WEBRTC_DATACHANNEL]: 'WebRTC DataChannel',
};

/** Fixed decimals without a "-0". */
const fmt1 = (v: number): string => (Math.abs(v) < 0.05 ? 0 : v).toFixed(1);

const FIGS = ['rtt', 'oneway', 'playout', 'total', 'jitter', 'loss', 'rate', 'refused', 'video'] as const;
type Fig = (typeof FIGS)[number];
/** Series kept besides the tiles' own: drawn as overlays (playout under total, lost under refused). */
const SERIES = [...FIGS, 'lost'] as const;
const TELEMETRY_STALE_MS = 500;
/** Glass-to-glass levels, s (the console's HUD uses the same). */
const VIDEO_WARN_S = 0.12;
const VIDEO_BAD_S = 0.25;
/** A console's report older than this is not "now" (reports come once a second). */
const VIDEO_REPORT_STALE_S = 3;

/** The controlling console's glass-to-glass median, s (NaN: none, or its report is stale). */
function videoG2gS(t: farhand.v1.Telemetry | null): number {
  const v = t?.video;
  if (!v || !v.session_id || !((v.report_age_s ?? Infinity) <= VIDEO_REPORT_STALE_S)) return NaN;
  return typeof v.glass_to_glass_p50_ms === 'number' ? v.glass_to_glass_p50_ms / 1000 : NaN;
}

/** Amber/red on the picture's age, and red on a freeze of more than half a second. */
function videoLevel(g2gS: number, v: farhand.v1.IVideoFigures | null): Level {
  if (!Number.isFinite(g2gS)) return 'unknown';
  if (g2gS > VIDEO_BAD_S) return 'bad';
  if (g2gS > VIDEO_WARN_S || (v?.freezes ?? 0) > 0) return 'warn';
  return 'ok';
}

function videoSub(v: farhand.v1.IVideoFigures | null): string {
  if (!v) return '';
  if (!v.session_id) return `sent ${formatCount(v.frames_sent ?? 0)} frames · no console reports the picture yet`;
  const p99 = typeof v.glass_to_glass_p99_ms === 'number' && Number.isFinite(v.glass_to_glass_p99_ms) ? `p99 ${Math.round(v.glass_to_glass_p99_ms)} ms · ` : '';
  const freezes = v.freezes ?? 0;
  const fz = freezes > 0 ? `${freezes} freeze${freezes === 1 ? '' : 's'} (longest ${Math.round(v.longest_freeze_ms ?? 0)} ms)` : 'no freeze';
  const stale = (v.report_age_s ?? 0) > VIDEO_REPORT_STALE_S ? ` · no report for ${Math.round(v.report_age_s ?? 0)} s` : '';
  return `${p99}${Math.round(v.frame_rate_hz ?? 0)} fps · ${((v.bitrate_bps ?? 0) / 1e6).toFixed(2)} Mbit/s · ${fz} · ${formatCount(v.frames_lost ?? 0)} lost${stale}`;
}

/** A wire position as a vector (null: not reported). */
function wirePosition(p: farhand.v1.IPose | null | undefined): Vec3 | null {
  const v = p?.position;
  return v ? [v.x ?? 0, v.y ?? 0, v.z ?? 0] : null;
}

const $ = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`monitor page is missing #${id}`);
  return el;
};

/** Names our own session where a sentence quotes its id ("session c-abc (this monitor)"). */
function mark(text: string, sessionId: string, who: string): string {
  return sessionId ? text.split(sessionId).join(`${sessionId} (${who})`) : text;
}

function takeToken(): string {
  const t = tokenFrom(location);
  if (t) {
    try {
      sessionStorage.setItem('farhand.monitor.token', t);
    } catch {
      // no storage: fine
    }
    history.replaceState(null, '', location.pathname);
    return t;
  }
  try {
    return sessionStorage.getItem('farhand.monitor.token') ?? '';
  } catch {
    return '';
  }
}

class MonitorPage {
  private readonly link: AgentLink | null = null;
  private readonly commander: Commander | null = null;
  private readonly series = new RollingSeries(SERIES as unknown as string[], { windowS: 60, minStepS: 0.1 });
  private readonly timeline = new StateTimeline(60);
  private readonly alarms = new AlarmList();
  private readonly sound: AlarmSound;
  private readonly charts = new Map<Fig, FigureChart>();
  /** Several arms (Telemetry.arms): each arm's figures and their charts, one line per arm. */
  private armSeries: ArmSeries | null = null;
  private readonly armCharts = new Map<ArmFig, ArmChart>();
  private limits: farhand.v1.ILimits | null = null;
  private thresholds: Thresholds = thresholdsFromLimits(null);
  /** The arms the agent drives (Welcome.arms), for their names. */
  private roster: Roster = rosterFromWelcome(null);
  private telemetry: farhand.v1.Telemetry | null = null;
  private telemetryMs = 0;
  private linkStatus: LinkStatus = { phase: 'stopped', detail: '', attempt: 0 };
  private controlNote = '';
  private alarmsDirty = true;
  private noticesDirty = false;
  private lastChartMs = 0;
  private shown: Record<Fig, number> = { rtt: NaN, oneway: NaN, playout: NaN, total: NaN, jitter: NaN, loss: NaN, rate: NaN, refused: NaN, video: NaN };
  private estopNote = '';

  constructor() {
    this.sound = new AlarmSound((s) => this.soundState(s));
    $('sound').addEventListener('click', () => this.sound.toggleMute());
    $('ack-all').addEventListener('click', () => {
      if (this.alarms.acknowledgeAll() > 0) this.alarmsDirty = true;
    });
    $('estop').addEventListener('click', () => this.estop());
    $('oneway-name').title = CAPTURE_TO_ARRIVAL_TITLE;
    this.buildCharts();
    const token = takeToken();
    if (!token) {
      this.conn('rejected', 'No access token: open the monitor with the URL the agent printed (it ends in ?token=…).');
    } else {
      this.link = new AgentLink({
        url: agentUrl(location),
        token,
        role: farhand.v1.Role.OBSERVER,
        clientName: 'Bedside monitor',
        probeRateHz: 1,
        // The monitor sends no motion: no DataChannel for it.
        webrtc: false,
        onStatus: (s) => this.onStatus(s),
        onWelcome: (w) => this.onWelcome(w),
        onMessage: (m) => this.onMessage(m),
        onBadMessage: (why) => this.addAlarm('WARNING', 'BAD_MESSAGE', why, ''),
      });
      this.commander = new Commander(this.link, () => 0, reasonSentence);
      this.link.start();
    }
    const frame = (): void => {
      requestAnimationFrame(frame);
      this.paint();
    };
    requestAnimationFrame(frame);
    // Sound and staleness must not depend on animation frames (they stop in background tabs).
    setInterval(() => this.pulse(), 250);
    this.exposeDebug();
  }

  private buildCharts(): void {
    const t = this.thresholds;
    const specs: Record<Fig, ChartSpec> = {
      rtt: { unit: 'ms', factor: 1000, minMax: 50, warn: 2 * t.warnOneWayS * 1000, bad: 2 * t.badOneWayS * 1000, color: '#4da3ff' },
      oneway: { unit: 'ms', factor: 1000, minMax: 50, warn: t.warnOneWayS * 1000, bad: t.badOneWayS * 1000, color: '#4da3ff' },
      playout: { unit: 'ms', factor: 1000, minMax: 50, warn: t.warnOneWayS * 1000, bad: t.badOneWayS * 1000, color: '#c9a7ff' },
      // The total delay, with the playout delay dashed underneath: the gap is the filter and the tick.
      total: { unit: 'ms', factor: 1000, minMax: 50, warn: t.warnOneWayS * 1000, bad: t.badOneWayS * 1000, color: '#e3d2ff', overlayColor: '#c9a7ff' },
      jitter: { unit: 'ms', factor: 1000, minMax: 10, warn: t.warnJitterS * 1000, bad: t.badJitterS * 1000, color: '#5ed4e6' },
      loss: { unit: '%', factor: 100, minMax: 2, warn: t.warnLoss * 100, bad: t.badLoss * 100, color: '#ffb020' },
      rate: { unit: 'Hz', factor: 1, minMax: 150, warn: t.warnFrameRateHz, bad: t.badFrameRateHz, floor: true, color: '#37d67a' },
      // Frames refused as jumps (solid) and frames lost (dashed), counted since the session started.
      refused: { unit: '', factor: 1, minMax: 5, color: '#ff8a5f', overlayColor: '#ffb020' },
      // The picture's age (glass-to-glass, median of each report) with the motion's hand->setpoint delay
      // dashed underneath: what the surgeon sees against when the hand's motion lands.
      video: { unit: 'ms', factor: 1000, minMax: 150, warn: VIDEO_WARN_S * 1000, bad: VIDEO_BAD_S * 1000, color: '#7fd1ff', overlayColor: '#e3d2ff' },
    };
    for (const tile of Array.from(document.querySelectorAll<HTMLElement>('.tile'))) {
      const fig = tile.dataset['fig'] as Fig;
      const el = tile.querySelector<HTMLElement>('.chart');
      if (el && specs[fig]) {
        el.textContent = '';
        this.charts.set(fig, new FigureChart(el, specs[fig]));
      }
    }
  }

  // -------------------------------------------------------------------------------------------

  private onStatus(s: LinkStatus): void {
    this.linkStatus = s;
    const text = s.phase === 'retrying' && s.retryInMs !== undefined ? `${s.detail} Retrying in ${(s.retryInMs / 1000).toFixed(1)} s.` : s.detail;
    this.conn(s.phase, text);
    if (s.phase !== 'open') this.telemetry = null;
    if (s.phase === 'retrying') this.addAlarm('WARNING', 'MONITOR_LINK_LOST', 'The monitor lost its link to the agent; reconnecting.', '');
  }

  private onWelcome(w: farhand.v1.Welcome): void {
    this.roster = rosterFromWelcome(w);
    this.thresholds = thresholdsFromLimits(w.limits);
    this.limits = w.limits ?? null;
    this.buildCharts();
    // One arm: no arm charts. Several: the charts take the new limits and keep their minute of history;
    // telemetry naming other arms than the series has rebuilds both (pushArms).
    if (this.roster.arms.length <= 1) {
      this.armSeries = null;
      this.showArmFigures(false);
    } else if (this.armSeries) {
      this.buildArmCharts([...this.armSeries.arms]);
    }
  }

  private onMessage(m: DecodedMessage): void {
    if (m.kind === 'telemetry') this.onTelemetry(m.message);
    else if (m.kind === 'event') {
      const e = m.message;
      const sev = (severityName(e.severity) ?? 'INFO') as AlarmSeverity;
      this.addAlarm(sev, e.code, mark(e.message || reasonSentence(e.code) || e.code, this.link?.sessionId ?? '', 'this monitor'), e.session_id, e.agent_time_ns);
      if (/CONTROL/.test(e.code)) this.controlNote = e.message;
    } else if (m.kind === 'ack') {
      const out = this.commander?.onAck(m.message);
      if (out && out.type === 'ESTOP') this.estopNote = out.ok ? 'E-stop accepted by the agent.' : `E-stop refused: ${out.sentence}`;
    }
  }

  private onTelemetry(t: farhand.v1.Telemetry): void {
    this.telemetry = t;
    this.telemetryMs = performance.now();
    const nowS = this.telemetryMs / 1000;
    const l = t.link;
    const v = (x: number | null | undefined): number => (typeof x === 'number' ? x : NaN);
    const d = delayBreakdown(t);
    const g2gS = v(t.video?.glass_to_glass_p50_ms) / 1000;
    this.series.push(nowS, [v(l?.rtt_s), v(l?.one_way_delay_s), v(l?.playout_delay_s), d.totalS, v(l?.jitter_s), v(l?.loss_ratio), v(l?.frame_rate_hz), d.refusedJump, g2gS, d.lost]);
    this.timeline.observe(nowS, supervisorStateName(t.state) ?? 'UNKNOWN', t.reason);
    if (t.arms.length > 1) this.pushArms(nowS, t);
  }

  /** Several arms: each arm's tracking error, tip speed and jaw, on the agent's clock. */
  private pushArms(nowS: number, t: farhand.v1.Telemetry): void {
    const keys: ArmKey[] = armsFromTelemetry(t, this.roster).map((a) => ({ armId: a.armId, name: a.name, hasJaw: a.kind === 'INSTRUMENT' }));
    if (!this.armSeries || !this.armSeries.matches(keys)) {
      this.armSeries = new ArmSeries(keys, { windowS: 60, minStepS: 0.1 });
      this.buildArmCharts(keys);
    }
    const samples: ArmSample[] = t.arms.map((a) => ({
      armId: a.arm_id ?? 0,
      measuredM: wirePosition(a.measured_cp),
      setpointM: wirePosition(a.setpoint_cp),
      jawRad: typeof a.jaw_measured_rad === 'number' ? a.jaw_measured_rad : NaN,
    }));
    this.armSeries.push(nowS, Number(t.agent_time_ns) / 1e9, samples);
  }

  private showArmFigures(show: boolean): void {
    const box = $('arm-figs');
    if (box.hidden === !show) return;
    box.hidden = !show;
  }

  private buildArmCharts(keys: ArmKey[]): void {
    // Shown first: uPlot takes its size from the element.
    this.showArmFigures(true);
    for (const c of this.armCharts.values()) c.destroy();
    this.armCharts.clear();
    const lim = this.limits;
    const trackingLimitM = lim?.tracking_error_limit_m ?? 0;
    const speedLimitMps = lim?.max_linear_speed_mps ?? 0;
    const specs: Record<ArmFig, ArmChartSpec> = {
      // The tracking error that faults (Limits.tracking_error_limit_m) is the red line.
      tracking: { unit: 'mm', factor: 1000, minMax: 0.5, digits: 2, ...(trackingLimitM > 0 ? { bad: trackingLimitM * 1000 } : {}) },
      speed: { unit: 'mm/s', factor: 1000, minMax: 10, digits: 0, ...(speedLimitMps > 0 ? { bad: speedLimitMps * 1000 } : {}) },
      jaw: { unit: '°', factor: 180 / Math.PI, minMax: 60, digits: 0 },
    };
    for (const fig of ARM_FIGS) {
      const el = document.querySelector<HTMLElement>(`.arm-fig[data-arm-fig="${fig}"]`);
      const chartEl = el?.querySelector<HTMLElement>('.chart');
      const keysEl = el?.querySelector<HTMLElement>('.arm-keys');
      if (!el || !chartEl || !keysEl) continue;
      // The camera arm has no jaw.
      const drawn = keys.map((k, i) => ({ k, i })).filter(({ k }) => fig !== 'jaw' || k.hasJaw);
      this.armCharts.set(fig, new ArmChart(chartEl, keysEl, drawn.map((d) => d.k), drawn.map((d) => d.i), specs[fig]));
    }
  }

  private addAlarm(severity: AlarmSeverity, code: string, message: string, sessionId: string, agentTimeNs = 0): void {
    // Information only touches its own list: the alarm list (and its buttons) is redrawn only when an
    // alarm that needs a person arrives.
    if (this.alarms.add({ receivedMs: performance.now(), agentTimeNs, severity, code, message, sessionId }) !== null) this.alarmsDirty = true;
    else this.noticesDirty = true;
  }

  /** Open holds tick on screen (their duration) and escalate when they persist. */
  private updateHolds(nowMs: number): void {
    if (this.alarms.update(nowMs).length > 0) this.alarmsDirty = true;
    // Only the information list is redrawn for a running hold: redrawing the alarm list 4 times a
    // second would replace an Acknowledge button under a person's pointer and lose the click.
    else if (this.alarms.openHolds().length > 0) this.noticesDirty = true;
  }

  private estop(): void {
    const btn = $('estop');
    btn.classList.remove('sent');
    void btn.offsetWidth;
    btn.classList.add('sent');
    btn.blur();
    const ok = this.commander?.send('ESTOP') ?? false;
    this.estopNote = ok ? 'E-stop sent…' : 'Not connected: e-stop not delivered. The arm holds by itself while the link is down.';
  }

  // -------------------------------------------------------------------------------------------

  private conn(phase: string, text: string): void {
    $('conn').className = `conn ${phase}`;
    $('conn-text').textContent = text;
  }

  private soundState(s: SoundState): void {
    const el = $('sound');
    const words: Record<SoundState, string> = {
      on: 'Sound: on',
      muted: 'Sound: muted',
      blocked: 'Sound: blocked, click to enable',
      unavailable: 'Sound: unavailable',
    };
    el.textContent = words[s];
    el.className = s === 'on' ? 'sound' : 'sound blocked';
    el.setAttribute('aria-pressed', String(s === 'muted'));
  }

  private pulse(): void {
    this.updateHolds(performance.now());
    const unacked = this.alarms.unacknowledged().filter((a) => needsSound(a.severity));
    const worst = unacked.some((a) => a.severity === 'CRITICAL') ? 'CRITICAL' : unacked.length > 0 ? 'ALARM' : null;
    this.sound.update(performance.now(), worst);
  }

  private live(): boolean {
    return this.telemetry !== null && performance.now() - this.telemetryMs < TELEMETRY_STALE_MS && this.link?.isOpen() === true;
  }

  private paint(): void {
    const nowMs = performance.now();
    const t = this.live() ? this.telemetry : null;
    this.paintSummary(t);
    this.paintTiles(t);
    if (nowMs - this.lastChartMs > 250) {
      this.lastChartMs = nowMs;
      this.paintCharts(nowMs / 1000);
      this.paintTimeline(nowMs / 1000);
    }
    if (this.alarmsDirty) this.paintAlarms();
    else if (this.noticesDirty) this.paintNotices();
  }

  /**
   * Several arms (protocol 1.1): one line per arm (state, jaw for the instruments) in the Arm block, in
   * place of the one arm's tip line, and CAMERA MODE while the camera pedal is held.
   */
  private paintArms(t: farhand.v1.Telemetry | null): void {
    const arms = t ? armsFromTelemetry(t, this.roster) : [];
    const several = arms.length > 1;
    const box = $('arm-chips');
    box.hidden = !several;
    $('arm-sub').hidden = several;
    if (!several || !t) return;
    const lines = arms.map((a) => {
      const look = stateLook(a.state);
      // Short enough for one line in the narrow Arm block at 1024 px; the tooltip has the whole story.
      const jaw = a.kind === 'INSTRUMENT' && Number.isFinite(a.jawMeasuredRad) ? ` · jaw ${Math.round((a.jawMeasuredRad * 180) / Math.PI)}°` : '';
      return { cls: `arm-line state-${look.tone}`, name: a.name, text: `${look.label}${jaw}`, title: `${a.name}: ${a.state} (${a.reason || 'no reason'}), ${a.operatingState}, jaw ${formatJaw(a.jawMeasuredRad)}`, armId: a.armId };
    });
    if (t.camera_mode) lines.push({ cls: 'arm-line camera-mode', name: 'CAMERA MODE', text: '', title: 'The camera pedal is held: both instruments hold and the hands move the camera arm', armId: -1 });
    const key = lines.map((l) => `${l.cls}|${l.name}|${l.text}`).join('¦');
    if (box.dataset['key'] === key) return;
    box.dataset['key'] = key;
    box.textContent = '';
    for (const l of lines) {
      const el = document.createElement('div');
      el.className = l.cls;
      el.title = l.title;
      if (l.armId >= 0) el.dataset['arm'] = l.name;
      const n = document.createElement('span');
      n.className = 'arm-name';
      n.textContent = l.name;
      el.append(n, l.text);
      box.append(el);
    }
  }

  private paintSummary(t: farhand.v1.Telemetry | null): void {
    const ctl = t?.controller_session_id ?? '';
    $('controller').textContent = !t ? '—' : ctl ? 'Surgeon console' : 'Nobody';
    const kind = formatMasterKind(t?.master_kind);
    const via = t ? TRANSPORT_WORDS[t.motion_transport] : undefined;
    $('controller-sub').textContent = !t
      ? 'No live telemetry.'
      : ctl
        ? `session ${ctl}${via ? ` · motion over ${via}` : ''}${kind !== '—' ? ` · ${kind}` : ''}${this.controlNote ? ` · ${this.controlNote}` : ''}`
        : 'No console holds control: the arm holds.';
    const state = t ? supervisorStateName(t.state) ?? 'UNKNOWN' : this.link?.isOpen() ? undefined : 'NOLINK';
    const look = stateLook(state);
    const block = $('state-block');
    const cls = `sum-block state-block state-${look.tone}`;
    if (block.className !== cls) block.className = cls;
    $('state').textContent = look.label;
    const reason = t ? reasonSentence(t.reason) ?? look.hint : look.hint;
    $('state-reason').textContent = this.estopNote ? `${reason} ${this.estopNote}` : reason;
    const arm = armSummary(t ? armStateName(t.operating_state) : undefined, t ? supervisorStateName(t.state) : undefined);
    $('arm').textContent = arm.value;
    const armBlock = $('arm-block');
    const armCls = `sum-block arm-block arm-${arm.tone}${(t?.arms.length ?? 0) > 1 ? ' several' : ''}`;
    if (armBlock.className !== armCls) armBlock.className = armCls;
    this.paintArms(t);
    const p = t?.measured_cp?.position;
    $('arm-sub').textContent = t
      ? `${arm.note ? `${arm.note} · ` : ''}Tip ${p ? [p.x, p.y, p.z].map((x) => fmt1((x ?? 0) * 1000)).join(', ') + ' mm' : '—'} · jaw ${formatJaw(t.jaw_measured_rad)} · scale ${formatScale(t.motion_scale)}`
      : '';
    const rec = $('rec');
    if (t) {
      rec.textContent = t.recording ? `REC ${formatBytes(t.recording_bytes)}` : 'Not recording';
      rec.className = t.recording ? 'rec on' : 'rec';
    } else {
      rec.textContent = 'REC —';
      rec.className = 'rec';
    }
  }

  private paintTiles(t: farhand.v1.Telemetry | null): void {
    const l = t?.link;
    const n = NaN;
    const d = delayBreakdown(t);
    const val: Record<Fig, number> = {
      rtt: l?.rtt_s ?? n,
      oneway: l?.one_way_delay_s ?? n,
      playout: l?.playout_delay_s ?? n,
      total: d.totalS,
      jitter: l?.jitter_s ?? n,
      loss: l?.loss_ratio ?? n,
      rate: l?.frame_rate_hz ?? n,
      refused: d.refusedJump,
      video: videoG2gS(t),
    };
    const th = this.thresholds;
    const streaming = (t?.controller_session_id ?? '') !== '';
    const level: Record<Fig, Level> = {
      rtt: rttLevel(val.rtt, th),
      oneway: oneWayLevel(val.oneway, th),
      playout: playoutLevel(val.playout, th),
      total: playoutLevel(val.total, th),
      jitter: jitterLevel(val.jitter, th),
      loss: lossLevel(val.loss, th),
      rate: frameRateLevel(val.rate, streaming && t?.state !== undefined && supervisorStateName(t.state) === 'FOLLOWING', th),
      refused: !Number.isFinite(val.refused) ? 'unknown' : val.refused > 0 ? 'warn' : 'ok',
      video: videoLevel(val.video, t?.video ?? null),
    };
    const text: Record<Fig, string> = {
      rtt: formatMs(val.rtt),
      oneway: formatMs(val.oneway),
      playout: formatMs(val.playout),
      total: formatMs(val.total),
      jitter: formatMs(val.jitter),
      loss: formatPercent(val.loss),
      rate: formatHz(val.rate),
      refused: formatCount(val.refused),
      video: formatMs(val.video),
    };
    const sub: Partial<Record<Fig, string>> = {
      oneway: `${formatHalfRtt(val.rtt)} · includes the console's pacing`,
      playout: 'the jitter buffer the hand is played after',
      total: formatDelayParts(d),
      loss: `${formatCount(d.lost)} frames lost · jump refusals counted apart`,
      refused: 'impossible hand speed, not link loss',
      video: videoSub(t?.video ?? null),
    };
    for (const tile of Array.from(document.querySelectorAll<HTMLElement>('.tile'))) {
      const f = tile.dataset['fig'] as Fig;
      // The video tile only when the agent sends or a console reports video (no room taken otherwise).
      if (f === 'video') {
        const hide = !t?.video;
        if (tile.hidden !== hide) tile.hidden = hide;
        tile.dataset['freezes'] = String(t?.video?.freezes ?? 0);
      }
      const cls = `tile lvl-${level[f]}`;
      if (tile.className !== cls) tile.className = cls;
      const v = tile.querySelector<HTMLElement>('.tile-v');
      if (v && v.textContent !== text[f]) v.textContent = text[f];
      const s = tile.querySelector<HTMLElement>('.tile-sub');
      const st = sub[f] ?? '';
      if (s && s.textContent !== st) s.textContent = st;
    }
    this.shown = val;
  }

  private paintCharts(nowS: number): void {
    const [times, ...cols] = this.series.data();
    const rel = (times as number[]).map((x) => x - nowS);
    const col = (name: (typeof SERIES)[number]): (number | null)[] => cols[SERIES.indexOf(name)] ?? [];
    FIGS.forEach((f) => this.charts.get(f)?.set(rel, col(f), f === 'total' ? col('playout') : f === 'refused' ? col('lost') : f === 'video' ? col('total') : undefined));
    const arms = this.armSeries;
    if (!arms) return;
    for (const fig of ARM_FIGS) {
      const chart = this.armCharts.get(fig);
      if (!chart) continue;
      const [at, ...armCols] = arms.data(fig);
      const relArm = (at as number[]).map((x) => x - nowS);
      const drawn = chart.arms.map((a) => arms.arms.findIndex((k) => k.armId === a.armId));
      chart.set(relArm, drawn.map((i) => armCols[i] ?? []), chart.arms.map((a) => arms.latest(a.armId, fig)));
    }
  }

  private paintTimeline(nowS: number): void {
    const el = $('timeline');
    el.textContent = '';
    const window = 60;
    for (const s of this.timeline.segments(nowS)) {
      const look = stateLook(s.state);
      const div = document.createElement('div');
      div.className = `seg state-${look.tone}`;
      const left = ((s.startS - (nowS - window)) / window) * 100;
      const width = Math.max(0.3, ((s.endS - s.startS) / window) * 100);
      div.style.left = `${left}%`;
      div.style.width = `${width}%`;
      div.title = `${look.label}: ${reasonSentence(s.reason) ?? s.reason} (${(s.endS - s.startS).toFixed(1)} s)`;
      if (width > 7) div.textContent = look.label;
      el.appendChild(div);
    }
    const cur = this.timeline.current();
    el.setAttribute('aria-label', cur ? `Supervisor state over the last minute; now ${cur.state}` : 'No state yet');
  }

  private paintAlarms(): void {
    this.alarmsDirty = false;
    const ol = $('alarms');
    ol.textContent = '';
    // Waiting for a person first (newest first), then the ones already seen.
    const list = [...this.alarms.list()].sort((a, b) => Number(a.acknowledged) - Number(b.acknowledged) || b.receivedMs - a.receivedMs);
    if (list.length === 0) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'Nothing needs acknowledgement.';
      ol.appendChild(li);
    }
    const clock = (ms: number): string => new Date(performance.timeOrigin + ms).toLocaleTimeString([], { hour12: false });
    for (const a of list.slice(0, 100)) {
      const li = document.createElement('li');
      li.className = `sev-${a.severity} ${a.acknowledged ? 'acked' : 'unacked'}`;
      li.dataset['code'] = a.code;
      const time = document.createElement('span');
      time.className = 'a-time';
      time.textContent = clock(a.receivedMs);
      const sev = document.createElement('span');
      sev.className = 'a-sev';
      sev.textContent = a.severity;
      const text = document.createElement('span');
      text.className = 'a-text';
      text.textContent = a.message;
      const code = document.createElement('span');
      code.className = 'a-code';
      code.textContent = a.code;
      text.appendChild(code);
      li.append(time, sev, text);
      if (!a.acknowledged) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = 'Acknowledge';
        b.addEventListener('click', () => {
          if (this.alarms.acknowledge(a.id)) this.alarmsDirty = true;
          b.blur();
        });
        li.appendChild(b);
      } else {
        const s = document.createElement('span');
        s.className = 'a-state';
        s.textContent = 'acknowledged';
        li.appendChild(s);
      }
      ol.appendChild(li);
    }

    this.paintNotices();
    const n = this.alarms.unacknowledged().length;
    const badge = $('alarm-count');
    badge.textContent = String(n);
    badge.className = n > 0 ? 'badge hot' : 'badge';
  }

  /** Information: holds in force now, then everything folded per code (no acknowledgement needed). */
  private paintNotices(): void {
    this.noticesDirty = false;
    const nowMs = performance.now();
    const clock = (ms: number): string => new Date(performance.timeOrigin + ms).toLocaleTimeString([], { hour12: false });
    const info = $('notices');
    info.textContent = '';
    for (const h of this.alarms.openHolds()) {
      const li = document.createElement('li');
      li.className = 'hold-open';
      li.dataset['code'] = h.code;
      const secs = ((nowMs - h.sinceMs) / 1000).toFixed(1);
      li.textContent = h.escalated
        ? `Holding now: ${h.code} for ${secs} s (raised as an alarm above).`
        : `Holding now: ${h.code} for ${secs} s. It may resume by itself; it becomes an alarm if it persists.`;
      info.appendChild(li);
    }
    for (const g of this.alarms.groups()) {
      const li = document.createElement('li');
      li.className = `group sev-${g.severity}`;
      li.dataset['code'] = g.code;
      const name = document.createElement('span');
      name.className = 'g-code';
      name.textContent = g.code;
      const what = document.createElement('span');
      what.className = 'g-text';
      const held = g.heldMs > 0 ? `, ${(g.heldMs / 1000).toFixed(1)} s held in all` : '';
      const self = g.selfResolved > 0 ? `, ${g.selfResolved} resolved by itself` : '';
      what.textContent = `× ${g.count}${held}${self} · last ${clock(g.lastMs)}`;
      what.title = g.message;
      li.append(name, what);
      info.appendChild(li);
    }
    $('notices-wrap').hidden = info.children.length === 0;
  }

  private exposeDebug(): void {
    const page = this;
    (window as unknown as { farhandMonitor: unknown }).farhandMonitor = {
      snapshot() {
        const t = page.telemetry;
        return {
          phase: page.linkStatus.phase,
          state: t ? supervisorStateName(t.state) ?? null : null,
          controller: t?.controller_session_id ?? null,
          figures: { ...page.shown },
          alarms: page.alarms.list().map((a) => ({ severity: a.severity, code: a.code, acknowledged: a.acknowledged, why: a.why })),
          groups: page.alarms.groups().map((g) => ({ code: g.code, severity: g.severity, count: g.count, selfResolved: g.selfResolved, heldS: g.heldMs / 1000 })),
          holds: page.alarms.openHolds().map((h) => ({ code: h.code, escalated: h.escalated })),
          sound: page.sound.state(),
          recording: t?.recording ?? null,
          motionTransport: t?.motion_transport ? (farhand.v1.MotionTransport[t.motion_transport] ?? null) : null,
          // Several arms: what each arm chart draws (names, colours, points) and each arm's newest figures.
          armCharts: Object.fromEntries([...page.armCharts].map(([fig, c]) => [fig, c.describe()])),
          armFigures: Object.fromEntries(
            (page.armSeries?.arms ?? []).map((a) => [a.name, Object.fromEntries(ARM_FIGS.map((f) => [f, page.armSeries!.latest(a.armId, f)]))]),
          ),
        };
      },
    };
  }
}

new MonitorPage();
