// A small stand-in for a protocol 1.1 agent with two instruments and the camera arm, for the console's
// browser tests while the real agent learns to drive three arms: it serves the built pages, speaks the
// real protocol (@farhand/protocol: Hello -> Welcome with Welcome.arms PSM1/PSM2/ECM, clock probes,
// command acks, Telemetry with Telemetry.arms at 100 Hz) and records every MotionFrame it receives.
// Its arms are the simulator's kinematics placed on the simulated dVRK cart; while FOLLOWING, each
// instrument's tip follows its hand 150 ms late (so the console's ghosts have motion in flight), in the
// camera frame, at the motion scale. It decides nothing about safety: it is a test fixture, not an agent.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand } from '@farhand/protocol';
import {
  ECM_SIMULATED_HOME, createEcm, createPsm, dvrkCart, invertFrame, placeArms, rotateVector, toPose, type RotationPose,
} from '@farhand/sim';

const WEB = fileURLToPath(new URL('../packages/console/dist/web/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };
const SCALE = 0.2;
const LAG_MS = 150;

export interface ReceivedFrame {
  atMs: number;
  motion: farhand.v1.MotionFrame;
}

type Vec = [number, number, number];
type Name = 'PSM1' | 'PSM2' | 'ECM';
const IDS: Record<Name, number> = { PSM1: 0, PSM2: 1, ECM: 2 };

const nowNs = (): number => Number(process.hrtime.bigint());
const pose = (p: { position: readonly number[]; orientation: readonly number[] }): farhand.v1.IPose => ({
  position: { x: p.position[0]!, y: p.position[1]!, z: p.position[2]! },
  orientation: { x: p.orientation[0]!, y: p.orientation[1]!, z: p.orientation[2]!, w: p.orientation[3]! },
});

interface Instrument {
  name: 'PSM1' | 'PSM2';
  psm: ReturnType<typeof createPsm>;
  q: number[];
  home: RotationPose;
  /** The arm's base in the camera frame (the console frame of the hands). */
  baseInCamera: RotationPose;
  anchorHand: Vec | null;
  master: farhand.v1.IPose | null;
  jawRad: number;
}

export class FakeCartAgent {
  readonly token = 'fake-cart-token';
  readonly frames: ReceivedFrame[] = [];
  port = 0;
  /** Whether the agent was told the camera pedal is held (the newest frame's camera flag). */
  cameraMode = false;
  private http: Server | null = null;
  private wss: WebSocketServer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private controller = '';
  private engaged = false;
  private sessions = 0;
  private readonly clients = new Map<WebSocket, string>();
  private readonly cart = dvrkCart();
  private readonly ecm = createEcm();
  private readonly instruments: Instrument[];
  private readonly camera: RotationPose;

  constructor() {
    const placement = placeArms(this.cart, { joints: ECM_SIMULATED_HOME });
    this.camera = placement.camera;
    this.instruments = (['PSM1', 'PSM2'] as const).map((name) => {
      const psm = createPsm();
      // Posed with both tips in the camera's view (on the simulated cart, the home joints leave them 20 cm
      // to either side of it, outside a 60 deg field of view).
      const q = name === 'PSM1' ? [1.1, 0.26, 0.21, 0, 0, 0] : [-1.1, 0.26, 0.21, 0, 0, 0];
      return { name, psm, q, home: psm.forwardKinematics(q), baseInCamera: placement.baseInCamera[name], anchorHand: null, master: null, jawRad: 0.6 };
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.http = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const name = u.pathname === '/console' ? 'console.html' : u.pathname === '/monitor' ? 'monitor.html' : u.pathname.replace(/^\/+/, '');
      const file = normalize(join(WEB, name));
      if (!file.startsWith(WEB) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    this.wss = new WebSocketServer({ server: this.http, path: '/ws' });
    this.wss.on('connection', (ws) => this.session(ws));
    await new Promise<void>((res) => this.http!.listen(0, '127.0.0.1', () => res()));
    const a = this.http.address();
    this.port = typeof a === 'object' && a ? a.port : 0;
    this.timer = setInterval(() => this.telemetry(), 10);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const ws of this.clients.keys()) ws.terminate();
    await new Promise<void>((res) => this.wss?.close(() => res()) ?? res());
    await new Promise<void>((res) => this.http?.close(() => res()) ?? res());
  }

  private session(ws: WebSocket): void {
    ws.on('message', (data: Buffer) => {
      const r = decodeEnvelope(data);
      if (!r.ok) return;
      const sid = this.clients.get(ws);
      if (r.kind === 'hello') {
        if (r.message.token !== this.token) {
          ws.send(encodeEnvelope({ reject: { code: farhand.v1.RejectCode.BAD_TOKEN, reason: 'BAD_TOKEN: unknown token.' } }));
          ws.close();
          return;
        }
        const id = `s-fake${++this.sessions}`;
        this.clients.set(ws, id);
        ws.send(encodeEnvelope({ welcome: this.welcome(id, r.message.role) }));
      } else if (!sid) {
        return;
      } else if (r.kind === 'clock' && !r.message.reply) {
        const t = nowNs();
        ws.send(encodeEnvelope({ clock: { id: r.message.id, t0_ns: r.message.t0_ns, t1_ns: t, t2_ns: t, reply: true } }));
      } else if (r.kind === 'command') {
        const c = r.message;
        const T = farhand.v1.CommandType;
        if (c.type === T.REQUEST_CONTROL && this.controller === '') this.controller = sid;
        if (c.type === T.ENGAGE && sid === this.controller) this.engage();
        if (c.type === T.DISENGAGE) this.engaged = false;
        ws.send(encodeEnvelope({ ack: { id: c.id, ok: true, type: c.type } }));
      } else if (r.kind === 'motion' && sid === this.controller) {
        this.frames.push({ atMs: performance.now(), motion: r.message });
        if (this.frames.length > 50_000) this.frames.splice(0, 25_000);
      }
    });
    ws.on('close', () => {
      if (this.clients.get(ws) === this.controller) (this.controller = ''), (this.engaged = false);
      this.clients.delete(ws);
    });
  }

  private welcome(sessionId: string, role: farhand.v1.Role): farhand.v1.IWelcome {
    const K = farhand.v1.ArmKind;
    return {
      session_id: sessionId,
      agent_version: '0.0.0-fake',
      protocol_major: 1,
      protocol_minor: 1,
      role,
      control_rate_hz: 1000,
      telemetry_rate_hz: 100,
      limits: {
        motion_scale: SCALE, motion_scale_min: 0.1, motion_scale_max: 1, max_frame_rate_hz: 1000, stale_link_timeout_s: 0.1,
        max_one_way_delay_engage_s: 0.5, warn_one_way_delay_s: 0.15, max_frame_bytes: 512,
        workspace: { min_m: { x: -0.22, y: -0.22, z: -0.26 }, max_m: { x: 0.22, y: 0.22, z: -0.03 } },
      },
      arm_ids: [0, 1, 2],
      arms: [
        { arm_id: 0, name: 'PSM1', kind: K.INSTRUMENT },
        { arm_id: 1, name: 'PSM2', kind: K.INSTRUMENT },
        { arm_id: 2, name: 'ECM', kind: K.CAMERA },
      ],
      agent_time_ns: nowNs(),
      controller_session_id: this.controller,
    };
  }

  private engage(): void {
    this.engaged = true;
    for (const i of this.instruments) i.anchorHand = null;
  }

  /** The newest frame at least LAG_MS old: what the fake plays out now. */
  private played(): farhand.v1.MotionFrame | null {
    const due = performance.now() - LAG_MS;
    for (let k = this.frames.length - 1; k >= 0; k--) if (this.frames[k]!.atMs <= due) return this.frames[k]!.motion;
    return null;
  }

  private follow(f: farhand.v1.MotionFrame | null): void {
    this.cameraMode = f?.camera === true;
    if (!f || !this.engaged || !f.operator_present || f.camera) {
      for (const i of this.instruments) i.anchorHand = null; // re-anchor on resume
      return;
    }
    for (const i of this.instruments) {
      const h = f.hands.find((x) => x.arm_id === IDS[i.name]);
      if (!h?.position || !h.orientation) continue;
      const hand: Vec = [h.position.x ?? 0, h.position.y ?? 0, h.position.z ?? 0];
      i.master = { position: h.position, orientation: h.orientation };
      i.jawRad = 0.6 * (1 - (h.grip ?? 0));
      if (h.clutch || i.anchorHand === null) {
        i.anchorHand = hand;
        i.home = i.psm.forwardKinematics(i.q);
        continue;
      }
      // Hand motion in the camera frame -> this arm's base frame, at the motion scale.
      const d = rotateVector(invertFrame(i.baseInCamera), hand.map((v, k) => (v - i.anchorHand![k]!) * SCALE));
      const target: RotationPose = { position: [i.home.position[0] + d[0], i.home.position[1] + d[1], i.home.position[2] + d[2]], rotation: i.home.rotation };
      try {
        i.q = i.psm.inverseKinematics(target, { seed: i.q });
      } catch {
        // Out of reach: the fake arm stays where it is.
      }
    }
  }

  private telemetry(): void {
    if (this.clients.size === 0) return;
    this.follow(this.played());
    const S = farhand.v1.SupervisorState;
    const armState = (name: Name): farhand.v1.SupervisorState =>
      !this.engaged ? S.IDLE : this.cameraMode ? (name === 'ECM' ? S.FOLLOWING : S.HOLDING) : name === 'ECM' ? S.IDLE : S.FOLLOWING;
    const now = performance.now();
    const recent = this.frames.filter((f) => f.atMs > now - 1000).length;
    const arms: farhand.v1.IArmTelemetry[] = this.instruments.map((i) => {
      const m = toPose(i.psm.forwardKinematics(i.q));
      return {
        arm_id: IDS[i.name], state: armState(i.name), reason: this.cameraMode ? 'CAMERA_MODE' : this.engaged ? 'ENGAGED' : 'DISENGAGED',
        measured_cp: pose(m), setpoint_cp: pose(m), measured_js: i.q, jaw_measured_rad: i.jawRad, jaw_setpoint_rad: i.jawRad,
        operating_state: farhand.v1.ArmOperatingState.ARM_ENABLED, ...(i.master ? { master_cp: i.master } : {}),
        base_frame: pose(toPose(this.cart.bases[i.name])),
      };
    });
    arms.push({
      arm_id: IDS.ECM, state: armState('ECM'), reason: this.cameraMode ? 'CAMERA_MODE' : 'DISENGAGED',
      measured_cp: pose(toPose(this.ecm.forwardKinematics(ECM_SIMULATED_HOME))), measured_js: [...ECM_SIMULATED_HOME],
      operating_state: farhand.v1.ArmOperatingState.ARM_ENABLED, base_frame: pose(toPose(this.cart.bases.ECM)),
    });
    const first = arms[0]!;
    const t: farhand.v1.ITelemetry = {
      agent_time_ns: nowNs(), state: first.state, reason: first.reason, measured_cp: first.measured_cp, setpoint_cp: first.setpoint_cp,
      measured_js: first.measured_js, jaw_measured_rad: first.jaw_measured_rad, jaw_setpoint_rad: first.jaw_setpoint_rad,
      operating_state: farhand.v1.ArmOperatingState.ARM_ENABLED, controller_session_id: this.controller, motion_scale: SCALE, arm_id: 0,
      ...(first.master_cp ? { master_cp: first.master_cp } : {}),
      link: { rtt_s: 0.001, one_way_delay_s: 0.0005, jitter_s: 0.0002, loss_ratio: 0, playout_delay_s: 0.15, frame_rate_hz: recent, frames_received: this.frames.length, clock_synced: true },
      arms, camera_mode: this.cameraMode,
    };
    const bytes = encodeEnvelope({ telemetry: t });
    for (const ws of this.clients.keys()) if (ws.readyState === ws.OPEN) ws.send(bytes);
  }
}
