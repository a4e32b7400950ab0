// Surgeon console page: wires the input sources, the virtual hand, the frame pacer, the link to the
// agent, the 3D view and the HUD. Two clocks drive it, deliberately separate:
//  - a 4 ms ticker (a worker's timer, not requestAnimationFrame: ticker.ts) polls the devices and sends
//    MotionFrames at the pacer's steady rate, so frames keep their rate when the display is slow or the
//    tab is in a background window (where rAF stops and main-thread timers are throttled); input
//    events fold into the hand at once, and a safety-flag change is sent at once;
//  - requestAnimationFrame redraws the HUD and the 3D view.
import { farhand, severityName, supervisorStateName, type DecodedMessage } from '@farhand/protocol';
import { qAngleBetween, qConj, qRotate, type ClockSample, type Pose, type Quat, type Vec3 } from '@farhand/latency-core';
import { createEcm } from '@farhand/sim';
import type { HandState } from '../input/hand.js';
import { HandPair, pairChanged, pairFlagsKey, pairSampledAtMs, type HandPairState } from '../input/hands.js';
import { CameraButtonSource } from '../input/camera-button.js';
import { buildMotionFrame, commandArmId, rosterFromWelcome, type Roster } from '../motion-out.js';
import { armsFromTelemetry, cameraInCart, relativePose, toConsoleRotation, toolInConsole, type ArmStateView } from '../console/cart.js';
import { predictGhost } from '../predict/ghost.js';
import { MouseSource } from '../input/mouse-source.js';
import { KeyboardSource } from '../input/keyboard-source.js';
import { GamepadSource } from '../input/gamepad-source.js';
import { XrSource } from '../input/xr-source.js';
import { HAND_SIDES, type ConsoleAction, type HandSide, type InputContribution, type InputSink, type InputSource, type ViewBasis } from '../input/source.js';
import { DEFAULT_PACER, FramePacer, type SendReason, backlogBytesFor, pacerFor, pacerWithRate, type PacerOptions } from '../pacing.js';
import { StillClaim } from '../input/still-claim.js';
import { startTicker, type Ticker } from '../ticker.js';
import { AgentLink, agentUrl, tokenFrom, type LinkStatus } from '../net/agent-link.js';
import { monotonicNs } from '../net/clock.js';
import { poseFromWire, vecFromWire } from '../net/wire.js';
import { ArmView } from '../view/scene.js';
import { ArmModel } from '../view/arm-model.js';
import { PredictiveDisplay } from '../predict/display.js';
import { Hud } from '../console/hud.js';
import { VideoView } from '../view/video-view.js';
import type { VideoReportFigures } from '../view/video-report.js';

/** How often the console reports the video's figures to the agent. */
const VIDEO_REPORT_PERIOD_MS = 1000;
import { Commander } from '../console/commands.js';
import { formatScale, stepScale, thresholdsFromLimits, type Thresholds } from '../hud-levels.js';
import { stateLook } from '../states.js';
import { reasonSentence } from '../reasons.js';
import { delayBreakdown, formatMasterKind } from '../figures.js';

const TICK_MS = 4;
/** An encoded MotionFrame envelope is 60-80 bytes (absolute pose as floats, flags, seq, capture time). */
const MOTION_FRAME_BYTES = 80;
/** After a late timer tick, how long the hand is not claimed still "as of now" (input may be queued). */
const NO_STILL_CLAIM_MS = 20;
/** Telemetry older than this (page clock) counts as lost for display purposes. */
const TELEMETRY_STALE_MS = 500;

/** A sentence ending in exactly one full stop, whatever the catalogue's punctuation. */
function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
const HUD_PERIOD_MS = 100;
/** Engage waits while the hand is further than this from the tool's orientation (the agent allows 5 deg). */
const ALIGN_BEFORE_ENGAGE_RAD = (2 * Math.PI) / 180;
/** How fast the hand turns to the tool's orientation, rad/s (the agent refuses hands above 40 rad/s). */
const ALIGN_RATE_RADPS = 3;
/** An align request (T) while clutched lasts this long: time to turn through 180 deg at ALIGN_RATE_RADPS. */
const ALIGN_REQUEST_MS = 1100;

// ---------------------------------------------------------------------------------------------
// Token: read once from the URL, kept for reloads in this tab only, and removed from the address bar
// so it does not end up in screenshots, screen shares or the browser history.
function takeToken(): string {
  const fromUrl = tokenFrom(location);
  if (fromUrl) {
    try {
      sessionStorage.setItem('farhand.token', fromUrl);
    } catch {
      // Storage disabled: the token just will not survive a reload.
    }
    const u = new URL(location.href);
    u.searchParams.delete('token');
    history.replaceState(null, '', u.pathname + (u.search === '?' ? '' : u.search) + u.hash.replace(/token=[^&]*/, ''));
    return fromUrl;
  }
  try {
    return sessionStorage.getItem('farhand.token') ?? '';
  } catch {
    return '';
  }
}

interface TelemetryView {
  receivedMs: number;
  state: string;
  reason: string;
  measuredJs: number[];
  measured: Pose | null;
  setpoint: Pose | null;
  master: Pose | null;
  jawMeasuredRad: number;
  jawSetpointRad: number;
  controller: string;
  scale: number;
  link: farhand.v1.ILinkFigures | null;
  lastAppliedSeq: number;
  /** The message itself, for the fields shown as they are (delay breakdown, counters). */
  raw: farhand.v1.Telemetry;
  /** What carried the controller's newest frame, as the agent saw it. */
  motionTransport: string | null;
  /** Protocol 1.1: every arm (empty from a 1.0 agent). */
  arms: ArmStateView[];
  /** The camera pedal is held and the ECM follows the hands (agent's word). */
  cameraMode: boolean;
}

