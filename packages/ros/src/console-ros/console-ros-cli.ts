// `farhand console-ros` (npm run console:ros): a dVRK master console on ROS 1 as a Farhand surgeon console.
// Runs until SIGINT/SIGTERM (the arm holds: operator absent, DISENGAGE, RELEASE_CONTROL). Exit codes:
// 0 stopped by a signal; 1 could not start (ROS master or agent unreachable, refused); 2 bad arguments.
import process from 'node:process';
import { pino } from 'pino';
import { MAX_TOKEN_CHARS, didYouMean } from '@farhand/protocol';
import { parseMasterUri } from '../driver/node.js';
import { ConsoleFrame, DEFAULT_CONSOLE_FRAME_ID } from './console-frame.js';
import { ConsoleRos, type ConsoleRosOptions } from './console-ros.js';
import { DEFAULT_GRIPPER, DEFAULT_PEDAL_TOPICS, type MtmSide, type PedalName } from './inputs.js';

const HELP = `usage: farhand console-ros --to URL --token TOKEN [--ros-master URL] [options]
       npm run console:ros -- --ros-master http://127.0.0.1:11311 --to ws://127.0.0.1:8080/ws --token TOKEN

A dVRK master console (MTML, MTMR, foot pedals) on ROS 1 as a Farhand surgeon console. Reads
  /MTML/measured_cp, /MTMR/measured_cp        geometry_msgs/PoseStamped (dVRK >= 2.2), frame MTMx_base or HRSV
  /MTML/gripper/measured_js, /MTMR/...        sensor_msgs/JointState, one angle (rad) -> grip 0 open .. 1 closed
  /footpedals/clutch, /footpedals/camera,     sensor_msgs/Joy, buttons[0]: 1 pressed, 0 released, 2 clicked
  /footpedals/coag, /console/operator_present (the dead-man: ENGAGE when pressed, DISENGAGE when released)
and streams protocol 1.1 MotionFrames: with two INSTRUMENT arms on the agent MTMR drives the first and MTML the
second (camera pedal: camera mode); with one (or a protocol 1.0 agent), single-hand frames from --hand.
Input older than --max-input-age-ms sends operator_present = false: the agent holds.

  --to URL                    the agent's WebSocket, ws://HOST:PORT/ws or wss://... (required)
  --token TOKEN               a surgeon token (the one in the console URL the agent printed); or $FARHAND_TOKEN
  --ros-master URL            ROS master (default: $ROS_MASTER_URI, else http://127.0.0.1:11311); also --ros-master-uri
  --hand MTML|MTMR            the MTM that drives a one-armed agent (default MTMR)
  --rate HZ                   frames per second, 100..1000 (default 125: >= 100 Hz with timer jitter)
  --max-input-age-ms MS       MTM input older than this is stale, 5..500 (default 50)
  --engage-after-s S          stream operator-present frames this long before ENGAGE, 0..5 (default 0.1;
                              raised to the agent's playout delay + 50 ms)
  --operator-present-topic T  dead-man topic (default /console/operator_present; /footpedals/coag for the raw
                              COAG pedal; /dvrk/footpedals/operatorpresent on a dVRK 1.x)
  --clutch-topic T            (default /footpedals/clutch)
  --camera-topic T            (default /footpedals/camera)
  --coag-topic T              (default /footpedals/coag; read and logged)
  --console-frame-id NAME     frame_id of poses already in the console (eye) frame (default HRSV)
  --mtmr-base-frame JSON      MTMR_base in the console frame, used for poses with frame_id MTMR_base:
  --mtml-base-frame JSON      "dvrk" (default: the dVRK console convention, see docs/ros.md), "identity",
                              [[4x4]], {"matrix":[16]} or {"position":[..],"orientation":[x,y,z,w]}
  --gripper-closed-rad RAD    gripper angle read as grip 1 (default 0)
  --gripper-open-rad RAD      gripper angle read as grip 0 (default 1.0472 = 60 deg)
  --name NAME                 client name the agent logs (default dvrk-console-ros)
  --host ADDR                 address ROS nodes reach this one at (default: $ROS_IP, $ROS_HOSTNAME, or
                              127.0.0.1 for a loopback master)
  --no-reconnect              exit when the agent closes the connection instead of reconnecting
  --log-level LEVEL           pino level (default info); logs are JSON on stderr
  -h, --help

exit codes: 0 stopped (SIGINT/SIGTERM), 1 could not start, 2 bad arguments`;

