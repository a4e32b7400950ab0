// The agent's configuration: one zod schema for the JSON config file, the environment and the CLI flags
// (all three end in the same object), plus the table that says, for every field, which flag and which
// environment variable set it and what is accepted. The table is what makes every error message name
// the field, the value and what is accepted, and what the --help text and the README are written from.
//
// Precedence (low to high): defaults < config file (--config) < environment (FARHAND_*) < CLI flags.
// The `core` section is opaque here (protocol depends on nothing of ours): the agent validates it with
// latency-core's parseCoreConfig and prefixes those errors with "core.".
import { z } from 'zod';

/** URL-safe secret: what a token in `?token=` may contain. */
const TOKEN_RE = /^[A-Za-z0-9_-]{16,256}$/;
const HOST_RE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/;
const ROS_NAME_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const token = z.string().regex(TOKEN_RE);
const path = z.string().min(1).max(4096);
const identity16 = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const SIM_TOOLS = ['LND400006', 'LND420006'] as const;
export const ARM_DRIVERS = ['sim', 'ros'] as const;
/** The arms of a dVRK cart an agent may drive (config `arms`, --arms). */
export const CART_ARMS = ['PSM1', 'PSM2', 'ECM'] as const;
/** Recording chunk compression: codecs every MCAP reader (Foxglove, the mcap CLI) knows. */
export const RECORDING_COMPRESSIONS = ['zstd', 'lz4', 'none'] as const;
export const ROLE_NAMES = ['surgeon', 'observer', 'engineer'] as const;
export const LOOP_PRIORITIES = ['realtime', 'nice', 'normal'] as const;
export type ConfigRoleName = (typeof ROLE_NAMES)[number];

/** A rigid transform: 4x4 row-major matrix, or position (m) + unit quaternion (x, y, z, w). */
export const baseFrameSchema = z.union([
  z.strictObject({ matrix: z.array(z.number().finite()).length(16) }),
  z.strictObject({
    position: z.array(z.number().finite()).length(3),
    orientation: z
      .array(z.number().finite())
      .length(4)
      .refine((q) => Math.abs(Math.hypot(...q) - 1) <= 1e-6),
  }),
]);

/** Limits on what a client may send; the agent enforces them before anything reaches the core. */
export const inputLimitsSchema = z.strictObject({
  /** Larger WebSocket messages are refused (the connection stays); Welcome.limits.max_frame_bytes. */
  maxFrameBytes: z.number().int().min(128).max(65536).default(4096),
  /** Motion frames above this rate from one client are refused (flood); Welcome.limits.max_frame_rate_hz. */
  maxFrameRateHz: z.number().min(10).max(10000).default(1000),
  /** All messages from one client above this rate are dropped and counted. */
  maxMessageRateHz: z.number().min(10).max(20000).default(2000),
  /** The first message must be a Hello within this time (a browser sends it as soon as the socket opens). */
  handshakeTimeoutS: z.number().min(0.1).max(60).default(2),
  /** Telemetry to a client whose socket has more than this queued is dropped (counted), never waited for. */
  maxSendBufferBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(256 * 1024),
  /**
   * Sockets that have not said Hello yet live in their own pool, apart from maxClients: at most this many in
   * total and this many per remote address. A new one over either cap evicts the oldest waiting socket (of
   * that address first), so squatters that reconnect cannot keep a real client from saying Hello.
   */
  maxPendingSockets: z.number().int().min(1).max(1000).default(64),
  maxPendingPerAddress: z.number().int().min(1).max(1000).default(32),
  /** Of maxClients, this many are kept for surgeons and for the bedside observer: other roles cannot fill them. */
  reservedSurgeonSlots: z.number().int().min(0).max(100).default(2),
  reservedBedsideSlots: z.number().int().min(0).max(100).default(2),
  /** The agent pings every client this often; a client that has not answered (pong) within pongTimeoutS is closed. */
  pingIntervalS: z.number().min(0.1).max(60).default(1),
  pongTimeoutS: z.number().min(0.2).max(120).default(5),
  /** The session holding control loses it (the arm holds) when it has sent nothing for this long. */
  controllerSilenceS: z.number().min(0.1).max(60).default(2),
  /** Acks the agent answers by itself to a flood (rate-limited commands, coalesced e-stops), per client per second. */
  maxAckRateHz: z.number().min(1).max(10000).default(50),
});

const ORIGIN_RE = /^https?:\/\/[A-Za-z0-9.\-\[\]:]{1,300}$/;
/** A list from a JSON array, or from one comma-separated string (flag, environment). */
const list = (item: z.ZodString) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter((x) => x !== '') : v), z.array(item).max(64));

/** The HTTP side: who may talk to the agent at all, and how long a connection may take to say what it wants. */
export const httpSchema = z.strictObject({
  /** A request (or upgrade) must have sent all its headers within this time; slow senders are closed. */
  headersTimeoutS: z.number().min(0.5).max(120).default(5),
  /** A whole request must have arrived within this time. */
  requestTimeoutS: z.number().min(0.5).max(300).default(10),
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutS: z.number().min(0.1).max(120).default(5),
  /** HTTP connections at once, in total and per remote address (WebSockets leave this count once upgraded). */
  maxConnections: z.number().int().min(1).max(10000).default(128),
  maxConnectionsPerAddress: z.number().int().min(1).max(10000).default(64),
  /** Origins accepted on the WebSocket upgrade besides the agent's own (e.g. https://console.example:8443). */
  allowedOrigins: list(z.string().regex(ORIGIN_RE)).default([]),
  /** Host names accepted in the Host header besides the agent's own names and addresses (DNS-rebinding guard). */
  allowedHosts: list(z.string().regex(HOST_RE).max(255)).default([]),
});

/** One STUN/TURN server for WebRTC (RTCIceServer): stun:, turn: or turns: URLs; TURN needs a username and credential. */
const ICE_URL_RE = /^(?:stun|stuns|turn|turns):[A-Za-z0-9.\-\[\]:]{1,255}(?:\?transport=(?:udp|tcp))?$/;
export const iceServerSchema = z
  .strictObject({
    urls: z.union([z.string().regex(ICE_URL_RE), z.array(z.string().regex(ICE_URL_RE)).min(1).max(8)]),
    username: z.string().min(1).max(256).optional(),
    credential: z.string().min(1).max(256).optional(),
  })
  .refine((s) => {
    const urls = Array.isArray(s.urls) ? s.urls : [s.urls];
    return !urls.some((u) => u.startsWith('turn')) || (s.username !== undefined && s.credential !== undefined);
  });

