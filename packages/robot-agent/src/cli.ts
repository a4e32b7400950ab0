#!/usr/bin/env node
// `farhand-agent` (and `npm start`): the agent with the simulated arm and the pages on 127.0.0.1. Prints
// the console and monitor URLs (each with a fresh token, as Jupyter does) on stdout; logs go to stderr.
import { realpathSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { AgentStartError, startAgent } from './agent.js';
import { helpText } from './cli-help.js';
import { completeConfig } from '@farhand/loop';
import { loadConfig, sourceLabel } from './config/load.js';
import { AGENT_VERSION } from './version.js';
import { loopGcMode } from './loop/gc-mode.js';


const out = (s: string): void => void process.stdout.write(`${s}\n`);
const err = (s: string): void => void process.stderr.write(`${s}\n`);

export async function main(argv: string[]): Promise<number> {
  // The loop's GC mode (loop/gc-mode.ts) is applied when the loop starts; a bad value is refused here.
  try {
    loopGcMode(process.env);
  } catch (e) {
    err(`farhand-agent: invalid environment: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const loaded = loadConfig({ argv, env: process.env, cwd: process.cwd() });
  if (!loaded.ok) {
    for (const e of loaded.errors) err(`farhand-agent: invalid config: ${e}`);
    return 2;
  }
  if (loaded.flags.help) {
    out(helpText());
    return 0;
  }
  if (loaded.flags.version) {
    out(AGENT_VERSION);
    return 0;
  }
  const eff = completeConfig(loaded.config);
  if (!eff.ok) {
    for (const e of eff.errors) {
      const path = /^([A-Za-z0-9_.]+)[: =]/.exec(e)?.[1];
      const src = path !== undefined ? sourceLabel(loaded.sources, path) : undefined;
      err(`farhand-agent: invalid config: ${e}${src !== undefined ? ` (from ${src})` : ''}`);
    }
    return 2;
  }
  const config = eff.config;

  let agent;
  try {
    agent = await startAgent(config);
  } catch (e) {
    if (e instanceof AgentStartError) {
      err(`farhand-agent: cannot start: ${e.message}`);
      return 2;
    }
    throw e;
  }

  const arm = config.driver === 'sim' ? `simulated PSM (${config.sim.tool}, seed ${config.sim.seed})` : `ROS arm ${config.ros.arm} at ${config.ros.masterUri}`;
  out(`Farhand agent ${AGENT_VERSION}, session ${agent.sessionId}: ${arm}, control loop ${config.controlRateHz} Hz`);
  out(`Console: ${agent.urls.console}`);
  out(`Monitor: ${agent.urls.monitor}`);
  out(`Engineer token: ${agent.tokens.engineer}`);
  out(`Recording: ${agent.recordingPath ?? 'off'}`);
  out(`Metrics: ${agent.urls.metrics} (loopback only)`);
  out(`Motion transport: ${agent.rtc.available ? 'WebRTC DataChannel (unordered, no retransmission), WebSocket as fallback' : `WebSocket only (${agent.rtc.reason})`}`);
  out(`Video: ${agent.video.available ? `${agent.config.video.source} ${agent.config.video.size} at ${agent.config.video.fps} fps on the WebRTC peer connection` : agent.video.reason}`);
  out('Press Ctrl+C to stop (the arm holds, then is disabled).');

  let signals = 0;
  const onSignal = (sig: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) {
      err(`farhand-agent: ${sig} again: exiting at once`);
      process.exit(130);
    }
    err(`farhand-agent: ${sig}: stopping (arm to hold, then disabled; recording closed)`);
    void agent.close(sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const exit = await agent.done;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  out(`Stopped (${exit.reason}): arm ${exit.disabled ? 'disabled' : 'NOT disabled'}; recording ${agent.recordingPath ? `${exit.recordingBytes} bytes in ${agent.recordingPath}` : 'off'}.`);
  return exit.code;
}

function isEntry(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  main(process.argv.slice(2)).then(
    (code) => {
      // An explicit exit: once a console has watched the video, @roamhq/wrtc's video track keeps the
      // process alive (and crashes at a natural exit if stopped); everything is closed by now.
      process.exit(code);
    },
    (e: unknown) => {
      err(`farhand-agent: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    },
  );
}