class ConsolePage implements InputSink {
  private readonly hud = new Hud();
  private readonly videoView: VideoView;
  /** The newest VideoReport sent (debug handle, tests, the bench). */
  private lastVideoReport: VideoReportFigures | null = null;
  private readonly view: ArmView;
  private readonly model = new ArmModel();
  /** The second instrument's drawing (its own tool identification). */
  private readonly model2 = new ArmModel();
  private readonly ecmKinematics = createEcm();
  private readonly hands = new HandPair();
  /** What the agent drives (Welcome): one instrument (single-hand frames) or two (hands). */
  private roster: Roster = rosterFromWelcome(null);
  private readonly cameraButton: CameraButtonSource;
  private lastCartKey = '';
  private lastArm2Key = '';
  private lastEcmKey = '';
  private lastGhost2Key = '';
  private readonly pacer = new FramePacer();
  /** The pacer's options before the agent's flood limit applies (the page's ?rate=, else the default). */
  private readonly basePacer: PacerOptions;
  private readonly claim = new StillClaim();
  private ticker: Ticker | null = null;
  private readonly sources: InputSource[] = [];
  private readonly keyboard: KeyboardSource;
  private readonly mouse: MouseSource;
  private readonly xr: XrSource;
  private readonly link: AgentLink | null = null;
  private readonly commander: Commander | null = null;
  private readonly predictive = new PredictiveDisplay();
  private welcome: farhand.v1.Welcome | null = null;
  private thresholds: Thresholds = thresholdsFromLimits(null);
  private telemetry: TelemetryView | null = null;
  private linkStatus: LinkStatus = { phase: 'stopped', detail: '', attempt: 0 };
  private lastSent: HandPairState | null = null;
  /** The hand has taken the tool's orientation at least once this session: only then do frames go out
   * (a first frame with an arbitrary orientation followed by the aligned one would look like a jump). */
  private handReady = false;
  private seq = 0;
  /** Frames sent that carried a new pose (the rest repeat the latest pose: the hand was still). */
  private framesMoved = 0;
  private lastCaptureNs = 0;
  private lastTimerMs = -Infinity;
  private noStillClaimUntilMs = -Infinity;
  private alignUntilMs = -Infinity;
  /** The last frames sent, for engineers (window.farhandConsole.recentFrames()). */
  private readonly recent: Array<{ seq: number; captureNs: number; sentMs: number; position: number[]; orientation: number[]; left?: number[]; camera?: boolean }> = [];
  private tickQueued = false;
  private sentTimes: number[] = [];
  private transient: { text: string; kind: 'alarm' | 'info'; untilMs: number } | null = null;
  private workspace: { min: Vec3; max: Vec3 } | null = null;
  private ghostText: string | null = null;
  private lastHudMs = -Infinity;
  private lastArmFramesKey = '';
  private lastGhostKey = '';
  private readonly token: string;