/** The second transport for motion frames: a WebRTC DataChannel negotiated over the WebSocket session. */
export const rtcSchema = z.strictObject({
  /** Offer WebRTC in Welcome; when off (or the native library is missing) motion stays on the WebSocket. */
  enabled: z.boolean().default(true),
  /** STUN/TURN servers for both peers; empty = host candidates only (loopback, one LAN). */
  iceServers: z.array(iceServerSchema).max(8).default([]),
  /** A client falls back to the WebSocket if the DataChannel is not open by then (Welcome.rtc.connect_timeout_s). */
  connectTimeoutS: z.number().min(0.5).max(60).default(5),
});

export const VIDEO_SOURCES = ['test', 'ffmpeg', 'ros', 'off'] as const;
export type VideoSourceKind = (typeof VIDEO_SOURCES)[number];
const VIDEO_SIZE_RE = /^(\d{1,4})x(\d{1,4})$/;
/** A ROS graph resource name for an image topic: /ns/name, letters, digits and _ (ROS 1 naming rules). */
export const ROS_TOPIC_RE = /^\/[A-Za-z][A-Za-z0-9_]*(\/[A-Za-z][A-Za-z0-9_]*)*$/;
const vec3 = z.tuple([z.number().min(-10).max(10), z.number().min(-10).max(10), z.number().min(-10).max(10)]);