type Kind = 'string' | 'boolean';
const OPTIONS: Record<string, Kind> = {
  to: 'string',
  token: 'string',
  'ros-master': 'string',
  'ros-master-uri': 'string',
  hand: 'string',
  rate: 'string',
  'max-input-age-ms': 'string',
  'engage-after-s': 'string',
  'operator-present-topic': 'string',
  'clutch-topic': 'string',
  'camera-topic': 'string',
  'coag-topic': 'string',
  'console-frame-id': 'string',
  'mtmr-base-frame': 'string',
  'mtml-base-frame': 'string',
  'gripper-closed-rad': 'string',
  'gripper-open-rad': 'string',
  name: 'string',
  host: 'string',
  'no-reconnect': 'boolean',
  'log-level': 'string',
  help: 'boolean',
};

export type ConsoleRosCliConfig = Omit<ConsoleRosOptions, 'logger'> & { logLevel: string };

/** argv -> name/value pairs; unknown flags get a "did you mean". `--name=value` keeps a value that starts with '-'. */
function scan(argv: string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  const names = Object.keys(OPTIONS);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h') {
      out.set('help', true);
      continue;
    }
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"; options start with --`);
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const kind = OPTIONS[name];
    if (kind === undefined) {
      const near = didYouMean(name, names);
      throw new Error(`unknown option --${name}${near ? ` (did you mean --${near}?)` : ''}`);
    }
    if (out.has(name)) throw new Error(`--${name} is given twice`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new Error(`--${name} takes no value`);
      out.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined) throw new Error(`--${name} needs a value`);
    out.set(name, value);
  }
  return out;
}

function numberIn(v: string | undefined, flag: string, lo: number, hi: number, dflt: number, unit: string): number {
  if (v === undefined) return dflt;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || x < lo || x > hi) throw new Error(`--${flag} "${v}": expected a number of ${unit} from ${lo} to ${hi}`);
  return x;
}

function topic(v: string | undefined, flag: string, dflt: string): string {
  const t = v ?? dflt;
  if (!/^\/?[A-Za-z][A-Za-z0-9_]*(\/[A-Za-z][A-Za-z0-9_]*)*$/.test(t)) throw new Error(`--${flag} "${t}": expected a ROS topic name such as ${dflt}`);
  return t.startsWith('/') ? t : `/${t}`;
}

function baseFrame(v: string | undefined, flag: string): unknown {
  if (v === undefined || v === 'dvrk') return undefined;
  if (v === 'identity') return { matrix: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1] };
  try {
    return JSON.parse(v) as unknown;
  } catch {
    throw new Error(`--${flag}: not JSON; expected "dvrk", "identity", [[4x4]], {"matrix":[16 numbers]} or {"position":[x,y,z],"orientation":[x,y,z,w]}`);
  }
}