  constructor() {
    this.token = takeToken();
    this.basePacer = this.pacerFromUrl();
    this.pacer.setOptions(this.basePacer);
    this.view = new ArmView(document.getElementById('view')!);
    const viewEl = document.getElementById('view')!;
    this.videoView = new VideoView(viewEl, (agentNs) => {
      const c = this.predictive.clock;
      return c.synced(c.toAgentNs(monotonicNs())) ? c.toConsoleNs(agentNs) : NaN;
    });
    this.keyboard = new KeyboardSource(window, this);
    this.mouse = new MouseSource(viewEl, this);
    this.xr = new XrSource(this);
    this.cameraButton = new CameraButtonSource(document.getElementById('btn-camera')!, this);
    this.sources.push(this.mouse, this.keyboard, new GamepadSource(navigator, this), this.xr, this.cameraButton);
    this.view.onXrFrame = (frame, ref) => this.xr.update(frame, ref);
    this.bindButtons();
    window.addEventListener('blur', () => this.releaseAll());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') this.releaseAll();
    });

    if (!this.token) {
      this.hud.connection('rejected', 'No token');
      this.transientNotice('No access token: open the console with the URL the agent printed (it ends in ?token=…).', 'alarm', Infinity);
    } else {
      this.link = new AgentLink({
        url: agentUrl(location),
        token: this.token,
        role: farhand.v1.Role.SURGEON,
        // A browser hand cannot be driven to the tool's orientation: the agent keeps the offset instead.
        masterKind: farhand.v1.MasterKind.UNACTUATED,
        clientName: `Surgeon console (${navigator.platform || 'browser'})`,
        onStatus: (s) => this.onStatus(s),
        onWelcome: (w) => this.onWelcome(w),
        onMessage: (m, t) => this.onMessage(m, t),
        onClockSample: (s) => this.onClockSample(s),
        onBadMessage: (why) => this.hud.event('WARNING', 'BAD_MESSAGE', why, new Date().toLocaleTimeString()),
        // ?transport=websocket keeps motion on the WebSocket (comparisons, networks that block UDP).
        webrtc: new URLSearchParams(location.search).get('transport') !== 'websocket',
        onTransport: (s) => this.hud.transport(s.phase, s.detail),
        onVideo: (stream, receiver) => this.onVideo(stream, receiver),
      });
      this.commander = new Commander(this.link, () => this.armId(), reasonSentence);
      this.link.start();
    }
    this.ticker = startTicker(TICK_MS, () => this.timerTick());
    const frame = (): void => {
      requestAnimationFrame(frame);
      this.paint();
    };
    requestAnimationFrame(frame);
    void ArmView.xrSupported().then((ok) => this.offerXr(ok));
    this.exposeDebug();
  }

  // -------------------------------------------------------------------------------------------
  // Input

  /** The steady rate from the page URL (?rate=, Hz), checked; a bad value is said and the default used. */
  private pacerFromUrl(): PacerOptions {
    const raw = new URLSearchParams(location.search).get('rate');
    if (raw === null || raw === '') return { ...DEFAULT_PACER };
    const r = pacerWithRate(Number(raw));
    if (r.ok) return r.options;
    this.transientNotice(`Ignoring ?rate=${raw}: ${r.error}. Sending at ${Math.round(1000 / DEFAULT_PACER.periodMs)} Hz.`, 'alarm', 8000);
    return { ...DEFAULT_PACER };
  }

  onInput(): void {
    if (this.tickQueued) return;
    this.tickQueued = true;
    queueMicrotask(() => {
      this.tickQueued = false;
      this.tick();
    });
  }

  onAction(action: ConsoleAction): void {
    this.act(action);
  }

  private releaseAll(): void {
    this.keyboard.releaseAll();
    this.mouse.releaseAll();
    this.cameraButton.releaseAll();
    this.hands.releaseAll();
    this.tick();
  }

  /**
   * The frame timer. A tick that comes late while the pointer is moving means the page was busy and
   * pointer events may be queued behind it: for a short while only input with its own timestamps may
   * send, and the hand is not claimed still "as of now" until that input has been handled.
   */
  private timerTick(): void {
    const nowMs = performance.now();
    const gapMs = nowMs - this.lastTimerMs;
    // Pointer events were flowing when the page got busy (the last one came during the gap or just
    // before it): more are probably queued.
    if (gapMs > 3 * TICK_MS && this.mouse.inMotion(nowMs, gapMs + 30)) this.noStillClaimUntilMs = nowMs + NO_STILL_CLAIM_MS;
    this.lastTimerMs = nowMs;
    this.tick();
    this.maybeReportVideo(nowMs);
  }

  #videoReportAtMs = 0;
  #videoReportBusy = false;

  /**
   * About once a second, the figures of the video shown since the previous report go to the agent
   * (VideoReport over the WebSocket): it exports, records and charts them. Figures only: the agent
   * never lets them near the arm.
   */
  private maybeReportVideo(nowMs: number): void {
    if (!this.videoView.active || this.#videoReportBusy || nowMs - this.#videoReportAtMs < VIDEO_REPORT_PERIOD_MS) return;
    this.#videoReportAtMs = nowMs;
    this.#videoReportBusy = true;
    void this.videoView
      .takeReport()
      .then((r) => {
        if (!r || !this.link?.isOpen()) return;
        this.link.send({
          video_report: {
            seq: r.seq,
            interval_s: r.intervalS,
            glass_to_glass_ms: r.glassToGlassMs,
            frames_displayed: r.framesDisplayed,
            frames_lost: r.framesLost,
            frames_unreadable: r.framesUnreadable,
            freezes: r.freezes,
            longest_freeze_ms: r.longestFreezeMs,
            bitrate_bps: r.bitrateBps,
            frame_rate_hz: r.frameRateHz,
            jitter_buffer_ms: r.jitterBufferMs,
            decode_ms: r.decodeMs,
            width: r.width,
            height: r.height,
            packets_lost: r.packetsLost,
            nacks: r.nacks,
            plis: r.plis,
          },
        });
        this.lastVideoReport = r;
      })
      .finally(() => {
        this.#videoReportBusy = false;
      });
  }

  /** Polls devices, moves the hand, and sends a frame when the pacer says so. */
  private tick(): void {
    const nowMs = performance.now();
    const basis = this.consoleBasis();
    const bimanual = this.hands.handMode === 'bimanual';
    const contributions: InputContribution[] = [];
    let mouseMotion: number | null | undefined;
    for (const src of this.sources) {
      if (!src.available()) continue;
      // Two instruments: two-handed devices say which hand each motion belongs to.
      if (bimanual && src.pollHands) {
        contributions.push(...src.pollHands(nowMs, basis));
        continue;
      }
      const c = src.poll(nowMs, basis);
      if (src === this.mouse) mouseMotion = c.sampledAtMs;
      contributions.push(c);
    }
    // While pointer events flow, the hand's pose between two of them is unknown: a repeat frame may
    // claim the newest pose only as far as the next event cannot look like a jump (still-claim.ts);
    // after a late timer tick, not at all until queued input has been handled.
    const claimMs = nowMs < this.noStillClaimUntilMs ? false : this.claim.untilMs(nowMs);
    this.hands.apply(contributions, nowMs, claimMs);
    // A hidden page has no operator looking at it: the dead-man drops whatever a device says.
    if (document.visibilityState === 'hidden') this.hands.releaseAll();
    if (bimanual) this.alignHands(nowMs);
    else {
      const hand = this.hands.hand('right');
      const toolOri = this.telemetry?.measured?.orientation;
      if (toolOri && !this.handReady) {
        // First pose of the session: no frame has gone out yet, so it may take the tool's at once.
        hand.alignTo(toolOri, nowMs);
        this.handReady = true;
      } else if (toolOri && this.shouldTrackTool(this.telemetry?.state, nowMs)) {
        hand.alignTo(toolOri, nowMs, ALIGN_RATE_RADPS);
      }
    }
    const s = this.hands.state();
    // The still-claim follows the hand the mouse drives.
    const h = s.hands[s.selected];
    if (mouseMotion !== null && mouseMotion !== undefined) this.claim.sample(h.sampledAtMs, h.position, h.orientation);
    const inControl = this.isController();
    const reason = this.pacer.decide(nowMs, inControl, s.operatorPresent, pairFlagsKey(s));
    if (reason !== null) this.sendFrame(s, nowMs, reason, inControl);
  }

  /**
   * Two instruments: each hand follows its own instrument's orientation (in the console frame) while
   * that instrument is not following, as the one hand does; frames go out once both have been aligned.
   */
  private alignHands(nowMs: number): void {
    const camera = cameraInCart(this.arm('camera'));
    const targets: Partial<Record<HandSide, { ori: Quat; state: string }>> = {};
    for (const side of HAND_SIDES) {
      const a = this.arm(side);
      const ori = a ? toolInConsole(a, camera) : null;
      if (a && ori) targets[side] = { ori, state: a.state };
    }
    if (!this.handReady) {
      if (!targets.right || !targets.left) return;
      for (const side of HAND_SIDES) this.hands.alignTo(side, targets[side]!.ori, nowMs);
      this.handReady = true;
      return;
    }
    // Not while the camera pedal is held: the hands then turn the camera, and turning them after the
    // tools as seen by that moving camera would feed the camera's motion back into the hands.
    if (this.hands.state().camera || this.telemetry?.cameraMode) return;
    for (const side of HAND_SIDES) {
      const t = targets[side];
      if (t && this.shouldTrackTool(t.state, nowMs)) this.hands.alignTo(side, t.ori, nowMs, ALIGN_RATE_RADPS);
    }
  }

  /** The arm a hand drives, or the camera arm, from the newest telemetry (null: not reported). */
  private arm(which: HandSide | 'camera'): ArmStateView | null {
    const r = which === 'camera' ? this.roster.camera : this.roster.handArms?.[which];
    if (!r) return null;
    return this.telemetry?.arms.find((a) => a.armId === r.armId) ?? null;
  }

  /**
   * The view's screen axes in the console frame the hands move in. One arm: the view's own frame (the
   * PSM base). Two instruments: the view draws in PSM1's base frame, the hands move in the camera's.
   */
  private consoleBasis(): ViewBasis {
    const b = this.view.basis();
    if (this.hands.handMode !== 'bimanual') return b;
    const base = this.arm('right')?.base;
    if (!base) return b;
    const r = toConsoleRotation(base.orientation, cameraInCart(this.arm('camera')));
    return { right: qRotate(r, b.right), up: qRotate(r, b.up), forward: qRotate(r, b.forward) };
  }

  /**
   * Like a dVRK MTM that turns its wrist to match the tool whenever teleoperation is off, the hand's
   * orientation follows the tool's while the tool is not following the hand, so ENGAGE, and the resume
   * after a hold, pass the agent's 5 deg alignment check. While clutched the hand is free (it may be
   * rotated) until the surgeon asks to align (T), which lasts until the hand is aligned.
   */
  private shouldTrackTool(s: string | undefined, nowMs = performance.now()): boolean {
    if (s === 'FOLLOWING' || s === 'ENGAGING') return false;
    if (s === 'CLUTCHED') return nowMs < this.alignUntilMs;
    return true;
  }

  private sendFrame(s: HandPairState, nowMs: number, reason: SendReason, inControl: boolean): void {
    if (!this.link?.isOpen() || !this.welcome || !this.handReady) return;
    // Capture time: when the pose was sampled (the newest input event's own time), strictly increasing;
    // motion that was learned late is stamped when it leaves, so it never looks faster than it was.
    const sampledNs = this.hands.takeKnownLate() ? monotonicNs() : Math.round(pairSampledAtMs(s) * 1e6);
    const captureTimeNs = Math.max(sampledNs, this.lastCaptureNs + 1);
    // One frame for both hands on a two-instrument agent; the single-hand frame for any other.
    const f = buildMotionFrame(this.roster, s, { seq: ++this.seq, captureTimeNs });
    const h = s.hands.right;
    if (this.link.sendMotion({ motion: f })) {
      const two = s.mode === 'bimanual';
      this.recent.push({
        seq: this.seq, captureNs: captureTimeNs, sentMs: nowMs, position: [...h.position], orientation: [...h.orientation],
        ...(two ? { left: [...s.hands.left.position], camera: s.camera } : {}),
      });
      if (this.recent.length > 400) this.recent.splice(0, 200);
      this.lastCaptureNs = captureTimeNs;
      this.pacer.sent(nowMs, reason, inControl, s.operatorPresent, pairFlagsKey(s));
      if (pairChanged(this.lastSent, s)) this.framesMoved++;
      this.lastSent = s;
      this.sentTimes.push(nowMs);
      while (this.sentTimes.length > 0 && this.sentTimes[0]! < nowMs - 1000) this.sentTimes.shift();
    }
  }

  /** Whether a hand is still more than ALIGN_BEFORE_ENGAGE_RAD from its tool (engage would be refused). */
  private handsStillTurning(): boolean {
    if (this.hands.handMode !== 'bimanual') {
      const ori = this.telemetry?.measured?.orientation;
      return ori !== undefined && qAngleBetween(ori, this.hands.hand('right').state().orientation) > ALIGN_BEFORE_ENGAGE_RAD;
    }
    const camera = cameraInCart(this.arm('camera'));
    return HAND_SIDES.some((side) => {
      const a = this.arm(side);
      const ori = a ? toolInConsole(a, camera) : null;
      return ori !== null && qAngleBetween(ori, this.hands.hand(side).state().orientation) > ALIGN_BEFORE_ENGAGE_RAD;
    });
  }

  private armId(): number {
    return commandArmId(this.roster, this.hands.handMode, this.hands.selectedHand);
  }

  private isController(): boolean {
    const c = this.telemetry?.controller ?? this.welcome?.controller_session_id ?? '';
    return c !== '' && c === this.link?.sessionId;
  }

  private act(action: ConsoleAction): void {
    const c = this.commander;
    const offline = (what: string): void =>
      this.transientNotice(`Not connected: ${what} not delivered. The arm holds by itself while the link is down.`, 'alarm', 4000);
    switch (action) {
      case 'estop': {
        const btn = document.getElementById('estop')!;
        btn.classList.remove('sent');
        void btn.offsetWidth; // restart the flash animation
        btn.classList.add('sent');
        if (!c?.send('ESTOP')) offline('EMERGENCY STOP');
        return;
      }
      case 'engage': {
        // The hand tracks the tool's orientation while not following, so it is aligned already; if it
        // is still turning (it had been rotated), say so rather than be refused as misaligned.
        if (this.handsStillTurning()) {
          this.hud.ack('The hand is still turning to match the tool: press E again in a moment.', false);
          return;
        }
        if (!this.isController() && (this.telemetry?.controller ?? '') === '') c?.send('REQUEST_CONTROL');
        if (!c?.send('ENGAGE')) offline('engage');
        return;
      }
      case 'disengage':
        if (!c?.send('DISENGAGE')) offline('disengage');
        return;
      case 'reset':
        if (!c?.send('RESET_FAULT')) offline('reset');
        return;
      case 'requestControl':
        if (!c?.send('REQUEST_CONTROL')) offline('take control');
        return;
      case 'releaseControl':
        if (!c?.send('RELEASE_CONTROL')) offline('release control');
        return;
      case 'home':
        if (!c?.send('HOME')) offline('home');
        return;
      case 'scaleUp':
      case 'scaleDown': {
        const lim = this.welcome?.limits;
        const cur = this.telemetry?.scale ?? lim?.motion_scale ?? 0.2;
        const next = stepScale(cur, action === 'scaleUp' ? 1 : -1, lim?.motion_scale_min || 0.1, lim?.motion_scale_max || 1);
        if (next === cur) {
          this.hud.ack(`Motion scale is already at its ${action === 'scaleUp' ? 'coarsest' : 'finest'} (${formatScale(cur)}).`, false);
          return;
        }
        if (!c?.send('SET_SCALE', { scale: next })) offline('scale change');
        return;
      }
      case 'align': {
        const ori = this.telemetry?.measured?.orientation;
        const s = this.telemetry?.state;
        if (!ori) {
          this.hud.ack('No tool orientation reported yet: nothing to align to.', false);
        } else if (s === 'FOLLOWING' || s === 'ENGAGING') {
          this.hud.ack('Clutch (C) or disengage first: re-aligning while the tool follows would turn the tool.', false);
        } else {
          this.alignUntilMs = performance.now() + ALIGN_REQUEST_MS;
          this.hud.ack('Aligning the hand to the tool orientation.', true);
        }
        return;
      }
      case 'switchHand': {
        if (this.hands.handMode !== 'bimanual') {
          this.hud.ack('This agent drives one instrument: there is no other hand to switch to.', false);
          return;
        }
        const side = this.hands.switchHand();
        // The pointer's still-claim belonged to the other hand.
        this.claim.reset();
        const arm = this.roster.handArms?.[side];
        this.transientNotice(`Mouse and keys now drive the ${side} hand (${arm?.name ?? side}); the other hand holds its pose.`, 'info', 2500);
        return;
      }
      case 'view': {
        const name = this.view.cycleView();
        this.videoView.setShown(name === 'Camera view');
        this.transientNotice(`${name === 'Camera view' ? "Camera view (the field's video)" : name}: dragging right moves the tool right on screen.`, 'info', 2500);
        return;
      }
    }
  }

  private bindButtons(): void {
    const bind = (id: string, action: ConsoleAction): void => {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      el?.addEventListener('click', () => {
        this.act(action);
        // Leave no focused button behind: Space (the dead-man) must never "click" it.
        el.blur();
      });
    };
    bind('estop', 'estop');
    bind('btn-engage', 'engage');
    bind('btn-disengage', 'disengage');
    bind('btn-reset', 'reset');
    bind('btn-align', 'align');
    bind('btn-home', 'home');
    bind('btn-scale-down', 'scaleDown');
    bind('btn-scale-up', 'scaleUp');
    const ctl = document.getElementById('btn-control') as HTMLButtonElement;
    ctl.addEventListener('click', () => {
      this.act(this.isController() ? 'releaseControl' : 'requestControl');
      ctl.blur();
    });
  }

  private offerXr(supported: boolean): void {
    const btn = document.getElementById('btn-xr') as HTMLButtonElement;
    btn.hidden = !supported || !this.view.available;
    btn.addEventListener('click', () => {
      btn.blur();
      this.view
        .enterXr(() => this.xr.end())
        .catch((e: unknown) => this.hud.ack(`Could not start VR: ${e instanceof Error ? e.message : String(e)}`, false));
    });
  }

  // -------------------------------------------------------------------------------------------
  // Link

  private onStatus(s: LinkStatus): void {
    this.linkStatus = s;
    const text = s.phase === 'retrying' && s.retryInMs !== undefined ? `${s.detail} Retrying in ${(s.retryInMs / 1000).toFixed(1)} s.` : s.detail;
    this.hud.connection(s.phase, text);
    if (s.phase !== 'open') {
      this.hud.transport('none', '');
      // A new session starts disengaged: forget what the old one said, so nothing is drawn as live.
      if (this.welcome) this.hud.ack('', true);
      this.welcome = null;
      this.telemetry = null;
      this.lastSent = null;
      this.handReady = false;
      this.claim.reset();
      this.predictive.reset();
    }
  }

  private onWelcome(w: farhand.v1.Welcome): void {
    this.welcome = w;
    // Two INSTRUMENT arms: two-handed frames; otherwise (a 1.0 agent, one instrument) the single hand.
    this.roster = rosterFromWelcome(w);
    this.hands.setMode(this.roster.bimanual ? 'bimanual' : 'single');
    this.claim.reset();
    this.lastCartKey = this.lastArm2Key = this.lastEcmKey = this.lastGhost2Key = '';
    this.lastArmFramesKey = this.lastGhostKey = '';
    if (!this.roster.bimanual) this.view.setCart(null);
    this.hud.bimanual(this.roster.bimanual, this.roster.camera !== null);
    this.thresholds = thresholdsFromLimits(w.limits);
    this.pacer.setOptions(pacerFor(w.limits?.max_frame_rate_hz ?? undefined, this.basePacer));
    if (this.link) this.link.maxBufferedBytes = backlogBytesFor(w.limits?.max_frame_rate_hz ?? undefined, MOTION_FRAME_BYTES);
    const min = vecFromWire(w.limits?.workspace?.min_m);
    const max = vecFromWire(w.limits?.workspace?.max_m);
    if (min && max) {
      this.workspace = { min, max };
      this.view.setWorkspace(min, max);
    }
    this.hud.scale(formatScale(w.limits?.motion_scale ?? NaN));
    // Ask for the lock only when nobody holds it: taking it from a colleague is an explicit act (L).
    if (!w.controller_session_id) this.commander?.send('REQUEST_CONTROL');
  }

  /** The field's video arrived (or went): the main view, with the 3D view registered to its camera. */
  private onVideo(stream: MediaStream | null, receiver: RTCRtpReceiver | null = null): void {
    this.videoView.setStream(stream, receiver);
    const v = this.welcome?.rtc?.video;
    const n = (x: number | null | undefined): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
    const pos = v?.camera_position_m ?? [];
    const ori = v?.camera_orientation ?? [];
    const [w, h, fx, fy, cx, cy] = [n(v?.width), n(v?.height), n(v?.fx), n(v?.fy), n(v?.cx), n(v?.cy)];
    const known = stream !== null && fx > 0 && fy > 0 && w > 0 && h > 0 && pos.length === 3 && ori.length === 4 && [...pos, ...ori].every(Number.isFinite);
    this.view.setVideoCamera(
      known ? { width: w, height: h, fx, fy, cx, cy, position: [pos[0]!, pos[1]!, pos[2]!], orientation: [ori[0]!, ori[1]!, ori[2]!, ori[3]!] } : null,
    );
    this.videoView.setShown(stream !== null && (!known || this.view.viewName() === 'Camera view'));
  }

  private onClockSample(s: ClockSample): void {
    this.predictive.addClockSample(s);
  }

  private onMessage(m: DecodedMessage, _arrivalNs: number): void {
    switch (m.kind) {
      case 'telemetry':
        this.onTelemetry(m.message);
        return;
      case 'ack': {
        const out = this.commander?.onAck(m.message);
        if (!out) return;
        this.hud.ack(out.ok ? out.sentence : `${out.type.replace(/_/g, ' ').toLowerCase()} refused: ${out.sentence}${out.code ? ` (${out.code})` : ''}`, out.ok);
        return;
      }
      case 'event': {
        const e = m.message;
        const text = e.message || reasonSentence(e.code) || e.code;
        const own = this.link?.sessionId ?? '';
        this.hud.event(severityName(e.severity) ?? 'INFO', e.code, own ? text.split(own).join(`${own} (this console)`) : text, new Date().toLocaleTimeString());
        return;
      }
      default:
        return;
    }
  }

  private onTelemetry(t: farhand.v1.Telemetry): void {
    const prevState = this.telemetry?.state;
    const tv: TelemetryView = {
      receivedMs: performance.now(),
      state: supervisorStateName(t.state) ?? 'UNKNOWN',
      reason: t.reason,
      measuredJs: t.measured_js.slice(),
      measured: poseFromWire(t.measured_cp),
      setpoint: poseFromWire(t.setpoint_cp),
      master: poseFromWire(t.master_cp),
      jawMeasuredRad: t.jaw_measured_rad,
      jawSetpointRad: t.jaw_setpoint_rad,
      controller: t.controller_session_id,
      scale: t.motion_scale,
      link: t.link ?? null,
      lastAppliedSeq: t.last_applied_seq,
      raw: t,
      motionTransport: t.motion_transport ? (farhand.v1.MotionTransport[t.motion_transport] ?? null) : null,
      arms: armsFromTelemetry(t, this.roster),
      cameraMode: t.camera_mode === true,
    };
    this.telemetry = tv;
    this.predictive.addTelemetry({ agentTimeNs: t.agent_time_ns, state: tv.state, setpoint: tv.setpoint, master: tv.master, motionScale: tv.scale });
    if (tv.measured && tv.measuredJs.length === 6 && prevState === undefined && !this.roster.bimanual) this.model.identify(tv.measuredJs, tv.measured);
    if (prevState !== tv.state && (tv.state === 'ESTOPPED' || tv.state === 'FAULT')) {
      // The surgeon's hand is probably still moving: make the reason impossible to miss.
      this.hud.ack(`${stateLook(tv.state).label}: ${reasonSentence(tv.reason) ?? tv.reason}`, false);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Display (animation frames)

  private paint(): void {
    const nowMs = performance.now();
    const t = this.telemetry;
    const live = t !== null && nowMs - t.receivedMs < TELEMETRY_STALE_MS && this.link?.isOpen() === true;
    const pair = this.hands.state();
    const h = pair.hands.right;
    if (pair.mode === 'bimanual') this.paintCart(t, live, pair);
    else this.paintView(t, live, h);
    // Words and numbers at 10 Hz: faster is unreadable, and every text change costs a page layout.
    if (nowMs - this.lastHudMs < HUD_PERIOD_MS) return;
    this.lastHudMs = nowMs;

    // State banner.
    if (!this.link?.isOpen()) this.hud.state('NOLINK', this.linkStatus.phase === 'rejected' ? this.linkStatus.detail : '');
    else if (!t) this.hud.state(undefined, 'Connected; waiting for telemetry…');
    else if (!live) this.hud.state('NOLINK', 'Telemetry stopped arriving: the arm holds by itself when frames stop.');
    else this.hud.state(t.state, reasonSentence(t.reason) ?? stateLook(t.state).hint);

    // Link figures (the agent measures them for the console holding control).
    const mine = this.isController();
    const l = live && t?.link ? t.link : null;
    const ownRtt = this.predictive.rttS();
    const note = !live
      ? 'No live telemetry.'
      : mine
        ? `As the agent measures this console's link. Console-side RTT ${Number.isFinite(ownRtt) ? (ownRtt * 1000).toFixed(1) + ' ms' : '—'}, sending ${this.sentTimes.length} frames/s.`
        : t?.controller
          ? 'Another console has control: these are its link figures.'
          : 'Nobody has control yet.';
    this.hud.link(
      l && (mine || t?.controller)
        ? {
            rttS: l.rtt_s ?? NaN,
            oneWayS: l.one_way_delay_s ?? NaN,
            jitterS: l.jitter_s ?? NaN,
            loss: l.loss_ratio ?? NaN,
            playoutS: l.playout_delay_s ?? NaN,
            frameRateHz: l.frame_rate_hz ?? NaN,
            delay: delayBreakdown(t?.raw),
          }
        : null,
      this.thresholds,
      h.operatorPresent,
      note,
    );
    this.videoView.tick(nowMs);
    const vo = this.welcome?.rtc?.video;
    const motionOnWs = this.link?.motionTransport().phase === 'websocket';
    const whyNoVideo = vo?.available === true ? (motionOnWs && !this.videoView.active ? 'motion fell back to the WebSocket, which carries no video' : '') : (vo?.unavailable_reason || this.welcome?.rtc?.unavailable_reason || '');
    this.hud.video(this.videoView.active ? this.videoView.figures : null, whyNoVideo, vo?.available === true);
    this.hud.control(
      !t || !live ? 'Control: —' : mine ? 'Control: you' : t.controller ? `Control: other console (${t.controller.slice(0, 8)})` : 'Control: nobody (press L)',
      !t || !live ? 'none' : mine ? 'mine' : t.controller ? 'other' : 'none',
      mine,
    );
    if (t && live) this.hud.scale(formatScale(t.scale));

    if (pair.mode === 'bimanual') {
      const sel = pair.selected;
      this.hud.chips(pair.operatorPresent, pair.hands.right.clutch || pair.hands.left.clutch, pair.hands[sel].grip > 0.01, live ? (this.arm(sel)?.jawMeasuredRad ?? NaN) : NaN, this.ghostText);
      this.hud.arms(
        HAND_SIDES.map((side) => ({ side, arm: live ? this.arm(side) : null, name: this.roster.handArms?.[side].name ?? side, clutch: pair.hands[side].clutch, gripHeld: pair.hands[side].grip > 0.01 })),
        this.roster.camera ? { name: this.roster.camera.name, arm: live ? this.arm('camera') : null } : null,
        sel,
        pair.camera,
        live && t ? t.cameraMode : false,
      );
    } else this.hud.chips(h.operatorPresent, h.clutch, h.grip > 0.01, live && t ? t.jawMeasuredRad : NaN, this.ghostText);
    this.hud.buttons(live ? t?.state : undefined, mine);
    this.hud.tip(live && t?.measured ? t.measured.position : null, this.workspace, this.view.viewName());
    this.hud.inputs(
      `Inputs: ${this.sources.filter((s) => s.available() && (s !== this.cameraButton || pair.mode === 'bimanual')).map((s) => s.label).join(', ')} · orientation: ${formatMasterKind(live && mine ? t?.raw.master_kind : undefined)}`,
    );

    // The one big message over the view, most important first.
    const tr = this.transient && this.transient.untilMs > nowMs ? this.transient : null;
    if (tr && tr.untilMs === Infinity) this.hud.notice(tr.text, tr.kind);
    else if (this.linkStatus.phase === 'rejected') this.hud.notice(`The agent refused this console: ${this.linkStatus.detail}`);
    else if (this.link && !this.link.isOpen() && this.linkStatus.phase === 'retrying')
      this.hud.notice('Link to the agent lost: reconnecting. The arm holds by itself; engage again once connected.');
    else if (t && live && (t.state === 'ESTOPPED' || t.state === 'FAULT'))
      this.hud.notice(`${stateLook(t.state).label}: ${sentence(reasonSentence(t.reason) ?? t.reason)} Press R to reset, then engage again.`);
    else if (tr) this.hud.notice(tr.text, tr.kind);
    else this.hud.notice(null);
  }

  /**
   * Two instruments and the camera: the same view in PSM1's base frame, PSM2 and the ECM placed from
   * their base frames, each instrument with its ghost (the in-flight motion of its own hand, mapped into
   * its base frame through the camera frame); no instrument ghost while the camera pedal is held (the
   * instruments hold then).
   */
  private paintCart(t: TelemetryView | null, live: boolean, s: HandPairState): void {
    this.view.setStale(!live);
    const a1 = this.arm('right');
    const a2 = this.arm('left');
    const ecm = this.arm('camera');
    this.ghostText = null;
    if (!t || !a1?.base || !a2?.base) {
      this.view.renderIfDirty();
      return;
    }
    const cartKey = [a1.base, a2.base, ecm?.base ?? null].map((b) => (b ? [...b.position, ...b.orientation].map((v) => Math.round(v / 1e-5)).join(',') : '-')).join('|');
    if (cartKey !== this.lastCartKey || !this.view.cartShown) {
      this.lastCartKey = cartKey;
      this.view.setCart({
        primaryName: a1.name,
        secondName: a2.name,
        ecmName: ecm?.base ? ecm.name : null,
        secondBase: relativePose(a1.base, a2.base),
        ecmBase: ecm?.base ? relativePose(a1.base, ecm.base) : null,
      });
    }
    const jsKey = (a: ArmStateView): string => a.measuredJs.map((q) => Math.round(q / 1e-4)).join(',') + '|' + Math.round(a.jawMeasuredRad / 1e-3);
    if (live && a1.measuredJs.length === 6) {
      const k = jsKey(a1);
      if (k !== this.lastArmFramesKey) {
        if (this.lastArmFramesKey === '' && a1.measured) this.model.identify(a1.measuredJs, a1.measured);
        this.lastArmFramesKey = k;
        this.view.setArm(this.model.frames(a1.measuredJs), a1.jawMeasuredRad);
      }
    }
    if (live && a2.measuredJs.length === 6) {
      const k = jsKey(a2);
      if (k !== this.lastArm2Key) {
        if (this.lastArm2Key === '' && a2.measured) this.model2.identify(a2.measuredJs, a2.measured);
        this.lastArm2Key = k;
        this.view.setSecondArm(this.model2.frames(a2.measuredJs), a2.jawMeasuredRad);
      }
    }
    if (live && ecm && ecm.measuredJs.length === 4) {
      const k = jsKey(ecm);
      if (k !== this.lastEcmKey) {
        this.lastEcmKey = k;
        let frames = null;
        try {
          frames = this.ecmKinematics.linkFrames(ecm.measuredJs) as Array<{ position: Vec3; rotation: number[][] }>;
        } catch {
          frames = null;
        }
        this.view.setEcm(frames);
      }
    }
    // Ghosts: the hand's motion since the master pose the agent played for that arm, into its base frame.
    const camera = cameraInCart(ecm);
    const texts: string[] = [];
    const cameraHeld = s.camera || t.cameraMode;
    const ghostOf = (side: HandSide, a: ArmStateView, model: ArmModel): { frames: ReturnType<ArmModel['frames']>; ok: boolean; key: string } | null => {
      if (!live || cameraHeld || !a.setpoint || !a.base) return null;
      const hand = s.hands[side];
      const registration = qConj(toConsoleRotation(a.base.orientation, camera));
      const g = predictGhost({ state: a.state, setpoint: a.setpoint, masterPlayed: a.master, motionScale: t.scale, hand, clutch: hand.clutch, workspace: this.workspace, registration });
      if (!g || g.pendingM < 0.0003) return null;
      texts.push(`${a.name} ${(g.pendingM * 1000).toFixed(1)} mm`);
      const key = [...g.pose.position.map((v) => Math.round(v / 1e-5)), ...g.pose.orientation.map((v) => Math.round(v / 1e-4))].join(',');
      const ik = model.inverse(g.pose, a.measuredJs);
      return { frames: ik ? model.frames(ik.q) : null, ok: ik?.reachable === true && !g.clamped, key };
    };
    const g1 = ghostOf('right', a1, this.model);
    if (g1) {
      if (g1.key !== this.lastGhostKey) (this.lastGhostKey = g1.key), this.view.setGhost(g1.frames, a1.jawSetpointRad, g1.ok);
    } else if (this.lastGhostKey !== '') (this.lastGhostKey = ''), this.view.setGhost(null, 0);
    const g2 = ghostOf('left', a2, this.model2);
    if (g2) {
      if (g2.key !== this.lastGhost2Key) (this.lastGhost2Key = g2.key), this.view.setSecondGhost(g2.frames, a2.jawSetpointRad, g2.ok);
    } else if (this.lastGhost2Key !== '') (this.lastGhost2Key = ''), this.view.setSecondGhost(null, 0);
    if (texts.length > 0) this.ghostText = `GHOST ${texts.join(' · ')} in flight`;
    this.view.renderIfDirty();
  }

  /** The 3D view, every animation frame: the arm, the ghost, then a draw if anything changed. */
  private paintView(t: TelemetryView | null, live: boolean, h: HandState): void {
    this.view.setStale(!live);
    if (t && live && t.measuredJs.length === 6) {
      // Sensor noise below what a pixel can show must not cost a redraw (software GL is expensive).
      const key = t.measuredJs.map((q, i) => Math.round(q / (i === 2 ? 1e-5 : 1e-4))).join(',') + '|' + Math.round(t.jawMeasuredRad / 1e-3);
      if (key !== this.lastArmFramesKey) {
        this.lastArmFramesKey = key;
        this.view.setArm(this.model.frames(t.measuredJs), t.jawMeasuredRad);
      }
    }
    this.ghostText = null;
    const ghost = t && live ? this.predictive.ghost(monotonicNs(), h, h.clutch, t.link?.playout_delay_s ?? NaN, this.workspace) : null;
    if (ghost && t) {
      const g = ghost.pose;
      const key = [...g.position.map((v) => Math.round(v / 1e-5)), ...g.orientation.map((v) => Math.round(v / 1e-4)), Math.round(t.jawSetpointRad / 1e-3)].join(',');
      if (key !== this.lastGhostKey) {
        this.lastGhostKey = key;
        const ik = this.model.inverse(g, t.measuredJs);
        this.view.setGhost(ik ? this.model.frames(ik.q) : null, t.jawSetpointRad, ik?.reachable === true && !ghost.clamped);
      }
      const mm = (ghost.pendingM * 1000).toFixed(1);
      const ms = Number.isFinite(ghost.aheadS) ? ` · ${Math.round(ghost.aheadS * 1000)} ms` : '';
      this.ghostText = ghost.kind === 'in-flight' ? `GHOST ${mm} mm in flight${ms}` : `GHOST now, ${mm} mm ahead of report${ms}`;
    } else {
      this.lastGhostKey = '';
      this.view.setGhost(null, 0);
    }
    this.view.renderIfDirty();
  }

  private transientNotice(text: string, kind: 'alarm' | 'info', ms: number): void {
    this.transient = { text, kind, untilMs: performance.now() + ms };
  }

  /** Read-only snapshot for engineers (devtools) and the browser tests: window.farhandConsole.snapshot(). */
  private exposeDebug(): void {
    const page = this;
    (window as unknown as { farhandConsole: unknown }).farhandConsole = {
      snapshot() {
        const t = page.telemetry;
        return {
          phase: page.linkStatus.phase,
          sessionId: page.link?.sessionId ?? '',
          state: t?.state ?? null,
          reason: t?.reason ?? null,
          controller: t?.controller ?? null,
          measured: t?.measured ?? null,
          view: page.view.viewName(),
          overlayTip: t?.measured ? page.view.projectToView(t.measured.position) : null,
          scale: t?.scale ?? null,
          hand: page.hands.state().hands.right,
          /** Two instruments: both hands, which one the mouse drives, the pedal; the arms drawn. */
          hands: page.hands.state(),
          roster: page.roster,
          drawn: page.view.drawn(),
          cameraMode: t?.cameraMode ?? false,
          arms: (t?.arms ?? []).map((a) => ({ armId: a.armId, name: a.name, state: a.state, jawMeasuredRad: a.jawMeasuredRad })),
          armLabels: page.view.drawn().labels,
          basis: page.view.basis(),
          framesPerSecond: page.sentTimes.length,
          framesMoved: page.framesMoved,
          framesDroppedBackpressure: page.link?.framesDroppedBackpressure ?? 0,
          pacer: { ...page.pacer.options(), ticker: page.ticker?.kind ?? null, hidden: document.visibilityState === 'hidden' },
          seq: page.seq,
          tool: page.model.tool,
          webgl: page.view.quality,
          ghost: page.ghostText,
          /** This console's motion transport (websocket, negotiating, webrtc) and the agent's view of the controller's. */
          transport: page.link?.motionTransport() ?? null,
          agentTransport: t?.motionTransport ?? null,
          /** The field's video as measured here (since it started) and the newest report sent to the agent. */
          video: page.videoView.active ? { ...page.videoView.figures } : null,
          videoReport: page.lastVideoReport,
          /** The motion's playout delay the agent reports for the controller, s (benches compare it with video on and off). */
          playoutS: t?.raw?.link?.playout_delay_s ?? null,
        };
      },
      recentFrames() {
        return page.recent.slice();
      },
    };
  }
}

new ConsolePage();