/** Parses "WIDTHxHEIGHT" (already validated by the schema). */
export function parseVideoSize(size: string): { width: number; height: number } {
  const m = VIDEO_SIZE_RE.exec(size);
  if (!m) throw new RangeError(`video size ${JSON.stringify(size)}: expected WIDTHxHEIGHT`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The field's video: a track on each console's peer connection (WebRTC only). */
export const videoSchema = z.strictObject({
  /** test: the synthetic scene of the measured tool; ffmpeg: any input ffmpeg reads (video.input); off: none. */
  source: z.enum(VIDEO_SOURCES).default('off'),
  /** The ffmpeg input: lavfi:testsrc2, v4l2:/dev/video0, rtsp://host/path or a file. */
  input: z.string().min(1).max(4096).optional(),
  /** WIDTHxHEIGHT, even, 192x120 to 1920x1080 (the timecode strip needs 192 px). */
  size: z
    .string()
    .regex(VIDEO_SIZE_RE)
    .refine((s) => {
      if (!VIDEO_SIZE_RE.test(s)) return true; // the regex has said so already
      const { width, height } = parseVideoSize(s);
      return width >= 192 && width <= 1920 && height >= 120 && height <= 1080 && width % 2 === 0 && height % 2 === 0;
    })
    .default('640x480'),
  fps: z.number().min(1).max(60).default(30),
  /** The ROS image topic for source "ros" (sensor_msgs/Image or sensor_msgs/CompressedImage). */
  topic: z.string().max(256).regex(ROS_TOPIC_RE).optional(),
  /** Upper bound of the encoder's bitrate, kbit/s (RTCRtpSender encodings[0].maxBitrate); congestion control adapts below it. */
  maxBitrateKbps: z.number().int().min(100).max(20000).default(2500),
  /** The test scene's endoscope camera: horizontal field of view and a lookAt pose in the PSM base frame. */
  camera: z
    .strictObject({
      hfovDeg: z.number().min(10).max(150).default(70),
      eye: vec3.default([0, -0.08, -0.05]),
      target: vec3.default([0, 0, -0.12]),
      up: vec3.default([0, 0, 1]),
    })
    .default({ hfovDeg: 70, eye: [0, -0.08, -0.05], target: [0, 0, -0.12], up: [0, 0, 1] }),
});

export const recordingSchema = z.strictObject({
  enabled: z.boolean().default(true),
  dir: path.default('recordings'),
  /** A chunk is closed and written at least this often: a SIGKILL loses at most this much. */
  flushIntervalS: z.number().min(0.05).max(1).default(0.5),
  compression: z.enum(RECORDING_COMPRESSIONS).default('zstd'),
  /** A file is closed and the session goes on in the next part before it would pass this size (0: never). */
  maxFileBytes: z.union([z.literal(0), z.number().int().min(1 << 20).max(2 ** 50)]).default(1 << 30),
  /** Recording stops (files closed properly, the loop goes on) before the session's files would pass this size (0: no limit). */
  maxTotalBytes: z.union([z.literal(0), z.number().int().min(1 << 20).max(2 ** 50)]).default(0),
});

export const agentConfigSchema = z
  .strictObject({
    host: z.string().min(1).max(255).regex(HOST_RE).default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(8080),
    controlRateHz: z.number().min(100).max(4000).default(1000),
    /** Loop thread scheduling: SCHED_FIFO, else nice -10, else default; each falls back when not permitted. */
    loopPriority: z.enum(LOOP_PRIORITIES).default('realtime'),
    telemetryRateHz: z.number().min(1).max(500).default(100),
    tokens: z
      .strictObject({ surgeon: token.optional(), observer: token.optional(), engineer: token.optional() })
      .default({}),
    webRoot: path.optional(),
    recording: recordingSchema.default({ enabled: true, dir: 'recordings', flushIntervalS: 0.5, compression: 'zstd', maxFileBytes: 1 << 30, maxTotalBytes: 0 }),
    tls: z.strictObject({ certFile: path.optional(), keyFile: path.optional() }).default({}),
    insecure: z.boolean().default(false),
    driver: z.enum(ARM_DRIVERS).default('sim'),
    sim: z
      .strictObject({
        tool: z.enum(SIM_TOOLS).default('LND400006'),
        seed: z.number().int().min(0).max(0xffffffff).optional(),
      })
      .default({ tool: 'LND400006' }),
    ros: z
      .strictObject({
        masterUri: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:11311'),
        arm: z.string().regex(ROS_NAME_RE).default('PSM1'),
        maxMeasurementAgeS: z.number().min(0.001).max(1).default(0.05),
        commandRateHz: z.number().min(1).max(1000).default(100),
        baseFrame: baseFrameSchema.default({ matrix: identity16 }),
        startTimeoutS: z.number().min(0.5).max(60).default(5),
        stateTimeoutS: z.number().min(1).max(300).default(30),
      })
      .default({
        masterUri: 'http://127.0.0.1:11311',
        arm: 'PSM1',
        maxMeasurementAgeS: 0.05,
        commandRateHz: 100,
        baseFrame: { matrix: identity16 },
        startTimeoutS: 5,
        stateTimeoutS: 30,
      }),
    logLevel: z.enum(LOG_LEVELS).default('info'),
    logFile: path.optional(),
    maxClients: z.number().int().min(1).max(1000).default(32),
    limits: inputLimitsSchema.default(inputLimitsSchema.parse({})),
    rtc: rtcSchema.default({ enabled: true, iceServers: [], connectTimeoutS: 5 }),
    video: videoSchema.default(videoSchema.parse({})),
    http: httpSchema.default(httpSchema.parse({})),
    /**
     * The arms this agent drives, in wire order (arm_id 0, 1, ...): absent = the single PSM (the one-arm
     * path). A bimanual cart: ["PSM1", "PSM2", "ECM"]. A comma-separated string is accepted (--arms).
     */
    arms: z
      .preprocess((v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter((x) => x !== '') : v), z.array(z.enum(CART_ARMS)).min(1).max(3))
      .optional(),
    /** Per-arm settings of a multi-arm agent (issue 15): camera control, eye -> camera rotation, ROS namespaces. */
    multiArm: z
      .strictObject({
        /** CRTK namespace of each arm for --driver ros (default: its name). */
        rosNamespaces: z.strictObject({ PSM1: z.string().regex(ROS_NAME_RE).optional(), PSM2: z.string().regex(ROS_NAME_RE).optional(), ECM: z.string().regex(ROS_NAME_RE).optional() }).default({}),
        /** Camera control (latency-core CameraControlConfig fields), validated by parseMultiArmConfig. */
        camera: z.record(z.string(), z.unknown()).default({}),
        /** Console eye -> camera rotation, unit quaternion [x, y, z, w]. */
        eyeToCamera: z.array(z.number()).length(4).default([0, 0, 0, 1]),
      })
      .optional(),
    /** latency-core's configuration (scale, limits, playout, supervisor); validated by parseCoreConfig. */
    core: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((c, ctx) => {
    // Only between two valid rates: an out-of-range control rate has its own message.
    if (c.controlRateHz >= 100 && c.controlRateHz <= 4000 && c.telemetryRateHz > c.controlRateHz) {
      ctx.addIssue({ code: 'custom', path: ['telemetryRateHz'], message: 'TELEMETRY_ABOVE_CONTROL' });
    }
    if (c.video.source === 'ffmpeg' && c.video.input === undefined) {
      ctx.addIssue({ code: 'custom', path: ['video', 'input'], message: 'VIDEO_INPUT_REQUIRED' });
    }
    if (c.video.source === 'ros' && c.video.topic === undefined) {
      ctx.addIssue({ code: 'custom', path: ['video', 'topic'], message: 'VIDEO_TOPIC_REQUIRED' });
    }
    {
      const { eye, target, up } = c.video.camera;
      const d = [target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]];
      const n = Math.hypot(d[0]!, d[1]!, d[2]!);
      const cx = d[1]! * up[2] - d[2]! * up[1], cy = d[2]! * up[0] - d[0]! * up[2], cz = d[0]! * up[1] - d[1]! * up[0];
      if (!(n > 1e-6) || !(Math.hypot(cx, cy, cz) > 1e-9 * n)) {
        ctx.addIssue({ code: 'custom', path: ['video', 'camera'], message: 'VIDEO_CAMERA_DEGENERATE' });
      }
    }
    if ((c.tls.certFile === undefined) !== (c.tls.keyFile === undefined)) {
      ctx.addIssue({ code: 'custom', path: [c.tls.certFile === undefined ? 'tls.certFile' : 'tls.keyFile'], message: 'TLS_PAIR' });
    }
    if (c.http.headersTimeoutS > c.http.requestTimeoutS) {
      ctx.addIssue({ code: 'custom', path: ['http', 'headersTimeoutS'], message: 'HEADERS_AFTER_REQUEST' });
    }
    if (c.arms !== undefined) {
      const a = c.arms;
      if (new Set(a).size !== a.length) ctx.addIssue({ code: 'custom', path: ['arms'], message: 'ARMS_TWICE' });
      else if (a[0] === 'ECM') ctx.addIssue({ code: 'custom', path: ['arms'], message: 'ARMS_FIRST_ECM' });
    }
    // Only for a valid maxClients: an out-of-range one has its own message.
    if (c.maxClients >= 1 && c.limits.reservedSurgeonSlots + c.limits.reservedBedsideSlots > c.maxClients) {
      ctx.addIssue({ code: 'custom', path: ['maxClients'], message: `RESERVED_ABOVE_MAX:${c.limits.reservedSurgeonSlots}:${c.limits.reservedBedsideSlots}` });
    }
    const seen = new Map<string, string>();
    for (const role of ROLE_NAMES) {
      const t = c.tokens[role];
      if (t === undefined) continue;
      const other = seen.get(t);
      if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['tokens', role], message: `TOKEN_DUPLICATE:${other}` });
      seen.set(t, role);
    }
  });

/** The config as written (every field optional). */
export type AgentConfigInput = z.input<typeof agentConfigSchema>;
/** The config after defaults. */
export type AgentConfig = z.output<typeof agentConfigSchema>;

// ------------------------------------------------------------------------------------------------
// The field table: flag, environment variable, and what is accepted, per config path.

export type FieldKind = 'string' | 'int' | 'number' | 'bool' | 'enum' | 'json';

export interface ConfigField {
  /** Dotted path in the config object, e.g. "recording.dir". */
  path: string;
  /** CLI flag without the dashes, e.g. "recording-dir"; absent when only the file sets it. */
  flag?: string;
  /** Environment variable, e.g. "FARHAND_RECORDING_DIR". */
  env?: string;
  kind: FieldKind;
  /** What is accepted, as a phrase that completes "expected ...". */
  accepted: string;
  /** One line for --help. */
  help: string;
  /** The value as the help shows it, e.g. "8080"; absent when there is no default. */
  defaultText?: string;
  /** Secrets are never echoed in messages. */
  secret?: boolean;
  /** Flag takes a value name in --help, e.g. "N". */
  arg?: string;
}

export const CONFIG_FIELDS: readonly ConfigField[] = [
  { path: 'host', flag: 'host', env: 'FARHAND_HOST', kind: 'string', arg: 'ADDR', defaultText: '127.0.0.1',
    accepted: 'a host name or IP address to bind (anything but loopback needs --tls-cert/--tls-key or --insecure)',
    help: 'bind address' },
  { path: 'port', flag: 'port', env: 'FARHAND_PORT', kind: 'int', arg: 'N', defaultText: '8080',
    accepted: 'an integer from 0 to 65535 (0 picks a free port)', help: 'TCP port for HTTP and WebSocket (0 = any free port)' },
  { path: 'controlRateHz', flag: 'control-rate', env: 'FARHAND_CONTROL_RATE_HZ', kind: 'number', arg: 'HZ', defaultText: '1000',
    accepted: 'a number of Hz from 100 to 4000', help: 'control loop rate' },
  { path: 'loopPriority', flag: 'loop-priority', env: 'FARHAND_LOOP_PRIORITY', kind: 'enum', arg: 'LEVEL', defaultText: 'realtime',
    accepted: 'one of realtime, nice, normal', help: 'loop thread scheduling: realtime (SCHED_FIFO), nice (-10) or normal; falls back when not permitted' },
  { path: 'telemetryRateHz', flag: 'telemetry-rate', env: 'FARHAND_TELEMETRY_RATE_HZ', kind: 'number', arg: 'HZ', defaultText: '100',
    accepted: 'a number of Hz from 1 to 500, at most the control rate', help: 'telemetry rate to every client' },
  { path: 'tokens.surgeon', flag: 'token-surgeon', env: 'FARHAND_TOKEN_SURGEON', kind: 'string', arg: 'TOKEN', secret: true,
    accepted: 'a token of 16 to 256 characters from A-Z a-z 0-9 _ -, different from the other roles\' tokens',
    help: 'surgeon token (default: fresh random each start)' },
  { path: 'tokens.observer', flag: 'token-observer', env: 'FARHAND_TOKEN_OBSERVER', kind: 'string', arg: 'TOKEN', secret: true,
    accepted: 'a token of 16 to 256 characters from A-Z a-z 0-9 _ -, different from the other roles\' tokens',
    help: 'observer (bedside) token (default: fresh random each start)' },
  { path: 'tokens.engineer', flag: 'token-engineer', env: 'FARHAND_TOKEN_ENGINEER', kind: 'string', arg: 'TOKEN', secret: true,
    accepted: 'a token of 16 to 256 characters from A-Z a-z 0-9 _ -, different from the other roles\' tokens',
    help: 'engineer token (default: fresh random each start)' },
  { path: 'webRoot', flag: 'web-root', env: 'FARHAND_WEB_ROOT', kind: 'string', arg: 'DIR',
    accepted: 'a directory path (1 to 4096 characters) holding console.html, monitor.html and assets/',
    help: 'where the pages are (default: packages/console/dist/web)' },
  { path: 'recording.enabled', flag: 'recording', env: 'FARHAND_RECORDING', kind: 'bool', defaultText: 'true',
    accepted: 'true or false (flags: --recording / --no-recording; env: 1, 0, true, false)', help: 'record the session to MCAP (--no-recording to turn off)' },
  { path: 'recording.dir', flag: 'recording-dir', env: 'FARHAND_RECORDING_DIR', kind: 'string', arg: 'DIR', defaultText: 'recordings',
    accepted: 'a directory path (1 to 4096 characters)', help: 'directory for the MCAP session files' },
  { path: 'recording.flushIntervalS', flag: 'flush-interval', env: 'FARHAND_FLUSH_INTERVAL_S', kind: 'number', arg: 'S', defaultText: '0.5',
    accepted: 'a number of seconds from 0.05 to 1', help: 'close and write a recording chunk at least this often' },
  { path: 'recording.compression', flag: 'recording-compression', env: 'FARHAND_RECORDING_COMPRESSION', kind: 'enum', arg: 'CODEC', defaultText: 'zstd',
    accepted: `one of ${RECORDING_COMPRESSIONS.join(', ')}`, help: 'recording chunk compression (zstd and lz4 open in Foxglove and the mcap CLI)' },
  { path: 'recording.maxFileBytes', flag: 'recording-max-file-bytes', env: 'FARHAND_RECORDING_MAX_FILE_BYTES', kind: 'int', arg: 'N', defaultText: '1073741824',
    accepted: 'an integer number of bytes from 1048576 (1 MiB) to 2^50, or 0 for no rotation', help: 'go on in a new recording file before one would pass this size' },
  { path: 'recording.maxTotalBytes', flag: 'recording-max-total-bytes', env: 'FARHAND_RECORDING_MAX_TOTAL_BYTES', kind: 'int', arg: 'N', defaultText: '0',
    accepted: 'an integer number of bytes from 1048576 (1 MiB) to 2^50, or 0 for no limit', help: 'stop recording (the arm goes on) before the session\'s files would pass this size' },
  { path: 'tls.certFile', flag: 'tls-cert', env: 'FARHAND_TLS_CERT', kind: 'string', arg: 'FILE',
    accepted: 'a PEM certificate file path, given together with tls.keyFile', help: 'serve https/wss with this certificate (PEM)' },
  { path: 'tls.keyFile', flag: 'tls-key', env: 'FARHAND_TLS_KEY', kind: 'string', arg: 'FILE',
    accepted: 'a PEM private key file path, given together with tls.certFile', help: 'private key for --tls-cert (PEM)' },
  { path: 'insecure', flag: 'insecure', env: 'FARHAND_INSECURE', kind: 'bool', defaultText: 'false',
    accepted: 'true or false (flag: --insecure; env: 1, 0, true, false)',
    help: 'allow a non-loopback bind without TLS (logs a warning every minute)' },
  { path: 'driver', flag: 'driver', env: 'FARHAND_DRIVER', kind: 'enum', arg: 'NAME', defaultText: 'sim',
    accepted: 'one of sim, ros', help: 'arm driver: the simulated PSM or a CRTK arm over ROS 1' },
  { path: 'sim.tool', flag: 'tool', env: 'FARHAND_SIM_TOOL', kind: 'enum', arg: 'TOOL', defaultText: 'LND400006',
    accepted: 'one of LND400006, LND420006', help: 'simulated tool (large needle driver, Classic or S/Si)' },
  { path: 'sim.seed', flag: 'seed', env: 'FARHAND_SIM_SEED', kind: 'int', arg: 'N',
    accepted: 'an integer from 0 to 4294967295', help: 'simulator seed (default: random, recorded in the session)' },
  { path: 'ros.masterUri', flag: 'ros-master', env: 'FARHAND_ROS_MASTER_URI', kind: 'string', arg: 'URL', defaultText: 'http://127.0.0.1:11311',
    accepted: 'an http:// URL of a ROS 1 master', help: 'ROS master for --driver ros' },
  { path: 'ros.arm', flag: 'arm', env: 'FARHAND_ROS_ARM', kind: 'string', arg: 'NAME', defaultText: 'PSM1',
    accepted: 'a ROS name: a letter then up to 63 letters, digits or _', help: 'CRTK arm namespace for --driver ros' },
  { path: 'ros.maxMeasurementAgeS', env: 'FARHAND_ROS_MAX_MEASUREMENT_AGE_S', kind: 'number', defaultText: '0.05',
    accepted: 'a number of seconds from 0.001 to 1', help: 'older arm measurements fault the core' },
  { path: 'ros.commandRateHz', env: 'FARHAND_ROS_COMMAND_RATE_HZ', kind: 'number', defaultText: '100',
    accepted: 'a number of Hz from 1 to 1000', help: 'rate of servo commands published to ROS' },
  { path: 'ros.startTimeoutS', env: 'FARHAND_ROS_START_TIMEOUT_S', kind: 'number', defaultText: '5',
    accepted: 'a number of seconds from 0.5 to 60', help: 'how long the start waits for the master, the topics and first messages' },
  { path: 'ros.stateTimeoutS', env: 'FARHAND_ROS_STATE_TIMEOUT_S', kind: 'number', defaultText: '30',
    accepted: 'a number of seconds from 1 to 300', help: 'how long enable/home wait for the arm to report the state' },
  { path: 'ros.baseFrame', kind: 'json',
    accepted: '{ "matrix": [16 finite numbers, 4x4 row-major] } or { "position": [x, y, z], "orientation": [x, y, z, w] } with a unit quaternion',
    help: 'transform from the ROS arm base to the RCM frame (default identity)' },
  { path: 'logLevel', flag: 'log-level', env: 'FARHAND_LOG_LEVEL', kind: 'enum', arg: 'LEVEL', defaultText: 'info',
    accepted: `one of ${LOG_LEVELS.join(', ')}`, help: 'pino log level' },
  { path: 'logFile', flag: 'log-file', env: 'FARHAND_LOG_FILE', kind: 'string', arg: 'FILE',
    accepted: 'a file path (1 to 4096 characters)', help: 'write JSON logs here instead of stderr' },
  { path: 'maxClients', flag: 'max-clients', env: 'FARHAND_MAX_CLIENTS', kind: 'int', arg: 'N', defaultText: '32',
    accepted: 'an integer from 1 to 1000', help: 'WebSocket clients at once (more are rejected)' },
  { path: 'limits.maxFrameBytes', flag: 'max-frame-bytes', env: 'FARHAND_MAX_FRAME_BYTES', kind: 'int', arg: 'N', defaultText: '4096',
    accepted: 'an integer from 128 to 65536', help: 'larger WebSocket messages are refused' },
  { path: 'limits.maxFrameRateHz', flag: 'max-frame-rate', env: 'FARHAND_MAX_FRAME_RATE_HZ', kind: 'number', arg: 'HZ', defaultText: '1000',
    accepted: 'a number of Hz from 10 to 10000', help: 'motion frames above this rate from one client are refused' },
  { path: 'limits.maxMessageRateHz', env: 'FARHAND_MAX_MESSAGE_RATE_HZ', kind: 'number', defaultText: '2000',
    accepted: 'a number of Hz from 10 to 20000', help: 'messages of any kind above this rate from one client are dropped' },
  { path: 'limits.handshakeTimeoutS', env: 'FARHAND_HANDSHAKE_TIMEOUT_S', kind: 'number', defaultText: '5',
    accepted: 'a number of seconds from 0.1 to 60', help: 'the first message must be a Hello within this time' },
  { path: 'limits.maxSendBufferBytes', env: 'FARHAND_MAX_SEND_BUFFER_BYTES', kind: 'int', defaultText: '262144',
    accepted: 'an integer from 1024 to 67108864', help: 'telemetry to a client with more queued is dropped' },
  { path: 'rtc.enabled', flag: 'webrtc', env: 'FARHAND_WEBRTC', kind: 'bool', defaultText: 'true',
    accepted: 'true or false (flags: --webrtc / --no-webrtc; env: 1, 0, true, false)',
    help: 'offer motion over a WebRTC DataChannel beside the WebSocket (--no-webrtc: WebSocket only)' },
  { path: 'rtc.iceServers', flag: 'ice-servers', env: 'FARHAND_ICE_SERVERS', kind: 'json', arg: 'JSON',
    accepted: 'a JSON array of at most 8 {"urls": "stun:HOST:PORT" | "turn:HOST:PORT[?transport=udp|tcp]" | "turns:..." or an array of them, "username", "credential"} (TURN needs username and credential)',
    help: 'STUN/TURN servers for WebRTC, e.g. \'[{"urls":"stun:stun.example.org:3478"}]\' (default: none, host candidates only)' },
  { path: 'rtc.connectTimeoutS', flag: 'rtc-connect-timeout', env: 'FARHAND_RTC_CONNECT_TIMEOUT_S', kind: 'number', arg: 'S', defaultText: '5',
    accepted: 'a number of seconds from 0.5 to 60', help: 'consoles fall back to the WebSocket if the DataChannel is not open by then' },
  { path: 'video.source', flag: 'video', env: 'FARHAND_VIDEO', kind: 'enum', arg: 'SOURCE', defaultText: 'off',
    accepted: 'one of test, ffmpeg, ros, off', help: 'the field\'s video on the WebRTC peer connection: test (synthetic scene of the measured tool), ffmpeg (--video-input), ros (--video-topic) or off' },
  { path: 'video.topic', flag: 'video-topic', env: 'FARHAND_VIDEO_TOPIC', kind: 'string', arg: 'TOPIC',
    accepted: 'a ROS topic name such as /jhu_daVinci/left/image_raw (sensor_msgs/Image rgb8, bgr8, rgba8, bgra8, mono8, or sensor_msgs/CompressedImage JPEG)',
    help: 'what --video ros subscribes to' },
  { path: 'video.maxBitrateKbps', flag: 'video-max-bitrate', env: 'FARHAND_VIDEO_MAX_BITRATE_KBPS', kind: 'number', arg: 'KBPS', defaultText: '2500',
    accepted: 'an integer number of kbit/s from 100 to 20000', help: 'the video encoder\'s bitrate ceiling per console (congestion control adapts below it)' },
  { path: 'video.input', flag: 'video-input', env: 'FARHAND_VIDEO_INPUT', kind: 'string', arg: 'SPEC',
    accepted: 'an ffmpeg input: lavfi:testsrc2 (ffmpeg\'s synthetic sources), v4l2:/dev/video0, rtsp://host/path or a file path',
    help: 'what --video ffmpeg reads' },
  { path: 'video.size', flag: 'video-size', env: 'FARHAND_VIDEO_SIZE', kind: 'string', arg: 'WxH', defaultText: '640x480',
    accepted: 'WIDTHxHEIGHT, even numbers from 192x120 to 1920x1080 (e.g. 640x480)', help: 'video frame size' },
  { path: 'video.fps', flag: 'video-fps', env: 'FARHAND_VIDEO_FPS', kind: 'number', arg: 'HZ', defaultText: '30',
    accepted: 'a number of frames per second from 1 to 60', help: 'video frame rate' },
  { path: 'video.camera.hfovDeg', env: 'FARHAND_VIDEO_HFOV_DEG', kind: 'number', defaultText: '70',
    accepted: 'a horizontal field of view in degrees from 10 to 150', help: 'the test scene camera\'s horizontal field of view' },
  { path: 'video.camera.eye', kind: 'json', defaultText: '[0,-0.08,-0.05]',
    accepted: 'a position [x, y, z] in the PSM base frame, m, each from -10 to 10', help: 'the test scene camera\'s position' },
  { path: 'video.camera.target', kind: 'json', defaultText: '[0,0,-0.12]',
    accepted: 'a point [x, y, z] in the PSM base frame, m, each from -10 to 10', help: 'the point the test scene camera looks at' },
  { path: 'video.camera.up', kind: 'json', defaultText: '[0,0,1]',
    accepted: 'a direction [x, y, z] in the PSM base frame, not along the view', help: 'the test scene camera\'s image up' },
  { path: 'limits.maxPendingSockets', flag: 'max-pending', env: 'FARHAND_MAX_PENDING_SOCKETS', kind: 'int', arg: 'N', defaultText: '64',
    accepted: 'an integer from 1 to 1000', help: 'sockets waiting to say Hello, in total (a new one evicts the oldest); apart from max-clients' },
  { path: 'limits.maxPendingPerAddress', env: 'FARHAND_MAX_PENDING_PER_ADDRESS', kind: 'int', defaultText: '32',
    accepted: 'an integer from 1 to 1000', help: 'sockets waiting to say Hello from one remote address' },
  { path: 'limits.reservedSurgeonSlots', env: 'FARHAND_RESERVED_SURGEON_SLOTS', kind: 'int', defaultText: '2',
    accepted: 'an integer from 0 to 100; with reservedBedsideSlots at most maxClients', help: 'client slots only surgeons may take' },
  { path: 'limits.reservedBedsideSlots', env: 'FARHAND_RESERVED_BEDSIDE_SLOTS', kind: 'int', defaultText: '2',
    accepted: 'an integer from 0 to 100; with reservedSurgeonSlots at most maxClients', help: 'client slots only the bedside observer may take' },
  { path: 'limits.pingIntervalS', env: 'FARHAND_PING_INTERVAL_S', kind: 'number', defaultText: '1',
    accepted: 'a number of seconds from 0.1 to 60', help: 'WebSocket ping to every client this often' },
  { path: 'limits.pongTimeoutS', flag: 'pong-timeout', env: 'FARHAND_PONG_TIMEOUT_S', kind: 'number', arg: 'S', defaultText: '5',
    accepted: 'a number of seconds from 0.2 to 120', help: 'a client that has not answered a ping for this long is closed' },
  { path: 'limits.controllerSilenceS', flag: 'controller-silence', env: 'FARHAND_CONTROLLER_SILENCE_S', kind: 'number', arg: 'S', defaultText: '2',
    accepted: 'a number of seconds from 0.1 to 60', help: 'the controller loses control (the arm holds) after sending nothing for this long' },
  { path: 'limits.maxAckRateHz', env: 'FARHAND_MAX_ACK_RATE_HZ', kind: 'number', defaultText: '50',
    accepted: 'a number of Hz from 1 to 10000', help: 'acks the agent answers itself to a flood, per client per second' },
  { path: 'http.headersTimeoutS', env: 'FARHAND_HTTP_HEADERS_TIMEOUT_S', kind: 'number', defaultText: '5',
    accepted: 'a number of seconds from 0.5 to 120, at most http.requestTimeoutS', help: 'a connection must send its request headers within this time' },
  { path: 'http.requestTimeoutS', env: 'FARHAND_HTTP_REQUEST_TIMEOUT_S', kind: 'number', defaultText: '10',
    accepted: 'a number of seconds from 0.5 to 300', help: 'a whole request must arrive within this time' },
  { path: 'http.keepAliveTimeoutS', env: 'FARHAND_HTTP_KEEPALIVE_TIMEOUT_S', kind: 'number', defaultText: '5',
    accepted: 'a number of seconds from 0.1 to 120', help: 'idle keep-alive connections are closed after this time' },
  { path: 'http.maxConnections', flag: 'max-connections', env: 'FARHAND_HTTP_MAX_CONNECTIONS', kind: 'int', arg: 'N', defaultText: '128',
    accepted: 'an integer from 1 to 10000', help: 'HTTP connections at once (a new one evicts the oldest idle one)' },
  { path: 'http.maxConnectionsPerAddress', env: 'FARHAND_HTTP_MAX_CONNECTIONS_PER_ADDRESS', kind: 'int', defaultText: '64',
    accepted: 'an integer from 1 to 10000', help: 'HTTP connections at once from one remote address' },
  { path: 'http.allowedOrigins', flag: 'allow-origin', env: 'FARHAND_ALLOW_ORIGINS', kind: 'string', arg: 'ORIGINS',
    accepted: 'origins like https://host:port, comma-separated (a JSON array in the config file)',
    help: 'extra Origins accepted on the WebSocket upgrade (the agent\'s own are always accepted)' },
  { path: 'http.allowedHosts', flag: 'allow-host', env: 'FARHAND_ALLOW_HOSTS', kind: 'string', arg: 'HOSTS',
    accepted: 'host names or addresses, comma-separated (a JSON array in the config file)',
    help: 'extra names accepted in the Host header (the agent\'s own names and addresses are always accepted)' },
  { path: 'arms', flag: 'arms', env: 'FARHAND_ARMS', kind: 'string', arg: 'LIST', defaultText: 'PSM1',
    accepted: 'a comma-separated list of PSM1, PSM2, ECM, each at most once, an instrument first (e.g. PSM1,PSM2,ECM)',
    help: 'arms to drive, in wire order: PSM1 (one arm, the default) or PSM1,PSM2,ECM (two instruments and the camera)' },
  { path: 'multiArm.rosNamespaces', kind: 'json',
    accepted: '{ "PSM1": NAME, "PSM2": NAME, "ECM": NAME } (ROS names; each defaults to the arm\'s name)', help: 'CRTK namespace of each arm for --driver ros with several arms' },
  { path: 'multiArm.camera', kind: 'json',
    accepted: 'an object of camera-control settings (translationScale, zoomScale, rollGain, coneHalfAngleRad, insertionMinM, insertionMaxM, maxRollRad, maxAngularSpeedRadps, maxAngularAccelRadps2, maxInsertionSpeedMps, maxInsertionAccelMps2)',
    help: 'how the hands move the camera in camera mode' },
  { path: 'multiArm.eyeToCamera', kind: 'json', defaultText: '[0,0,0,1]',
    accepted: 'a unit quaternion [x, y, z, w]', help: 'console eye frame -> camera frame rotation' },
  { path: 'core', flag: 'core', env: 'FARHAND_CORE', kind: 'json', arg: 'KEY=JSON',
    accepted: 'an object of latency-core settings (flag: --core key=value, repeatable; env: a JSON object)',
    help: 'latency-core setting, e.g. --core mapping.motionScale=0.5 (repeatable)' },
];

const FIELD_BY_PATH = new Map(CONFIG_FIELDS.map((f) => [f.path, f]));

/** The config section names and their fields, for "accepted fields are ..." in unknown-key errors. */
function knownKeys(prefix: string): string[] {
  const keys = new Set<string>();
  const shape = prefix === '' ? ROOT_KEYS : SECTION_KEYS[prefix];
  for (const k of shape ?? []) keys.add(k);
  return [...keys];
}
const ROOT_KEYS = [
  'host', 'port', 'controlRateHz', 'loopPriority', 'telemetryRateHz', 'tokens', 'webRoot', 'recording', 'tls', 'insecure', 'driver', 'sim', 'ros',
  'logLevel', 'logFile', 'maxClients', 'limits', 'rtc', 'video', 'http', 'arms', 'multiArm', 'core',
];
const SECTION_KEYS: Record<string, string[]> = {
  tokens: [...ROLE_NAMES],
  recording: ['enabled', 'dir', 'flushIntervalS', 'compression', 'maxFileBytes', 'maxTotalBytes'],
  tls: ['certFile', 'keyFile'],
  sim: ['tool', 'seed'],
  ros: ['masterUri', 'arm', 'maxMeasurementAgeS', 'commandRateHz', 'baseFrame', 'startTimeoutS', 'stateTimeoutS'],
  limits: Object.keys(inputLimitsSchema.shape),
  rtc: ['enabled', 'iceServers', 'connectTimeoutS'],
  video: Object.keys(videoSchema.shape),
  'video.camera': ['hfovDeg', 'eye', 'target', 'up'],
  http: Object.keys(httpSchema.shape),
  multiArm: ['rosNamespaces', 'camera', 'eyeToCamera'],
};

export function configField(path: string): ConfigField | undefined {
  return FIELD_BY_PATH.get(path);
}

// ------------------------------------------------------------------------------------------------
// Error messages

/** One problem with the configuration, already phrased. */
export interface ConfigProblem {
  /** Dotted path, e.g. "port" or "core.motionScale". */
  path: string;
  /** "path = value (from source): expected ...". */
  message: string;
}

/** Where a value came from, for messages: "--port", "FARHAND_PORT", "config.json", "default". */
export type SourceOf = (path: string) => string | undefined;

/** How a value is shown in a message: JSON, shortened; secrets only by their length. */
export function showValue(value: unknown, secret = false): string {
  if (value === undefined) return '(absent)';
  if (secret && typeof value === 'string') return `(secret of ${value.length} characters)`;
  let s: string;
  try {
    s = typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let v = obj;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short strings. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate a mistyped name most likely meant: the nearest by edit distance (case-insensitive),
 * if within a third of the name's length (at least 1, at most 3); else the one candidate that it starts
 * with or that starts with it (3 characters or more: `directory` -> `dir`).
 */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  const n = name.toLowerCase();
  if (n.length === 0) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(n.length / 3)));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(n, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  if (best !== undefined && bestD <= limit) return best;
  const prefixed = candidates.filter((c) => {
    const k = c.toLowerCase();
    return Math.min(k.length, n.length) >= 3 && (k.startsWith(n) || n.startsWith(k));
  });
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** "path = value (from source): expected accepted". */
export function problemMessage(path: string, value: unknown, source: string | undefined, accepted: string, secret = false): string {
  const from = source ? ` (from ${source})` : '';
  return `${path} = ${showValue(value, secret)}${from}: expected ${accepted}`;
}

/**
 * Turns zod issues on agentConfigSchema into messages that name the field, the value (as given, before
 * defaults) and what is accepted. `input` is the merged raw object that was validated.
 */
export function describeConfigIssues(issues: readonly z.core.$ZodIssue[], input: unknown, sourceOf: SourceOf = () => undefined): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const segs = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const prefix = segs.join('.');
      const accepted = knownKeys(prefix);
      for (const key of issue.keys) {
        const p = prefix === '' ? key : `${prefix}.${key}`;
        if (seen.has(p)) continue;
        seen.add(p);
        const src = sourceOf(p);
        const near = didYouMean(key, accepted);
        out.push({
          path: p,
          message:
            `${p}${src ? ` (from ${src})` : ''}: unknown field${near !== undefined ? ` (did you mean ${prefix === '' ? near : `${prefix}.${near}`}?)` : ''}; accepted fields` +
            `${prefix === '' ? '' : ` in ${prefix}`} are ${accepted.join(', ')}`,
        });
      }
      continue;
    }
    // Custom cross-field checks carry the field path as one dotted segment (tls pair) or as segments.
    const p = segs.join('.');
    if (seen.has(p)) continue;
    seen.add(p);
    const field = fieldFor(p);
    let value = valueAt(input, p.split('.'));
    // A list given as one comma-separated string: show the string.
    if (value === undefined && /\.\d+$/.test(p)) value = valueAt(input, p.split('.').slice(0, -1));
    let accepted = field?.accepted ?? zodAccepted(issue);
    if (issue.code === 'custom') {
      if (issue.message === 'TELEMETRY_ABOVE_CONTROL') {
        const rate = valueAt(input, ['controlRateHz']);
        accepted = `a rate at most the control rate (controlRateHz = ${showValue(rate ?? 1000)})`;
      } else if (issue.message === 'VIDEO_INPUT_REQUIRED') {
        accepted = 'an ffmpeg input (--video-input lavfi:testsrc2, v4l2:/dev/video0, rtsp://host/path or a file): it is required because video.source = "ffmpeg"';
      } else if (issue.message === 'VIDEO_TOPIC_REQUIRED') {
        accepted = 'a ROS image topic (--video-topic /jhu_daVinci/left/image_raw): it is required because video.source = "ros"';
      } else if (issue.message === 'VIDEO_CAMERA_DEGENERATE') {
        accepted = 'a camera whose target differs from its eye and whose up is not along the view (eye, target, up in the PSM base frame, m)';
      } else if (issue.message === 'TLS_PAIR') {
        const other = p === 'tls.certFile' ? 'tls.keyFile (--tls-key)' : 'tls.certFile (--tls-cert)';
        accepted = `a file path: it is required because ${other} is given (TLS needs both)`;
      } else if (issue.message === 'HEADERS_AFTER_REQUEST') {
        accepted = `at most http.requestTimeoutS (${showValue(valueAt(input, ['http', 'requestTimeoutS']) ?? 10)}): the headers are part of the request`;
      } else if (issue.message.startsWith('RESERVED_ABOVE_MAX:')) {
        const [, surgeon, bedside] = issue.message.split(':');
        accepted = `at least the slots kept for surgeons and the bedside (limits.reservedSurgeonSlots + limits.reservedBedsideSlots = ${surgeon} + ${bedside})`;
      } else if (issue.message === 'ARMS_TWICE') {
        accepted = 'each of PSM1, PSM2, ECM at most once';
      } else if (issue.message === 'ARMS_FIRST_ECM') {
        accepted = 'an instrument (PSM1 or PSM2) first: arm 0 is what one-armed clients and the top-level telemetry drive, e.g. PSM1,PSM2,ECM';
      } else if (issue.message.startsWith('TOKEN_DUPLICATE:')) {
        accepted = `a token different from tokens.${issue.message.slice('TOKEN_DUPLICATE:'.length)} (each role has its own token)`;
      }
    }
    out.push({ path: p, message: problemMessage(p, value, sourceOf(p), accepted, field?.secret === true) });
  }
  return out;
}

