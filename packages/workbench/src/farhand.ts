#!/usr/bin/env node
// `farhand <command>`: one entry point for the tools around the agent. Each command lives in its own
// module exporting `main(argv): Promise<number>` (the exit code); it is loaded only when asked for, so a
// tool's dependencies (ROS client, report renderer) cost nothing to the others.
import process from 'node:process';

const commands: Record<string, { module: string; summary: string }> = {
  agent: { module: './cli.js', summary: 'run the agent with the simulated arm and the pages (same as farhand-agent)' },
  replay: { module: './replay/cli.js', summary: 'replay a recorded session through the core and the simulator' },
  import: { module: './import/cli.js', summary: 'import hand motion (CSV, ROS bag) into a session that replay takes' },
  link: { module: './link/cli.js', summary: 'a WebSocket proxy that impairs the link (delay, jitter, loss, ...)' },
  'sim-ros': { module: '@farhand/ros/sim-ros-cli', summary: 'the simulated PSM as a CRTK arm on a ROS 1 master' },
  'sim-mtm': { module: '@farhand/ros/sim-mtm-cli', summary: 'simulated dVRK MTMs and foot pedals on a ROS 1 master (pedals from stdin)' },
  'console-ros': { module: '@farhand/ros/console-ros-cli', summary: 'a dVRK master console (MTMs, pedals) on ROS 1 as a surgeon console' },
};

function usage(): string {
  const lines = ['usage: farhand <command> [options]   (farhand <command> --help for its options)', '', 'commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(11)} ${c.summary}`);
  return lines.join('\n');
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`farhand: unknown command "${name}".\n${usage()}\n`);
    return 2;
  }
  const mod = (await import(command.module)) as { main: (argv: string[]) => Promise<number> };
  return mod.main(rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`farhand: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
