// The agent: wires the loop thread, the recorder thread, the HTTP/WebSocket server and the gateway, and
// owns their lifecycle. Start order: recorder thread (so tick 0 is recorded), loop (arm configured,
// enabled, homed), server; then tick 0 is scheduled and the recording file is created with its
// SessionStart (so a start that fails, e.g. on a busy port, leaves no file). Stop order: clients told,
// control released, arm brought to a hold and disabled, sockets closed with the reason, recording closed.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import { PROTOCOL_MAJOR, PROTOCOL_MINOR } from '@farhand/protocol';
import { createClock, type AgentClock } from './clock.js';
import { recordedConfigJson, type EffectiveConfig } from '@farhand/loop';
import { createLogger, flushLogger, type Logger } from './log.js';
import { LoopHost } from './loop/host.js';
import { raiseMainPriority } from './loop/priority.js';
import type { ArmAnnouncement, LoopStats, Snapshot } from './loop/messages.js';
import { LoopStatsTracker } from './loop/stats.js';
import { HealthWatch, StallAnnouncer } from './health.js';
import { AgentMetrics } from './metrics.js';
import { defaultWebRoot } from './paths.js';
import { RecorderHost, type RecordedArmRecord } from '@farhand/recording';
import { createServer, type TlsFiles } from './server/http.js';
import { PeerGuard } from './server/guard.js';
import { Gateway, newSessionId, type Tokens } from './session/gateway.js';
import { fromCoreEvent } from './telemetry.js';
import { rtcSetup } from './transport/setup.js';
import type { VideoHubStats } from './video/hub.js';
import { videoSetup } from './video/setup.js';
import type { WrtcLoad } from './transport/wrtc.js';
import { AGENT_VERSION } from './version.js';

export class AgentStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgentStartError';
  }
}

export interface StartOptions {
  /** Log to this stream instead of stderr / config.logFile (tests). */
  logDestination?: NodeJS.WritableStream;
  /** Loads the native WebRTC library (tests: one that fails). */
  loadWrtc?: () => Promise<WrtcLoad>;
}

export interface AgentExit {
  reason: string;
  /** Process exit code the CLI should use: 0 for a requested stop, 1 when the loop failed. */
  code: number;
  /** The arm was disabled. */
  disabled: boolean;
  /** The arm was at rest before it was disabled. */
  atRest: boolean;
  recordingBytes: number;
}

export interface AgentUrls {
  base: string;
  console: string;
  monitor: string;
  ws: string;
  metrics: string;
  healthz: string;
}

export interface Agent {
  readonly sessionId: string;
  readonly host: string;
  readonly port: number;
  readonly urls: AgentUrls;
  readonly tokens: Tokens;
  readonly recordingPath: string | null;
  /** Whether motion may ride the WebRTC DataChannel, and why not. */
  readonly rtc: { available: boolean; reason: string };
  /** Whether the field's video is offered on the peer connections, why not, and its frame counters. */
  readonly video: { available: boolean; reason: string; stats: VideoHubStats | null };
  readonly clock: AgentClock;
  readonly config: EffectiveConfig;
  readonly log: Logger;
  /** Resolves when the agent has stopped, by close() or by a loop failure. */
  readonly done: Promise<AgentExit>;
  close(reason?: string): Promise<AgentExit>;
  /** The newest loop snapshot (what the last Telemetry said). */
  snapshot(): Snapshot | null;
  /** Loop timing figures (period error, lateness, work, overruns, spin, CPU). */
  loopStats(): LoopStats | null;
  metricsText(): Promise<string>;
}

