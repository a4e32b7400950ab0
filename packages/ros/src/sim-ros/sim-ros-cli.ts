// `farhand sim-ros` (npm run sim:ros): the simulated PSM as a CRTK arm on a ROS 1 master. Runs until
// SIGINT/SIGTERM. Exit codes: 0 stopped by a signal; 1 could not start (master unreachable, ...); 2 bad arguments.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { SimulatedPsm } from '@farhand/sim';
import { parseBaseFrame } from '../driver/frames.js';
import { OPERATING_STATE_TYPES, type OperatingStateTypeName } from '../driver/msgdefs.js';
import { SimOnRos, type SimOnRosOptions } from './sim-ros.js';

const HELP = `usage: farhand sim-ros [--ros-master URL] [--arm NAME] [options]
       npm run sim:ros -- --ros-master http://127.0.0.1:11311 --arm PSM1

The simulated dVRK PSM as a CRTK arm on a ROS 1 master, as a dVRK 2.x publishes and obeys:
  publishes /ARM/measured_js, measured_cp (parent frame), local/measured_cp (RCM frame), setpoint_js,
            setpoint_cp, jaw/measured_js, jaw/setpoint_js at --rate; operating_state (latched, on change);
            error and warning (std_msgs/String)
  obeys     /ARM/servo_cp, servo_jp, jaw/servo_jp (while ENABLED and homed), state_command
            (crtk_msgs/StringStamped: enable, disable, home, unhome, pause, resume)
Try it:  rostopic echo -n 1 /PSM1/measured_cp
         rostopic pub -1 /PSM1/state_command crtk_msgs/StringStamped "{string: home}"   (needs crtk_msgs)

  --ros-master URL         ROS master (default: $ROS_MASTER_URI, else http://127.0.0.1:11311); also --ros-master-uri
  --arm NAME               arm namespace (default PSM1)
  --rate HZ                state topics per second, 0..1000 (default 100, as a dVRK; 0 = only on command)
  --publish-on-command     also publish the state right after each servo command (latency measurements)
  --tool TOOL              LND400006 (default) or LND420006
  --seed N                 simulator seed (default 1)
  --base-frame JSON        pose of the arm's RCM in its parent frame: {"matrix":[16 numbers]} (with an optional
                           "reference_frame":"ECM", the frame_id of measured_cp),
                           [[4x4]], {"reference_frame":"ECM","transform":[[4x4]]} or {"position":[..],"orientation":[..]}
  --dvrk-system FILE       take the base frame of --arm from a dVRK system JSON (arms[].base_frame)
  --operating-state-type T crtk_msgs/OperatingState (default) or crtk_msgs/operating_state (dVRK before Nov 2023)
  --host ADDR              address other nodes reach this one at (default: $ROS_IP, $ROS_HOSTNAME, or
                           127.0.0.1 for a loopback master)
  --log-level LEVEL        pino level (default info); logs are JSON on stderr
  -h, --help

exit codes: 0 stopped (SIGINT/SIGTERM), 1 could not start, 2 bad arguments`;

export interface SimRosCliConfig {
  masterUri: string;
  arm: string;
  rateHz: number;
  publishOnCommand: boolean;
  tool: 'LND400006' | 'LND420006';
  seed: number;
  baseFrame: unknown;
  operatingStateType: OperatingStateTypeName;
  hostname: string | undefined;
  logLevel: string;
}

/** Reads a dVRK system JSON (// comments allowed) and returns arms[name].base_frame. */
export function baseFrameFromDvrkSystem(path: string, arm: string): unknown {
  const text = readFileSync(path, 'utf8');
  // dVRK files carry // comments: drop them outside strings before JSON.parse.
  const stripped = text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*/g, (m, str: string | undefined) => str ?? '');
  let json: unknown;
  try {
    json = JSON.parse(stripped);
  } catch (err) {
    throw new Error(`--dvrk-system ${path}: not JSON (${(err as Error).message})`);
  }
  const arms = (json as { arms?: unknown }).arms;
  if (!Array.isArray(arms)) throw new Error(`--dvrk-system ${path}: no "arms" array`);
  const entry = arms.find((a: { name?: unknown }) => a?.name === arm) as { base_frame?: unknown } | undefined;
  if (!entry) throw new Error(`--dvrk-system ${path}: no arm named ${arm} (arms: ${arms.map((a: { name?: unknown }) => String(a?.name)).join(', ')})`);
  if (entry.base_frame === undefined) throw new Error(`--dvrk-system ${path}: arm ${arm} has no base_frame`);
  return entry.base_frame;
}

