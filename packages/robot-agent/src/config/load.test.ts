import { describe, expect, it } from 'vitest';
import { completeConfig } from '@farhand/loop';
import { helpRow, helpText } from '../cli-help.js';
import { loadConfig } from './load.js';

const files: Record<string, string> = {};
const load = (argv: string[], env: Record<string, string> = {}) =>
  loadConfig({
    argv,
    env,
    cwd: '/work',
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return f;
    },
  });

const errors = (argv: string[], env: Record<string, string> = {}): string[] => {
  const r = load(argv, env);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('loadConfig: defaults and precedence', () => {
  it('gives the documented defaults with no input', () => {
    const r = load([]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      controlRateHz: 1000,
      telemetryRateHz: 100,
      recording: { enabled: true, dir: 'recordings', flushIntervalS: 0.5, compression: 'zstd', maxFileBytes: 1 << 30, maxTotalBytes: 0 },
      insecure: false,
      driver: 'sim',
      sim: { tool: 'LND400006' },
      logLevel: 'info',
      maxClients: 32,
      limits: { maxFrameBytes: 4096, maxFrameRateHz: 1000 },
      core: {},
    });
    expect(r.config.tokens).toEqual({});
  });

  it('applies file < env < flags, and remembers where each value came from', () => {
    files['/work/agent.json'] = JSON.stringify({ port: 1000, telemetryRateHz: 50, recording: { dir: 'rec' } });
    const r = load(['--config', 'agent.json', '--port', '3000'], { FARHAND_PORT: '2000', FARHAND_TELEMETRY_RATE_HZ: '60' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.port).toBe(3000);
    expect(r.config.telemetryRateHz).toBe(60);
    // Relative paths in a file resolve against the file's directory.
    expect(r.config.recording.dir).toBe('/work/rec');
    expect(r.sources.get('port')).toBe('--port');
    expect(r.sources.get('telemetryRateHz')).toBe('FARHAND_TELEMETRY_RATE_HZ');
    expect(r.sources.get('recording.dir')).toBe('agent.json');
  });

  it('reads booleans, --no-recording and repeatable --core settings', () => {
    const r = load(['--no-recording', '--insecure', '--core', 'mapping.motionScale=0.5', '--core', 'staleLinkTimeoutS=0.2']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.recording.enabled).toBe(false);
    expect(r.config.insecure).toBe(true);
    expect(r.config.core).toEqual({ mapping: { motionScale: 0.5 }, staleLinkTimeoutS: 0.2 });
    const e = load([], { FARHAND_RECORDING: 'off', FARHAND_CORE: '{"armId":0}' });
    expect(e.ok && e.config.recording.enabled).toBe(false);
    expect(e.ok && e.config.core).toEqual({ armId: 0 });
  });

  it('reads the recording compression and size limits from flags and env, and says what is accepted', () => {
    const r = load(['--recording-compression', 'lz4', '--recording-max-file-bytes', '2097152'], { FARHAND_RECORDING_MAX_TOTAL_BYTES: '10485760' });
    expect(r.ok && r.config.recording).toMatchObject({ compression: 'lz4', maxFileBytes: 2097152, maxTotalBytes: 10485760 });
    expect(load(['--recording-compression', 'none']).ok).toBe(true);
    expect(load(['--recording-max-file-bytes', '0']).ok).toBe(true);
    expect(errors(['--recording-compression', 'gzip'])).toEqual(['recording.compression = "gzip" (from --recording-compression): expected one of zstd, lz4, none']);
    expect(errors(['--recording-max-file-bytes', '1000'])).toEqual([
      'recording.maxFileBytes = 1000 (from --recording-max-file-bytes): expected an integer number of bytes from 1048576 (1 MiB) to 2^50, or 0 for no rotation',
    ]);
    expect(errors([], { FARHAND_RECORDING_MAX_TOTAL_BYTES: '5e5' })).toEqual([
      'recording.maxTotalBytes = 500000 (from FARHAND_RECORDING_MAX_TOTAL_BYTES): expected an integer number of bytes from 1048576 (1 MiB) to 2^50, or 0 for no limit',
    ]);
  });

  it('takes 0 as "any free port"', () => {
    const r = load(['--port', '0']);
    expect(r.ok && r.config.port).toBe(0);
  });
});

describe('loadConfig: every invalid value names the field, the value, the source and what is accepted', () => {
  it('port out of range and not a number', () => {
    expect(errors(['--port', '70000'])).toEqual(['port = 70000 (from --port): expected an integer from 0 to 65535 (0 picks a free port)']);
    expect(errors(['--port', 'http'])).toEqual(['port = "http" (from --port): expected an integer from 0 to 65535 (0 picks a free port)']);
    expect(errors([], { FARHAND_PORT: '8080.5' })).toEqual(['port = "8080.5" (from FARHAND_PORT): expected an integer from 0 to 65535 (0 picks a free port)']);
  });

  it('rates', () => {
    expect(errors(['--control-rate', '50'])).toEqual(['controlRateHz = 50 (from --control-rate): expected a number of Hz from 100 to 4000']);
    expect(errors([], { FARHAND_CONTROL_RATE_HZ: 'fast' })).toEqual([
      'controlRateHz = "fast" (from FARHAND_CONTROL_RATE_HZ): expected a number of Hz from 100 to 4000',
    ]);
    expect(errors(['--control-rate', '200', '--telemetry-rate', '300'])).toEqual([
      'telemetryRateHz = 300 (from --telemetry-rate): expected a rate at most the control rate (controlRateHz = 200)',
    ]);
  });

  it('enums', () => {
    expect(errors(['--driver', 'can'])).toEqual(['driver = "can" (from --driver): expected one of sim, ros']);
    expect(errors(['--tool', 'LND999'])).toEqual(['sim.tool = "LND999" (from --tool): expected one of LND400006, LND420006']);
    expect(errors(['--log-level', 'loud'])).toEqual(['logLevel = "loud" (from --log-level): expected one of fatal, error, warn, info, debug, trace, silent']);
  });

  it('tokens: the value is never echoed', () => {
    expect(errors(['--token-surgeon', 'short'])).toEqual([
      "tokens.surgeon = (secret of 5 characters) (from --token-surgeon): expected a token of 16 to 256 characters from A-Z a-z 0-9 _ -, different from the other roles' tokens",
    ]);
    const same = 'abcdefghijklmnopqrstuvwxyz';
    expect(errors(['--token-surgeon', same, '--token-observer', same])).toEqual([
      'tokens.observer = (secret of 26 characters) (from --token-observer): expected a token different from tokens.surgeon (each role has its own token)',
    ]);
  });

  it('TLS needs both files', () => {
    expect(errors(['--tls-cert', '/tmp/c.pem'])).toEqual([
      'tls.keyFile = (absent): expected a file path: it is required because tls.certFile (--tls-cert) is given (TLS needs both)',
    ]);
  });

  it('config file: unknown fields, wrong types, unreadable, not JSON', () => {
    files['/work/bad.json'] = JSON.stringify({ prot: 1, port: '8080', recording: { directory: 'x' } });
    expect(errors(['--config', 'bad.json'])).toEqual([
      'port = "8080" (from bad.json): expected an integer from 0 to 65535 (0 picks a free port)',
      'recording.directory (from bad.json): unknown field (did you mean recording.dir?); accepted fields in recording are enabled, dir, flushIntervalS, compression, maxFileBytes, maxTotalBytes',
      'prot (from bad.json): unknown field (did you mean port?); accepted fields are host, port, controlRateHz, loopPriority, telemetryRateHz, tokens, webRoot, recording, tls, insecure, driver, sim, ros, logLevel, logFile, maxClients, limits, rtc, video, http, arms, multiArm, core',
    ]);
    expect(errors(['--config', 'missing.json'])).toEqual(['config file "missing.json": cannot be read (ENOENT); expected a readable JSON file']);
    files['/work/notjson.json'] = '{ port: 1 }';
    expect(errors(['--config', 'notjson.json'])[0]).toMatch(/^config file "notjson\.json": not valid JSON \(.+\); expected one JSON object$/);
    files['/work/array.json'] = '[1]';
    expect(errors(['--config', 'array.json'])).toEqual(['config file "array.json": holds an array; expected one JSON object']);
  });

  it('flags: unknown, missing value, value on a switch, positional, malformed --core', () => {
    expect(errors(['--prot', '1'])).toEqual(['unknown flag --prot (did you mean --port?): see farhand-agent --help for the accepted flags']);
    expect(errors(['--port'])).toEqual(['--port needs a value: expected an integer from 0 to 65535 (0 picks a free port)']);
    expect(errors(['--port', '--host', 'x'])).toEqual(['--port needs a value: expected an integer from 0 to 65535 (0 picks a free port)']);
    expect(errors(['--insecure=yes'])).toEqual(['--insecure takes no value: it is a switch (e.g. --insecure, not --insecure=...)']);
    expect(errors(['start'])).toEqual(['unexpected argument "start": farhand-agent takes only flags (see --help)']);
    expect(errors(['--core', 'nokey'])).toEqual([
      '--core "nokey": expected KEY=VALUE with a core setting name and a JSON value, e.g. --core mapping.motionScale=0.5',
    ]);
    expect(errors(['--core', 'a={'])).toEqual(['core.a = "{" (from --core): expected a JSON value (number, true/false, "string", [..] or {..})']);
    expect(errors([], { FARHAND_CORE: '[1]' })).toEqual(['core = "[1]" (from FARHAND_CORE): expected a JSON object of latency-core settings, e.g. {"mapping":{"motionScale":0.5}}']);
  });

  it('the examples the messages give are themselves accepted', () => {
    const example = (msg: string): string[] => /e\.g\. (--core \S+)/.exec(msg)![1]!.split(' ');
    const flagExample = example(errors(['--core', 'nonsense'])[0]!);
    expect(flagExample).toEqual(['--core', 'mapping.motionScale=0.5']);
    const r = load(flagExample);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const eff = completeConfig(r.config);
    expect(eff.ok && eff.config.core.mapping.motionScale).toBe(0.5);
    const envExample = /e\.g\. (\{.*\})$/.exec(errors([], { FARHAND_CORE: '[1]' })[0]!)![1]!;
    const e = load([], { FARHAND_CORE: envExample });
    expect(e.ok && completeConfig(e.config).ok).toBe(true);
  });

  it('suggests the flag a near miss meant, and nothing for a far one', () => {
    const msg = (flag: string): string => errors([flag])[0]!;
    expect(msg('--recordng')).toBe('unknown flag --recordng (did you mean --recording?): see farhand-agent --help for the accepted flags');
    expect(msg('--no-recordin')).toContain('(did you mean --no-recording?)');
    expect(msg('--controlrate')).toContain('(did you mean --control-rate?)');
    expect(msg('--tls-crt')).toContain('(did you mean --tls-cert?)');
    expect(msg('--verison')).toContain('(did you mean --version?)');
    expect(msg('--bogus')).toBe('unknown flag --bogus: see farhand-agent --help for the accepted flags');
  });

  it('--help keeps every description in its column, at least two spaces from the name', () => {
    const rows = helpText().split('\n').filter((l) => /^  [-a-z]/.test(l));
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const m = /^  (\S+(?: \S+)*?)( {2,})(\S.*)?$/.exec(row);
      // A name too long for the column stands alone; its description is on the next line, in the column.
      if (m === null || m[3] === undefined) {
        expect(row.trimEnd().length, row).toBeGreaterThan(27);
        continue;
      }
      expect(m[1]!.length + 2 + m[2]!.length, row).toBe(29);
    }
    expect(helpText()).toContain('  --recording / --no-recording\n                             record the session to MCAP');
    expect(helpRow('--port N', 'x')).toBe(`  --port N${' '.repeat(19)}x`);
  });

  it('reports every problem at once', () => {
    expect(errors(['--port=-1', '--max-clients', '0'])).toEqual([
      'port = -1 (from --port): expected an integer from 0 to 65535 (0 picks a free port)',
      'maxClients = 0 (from --max-clients): expected an integer from 1 to 1000',
    ]);
  });
});

