// The link lab's life cycle: what it creates (and only that), that stop() and every way a process can
// end remove namespaces, devices and processes, and the CLI. Child scripts use the built package
// (dist/, as `npm test` builds it). Needs root, /dev/net/tun, iproute2 and python3; skips saying which.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupStaleLabs, labAvailable, measure, startLab } from '@farhand/link-lab';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'packages/link-lab/dist/index.js');
const cli = join(root, 'packages/link-lab/dist/cli.js');
const avail = labAvailable();
if (!avail.ok) console.warn(`link lab life-cycle tests skipped: ${avail.why}`);

const ip = (...args: string[]) => execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const namespaces = (): string[] => ip('netns', 'list').split('\n').map((l) => l.split(' ')[0] ?? '').filter(Boolean);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (cond()) return true;
    await sleep(50);
  }
  return cond();
}

/** Runs a script that starts a lab from dist/ and prints its names; resolves once they are printed. */
async function labInChild(body: string): Promise<{ child: ChildProcess; names: { consoleNs: string; agentNs: string; consoleDev: string; sleeper: number } }> {
  const script = `import { startLab } from ${JSON.stringify(dist)};
const lab = await startLab({ consoleToAgent: { delayNs: 10e6 } });
const sleeper = lab.spawnIn('agent', 'sleep', ['30']);
console.log(JSON.stringify({ consoleNs: lab.consoleNs, agentNs: lab.agentNs, consoleDev: lab.consoleDev, sleeper: sleeper.pid }));
${body}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child exited ${code} before starting its lab`)));
  });
  return { child, names: JSON.parse(line) };
}