/** Arguments -> config. Throws an Error naming what is wrong and what is accepted. */
export function parseSimRosArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): SimRosCliConfig | 'help' {
  const { values: v } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      'ros-master': { type: 'string' },
      'ros-master-uri': { type: 'string' },
      arm: { type: 'string' },
      rate: { type: 'string' },
      'publish-on-command': { type: 'boolean' },
      tool: { type: 'string' },
      seed: { type: 'string' },
      'base-frame': { type: 'string' },
      'dvrk-system': { type: 'string' },
      'operating-state-type': { type: 'string' },
      host: { type: 'string' },
      'log-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) return 'help';
  const masterUri = v['ros-master'] ?? v['ros-master-uri'] ?? env['ROS_MASTER_URI'] ?? 'http://127.0.0.1:11311';
  if (!/^https?:\/\/[^/\s]+/.test(masterUri)) throw new Error(`--ros-master "${masterUri}": expected http://HOST:PORT`);
  const arm = v.arm ?? 'PSM1';
  if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(arm)) throw new Error(`--arm "${arm}": expected a ROS name such as PSM1`);
  const rateHz = v.rate === undefined ? 100 : Number(v.rate);
  if (!Number.isFinite(rateHz) || rateHz < 0 || rateHz > 1000) throw new Error(`--rate "${v.rate}": expected a number of Hz from 0 to 1000`);
  const tool = v.tool ?? 'LND400006';
  if (tool !== 'LND400006' && tool !== 'LND420006') throw new Error(`--tool "${tool}": expected LND400006 or LND420006`);
  const seed = v.seed === undefined ? 1 : Number(v.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed "${v.seed}": expected an integer from 0 to 4294967295`);
  if (v['base-frame'] !== undefined && v['dvrk-system'] !== undefined) throw new Error('give --base-frame or --dvrk-system, not both');
  let baseFrame: unknown;
  if (v['base-frame'] !== undefined) {
    try {
      baseFrame = JSON.parse(v['base-frame']);
    } catch {
      throw new Error(`--base-frame: not JSON; expected e.g. {"matrix":[1,0,0,0, 0,1,0,0, 0,0,1,0, 0,0,0,1]}`);
    }
  } else if (v['dvrk-system'] !== undefined) {
    baseFrame = baseFrameFromDvrkSystem(v['dvrk-system'], arm);
  }
  parseBaseFrame(baseFrame); // throws with what is accepted
  const ost = v['operating-state-type'] ?? OPERATING_STATE_TYPES[0];
  if (!(OPERATING_STATE_TYPES as readonly string[]).includes(ost)) {
    throw new Error(`--operating-state-type "${ost}": expected ${OPERATING_STATE_TYPES.join(' or ')}`);
  }
  const logLevel = v['log-level'] ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new Error(`--log-level "${logLevel}": expected fatal, error, warn, info, debug, trace or silent`);
  }
  return {
    masterUri,
    arm,
    rateHz,
    publishOnCommand: v['publish-on-command'] === true,
    tool,
    seed,
    baseFrame,
    operatingStateType: ost as OperatingStateTypeName,
    hostname: v.host,
    logLevel,
  };
}

export async function main(argv: string[]): Promise<number> {
  let cfg: SimRosCliConfig | 'help';
  try {
    cfg = parseSimRosArgs(argv);
  } catch (err) {
    process.stderr.write(`farhand sim-ros: ${(err as Error).message}\n(farhand sim-ros --help for the options)\n`);
    return 2;
  }
  if (cfg === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const logger = pino({ level: cfg.logLevel, base: { app: 'farhand-sim-ros', arm: cfg.arm } });
  const options: SimOnRosOptions = {
    masterUri: cfg.masterUri,
    arm: cfg.arm,
    sim: new SimulatedPsm({ tool: cfg.tool, seed: cfg.seed }),
    rateHz: cfg.rateHz,
    publishOnCommand: cfg.publishOnCommand,
    baseFrame: cfg.baseFrame,
    operatingStateType: cfg.operatingStateType,
    hostname: cfg.hostname,
    logger,
  };
  const server = new SimOnRos(options);
  try {
    await server.start();
  } catch (err) {
    process.stderr.write(`farhand sim-ros: could not start: ${(err as Error).message}\n`);
    await server.stop();
    return 1;
  }
  process.stderr.write(`farhand sim-ros: ${cfg.arm} on ${cfg.masterUri}, state at ${cfg.rateHz} Hz. Ctrl-C to stop.\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.stop();
  logger.flush();
  return 0;
}