describe('loadConfig: WebRTC (the second motion transport)', () => {
  it('offers WebRTC with host candidates only by default', () => {
    const r = load([]);
    expect(r.ok && r.config.rtc).toEqual({ enabled: true, iceServers: [], connectTimeoutS: 5 });
  });

  it('turns it off with --no-webrtc or FARHAND_WEBRTC=0, and takes ICE servers as JSON from a flag or the environment', () => {
    const off = load(['--no-webrtc']);
    expect(off.ok && off.config.rtc.enabled).toBe(false);
    expect(off.ok && off.sources.get('rtc.enabled')).toBe('--no-webrtc');
    const env = load([], { FARHAND_WEBRTC: '0' });
    expect(env.ok && env.config.rtc.enabled).toBe(false);
    const servers = [{ urls: 'stun:stun.example.org:3478' }, { urls: ['turn:turn.example.org:3478?transport=udp'], username: 'u', credential: 'c' }];
    const flag = load(['--ice-servers', JSON.stringify(servers)]);
    expect(flag.ok && flag.config.rtc.iceServers).toEqual(servers);
    const fromEnv = load([], { FARHAND_ICE_SERVERS: JSON.stringify(servers.slice(0, 1)) });
    expect(fromEnv.ok && fromEnv.config.rtc.iceServers).toEqual(servers.slice(0, 1));
  });

  it('refuses a bad ICE server with the field, the value and what is accepted', () => {
    const bad = errors(['--ice-servers', '[{"urls":"http://stun.example.org"}]']);
    expect(bad.join('\n')).toMatch(/rtc\.iceServers.*from --ice-servers.*expected a JSON array/);
    const noCred = errors(['--ice-servers', '[{"urls":"turn:turn.example.org:3478"}]']);
    expect(noCred.join('\n')).toMatch(/TURN needs username and credential/);
    expect(errors(['--ice-servers', 'stun:x']).join('\n')).toMatch(/rtc\.iceServers = "stun:x" \(from --ice-servers\): expected a JSON array/);
  });
});