describe.skipIf(!avail.ok)('link lab life cycle', () => {
  afterAll(() => {
    // Nothing of this process's labs may survive the tests.
    expect(namespaces().filter((n) => n.startsWith(`fhlab-${process.pid}-`))).toEqual([]);
  });

  it('creates two namespaces holding only lo and the TUN link, no route outside; stop() removes it all, once', async () => {
    const lab = await startLab({ seed: 9 });
    expect(namespaces()).toEqual(expect.arrayContaining([lab.consoleNs, lab.agentNs]));
    for (const [ns, dev, addr] of [
      [lab.consoleNs, lab.consoleDev, lab.consoleAddr],
      [lab.agentNs, lab.agentDev, lab.agentAddr],
    ] as const) {
      const links = ip('-n', ns, '-o', 'link').trim().split('\n').map((l) => l.split(': ')[1]?.split('@')[0]);
      expect(links.sort()).toEqual([dev, 'lo'].sort());
      expect(ip('-n', ns, '-o', 'link', 'show', 'lo')).toContain('UP');
      expect(ip('-n', ns, '-o', '-4', 'addr', 'show', 'dev', dev)).toContain(`${addr}/30`);
      expect(ip('-n', ns, 'route').trim()).toBe(`10.213.0.0/30 dev ${dev} proto kernel scope link src ${addr}`);
      expect(ip('-n', ns, '-6', 'addr').trim()).toBe('');
    }
    // Not visible from the host's namespace.
    expect(ip('-o', 'link')).not.toContain(lab.consoleDev);
    // A process inside reads its own namespace's view and its stdout comes back.
    const r = await lab.runIn('agent', process.execPath, ['-e', 'console.log(JSON.stringify(Object.keys(require("node:os").networkInterfaces()).sort()))']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([lab.agentDev, 'lo'].sort());
    const sleeper = lab.spawnIn('console', 'sleep', ['30']);
    const grandchild = lab.spawnIn('agent', 'sh', ['-c', 'sleep 30 & wait']);
    await sleep(100);
    const [a, b] = await Promise.all([lab.stop(), lab.stop()]);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(await lab.stop()).toBe(a);
    expect(sleeper.exitCode !== null || sleeper.signalCode !== null).toBe(true);
    expect(grandchild.exitCode !== null || grandchild.signalCode !== null).toBe(true);
    expect(namespaces()).not.toContain(lab.consoleNs);
    expect(namespaces()).not.toContain(lab.agentNs);
    expect(() => lab.spawnIn('agent', 'true')).toThrow('spawnIn: the lab is stopped');
    await expect(lab.stats()).rejects.toThrow('the forwarder is not running');
  });

  it('two labs side by side do not collide', async () => {
    const [x, y] = await Promise.all([startLab({ seed: 1, consoleToAgent: { delayNs: 5e6 } }), startLab({ seed: 2, consoleToAgent: { delayNs: 30e6 } })]);
    try {
      expect(new Set([x.consoleNs, x.agentNs, y.consoleNs, y.agentNs]).size).toBe(4);
      const [rx, ry] = await Promise.all([measure(x, { transport: 'udp', count: 50, idleMs: 300 }), measure(y, { transport: 'udp', count: 50, idleMs: 300 })]);
      expect(rx.lost + ry.lost).toBe(0);
      expect(rx.delay.p50Ms).toBeLessThan(15);
      expect(ry.delay.p50Ms).toBeGreaterThan(29.9);
      expect(() => x.spawnIn(y.agentNs, 'true')).toThrow(`namespace "${y.agentNs}" is not this lab's`);
    } finally {
      await Promise.all([x.stop(), y.stop()]);
    }
  });

  it('writes the final statistics to a file on stop, and says how the forwarder is scheduled', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fhlab-')), 'stats.json');
    const lab = await startLab({ consoleToAgent: { delayNs: 1e6 } }, { statsFile: file });
    await measure(lab, { transport: 'udp', count: 20, idleMs: 300 });
    const live = await lab.stats();
    expect(['SCHED_FIFO 1', 'nice -10', 'normal']).toContain(live.priority);
    const final = await lab.stop();
    const written = JSON.parse(readFileSync(file, 'utf8')) as { up: { packetsIn: number }; down: unknown };
    expect(written.up.packetsIn).toBe(20);
    expect(final?.consoleToAgent.packetsIn).toBe(20);
    expect(final?.consoleToAgent.delay.minMs).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad options before creating anything', async () => {
    const before = namespaces();
    await expect(startLab({ consoleToAgent: { lossRatio: -0.1 } })).rejects.toThrow('consoleToAgent.lossRatio: loss ratio: accepted 0..1 (got -0.1)');
    expect(namespaces()).toEqual(before);
  });

  it('a process that exits without stop() leaves nothing behind', async () => {
    const { child, names } = await labInChild('setTimeout(() => process.exit(0), 100);');
    await once(child, 'exit');
    expect(namespaces()).not.toContain(names.consoleNs);
    expect(namespaces()).not.toContain(names.agentNs);
  });

  it('SIGTERM (nobody handling it) tears down, then the process dies of it', async () => {
    const { child, names } = await labInChild('setInterval(() => {}, 1000);');
    child.kill('SIGTERM');
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    expect(signal ?? code).toBe('SIGTERM');
    expect(namespaces()).not.toContain(names.agentNs);
  });

  it('SIGKILL: the forwarder sees its parent gone and removes the namespaces and their processes', async () => {
    const { child, names } = await labInChild('setInterval(() => {}, 1000);');
    const sleeperPid = names.sleeper;
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(await until(() => !namespaces().includes(names.consoleNs) && !namespaces().includes(names.agentNs), 10_000)).toBe(true);
    expect(await until(() => !ip('-o', 'link').includes(names.consoleDev), 2000)).toBe(true);
    expect(await until(() => {
      try {
        process.kill(sleeperPid, 0);
        return false;
      } catch {
        return true;
      }
    }, 2000)).toBe(true);
  });

  it('cleanupStaleLabs() removes namespaces whose owner is dead, and only those', async () => {
    const dead = spawn('true');
    await once(dead, 'exit');
    const stale = `fhlab-${dead.pid}-1-console`;
    const mine = `fhlab-${process.pid}-999-agent`;
    ip('netns', 'add', stale);
    ip('netns', 'add', mine);
    try {
      expect(cleanupStaleLabs()).toContain(stale);
      expect(namespaces()).not.toContain(stale);
      expect(namespaces()).toContain(mine);
    } finally {
      execFileSync('ip', ['netns', 'del', mine], { stdio: 'ignore' });
    }
  });

  it('the CLI: --help, a bad flag, and up until SIGINT then down, with final statistics', async () => {
    const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help).toContain('--delay DUR');
    expect(help).toContain('--up SPEC');
    let bad: { status: number | null; stderr: string } = { status: 0, stderr: '' };
    try {
      execFileSync(process.execPath, [cli, '--loss', '2'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      bad = e as { status: number; stderr: string };
    }
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--loss: loss "2" is not a percentage');

    const child = spawn(process.execPath, [cli, '--delay', '20ms', '--loss', '1%', '--seed', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    expect(await until(() => out.includes('Ctrl+C tears the lab down'), 10_000)).toBe(true);
    const agentNs = /namespace (fhlab-\d+-\d+-agent)/.exec(out)?.[1] ?? '';
    expect(out).toContain(`ip netns exec ${agentNs} npm start -- --host 10.213.0.2`);
    expect(out).toContain('console -> agent: delay 20 ms, loss 1% (independent)');
    expect(namespaces()).toContain(agentNs);
    child.kill('SIGINT');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(out).toContain('final statistics after');
    expect(out).toContain('lab removed');
    expect(namespaces()).not.toContain(agentNs);
  });
});
