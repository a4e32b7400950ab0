// The console's heads-up display: supervisor state with its reason in words, the link figures coloured
// by the design's thresholds (with the level also in words), operator/clutch/jaw chips, events as
// readable alarms, and the keyboard legend generated from the same table the key handlers use.
import {
  LEVEL_WORDS, formatHz, formatMs, formatPercent, frameRateLevel, jitterLevel, lossLevel, oneWayLevel, playoutLevel, refusesEngage, rttLevel,
  type Level, type Thresholds,
} from '../hud-levels.js';
import { KEY_BINDINGS } from '../input/keymap.js';
import { CAPTURE_TO_ARRIVAL_TITLE, formatCount, formatDelayParts, formatHalfRtt, formatJaw, type DelayBreakdown } from '../figures.js';
import { stateLook } from '../states.js';
import type { HandSide } from '../input/source.js';
import type { ArmStateView } from './cart.js';
import type { VideoFigures } from '../view/video-view.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`console page is missing #${id}`);
  return el as T;
};

/** mm with one decimal and no "-0.0". */
function fmtMm(m: number): string {
  const v = Math.round(m * 10000) / 10;
  return (Object.is(v, -0) ? 0 : v).toFixed(1);
}

export interface LinkView {
  rttS: number;
  oneWayS: number;
  jitterS: number;
  loss: number;
  playoutS: number;
  frameRateHz: number;
  /** Total hand-to-setpoint delay and its parts, jump refusals and lost frames (NaN: not reported). */
  delay: DelayBreakdown;
}

export class Hud {
  private readonly figs = new Map<string, { root: HTMLElement; v: HTMLElement; lvl: HTMLElement }>();
  private lastStateKey = '';
  private twoHanded = false;
  private lastArmsKey = '';

