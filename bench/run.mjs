#!/usr/bin/env node
// Runs every bench/*.bench.mjs, each in its own Node process (a fresh heap and JIT, so one bench
// cannot warm up or pollute another), prints one table per bench and writes bench/results/latest.json
// with every result and the machine it ran on.
//   node bench/run.mjs [--only codec[,other]] [--timeout-s 900]
// Bench files import the BUILT packages: run `node scripts/build.mjs` first (`npm run bench` does).
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkResult, formatResult } from './table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

// ---- child mode: import one bench, run it, send the result to the parent ----
if (process.argv[2] === '--child') {
  const file = process.argv[3];
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.default !== 'function') throw new Error(`${file} has no default export run()`);
    const result = await mod.default();
    const problem = checkResult(result);
    if (problem) throw new Error(`${file}: ${problem}`);
    process.send({ ok: true, result }, () => process.exit(0));
  } catch (e) {
    process.send({ ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) }, () => process.exit(1));
  }
} else {
  await main();
}

function usage(msg) {
  if (msg) process.stderr.write(`${msg}\n`);
  process.stderr.write('usage: node bench/run.mjs [--only NAME[,NAME...]] [--timeout-s SECONDS]\n');
  process.exit(msg ? 2 : 0);
}

function parseArgs(argv) {
  const opts = { only: null, timeoutS: 900 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') usage();
    else if (a === '--only') opts.only = (argv[++i] ?? usage('--only needs a bench name, e.g. --only codec')).split(',').filter(Boolean);
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',').filter(Boolean);
    else if (a === '--timeout-s') opts.timeoutS = Number(argv[++i]);
    else usage(`unknown argument ${a}`);
  }
  if (!(opts.timeoutS > 0)) usage('--timeout-s must be a positive number of seconds');
  return opts;
}

function machine() {
  const cpus = os.cpus();
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    totalMemBytes: os.totalmem(),
    loadAvg1m: os.loadavg()[0],
    commit,
  };
}

/** Runs one bench file in a child process; resolves { ok, result } or { ok: false, error }. */
function runOne(file, timeoutS) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let message = null;
    const timer = setTimeout(() => {
      message = { ok: false, error: `timed out after ${timeoutS} s` };
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.on('message', (m) => {
      message ??= m;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(message ?? { ok: false, error: `exited with ${signal ?? `code ${code}`} before reporting a result` });
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const all = readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort();
  const names = all.map((f) => f.slice(0, -'.bench.mjs'.length));
  if (opts.only) {
    const unknown = opts.only.filter((n) => !names.includes(n));
    if (unknown.length) usage(`no bench named ${unknown.join(', ')}; available: ${names.join(', ') || '(none)'}`);
  }
  const selected = all.filter((_, i) => !opts.only || opts.only.includes(names[i]));
  const startedAt = new Date().toISOString();
  const benches = [];
  let failed = 0;
  for (const f of selected) {
    const name = f.slice(0, -'.bench.mjs'.length);
    const file = join(here, f);
    process.stderr.write(`bench ${name}: running...\n`);
    const t0 = performance.now();
    const r = await runOne(file, opts.timeoutS);
    const durationS = (performance.now() - t0) / 1000;
    if (r.ok) {
      process.stdout.write(`\n${formatResult(r.result)}\n(${name}: ${durationS.toFixed(1)} s)\n`);
      benches.push({ name, file: relative(root, file), ok: true, durationS, ...r.result });
    } else {
      failed++;
      process.stdout.write(`\n## ${name}: FAILED\n${r.error}\n`);
      benches.push({ name, file: relative(root, file), ok: false, durationS, error: r.error });
    }
  }
  const out = join(here, 'results');
  mkdirSync(out, { recursive: true });
  const report = { startedAt, finishedAt: new Date().toISOString(), only: opts.only, machine: machine(), benches };
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\n${selected.length - failed}/${selected.length} benches ran; results in ${relative(process.cwd(), join(out, 'latest.json')) || 'bench/results/latest.json'}\n`);
  if (failed) process.exitCode = 1;
}