/** The table entry for a path, or for its nearest listed ancestor (e.g. ros.baseFrame.matrix). */
function fieldFor(path: string): ConfigField | undefined {
  let p = path;
  for (;;) {
    const f = FIELD_BY_PATH.get(p);
    if (f) return f;
    const i = p.lastIndexOf('.');
    if (i < 0) return undefined;
    p = p.slice(0, i);
  }
}

function zodAccepted(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `a value of type ${issue.expected}`;
  return issue.message;
}

// ------------------------------------------------------------------------------------------------
// CLI flags and environment: strings in, typed values out, each with a message on failure.

/** Converts one flag or environment string to the field's type; an error string says what is accepted. */
export function parseFieldString(field: ConfigField, raw: string): { ok: true; value: unknown } | { ok: false; message: string } {
  switch (field.kind) {
    case 'string':
    case 'enum':
      return { ok: true, value: raw };
    case 'int':
    case 'number': {
      const t = raw.trim();
      const n = t === '' ? NaN : Number(t);
      if (!Number.isFinite(n) || (field.kind === 'int' && !Number.isInteger(n))) {
        return { ok: false, message: field.accepted };
      }
      return { ok: true, value: n };
    }
    case 'bool': {
      const t = raw.trim().toLowerCase();
      if (t === '1' || t === 'true' || t === 'yes' || t === 'on') return { ok: true, value: true };
      if (t === '0' || t === 'false' || t === 'no' || t === 'off') return { ok: true, value: false };
      return { ok: false, message: field.accepted };
    }
    case 'json': {
      try {
        return { ok: true, value: JSON.parse(raw) as unknown };
      } catch {
        return { ok: false, message: field.accepted };
      }
    }
  }
}