  constructor() {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('#figures .fig'))) {
      const name = el.dataset['fig'] ?? '';
      this.figs.set(name, { root: el, v: el.querySelector('.v') as HTMLElement, lvl: el.querySelector('.lvl') as HTMLElement });
    }
    $('oneway-name').title = CAPTURE_TO_ARRIVAL_TITLE;
    this.renderKeys();
  }

  private fig(name: string, text: string, level: Level, extra = ''): void {
    const f = this.figs.get(name);
    if (!f) return;
    if (f.v.textContent !== text) f.v.textContent = text;
    const cls = `fig lvl-${level}`;
    if (f.root.className !== cls) f.root.className = cls;
    const words = extra || (level === 'unknown' ? '' : LEVEL_WORDS[level]);
    if (f.lvl.textContent !== words) f.lvl.textContent = words;
  }

  /** Link figures; `streaming` = this console is sending full-rate frames (operator present). */
  link(l: LinkView | null, t: Thresholds, streaming: boolean, note: string): void {
    const n = NaN;
    const none: DelayBreakdown = { totalS: n, playoutS: n, filterS: n, tickS: n, causalFilter: false, refusedJump: n, lost: n };
    const x = l ?? { rttS: n, oneWayS: n, jitterS: n, loss: n, playoutS: n, frameRateHz: n, delay: none };
    const d = x.delay;
    this.fig('rtt', formatMs(x.rttS), rttLevel(x.rttS, t));
    const oneWayLvl = oneWayLevel(x.oneWayS, t);
    this.fig('oneway', formatMs(x.oneWayS), oneWayLvl, refusesEngage(x.oneWayS, t) ? 'engage refused' : Number.isFinite(x.rttS) ? formatHalfRtt(x.rttS) : '');
    this.fig('jitter', formatMs(x.jitterS), jitterLevel(x.jitterS, t));
    this.fig('loss', formatPercent(x.loss), lossLevel(x.loss, t));
    this.fig('playout', formatMs(x.playoutS), playoutLevel(x.playoutS, t));
    this.fig('total', formatMs(d.totalS), playoutLevel(d.totalS, t), d.causalFilter ? 'causal filter' : '');
    this.fig('rate', formatHz(x.frameRateHz), frameRateLevel(x.frameRateHz, streaming, t), streaming ? '' : 'idle rate');
    const refusedLvl: Level = !Number.isFinite(d.refusedJump) ? 'unknown' : d.refusedJump > 0 ? 'warn' : 'ok';
    this.fig('refused', `${formatCount(d.refusedJump)} / ${formatCount(d.lost)}`, refusedLvl, Number.isFinite(d.refusedJump) ? 'jumps apart from loss' : '');
    const parts = $('delay-parts');
    const pt = `Hand→setpoint = ${formatDelayParts(d)}.`;
    if (parts.textContent !== pt) parts.textContent = pt;
    // The tile says the same on hover.
    const tile = document.querySelector<HTMLElement>('.fig[data-fig="total"]');
    if (tile && tile.title !== pt) tile.title = pt;
    const el = $('link-note');
    if (el.textContent !== note) el.textContent = note;
  }

  /**
   * The field's video: glass-to-glass (capture in the agent to display here, read from the frame's own
   * timecode), displayed frame rate and freezes; or why there is none.
   */
  video(f: VideoFigures | null, whyNot: string, offered: boolean): void {
    const el = $('video-note');
    const root = this.figs.get('video')?.root;
    // An agent turned to send no video (--video off) costs the panel no room; one that would send it
    // but cannot reach this console (WebSocket only) says why, plainly.
    // Only the agent's own "video is turned off": an agent whose WebRTC is turned off would send video
    // ("no video over the WebSocket: ... WebRTC is turned off") and the surgeon must read that.
    const turnedOff = !offered && /^video is turned off/.test(whyNot);
    if (root && root.hidden !== turnedOff) root.hidden = turnedOff;
    if (el.hidden !== turnedOff) el.hidden = turnedOff;
    if (!f) {
      this.fig('video', '—', 'unknown', whyNot ? 'no video' : '');
      const note = whyNot ? `No video: ${whyNot}.` : 'Video: waiting for the WebRTC peer connection (the video rides it).';
      if (el.textContent !== note) el.textContent = note;
      return;
    }
    const g2gS = f.glassToGlassMeanMs / 1000;
    const lvl: Level = !Number.isFinite(g2gS) ? 'unknown' : g2gS > 0.25 ? 'bad' : g2gS > 0.12 ? 'warn' : 'ok';
    this.fig('video', formatMs(g2gS), lvl, Number.isFinite(f.fps) ? `${Math.round(f.fps)} fps` : '');
    const note = `Video ${f.width}×${f.height}: glass-to-glass ${Number.isFinite(f.glassToGlassMs) ? `${f.glassToGlassMs.toFixed(0)} ms (this frame)` : '— (clock not synced yet or strip unreadable)'}, ${Number.isFinite(f.fps) ? Math.round(f.fps) : '—'} fps, ${f.freezes} freeze${f.freezes === 1 ? '' : 's'} (> 200 ms${f.freezes > 0 ? `, longest ${Math.round(f.longestFreezeMs)} ms` : ''}), ${f.framesLost} frame${f.framesLost === 1 ? '' : 's'} lost.`;
    if (el.textContent !== note) el.textContent = note;
    if (root) {
      root.dataset.g2gMs = Number.isFinite(f.glassToGlassMeanMs) ? f.glassToGlassMeanMs.toFixed(1) : '';
      root.dataset.frame = String(f.frameNumber);
      root.dataset.fps = Number.isFinite(f.fps) ? String(f.fps) : '';
      root.dataset.freezes = String(f.freezes);
      root.dataset.framesLost = String(f.framesLost);
    }
  }

  state(state: string | undefined, reasonSentence: string): void {
    const look = stateLook(state);
    const key = `${look.label}|${reasonSentence}`;
    if (key === this.lastStateKey) return;
    this.lastStateKey = key;
    const banner = $('state-banner');
    banner.className = `state-banner state-${look.tone}`;
    $('state-label').textContent = look.label;
    $('state-reason').textContent = reasonSentence || look.hint;
  }

  /** `gripHeld`: the hand asks the jaws to close; `jawRad`: the jaw opening the arm measures (NaN: unknown). */
  chips(present: boolean, clutch: boolean, gripHeld: boolean, jawRad: number, ghost: string | null): void {
    const set = (id: string, on: boolean, onClass: string, text: string): void => {
      const el = $(id);
      const cls = on ? `chip ${onClass}` : 'chip';
      if (el.className !== cls) el.className = cls;
      if (el.textContent !== text) el.textContent = text;
    };
    set('chip-present', present, 'on-present', present ? 'HAND ON' : 'HAND OFF');
    set('chip-clutch', clutch, 'on-clutch', clutch ? 'CLUTCH HELD' : 'CLUTCH');
    set('chip-grip', gripHeld, 'on-clutch', `JAW ${formatJaw(jawRad)}${gripHeld ? ' · closing' : ''}`);
    set('chip-ghost', ghost !== null, 'on-ghost', ghost ?? 'GHOST');
  }

  /**
   * Which transport carries this console's motion frames (a chip by the Link heading) and why: on the
   * DataChannel the why is the chip's tooltip; on the WebSocket it is a visible sentence (a fallback must
   * say so).
   */
  transport(phase: 'websocket' | 'negotiating' | 'webrtc' | 'none', detail: string): void {
    const chip = $('chip-transport');
    const text = phase === 'webrtc' ? 'MOTION: WEBRTC' : phase === 'none' ? 'MOTION: —' : phase === 'negotiating' ? 'MOTION: WEBSOCKET (WEBRTC CONNECTING)' : 'MOTION: WEBSOCKET';
    const cls = phase === 'webrtc' ? 'chip on-present' : phase === 'websocket' ? 'chip on-clutch' : 'chip';
    if (chip.textContent !== text) chip.textContent = text;
    if (chip.className !== cls) chip.className = cls;
    chip.dataset['transport'] = phase;
    chip.title = detail;
    const el = $('transport-text');
    const shown = phase === 'webrtc' || detail === '' ? '' : detail;
    if (el.textContent !== shown) el.textContent = shown;
    el.hidden = shown === '';
  }

  connection(phase: string, text: string): void {
    const c = $('conn');
    const cls = `conn ${phase}`;
    if (c.className !== cls) c.className = cls;
    const t = $('conn-text');
    if (t.textContent !== text) t.textContent = text;
  }

  control(text: string, kind: 'mine' | 'other' | 'none', mine: boolean): void {
    const el = $('control-chip');
    if (el.textContent !== text) el.textContent = text;
    const cls = `control-chip ${kind === 'none' ? '' : kind}`;
    if (el.className !== cls) el.className = cls;
    const label = $('btn-control').firstChild;
    const want = mine ? 'Release control ' : 'Take control ';
    if (label && label.textContent !== want) label.textContent = want;
  }

  scale(text: string): void {
    const el = $('scale');
    if (el.textContent !== text) el.textContent = text;
  }

  /** A command's outcome, in words. */
  ack(text: string, ok: boolean): void {
    const el = $('ack');
    el.textContent = text;
    el.className = ok ? 'ack accepted' : 'ack refused';
  }

  /** A large message over the view (link lost, e-stop, refusal); null hides it. */
  notice(text: string | null, kind: 'alarm' | 'info' = 'alarm'): void {
    const el = $('notice');
    if (text === null) {
      el.hidden = true;
      return;
    }
    el.hidden = false;
    el.className = kind === 'info' ? 'notice info' : 'notice';
    if (el.textContent !== text) el.textContent = text;
  }

  event(severity: string, code: string, message: string, when: string): void {
    const list = $('events');
    const li = document.createElement('li');
    li.className = `sev-${severity}`;
    const head = document.createElement('div');
    head.className = 'ev-head';
    const left = document.createElement('span');
    left.textContent = `${severity} · ${when}`;
    const right = document.createElement('span');
    right.className = 'ev-code';
    right.textContent = code;
    head.append(left, right);
    const body = document.createElement('div');
    body.className = 'ev-msg';
    body.textContent = message;
    // Two lines at most in the list (the newest must stay in view on a small screen); the whole sentence
    // is the tooltip.
    body.title = message;
    li.append(head, body);
    list.prepend(li);
    while (list.children.length > 30) list.lastElementChild?.remove();
  }

  /**
   * The button for what the surgeon most likely wants next is the primary one: Engage when the tool is
   * not following, Disengage while it is, Reset when something is latched.
   */
  buttons(state: string | undefined, mine: boolean): void {
    const latched = state === 'ESTOPPED' || state === 'FAULT';
    const engaged = state === 'FOLLOWING' || state === 'ENGAGING' || state === 'CLUTCHED';
    const want: Record<string, string> = {
      'btn-engage': !latched && !engaged && mine ? 'primary' : '',
      'btn-disengage': engaged ? 'primary' : '',
      'btn-reset': latched ? 'primary danger' : '',
    };
    for (const [id, cls] of Object.entries(want)) {
      const el = $(id);
      if (el.className !== cls) el.className = cls;
    }
  }

  /** Where the tip is and how far from the nearest workspace wall. */
  tip(p: [number, number, number] | null, ws: { min: [number, number, number]; max: [number, number, number] } | null, view: string): void {
    const el = $('tip');
    let text = view;
    if (p) {
      const mm = p.map((v) => fmtMm(v)).join(', ');
      text = `Tip ${mm} mm`;
      if (ws) {
        const wall = Math.min(...p.map((v, i) => Math.min(v - ws.min[i]!, ws.max[i]! - v)));
        text += wall < 0 ? ' · outside the workspace' : ` · ${Math.round(wall * 1000)} mm to the workspace wall`;
      }
      text += ` · ${view}`;
    }
    if (el.textContent !== text) el.textContent = text;
  }

  inputs(text: string): void {
    const el = $('inputs');
    if (el.textContent !== text) el.textContent = text;
  }

  /**
   * Two instruments (and a camera arm) or one: the per-arm row, the camera pedal button and the keys
   * that only a two-handed console has (switch hand, camera pedal) are shown only with two.
   */
  bimanual(on: boolean, camera: boolean): void {
    $('arm-row').hidden = !on;
    $('btn-camera').hidden = !(on && camera);
    if (on !== this.twoHanded) {
      this.twoHanded = on;
      this.lastArmsKey = '';
      this.renderKeys();
    }
  }

  /**
   * The per-arm row: which hand the mouse and keys drive, each instrument's state and jaw, the camera
   * arm's state; and, while the camera pedal is held, a CAMERA MODE chip that cannot be missed.
   */
  arms(
    hands: ReadonlyArray<{ side: HandSide; arm: ArmStateView | null; name: string; clutch: boolean; gripHeld: boolean }>,
    camera: { name: string; arm: ArmStateView | null } | null,
    selected: HandSide,
    pedalHeld: boolean,
    cameraMode: boolean,
  ): void {
    const row = $('arm-items');
    const items: Array<{ id: string; cls: string; text: string; title: string }> = [];
    const live = hands.find((h) => h.side === selected);
    items.push({ id: 'chip-hand', cls: 'chip on-hand', text: `MOUSE/KEYS → ${live?.name ?? selected} (${selected.toUpperCase()} HAND)`, title: 'F switches the hand the mouse and the keys drive; the other hand holds its pose' });
    for (const h of hands) {
      const st = h.arm ? stateLook(h.arm.state).label : '—';
      const jaw = h.arm ? formatJaw(h.arm.jawMeasuredRad) : '—';
      const flags = `${h.clutch ? ' · CLUTCH' : ''}${h.gripHeld ? ' · closing' : ''}`;
      items.push({ id: `arm-${h.side}`, cls: `chip arm-chip state-${stateLook(h.arm?.state).tone}`, text: `${h.name} ${st} · JAW ${jaw}${flags}`, title: h.arm ? `${h.name}: ${h.arm.state} (${h.arm.reason || 'no reason'}), ${h.arm.operatingState}` : `${h.name}: no telemetry` });
    }
    if (camera) {
      const st = camera.arm ? stateLook(camera.arm.state).label : '—';
      items.push({ id: 'arm-camera', cls: `chip arm-chip state-${stateLook(camera.arm?.state).tone}`, text: `${camera.name} ${st}`, title: camera.arm ? `${camera.name}: ${camera.arm.state} (${camera.arm.reason || 'no reason'})` : `${camera.name}: no telemetry` });
    }
    if (cameraMode || pedalHeld) {
      items.push({
        id: 'chip-camera-mode',
        cls: `chip camera-mode${cameraMode ? '' : ' pending'}`,
        text: cameraMode ? 'CAMERA MODE · instruments hold' : 'CAMERA PEDAL held · waiting for the agent',
        title: 'While the camera pedal is held both instruments hold and the two hands move the camera arm',
      });
    }
    const key = items.map((i) => `${i.cls}|${i.text}`).join('¦');
    if (key === this.lastArmsKey) return;
    this.lastArmsKey = key;
    row.textContent = '';
    for (const i of items) {
      const el = document.createElement('span');
      el.id = i.id;
      el.className = i.cls;
      el.textContent = i.text;
      el.title = i.title;
      row.append(el);
    }
  }

  private renderKeys(): void {
    const bar = $('keys');
    bar.textContent = '';
    for (const b of KEY_BINDINGS) {
      if (b.bimanual && !this.twoHanded) continue;
      const s = document.createElement('span');
      if (b.action === 'estop') s.className = 'k-estop';
      if (b.held === 'present') s.className = 'k-present';
      for (const cap of b.caps.split(' / ')) {
        const k = document.createElement('kbd');
        k.textContent = cap;
        s.append(k, ' ');
      }
      s.append(b.label);
      bar.append(s);
    }
    const mouse = document.createElement('span');
    mouse.textContent = 'Mouse: left-drag move · right/Shift-drag rotate · wheel depth · Shift+wheel roll · middle button jaws';
    bar.append(mouse);
  }
}