describe('loadConfig: video', () => {
  it('defaults to off (640x480, 30 fps, the default endoscope camera when turned on); flags and env set it', () => {
    const r = load([]);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.video).toEqual({ source: 'off', size: '640x480', fps: 30, maxBitrateKbps: 2500, camera: { hfovDeg: 70, eye: [0, -0.08, -0.05], target: [0, 0, -0.12], up: [0, 0, 1] } });
    const f = load(['--video', 'ffmpeg', '--video-input', 'lavfi:testsrc2', '--video-size', '320x240', '--video-fps', '15']);
    if (!f.ok) throw new Error(f.errors.join());
    expect(f.config.video).toMatchObject({ source: 'ffmpeg', input: 'lavfi:testsrc2', size: '320x240', fps: 15 });
    expect(f.sources.get('video.size')).toBe('--video-size');
    const ros = load(['--video', 'ros', '--video-topic', '/jhu_daVinci/left/image_raw', '--video-max-bitrate', '800']);
    if (!ros.ok) throw new Error(ros.errors.join());
    expect(ros.config.video).toMatchObject({ source: 'ros', topic: '/jhu_daVinci/left/image_raw', maxBitrateKbps: 800 });
    const env = load([], { FARHAND_VIDEO_MAX_BITRATE_KBPS: '1200' });
    expect(env.ok && env.config.video.maxBitrateKbps).toBe(1200);
    const on = load([], { FARHAND_VIDEO: 'test' });
    expect(on.ok && on.config.video.source).toBe('test');
    files['/work/cam.json'] = JSON.stringify({ video: { camera: { hfovDeg: 60, eye: [0.01, -0.1, -0.04] } } });
    const cam = load(['--config', 'cam.json']);
    expect(cam.ok && cam.config.video.camera).toEqual({ hfovDeg: 60, eye: [0.01, -0.1, -0.04], target: [0, 0, -0.12], up: [0, 0, 1] });
  });

  it('refuses bad video settings with the field, the value and what is accepted', () => {
    expect(errors(['--video', 'webcam']).join('\n')).toMatch(/video\.source = "webcam" \(from --video\): expected one of test, ffmpeg, ros, off/);
    expect(errors(['--video', 'ros']).join('\n')).toMatch(/video\.topic.*expected a ROS image topic.*required because video\.source = "ros"/);
    expect(errors(['--video-topic', 'image raw']).join('\n')).toMatch(/video\.topic = "image raw" \(from --video-topic\): expected a ROS topic name/);
    expect(errors(['--video-max-bitrate', '50']).join('\n')).toMatch(/video\.maxBitrateKbps = 50 \(from --video-max-bitrate\): expected an integer number of kbit\/s from 100 to 20000/);
    expect(errors(['--video-max-bitrate', '1e6']).join('\n')).toMatch(/video\.maxBitrateKbps = 1000000/);
    expect(errors(['--video', 'ffmpeg']).join('\n')).toMatch(/video\.input.*expected an ffmpeg input.*required because video\.source = "ffmpeg"/);
    expect(errors(['--video-size', '640']).join('\n')).toMatch(/video\.size = "640" \(from --video-size\): expected WIDTHxHEIGHT, even numbers from 192x120 to 1920x1080/);
    expect(errors(['--video-size', '100x80']).join('\n')).toMatch(/video\.size = "100x80".*expected WIDTHxHEIGHT/);
    expect(errors(['--video-size', '641x480']).join('\n')).toMatch(/video\.size = "641x480"/);
    expect(errors(['--video-fps', '0']).join('\n')).toMatch(/video\.fps = 0 \(from --video-fps\): expected a number of frames per second from 1 to 60/);
    expect(errors(['--video-fps', 'fast']).join('\n')).toMatch(/video\.fps = "fast" \(from --video-fps\): expected a number of frames per second/);
    files['/work/badcam.json'] = JSON.stringify({ video: { camera: { eye: [0, 0, 0], target: [0, 0, 0] } } });
    expect(errors(['--config', 'badcam.json']).join('\n')).toMatch(/video\.camera.*expected a camera whose target differs from its eye/);
    files['/work/badkey.json'] = JSON.stringify({ video: { camera: { fov: 60 } } });
    expect(errors(['--config', 'badkey.json']).join('\n')).toMatch(/video\.camera\.fov \(from badkey\.json\): unknown field; accepted fields in video\.camera are hfovDeg, eye, target, up/);
  });
});

