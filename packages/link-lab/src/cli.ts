#!/usr/bin/env node
// `npm run lab -- [flags]`: brings a link lab up, prints how to run the agent and a browser inside it,
// stays up until Ctrl+C (or SIGTERM/SIGHUP), then tears everything down and prints the statistics.
import { cleanupStaleLabs } from './cleanup.js';
import { LAB_HELP, parseLabFlags } from './flags.js';
import { type Lab, startLab } from './lab.js';
import { describeImpairment } from './params.js';
import type { DirectionStats, LabStats } from './stats.js';

const out = (s: string) => process.stdout.write(`${s}\n`);

function statsLine(name: string, d: DirectionStats): string {
  const ms = (v: number | null) => (v === null ? '-' : v.toFixed(1));
  return `${name}: in ${d.packetsIn}, out ${d.packetsOut}, dropped ${d.dropped} (loss ${(d.lossRatio * 100).toFixed(2)}%, bursts ${d.lossBursts}, queue ${d.droppedQueue}), duplicated ${d.duplicated}, reordered ${d.reordered}; delay ms p50 ${ms(d.delay.p50Ms)} p99 ${ms(d.delay.p99Ms)} max ${ms(d.delay.maxMs)}`;
}

function printStats(s: LabStats): void {
  out(statsLine('console -> agent', s.consoleToAgent));
  out(statsLine('agent -> console', s.agentToConsole));
}

async function main(): Promise<number> {
  let flags;
  try {
    flags = parseLabFlags(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  if (flags.help) {
    out(LAB_HELP);
    return 0;
  }
  // Our own signal handlers: stop() prints the final statistics; the library's exit hook still runs.
  let lab: Lab | null = null;
  let stopping = false;
  let wake: () => void = () => {};
  const stopped = new Promise<void>((r) => (wake = r));
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    out(`\n${sig}: tearing the lab down...`);
    wake();
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);

  const stale = cleanupStaleLabs();
  if (stale.length) out(`removed ${stale.length} namespace(s) left by dead labs: ${stale.join(', ')}`);
  try {
    lab = await startLab(flags.options, flags.statsFile ? { statsFile: flags.statsFile } : {});
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  if (stopping) {
    // Interrupted while coming up: straight down again.
    await lab.stop();
    out('lab removed');
    return 0;
  }
  const o = flags.options;
  out(`Farhand link lab up (seed ${o.seed})`);
  out(`  console side: namespace ${lab.consoleNs}, ${lab.consoleAddr} on ${lab.consoleDev}`);
  out(`  agent side:   namespace ${lab.agentNs}, ${lab.agentAddr} on ${lab.agentDev}`);
  out(`  console -> agent: ${describeImpairment(o.consoleToAgent)}`);
  out(`  agent -> console: ${describeImpairment(o.agentToConsole)}`);
  out('');
  out('Run the agent on the agent side (as root, another terminal, same directory):');
  out(`  ip netns exec ${lab.agentNs} npm start -- --host ${lab.agentAddr} --port 8080 --insecure`);
  out('Then a browser on the console side, opening the Console URL the agent prints (its host is the agent address):');
  out(`  ip netns exec ${lab.consoleNs} chromium --no-sandbox --user-data-dir=$(mktemp -d) 'http://${lab.agentAddr}:8080/console?token=...'`);
  out('  (headless: add --headless --remote-debugging-port=9222; any program runs the same way: ip netns exec NS CMD ARGS)');
  out('');
  out('Ctrl+C tears the lab down (namespaces, devices, and every process started inside them).');
  const timer = flags.statsEveryNs
    ? setInterval(() => {
        lab?.stats().then(printStats, () => {});
      }, flags.statsEveryNs / 1e6)
    : null;
  await stopped;
  if (timer) clearInterval(timer);
  const final = await lab.stop();
  if (final) {
    out(`final statistics after ${final.uptimeS.toFixed(1)} s:`);
    printStats(final);
  } else {
    out('the forwarder had stopped: no final statistics');
  }
  out('lab removed');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