/** Loopback host names and addresses: the only binds allowed without TLS (unless insecure). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

function freshToken(): string {
  return randomBytes(24).toString('base64url');
}

function urlHost(host: string): string {
  // A wildcard bind is reachable on loopback, which is what the printed URLs are for.
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return '127.0.0.1';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

export async function startAgent(config: EffectiveConfig, options: StartOptions = {}): Promise<Agent> {
  const clock = createClock();
  const sessionId = newSessionId('s');
  const log = createLogger({
    level: config.logLevel,
    ...(config.logFile !== undefined ? { file: config.logFile } : {}),
    agentSessionId: sessionId,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });

  const secure = config.tls.certFile !== undefined && config.tls.keyFile !== undefined;
  if (!isLoopbackHost(config.host) && !secure && !config.insecure) {
    throw new AgentStartError(
      `host = ${JSON.stringify(config.host)}: binding beyond loopback needs TLS (--tls-cert FILE --tls-key FILE); ` +
        'pass --insecure to bind without TLS anyway (tokens and motion then cross the network in clear)',
    );
  }
  let tls: TlsFiles | null = null;
  if (secure) {
    const read = (path: string, field: string): Buffer => {
      try {
        return readFileSync(path);
      } catch (e) {
        throw new AgentStartError(`${field} = ${JSON.stringify(path)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); expected a readable PEM file`);
      }
    };
    tls = { cert: read(config.tls.certFile!, 'tls.certFile'), key: read(config.tls.keyFile!, 'tls.keyFile') };
  }

  const tokens: Tokens = {
    surgeon: config.tokens.surgeon ?? freshToken(),
    observer: config.tokens.observer ?? freshToken(),
    engineer: config.tokens.engineer ?? freshToken(),
  };
  const healthWatch = new HealthWatch();
  const stallAnnouncer = new StallAnnouncer();
  const metrics = new AgentMetrics(config.controlRateHz, healthWatch.rule.stallS);
  const wallClockIso = new Date().toISOString();

  // Threads. Each started piece is stopped again if a later one fails.
  let recorder: RecorderHost | null = null;
  let loop: LoopHost | null = null;
  try {
    let loopPort;
    if (config.recording.enabled) {
      const r = config.recording;
      const opened = await RecorderHost.open({
        dir: resolve(r.dir),
        sessionId,
        wallClockIso,
        flushIntervalS: r.flushIntervalS,
        originHrNs: clock.originHrNs,
        writerName: `farhand-agent ${AGENT_VERSION}`,
        compression: r.compression,
        maxFileBytes: r.maxFileBytes,
        maxTotalBytes: r.maxTotalBytes,
      });
      recorder = opened.host;
      loopPort = opened.loopPort;
    }
    loop = await LoopHost.start(config, clock.originHrNs, loopPort);
  } catch (e) {
    await recorder?.close();
    await loop?.terminate();
    throw new AgentStartError(e instanceof Error ? e.message : String(e));
  }
  const loopHost = loop;
  const armIds = loopHost.ready.armIds;
  const mainScheduling = raiseMainPriority(config.loopPriority);
  // The second motion transport. Without it (turned off, or the native library missing) the agent runs
  // on the WebSocket alone and says so in the log, in Welcome.rtc and in /metrics.
  const rtc = await rtcSetup(config, isLoopbackHost(config.host), options.loadWrtc);
  metrics.rtcAvailable.set(rtc.ok ? 1 : 0);
  if (rtc.ok) log.info({ code: 'RTC_AVAILABLE', iceServers: rtc.iceServers.length, loopbackOnly: rtc.loopbackOnly }, 'WebRTC motion DataChannel offered');
  else if (config.rtc.enabled) log.warn({ code: 'RTC_UNAVAILABLE', err: rtc.reason }, `WebRTC is unavailable (${rtc.reason}); motion frames go over the WebSocket`);
  else log.info({ code: 'RTC_OFF' }, 'WebRTC turned off; motion frames go over the WebSocket');
  // The field's video rides the same peer connections; the test scene draws the newest measured tool.
  let gatewayRef: Gateway | null = null;
  const video = await videoSetup(config, rtc, {
    nowNs: () => clock.nowNs(),
    tool: () => {
      const s = gatewayRef?.lastSnapshot;
      return s ? { position: s.measured_cp.position, orientation: s.measured_cp.orientation, jawRad: s.jaw_measured_rad } : null;
    },
    log,
    // Each frame's capture time goes to the recording: the console's glass-to-glass can be checked
    // against what was sent, frame by frame (the timecode carries the same number).
    onSent: (f) => recorder?.send({ k: 'videoCapture', ...f }),
  });
  if (video.ok) log.info({ code: 'VIDEO_OFFERED', source: video.hub.info.kind, width: video.hub.info.width, height: video.hub.info.height, fps: video.hub.info.fps }, `video offered on the WebRTC peer connection: ${video.hub.info.description}`);
  else log.info({ code: 'VIDEO_OFF', reason: video.reason }, video.reason);
  const gateway = new Gateway({ config, tokens, clock, loop: loopHost, recorder, metrics, log, armIds, ...(loopHost.ready.arms ? { arms: loopHost.ready.arms } : {}), rtc, video });
  gatewayRef = gateway;
  const loopStats = new LoopStatsTracker(config.controlRateHz, clock.nowNs());

  const webRoot = config.webRoot ?? defaultWebRoot();
  let closing: Promise<AgentExit> | null = null;
  let resolveDone!: (e: AgentExit) => void;
  const done = new Promise<AgentExit>((r) => (resolveDone = r));

  let guard: PeerGuard | null = null;
  const { server, connections } = createServer(
    {
      guard: () => guard,
      webRoot,
      metrics: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }),
      health: () => {
        const s = gateway.lastSnapshot;
        const verdict = healthWatch.evaluate(clock.nowNs(), { stopping: closing !== null, recordingFailure: recorder?.failure ?? null });
        metrics.healthOk.set(verdict.status === 'ok' ? 1 : 0);
        return {
          status: verdict.httpStatus,
          body: {
            status: verdict.status,
            degraded: verdict.degraded,
            agentSessionId: sessionId,
            version: AGENT_VERSION,
            agentTimeNs: clock.nowNs(),
            // CLOCK_MONOTONIC at agent time 0: lets same-host tools (benchmarks) map their clock exactly.
            clockOriginMonotonicNs: clock.originHrNs.toString(),
            state: s?.state ?? null,
            reason: s?.reason ?? null,
            operatingState: s?.operating_state ?? null,
            controller: gateway.lock.holder,
            clients: gateway.clientCount,
            loop: loopStats.stats(clock.nowNs()),
            loopScheduling: loopHost.ready.scheduling,
            mainScheduling,
            recording: recorder ? { path: recorder.path, paths: recorder.paths, bytes: recorder.bytes, ok: recorder.failure === null, stopped: recorder.stopped } : null,
          },
        };
      },
    },
    tls,
    config.http,
    (reason) => metrics.httpConnectionsClosed.inc({ reason }),
  );
  const wss = new WebSocketServer({
    noServer: true,
    // The hard cap: larger messages close the connection (1009). Up to it, messages over
    // limits.maxFrameBytes are refused one by one and the connection stays.
    maxPayload: Math.max(64 * 1024, config.limits.maxFrameBytes * 4),
    perMessageDeflate: false,
    clientTracking: false,
  });
  server.on('upgrade', (req, socket: Socket, head) => {
    // From here the gateway's pools govern this socket, not the HTTP connection cap.
    connections.remove(socket);
    const refuse = (status: string, sentence: string): void => {
      metrics.upgradesRefused.inc({ reason: status.split(' ')[0]! });
      log.warn({ code: 'UPGRADE_REFUSED', status, remote: req.socket.remoteAddress, origin: req.headers.origin, host: req.headers.host }, sentence);
      socket.end(`HTTP/1.1 ${status}\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n\r\n${sentence}\n`);
      socket.destroySoon();
    };
    const path = new URL(req.url ?? '/', 'http://agent').pathname;
    if (path !== '/ws') return refuse('404 Not Found', 'the WebSocket endpoint is /ws');
    const host = guard?.checkHost(req.headers.host);
    if (host && !host.ok) return refuse('403 Forbidden', `forbidden: ${host.sentence}`);
    const origin = guard?.checkOrigin(req.headers.origin);
    if (origin && !origin.ok) return refuse('403 Forbidden', `forbidden: ${origin.sentence}`);
    wss.handleUpgrade(req, socket, head, (ws) => gateway.handleConnection(ws, req));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  try {
    await new Promise<void>((res, rej) => {
      server.once('error', rej);
      server.listen(config.port, config.host, () => {
        server.off('error', rej);
        res();
      });
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    await loopHost.stop(1);
    await loopHost.terminate();
    if (video.ok) await video.hub.close();
    await recorder?.close();
    const why =
      err.code === 'EADDRINUSE'
        ? `port = ${config.port}: already in use on ${config.host}; choose another with --port N (0 picks a free port)`
        : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
          ? `host = ${JSON.stringify(config.host)}: not an address of this machine (${err.code}); expected a local address, e.g. 127.0.0.1`
          : `cannot listen on ${config.host}:${config.port}: ${err.message}`;
    throw new AgentStartError(why);
  }
  const port = (server.address() as AddressInfo).port;
  guard = new PeerGuard({ bindHost: config.host, port, tls: tls !== null, allowedHosts: config.http.allowedHosts, allowedOrigins: config.http.allowedOrigins });
  const scheme = tls ? 'https' : 'http';
  const base = `${scheme}://${urlHost(config.host)}:${port}`;
  const urls: AgentUrls = {
    base,
    console: `${base}/console?token=${tokens.surgeon}`,
    monitor: `${base}/monitor?token=${tokens.observer}`,
    ws: `${tls ? 'wss' : 'ws'}://${urlHost(config.host)}:${port}/ws`,
    metrics: `${base}/metrics`,
    healthz: `${base}/healthz`,
  };

  // Loop events.
  loopHost.on('out', (m) => {
    if (m.acks.length > 0) gateway.onCoreAcks(m.acks, m.tick);
    for (const e of m.events) {
      // Several arms: the event names its arm (null: all of them, reported as the first arm).
      const ev = fromCoreEvent(e, typeof e.armId === 'number' ? e.armId : armIds[0]!);
      gateway.broadcastEvent(ev);
      const level = e.severity === 'INFO' ? 'info' : e.severity === 'WARNING' ? 'warn' : 'error';
      log[level]({ code: e.code, severity: e.severity, session: e.sourceId, tick: m.tick }, e.message);
    }
    if (m.stateChanged) log.info({ code: m.reason, state: m.state, tick: m.tick }, `supervisor ${m.state} (${m.reason})`);
  });
  // The input ring full: counted, and said once per second it happens (loop-inputs.ts).
  const overflowSeen = { framesDropped: 0, viaPort: 0, loggedAtNs: -Infinity };
  loopHost.on('snap', (s) => {
    const ic = loopHost.inputCounts;
    if (ic && (ic.framesDropped !== overflowSeen.framesDropped || ic.viaPort !== overflowSeen.viaPort)) {
      metrics.loopInputOverflows.inc({ outcome: 'frame_dropped' }, ic.framesDropped - overflowSeen.framesDropped);
      metrics.loopInputOverflows.inc({ outcome: 'via_port' }, ic.viaPort - overflowSeen.viaPort);
      if (s.timeNs - overflowSeen.loggedAtNs >= 1e9) {
        log.warn({ code: 'LOOP_INPUT_OVERFLOW', framesDropped: ic.framesDropped, viaPort: ic.viaPort, tick: s.tick }, `the control loop's input ring was full: ${ic.framesDropped} frame(s) dropped and ${ic.viaPort} input(s) sent through the port so far`);
        overflowSeen.loggedAtNs = s.timeNs;
      }
      overflowSeen.framesDropped = ic.framesDropped;
      overflowSeen.viaPort = ic.viaPort;
    }
    loopStats.onSnapshot(s);
    const l = loopStats.stats(clock.nowNs())!;
    gateway.onSnapshot(s, l);
    metrics.onSnapshot(s, l);
    const stall = healthWatch.onSnapshot(s);
    const sentence = stall ? stallAnnouncer.onStall(stall) : null;
    if (stall && sentence !== null) {
      log.warn({ code: 'LOOP_STALL', periodMs: stall.periodS * 1e3, count: stall.count, tick: s.tick }, sentence);
      gateway.broadcastEvent({ timeNs: s.timeNs, severity: 'WARNING', code: 'LOOP_STALL', message: sentence, armId: armIds[0]! });
    }
    metrics.healthOk.set(healthWatch.evaluate(s.timeNs, { stopping: closing !== null, recordingFailure: recorder?.failure ?? null }).status === 'ok' ? 1 : 0);
    if (recorder) {
      metrics.recordingBytes.set(recorder.bytes);
      metrics.recordingOk.set(recorder.failure === null ? 1 : 0);
    }
  });
  loopHost.on('fatal', (error) => {
    log.fatal({ code: 'LOOP_FAILED', err: error }, 'the control loop failed; the arm is disabled and the agent stops');
    void close('LOOP_FAILED', 1);
  });
  recorder?.on('error', (message) => {
    log.error({ code: 'RECORDING_FAILED', err: message }, `recording failed: ${message}`);
    gateway.broadcastEvent({ timeNs: clock.nowNs(), severity: 'ALARM', code: 'RECORDING_FAILED', message: `The session recording stopped: ${message}`, armId: armIds[0]! });
  });
  recorder?.on('rotated', (r) => {
    log.info({ code: 'RECORDING_ROTATED', closed: r.closedPath, closedBytes: r.closedBytes, path: r.path, part: r.part, firstTick: r.firstTick }, `recording continues in ${r.path} (part ${r.part})`);
    gateway.broadcastEvent({ timeNs: clock.nowNs(), severity: 'INFO', code: 'RECORDING_ROTATED', message: `The recording reached recording.maxFileBytes (${config.recording.maxFileBytes} bytes) and continues in part ${r.part}.`, armId: armIds[0]! });
  });
  recorder?.on('limit', (r) => {
    log.warn({ code: 'RECORDING_LIMIT_REACHED', path: r.path, bytes: r.bytes, limitBytes: r.limitBytes, lastTick: r.lastTick }, `recording stopped: recording.maxTotalBytes (${r.limitBytes} bytes) reached`);
    gateway.broadcastEvent({ timeNs: clock.nowNs(), severity: 'WARNING', code: 'RECORDING_LIMIT_REACHED', message: `The session recording stopped at recording.maxTotalBytes (${r.limitBytes} bytes); the arm is unaffected.`, armId: armIds[0]! });
  });

  // Tick 0, a few ms from now; the recording's first record says when.
  const startAtNs = clock.nowNs() + 5e6;
  recorder?.send({
    k: 'session',
    start: {
      session_id: sessionId,
      agent_version: AGENT_VERSION,
      protocol_major: PROTOCOL_MAJOR,
      protocol_minor: PROTOCOL_MINOR,
      config_json: recordedConfigJson(config),
      start_time_ns: startAtNs,
      wall_clock_iso: wallClockIso,
      sim_seed: config.sim.seed,
      arm_driver: config.driver,
      // Several arms (issue 15): who they are and where their bases sit; absent for one arm (its file is unchanged).
      ...(loopHost.ready.arms ? { arms: recordedArms(loopHost.ready.arms) } : {}),
    },
  });
  loopHost.go(startAtNs);

  const probeTimer = setInterval(() => {
    gateway.probeTick();
    gateway.housekeeping();
    metrics.httpConnections.set(connections.size);
  }, 100);
  const insecureWarn = (): void =>
    log.warn({ code: 'INSECURE_BIND', host: config.host }, `serving on ${config.host} without TLS (--insecure): tokens and motion cross the network in clear`);
  const insecureTimer = !isLoopbackHost(config.host) && !tls ? setInterval(insecureWarn, 60_000) : null;
  if (insecureTimer) insecureWarn();

  log.info(
    { code: 'AGENT_STARTED', port, host: config.host, tls: tls !== null, loopScheduling: loopHost.ready.scheduling, loopWarmup: loopHost.ready.warmup, mainScheduling, driver: config.driver, controlRateHz: config.controlRateHz, recording: recorder?.path ?? null, seed: config.sim.seed, clockOriginMonotonicNs: clock.originHrNs.toString() },
    `agent listening on ${base}`,
  );

  async function close(reason: string, code: number): Promise<AgentExit> {
    if (closing) return closing;
    closing = (async () => {
      log.warn({ code: 'SHUTDOWN', reason }, `shutting down: ${reason}`);
      clearInterval(probeTimer);
      if (insecureTimer) clearInterval(insecureTimer);
      gateway.beginShutdown(reason);
      const stopped = await loopHost.stop(2);
      log.info({ code: stopped.disabled ? 'ARM_DISABLED' : 'ARM_NOT_DISABLED', state: stopped.state, atRest: stopped.atRest, err: stopped.error }, stopped.disabled ? 'arm held and disabled' : 'arm could not be disabled');
      gateway.broadcastEvent({
        timeNs: clock.nowNs(),
        severity: stopped.disabled ? 'INFO' : 'ALARM',
        code: stopped.disabled ? 'ARM_DISABLED' : 'ARM_DISABLE_FAILED',
        message: stopped.disabled
          ? `The arm was brought to ${stopped.atRest ? 'rest' : 'a hold (rest not confirmed within 2 s)'} and disabled; the agent is stopping (${reason}).`
          : `The arm could not be disabled (${stopped.error ?? 'unknown'}); check it at the bedside.`,
        armId: armIds[0]!,
      });
      await gateway.closeAll(reason);
      if (video.ok) await video.hub.close();
      wss.close();
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      const recordingBytes = recorder ? await recorder.close() : 0;
      await loopHost.terminate();
      log.info({ code: 'SHUTDOWN_COMPLETE', recordingBytes }, 'agent stopped');
      await flushLogger(log);
      const exit: AgentExit = { reason, code, disabled: stopped.disabled, atRest: stopped.atRest, recordingBytes };
      resolveDone(exit);
      return exit;
    })();
    return closing;
  }

  return {
    sessionId,
    host: config.host,
    port,
    urls,
    tokens,
    recordingPath: recorder?.path ?? null,
    rtc: rtc.ok ? { available: true, reason: '' } : { available: false, reason: rtc.reason },
    video: video.ok ? { available: true, reason: '', stats: video.hub.stats } : { available: false, reason: video.reason, stats: null },
    clock,
    config,
    log,
    done,
    close: (reason = 'requested') => close(reason, 0),
    snapshot: () => gateway.lastSnapshot,
    loopStats: () => loopStats.stats(clock.nowNs()),
    metricsText: () => metrics.registry.metrics(),
  };
}

/** SessionStart.arms (recording.proto RecordedArm) from the loop's announcement. */
function recordedArms(arms: readonly ArmAnnouncement[]): RecordedArmRecord[] {
  return arms.map((a) => {
    const b = a.baseInCart ?? { position: [0, 0, 0], orientation: [0, 0, 0, 1] };
    return {
      arm_id: a.armId,
      name: a.name,
      kind: a.kind === 'CAMERA' ? 2 : 1,
      base_in_cart: {
        position: { x: b.position[0], y: b.position[1], z: b.position[2] },
        orientation: { x: b.orientation[0], y: b.orientation[1], z: b.orientation[2], w: b.orientation[3] },
      },
    };
  });
}