describe('loadConfig: hostile-peer limits (pending pool, reserved slots, keepalive, HTTP)', () => {
  it('has the documented defaults', () => {
    const r = load([]);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.limits).toMatchObject({
      handshakeTimeoutS: 2,
      maxPendingSockets: 64,
      maxPendingPerAddress: 32,
      reservedSurgeonSlots: 2,
      reservedBedsideSlots: 2,
      pingIntervalS: 1,
      pongTimeoutS: 5,
      controllerSilenceS: 2,
      maxAckRateHz: 50,
    });
    expect(r.config.http).toEqual({
      headersTimeoutS: 5,
      requestTimeoutS: 10,
      keepAliveTimeoutS: 5,
      maxConnections: 128,
      maxConnectionsPerAddress: 64,
      allowedOrigins: [],
      allowedHosts: [],
    });
  });

  it('reads lists from a comma-separated flag or environment variable, or a JSON array in the file', () => {
    const r = load(['--allow-origin', 'https://a.example:8443, http://b.example', '--max-pending', '4', '--controller-silence', '0.5'], { FARHAND_ALLOW_HOSTS: 'agent.local' });
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.http.allowedOrigins).toEqual(['https://a.example:8443', 'http://b.example']);
    expect(r.config.http.allowedHosts).toEqual(['agent.local']);
    expect(r.config.limits.maxPendingSockets).toBe(4);
    expect(r.config.limits.controllerSilenceS).toBe(0.5);
    files['/work/h.json'] = JSON.stringify({ http: { allowedHosts: ['x.local', 'y.local'], maxConnections: 10 } });
    const f = load(['--config', 'h.json']);
    if (!f.ok) throw new Error(f.errors.join());
    expect(f.config.http).toMatchObject({ allowedHosts: ['x.local', 'y.local'], maxConnections: 10 });
  });

  it('says what is accepted for each, and checks them against each other', () => {
    expect(errors(['--max-pending', '0'])).toEqual(['limits.maxPendingSockets = 0 (from --max-pending): expected an integer from 1 to 1000']);
    expect(errors(['--allow-origin', 'evil'])).toEqual([
      'http.allowedOrigins.0 = "evil" (from --allow-origin): expected origins like https://host:port, comma-separated (a JSON array in the config file)',
    ]);
    expect(errors([], { FARHAND_HTTP_HEADERS_TIMEOUT_S: '20' })).toEqual([
      'http.headersTimeoutS = 20 (from FARHAND_HTTP_HEADERS_TIMEOUT_S): expected at most http.requestTimeoutS (10): the headers are part of the request',
    ]);
    expect(errors(['--max-clients', '3'])).toEqual([
      'maxClients = 3 (from --max-clients): expected at least the slots kept for surgeons and the bedside (limits.reservedSurgeonSlots + limits.reservedBedsideSlots = 2 + 2)',
    ]);
  });
});

