// `farhand link`: the impairment model as a live WebSocket proxy, to put between a real console and a
// real agent. Runs until SIGINT/SIGTERM, then prints what each connection went through.
//
// Exit codes: 0 stopped by a signal; 1 could not start (address in use, ...); 2 bad arguments.
import process from 'node:process';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { IMPAIRMENT_ARG_OPTIONS, IMPAIRMENT_HELP, describeImpairment, impairmentFromFlags, type ImpairmentFlagValues } from './options.js';
import { LinkProxy, type LinkProxyOptions } from './proxy.js';
import { parseBytes, parseDurationNs } from './units.js';

const HELP = `usage: farhand link --listen [HOST:]PORT --target ws://HOST:PORT[/PATH] [impairment flags]

A WebSocket proxy that impairs the link: point the console at the proxy instead of the agent. Pages
(plain HTTP) are forwarded unimpaired; every WebSocket message goes through the model, one model per
direction. Without a path in --target the client's path and query are kept (e.g. /ws).

  --listen [HOST:]PORT   where to listen (default host 127.0.0.1; port 0 = any free port)
  --target URL           the agent's WebSocket, e.g. ws://127.0.0.1:8080
  --max-in-flight SIZE   messages waiting per direction beyond this are dropped (default 8MiB)
  --max-connections N    (default 16)
  --stats-every DUR      log each connection's figures this often (default 10s; 0 = never)
  --log-level LEVEL      pino level (default info); logs are JSON on stderr
  -h, --help

The impairment flags apply to both directions. Prefix one with up- (console -> agent) or down-
(agent -> console) to set that direction alone, e.g. --delay 80ms --up-loss 2% --down-jitter 5ms.
Each direction draws from its own seeded stream (seed, and seed + 1 for down).

${IMPAIRMENT_HELP}

example: farhand link --listen 9000 --target ws://127.0.0.1:8080 --delay 80ms --jitter 15ms --loss 1%

exit codes: 0 stopped (SIGINT/SIGTERM), 1 could not start, 2 bad arguments`;

type Flag = keyof typeof IMPAIRMENT_ARG_OPTIONS;
const FLAG_NAMES = Object.keys(IMPAIRMENT_ARG_OPTIONS) as Flag[];

function argOptions() {
  const opts: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    listen: { type: 'string' },
    target: { type: 'string' },
    'max-in-flight': { type: 'string' },
    'max-connections': { type: 'string' },
    'stats-every': { type: 'string' },
    'log-level': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const name of FLAG_NAMES) {
    const o = IMPAIRMENT_ARG_OPTIONS[name] as { type: 'string' | 'boolean'; multiple?: boolean };
    opts[name] = { ...o };
    opts[`up-${name}`] = { ...o };
    opts[`down-${name}`] = { ...o };
  }
  return opts;
}

export interface LinkCliConfig {
  proxy: Omit<LinkProxyOptions, 'logger'>;
  statsEveryMs: number;
  logLevel: string;
}

