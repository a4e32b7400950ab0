// `farhand sim-mtm`: simulated dVRK MTML and MTMR with foot pedals on a ROS 1 master (see sim-mtm.ts), to
// try `farhand console-ros` without a master console. Pedals are driven from stdin, one command a line:
//   press NAME | release NAME     NAME: operator-present, clutch, camera, coag
//   pause MTML|MTMR | resume MTML|MTMR    stop / restart publishing one MTM (a stale master)
// Exit codes: 0 stopped (SIGINT/SIGTERM or end of stdin with --exit-on-eof); 1 could not start; 2 bad arguments.
import process from 'node:process';
import readline from 'node:readline';
import { pino } from 'pino';
import { didYouMean } from '@farhand/protocol';
import { SimMtm } from './sim-mtm.js';
import type { PedalName } from '../console-ros/inputs.js';

const HELP = `usage: farhand sim-mtm [--ros-master URL] [--rate HZ] [--pedal-repeat HZ] [--host ADDR]

Simulated dVRK MTML and MTMR (dVRK MTM kinematics, a gentle joint trajectory) publishing /MTMx/measured_cp
(frame MTMx_base), /MTMx/measured_js, /MTMx/gripper/measured_js at --rate, and the pedals as sensor_msgs/Joy
events (/footpedals/clutch, /footpedals/camera, /footpedals/coag, /console/operator_present). Commands on stdin:
  press NAME, release NAME     NAME: operator-present, clutch, camera, coag
  pause MTML|MTMR, resume MTML|MTMR

  --ros-master URL     ROS master (default: $ROS_MASTER_URI, else http://127.0.0.1:11311)
  --rate HZ            MTM state per second, 1..1000 (default 100, as a dVRK)
  --pedal-repeat HZ    also repeat the pedal states at this rate, 0..100 (default 0: on change only, as a dVRK)
  --host ADDR          address other ROS nodes reach this one at
  --log-level LEVEL    pino level (default info)
  -h, --help`;

const PEDALS: Record<string, PedalName> = { 'operator-present': 'operatorPresent', clutch: 'clutch', camera: 'camera', coag: 'coag' };
const FLAGS = ['ros-master', 'rate', 'pedal-repeat', 'host', 'log-level', 'help'];

export interface SimMtmCliConfig {
  masterUri: string;
  rateHz: number;
  pedalRepeatHz: number;
  hostname: string | undefined;
  logLevel: string;
}

export function parseSimMtmArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): SimMtmCliConfig | 'help' {
  const v = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`);
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (!FLAGS.includes(name)) {
      const near = didYouMean(name, FLAGS);
      throw new Error(`unknown option --${name}${near ? ` (did you mean --${near}?)` : ''}`);
    }
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    v.set(name, value);
  }
  const masterUri = v.get('ros-master') ?? env['ROS_MASTER_URI'] ?? 'http://127.0.0.1:11311';
  if (!/^https?:\/\/[^/\s]+/.test(masterUri)) throw new Error(`--ros-master "${masterUri}": expected http://HOST:PORT`);
  const num = (k: string, lo: number, hi: number, d: number): number => {
    const s = v.get(k);
    if (s === undefined) return d;
    const x = Number(s);
    if (s.trim() === '' || !Number.isFinite(x) || x < lo || x > hi) throw new Error(`--${k} "${s}": expected a number from ${lo} to ${hi}`);
    return x;
  };
  const logLevel = v.get('log-level') ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) throw new Error(`--log-level "${logLevel}": expected fatal, error, warn, info, debug, trace or silent`);
  return { masterUri, rateHz: num('rate', 1, 1000, 100), pedalRepeatHz: num('pedal-repeat', 0, 100, 0), hostname: v.get('host'), logLevel };
}

/** One stdin command -> an action on the sim, or a sentence saying what is accepted. */
export function applyCommand(sim: Pick<SimMtm, 'setPedal' | 'paused'>, line: string): string | null {
  const [verb, arg] = line.trim().split(/\s+/);
  if (verb === undefined || verb === '') return null;
  if (verb === 'press' || verb === 'release') {
    const pedal = PEDALS[arg ?? ''];
    if (!pedal) {
      const near = didYouMean(arg ?? '', Object.keys(PEDALS));
      return `unknown pedal "${arg ?? ''}"${near ? ` (did you mean ${near}?)` : ''}; accepted: ${Object.keys(PEDALS).join(', ')}`;
    }
    sim.setPedal(pedal, verb === 'press');
    return null;
  }
  if (verb === 'pause' || verb === 'resume') {
    if (arg !== 'MTML' && arg !== 'MTMR') return `${verb} takes MTML or MTMR`;
    sim.paused[arg] = verb === 'pause';
    return null;
  }
  return `unknown command "${verb}"; accepted: press NAME, release NAME, pause MTMx, resume MTMx`;
}

export async function main(argv: string[]): Promise<number> {
  let cfg: SimMtmCliConfig | 'help';
  try {
    cfg = parseSimMtmArgs(argv);
  } catch (err) {
    process.stderr.write(`farhand sim-mtm: ${(err as Error).message}\n(farhand sim-mtm --help for the options)\n`);
    return 2;
  }
  if (cfg === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  // stderr, written synchronously: stdout stays for --help, and no line is lost when the process ends.
  const logger = pino({ level: cfg.logLevel, base: { app: 'farhand-sim-mtm' } }, pino.destination({ dest: 2, sync: true }));
  const sim = new SimMtm({ masterUri: cfg.masterUri, rateHz: cfg.rateHz, pedalRepeatHz: cfg.pedalRepeatHz, ...(cfg.hostname ? { hostname: cfg.hostname } : {}), logger });
  try {
    await sim.start();
  } catch (err) {
    process.stderr.write(`farhand sim-mtm: could not start: ${(err as Error).message}\n`);
    await sim.stop();
    return 1;
  }
  process.stderr.write(`farhand sim-mtm: MTML, MTMR and pedals on ${cfg.masterUri} at ${cfg.rateHz} Hz; commands on stdin (press operator-present, ...). Ctrl-C to stop.\n`);
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    const err = applyCommand(sim, line);
    if (err) process.stderr.write(`farhand sim-mtm: ${err}\n`);
    else if (line.trim() !== '') logger.info({ code: 'SIM_COMMAND', command: line.trim() }, line.trim());
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  rl.close();
  await sim.stop();
  logger.flush();
  return 0;
}