/** Arguments -> config. Throws an Error naming what is wrong and what is accepted. */
export function parseConsoleRosArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ConsoleRosCliConfig | 'help' {
  const o = scan(argv);
  if (o.get('help') === true) return 'help';
  const s = (k: string): string | undefined => {
    const v = o.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  if (s('ros-master') !== undefined && s('ros-master-uri') !== undefined) throw new Error('give --ros-master or --ros-master-uri, not both');
  const masterUri = s('ros-master') ?? s('ros-master-uri') ?? env['ROS_MASTER_URI'] ?? 'http://127.0.0.1:11311';
  if (!/^https?:\/\/[^/\s]+/.test(masterUri)) throw new Error(`--ros-master "${masterUri}": expected http://HOST:PORT`);
  parseMasterUri(masterUri);
  const to = s('to');
  if (to === undefined) throw new Error('--to is required: the agent\'s WebSocket, e.g. ws://127.0.0.1:8080/ws');
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    throw new Error(`--to "${to}": not a URL; expected ws://HOST:PORT/ws or wss://HOST:PORT/ws`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new Error(`--to "${to}": expected a ws:// or wss:// URL (the agent's /ws), got ${url.protocol}`);
  const token = s('token') ?? env['FARHAND_TOKEN'];
  if (token === undefined || token.length === 0) throw new Error('--token is required (or $FARHAND_TOKEN): the surgeon token from the console URL the agent printed');
  if (token.length > MAX_TOKEN_CHARS || /\s/.test(token)) throw new Error(`--token: expected at most ${MAX_TOKEN_CHARS} characters without spaces`);
  const hand = s('hand') ?? 'MTMR';
  if (hand !== 'MTML' && hand !== 'MTMR') {
    const near = didYouMean(hand, ['MTML', 'MTMR']);
    throw new Error(`--hand "${hand}": expected MTML or MTMR${near ? ` (did you mean ${near}?)` : ''}`);
  }
  const rateHz = numberIn(s('rate'), 'rate', 100, 1000, 125, 'Hz');
  const maxInputAgeS = numberIn(s('max-input-age-ms'), 'max-input-age-ms', 5, 500, 50, 'ms') / 1000;
  const engageAfterS = numberIn(s('engage-after-s'), 'engage-after-s', 0, 5, 0.1, 's');
  const pedalTopics: Record<PedalName, string> = {
    operatorPresent: topic(s('operator-present-topic'), 'operator-present-topic', DEFAULT_PEDAL_TOPICS.operatorPresent),
    clutch: topic(s('clutch-topic'), 'clutch-topic', DEFAULT_PEDAL_TOPICS.clutch),
    camera: topic(s('camera-topic'), 'camera-topic', DEFAULT_PEDAL_TOPICS.camera),
    coag: topic(s('coag-topic'), 'coag-topic', DEFAULT_PEDAL_TOPICS.coag),
  };
  // The dead-man may share a pedal's topic (e.g. /footpedals/coag); two other pedals may not.
  const others = (['clutch', 'camera', 'coag'] as const).map((k) => [k, pedalTopics[k]] as const);
  for (let i = 0; i < others.length; i++) {
    for (let j = i + 1; j < others.length; j++) {
      if (others[i]![1] === others[j]![1]) throw new Error(`pedal topic ${others[i]![1]} is given for both ${others[i]![0]} and ${others[j]![0]}`);
    }
  }
  const consoleFrameId = s('console-frame-id') ?? DEFAULT_CONSOLE_FRAME_ID;
  const baseFrames: Partial<Record<MtmSide, unknown>> = {};
  const mtmr = baseFrame(s('mtmr-base-frame'), 'mtmr-base-frame');
  const mtml = baseFrame(s('mtml-base-frame'), 'mtml-base-frame');
  if (mtmr !== undefined) baseFrames.MTMR = mtmr;
  if (mtml !== undefined) baseFrames.MTML = mtml;
  new ConsoleFrame({ consoleFrameId, baseFrames }); // throws with what is accepted
  const closedRad = numberIn(s('gripper-closed-rad'), 'gripper-closed-rad', -3.2, 3.2, DEFAULT_GRIPPER.closedRad, 'rad');
  const openRad = numberIn(s('gripper-open-rad'), 'gripper-open-rad', -3.2, 3.2, DEFAULT_GRIPPER.openRad, 'rad');
  if (Math.abs(openRad - closedRad) < 0.05) throw new Error(`--gripper-open-rad ${openRad} and --gripper-closed-rad ${closedRad}: expected at least 0.05 rad apart`);
  const clientName = s('name') ?? 'dvrk-console-ros';
  if (clientName.length === 0 || clientName.length > 64) throw new Error(`--name: expected 1 to 64 characters`);
  const logLevel = s('log-level') ?? 'info';
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(logLevel)) {
    const near = didYouMean(logLevel, levels);
    throw new Error(`--log-level "${logLevel}": expected ${levels.join(', ')}${near ? ` (did you mean ${near}?)` : ''}`);
  }
  const host = s('host');
  return {
    masterUri,
    agentUrl: to,
    token,
    hand,
    rateHz,
    maxInputAgeS,
    pedalTopics,
    consoleFrameId,
    baseFrames,
    gripper: { closedRad, openRad },
    engageAfterS,
    clientName,
    ...(host !== undefined ? { hostname: host } : {}),
    reconnect: o.get('no-reconnect') !== true,
    logLevel,
  };
}

export async function main(argv: string[]): Promise<number> {
  let cfg: ConsoleRosCliConfig | 'help';
  try {
    cfg = parseConsoleRosArgs(argv);
  } catch (err) {
    process.stderr.write(`farhand console-ros: ${(err as Error).message}\n(farhand console-ros --help for the options)\n`);
    return 2;
  }
  if (cfg === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { logLevel, ...options } = cfg;
  // stderr, written synchronously: stdout stays for --help, and no line is lost when the process ends.
  const logger = pino({ level: logLevel, base: { app: 'farhand-console-ros' } }, pino.destination({ dest: 2, sync: true }));
  let agentGone: ((why: string) => void) | null = null;
  const app = new ConsoleRos({ ...options, logger, onGiveUp: (why) => agentGone?.(why) });
  try {
    await app.start();
  } catch (err) {
    process.stderr.write(`farhand console-ros: could not start: ${(err as Error).message}\n`);
    await app.stop();
    return 1;
  }
  process.stderr.write(`farhand console-ros: ROS ${cfg.masterUri} -> ${cfg.agentUrl}. Press the operator-present pedal to engage; Ctrl-C to stop.\n`);
  const why = await new Promise<string | null>((resolve) => {
    agentGone = resolve;
    process.once('SIGINT', () => resolve(null));
    process.once('SIGTERM', () => resolve(null));
  });
  await app.stop();
  logger.flush();
  if (why !== null) {
    process.stderr.write(`farhand console-ros: ${why}\n`);
    return 1;
  }
  return 0;
}