/** Arguments -> proxy options. Throws an Error naming what is wrong. */
export function parseLinkArgs(argv: string[]): LinkCliConfig | 'help' {
  const { values } = parseArgs({ args: argv, options: argOptions(), allowPositionals: false, strict: true });
  const v = values as Record<string, string | boolean | string[] | undefined>;
  if (v.help) return 'help';
  if (typeof v.listen !== 'string') throw new Error('--listen is required, e.g. --listen 9000 or --listen 127.0.0.1:9000');
  if (typeof v.target !== 'string') throw new Error('--target is required, e.g. --target ws://127.0.0.1:8080');
  const m = /^(?:(.+):)?([0-9]{1,5})$/.exec(v.listen);
  const port = m ? Number(m[2]) : NaN;
  if (!m || !(port >= 0 && port <= 65535)) throw new Error(`--listen "${v.listen}" must be PORT or HOST:PORT, port 0..65535`);
  const direction = (prefix: '' | 'up-' | 'down-'): ImpairmentFlagValues => {
    const out: Record<string, unknown> = {};
    for (const name of FLAG_NAMES) {
      const val = v[`${prefix}${name}`];
      if (val !== undefined) out[name] = val;
    }
    return out as ImpairmentFlagValues;
  };
  const both = direction('');
  const build = (prefix: 'up-' | 'down-', seedOffset: number) => {
    const own = direction(prefix);
    const merged: ImpairmentFlagValues = { ...both, ...own };
    try {
      const { params } = impairmentFromFlags(merged);
      // The two directions must not share their random draws.
      if (own.seed === undefined) params.seed += seedOffset;
      return params;
    } catch (e) {
      throw new Error(`${prefix === 'up-' ? 'up (console -> agent)' : 'down (agent -> console)'}: ${(e as Error).message}`);
    }
  };
  const maxConnections = v['max-connections'] === undefined ? 16 : Number(v['max-connections']);
  if (!Number.isInteger(maxConnections) || maxConnections < 1) throw new Error(`--max-connections "${String(v['max-connections'])}" must be an integer >= 1`);
  const statsEvery = typeof v['stats-every'] === 'string' ? v['stats-every'] : '10s';
  return {
    proxy: {
      listenHost: m[1] ?? '127.0.0.1',
      listenPort: port,
      target: v.target,
      up: build('up-', 0),
      down: build('down-', 1),
      maxInFlightBytes: typeof v['max-in-flight'] === 'string' ? parseBytes(v['max-in-flight'], '--max-in-flight') : 8 << 20,
      maxConnections,
    },
    statsEveryMs: Math.round(parseDurationNs(statsEvery, '--stats-every') / 1e6),
    logLevel: typeof v['log-level'] === 'string' ? v['log-level'] : 'info',
  };
}

export async function main(argv: string[]): Promise<number> {
  let cfg: LinkCliConfig | 'help';
  try {
    cfg = parseLinkArgs(argv);
  } catch (e) {
    process.stderr.write(`farhand link: ${(e as Error).message}\n(farhand link --help for the options)\n`);
    return 2;
  }
  if (cfg === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(cfg.logLevel)) {
    process.stderr.write(`farhand link: --log-level "${cfg.logLevel}" must be one of ${levels.join(', ')}\n`);
    return 2;
  }
  const logger = pino({ level: cfg.logLevel, base: { tool: 'farhand-link' } }, pino.destination(2));
  const proxy = new LinkProxy({ ...cfg.proxy, logger });
  let addr: { host: string; port: number };
  try {
    addr = await proxy.start();
  } catch (e) {
    process.stderr.write(`farhand link: cannot listen on ${cfg.proxy.listenHost}:${cfg.proxy.listenPort}: ${(e as Error).message}\n`);
    return 1;
  }
  process.stdout.write(
    `farhand link: ws://${addr.host}:${addr.port} -> ${cfg.proxy.target}\n` +
      `  up   (console -> agent): ${describeImpairment(cfg.proxy.up)}\n` +
      `  down (agent -> console): ${describeImpairment(cfg.proxy.down)}\n` +
      `  point the console at port ${addr.port} instead of the agent's; Ctrl-C to stop\n`,
  );
  const timer =
    cfg.statsEveryMs > 0
      ? setInterval(() => {
          for (const s of proxy.stats()) logger.info({ event: 'PROXY_STATS', conn: s.id, up: s.up, down: s.down }, 'link figures');
        }, cfg.statsEveryMs)
      : null;
  timer?.unref();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  if (timer) clearInterval(timer);
  const stats = proxy.stats();
  await proxy.close();
  for (const s of stats) {
    const line = (name: string, c: typeof s.up) =>
      `  #${s.id} ${name}: ${c.messagesIn} in, ${c.messagesOut} out, lost ${c.lost.LOSS} loss + ${c.lost.OUTAGE} outage + ${c.lost.QUEUE_FULL} queue + ${c.lost.PROXY_OVERFLOW} overflow, ${c.duplicated} duplicated, ${c.reordered} reordered\n`;
    process.stdout.write(line('up  ', s.up) + line('down', s.down));
  }
  return 0;
}