/**
 * The CLI flags as node:util parseArgs returns them (strings, booleans, a repeatable --core), validated:
 * unknown flags are caught by parseArgs itself (strict); this checks the shape and the KEY=JSON form of
 * --core. Field values are converted and range-checked by the config schema after merging.
 */
export const cliFlagsSchema = z.strictObject({
  help: z.boolean().optional(),
  version: z.boolean().optional(),
  config: path.optional(),
  host: z.string().optional(),
  port: z.string().optional(),
  'control-rate': z.string().optional(),
  'loop-priority': z.string().optional(),
  'telemetry-rate': z.string().optional(),
  'token-surgeon': z.string().optional(),
  'token-observer': z.string().optional(),
  'token-engineer': z.string().optional(),
  'web-root': z.string().optional(),
  recording: z.boolean().optional(),
  'no-recording': z.boolean().optional(),
  'recording-dir': z.string().optional(),
  'flush-interval': z.string().optional(),
  'recording-compression': z.string().optional(),
  'recording-max-file-bytes': z.string().optional(),
  'recording-max-total-bytes': z.string().optional(),
  'tls-cert': z.string().optional(),
  'tls-key': z.string().optional(),
  insecure: z.boolean().optional(),
  driver: z.string().optional(),
  tool: z.string().optional(),
  seed: z.string().optional(),
  'ros-master': z.string().optional(),
  arm: z.string().optional(),
  'log-level': z.string().optional(),
  'log-file': z.string().optional(),
  'max-clients': z.string().optional(),
  'max-frame-bytes': z.string().optional(),
  'max-frame-rate': z.string().optional(),
  webrtc: z.boolean().optional(),
  'no-webrtc': z.boolean().optional(),
  'ice-servers': z.string().optional(),
  'rtc-connect-timeout': z.string().optional(),
  video: z.string().optional(),
  'video-input': z.string().optional(),
  'video-size': z.string().optional(),
  'video-fps': z.string().optional(),
  'video-topic': z.string().optional(),
  'video-max-bitrate': z.string().optional(),
  'max-pending': z.string().optional(),
  'pong-timeout': z.string().optional(),
  'controller-silence': z.string().optional(),
  'max-connections': z.string().optional(),
  'allow-origin': z.string().optional(),
  arms: z.string().optional(),
  'allow-host': z.string().optional(),
  core: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*=.*$/s)).optional(),
});
export type CliFlags = z.output<typeof cliFlagsSchema>;

/** Boolean flags (no value); everything else in cliFlagsSchema takes one. */
export const BOOLEAN_FLAGS = ['help', 'version', 'recording', 'no-recording', 'insecure', 'webrtc', 'no-webrtc'] as const;

// ------------------------------------------------------------------------------------------------
// HTTP query strings

/**
 * Query of the page URLs (/console, /monitor): `token` is what the page presents in Hello. Other
 * parameters are the pages' own business and pass through.
 */
export const httpQuerySchema = z.looseObject({
  token: z.string().regex(TOKEN_RE).optional(),
  role: z.enum(ROLE_NAMES).optional(),
});
export type HttpQuery = z.output<typeof httpQuerySchema>;