describe('loadConfig: --arms (issue 15)', () => {
  it('is absent by default (the one-arm path) and takes a comma-separated list from the flag or the environment', () => {
    const d = load([]);
    expect(d.ok && d.config.arms).toBe(undefined);
    const f = load(['--arms', 'PSM1,PSM2,ECM']);
    expect(f.ok && f.config.arms).toEqual(['PSM1', 'PSM2', 'ECM']);
    const e = load([], { FARHAND_ARMS: 'PSM1, PSM2' });
    expect(e.ok && e.config.arms).toEqual(['PSM1', 'PSM2']);
  });

  it('refuses an unknown arm, an arm twice and the ECM first, saying what is accepted', () => {
    const accepted = 'expected a comma-separated list of PSM1, PSM2, ECM, each at most once, an instrument first (e.g. PSM1,PSM2,ECM)';
    expect(errors(['--arms', 'PSM1,PSM3']).join('\n')).toContain(accepted);
    expect(errors(['--arms', 'PSM1,PSM1']).join('\n')).toContain('expected each of PSM1, PSM2, ECM at most once');
    expect(errors(['--arms', 'ECM,PSM1']).join('\n')).toContain('expected an instrument (PSM1 or PSM2) first');
  });

  it('is in --help', () => {
    expect(helpText()).toMatch(/--arms LIST\s+.*PSM1,PSM2,ECM/);
  });
});
