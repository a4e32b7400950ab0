#!/usr/bin/env node
// The layering rule, checked: which workspace package may import which. The table is the architecture
// (DESIGN.md "Layout and the direction of dependencies"); this script holds every package to it through
// three views that must agree: the imports in its sources (static and dynamic), its package.json
// dependencies and its tsconfig project references. It also refuses relative imports that leave a
// package's folder (a back door around the table). `npm test` runs it (test/dependency-rules.test.ts);
// `node scripts/check-deps.mjs` prints the same verdict.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** package -> the @farhand packages it may import. `dynamic` ones only through import() (loaded on demand). */
export const RULES = {
  protocol: { allow: [] },
  'latency-core': { allow: [] },
  sim: { allow: ['latency-core'] },
  recording: { allow: ['protocol'] },
  video: { allow: ['latency-core'] },
  ros: { allow: ['protocol', 'latency-core', 'sim', 'video'] },
  loop: { allow: ['protocol', 'latency-core', 'sim'], dynamic: ['ros'] },
  'robot-agent': { allow: ['protocol', 'latency-core', 'sim', 'loop', 'recording', 'video'], dynamic: ['ros'] },
  workbench: { allow: ['protocol', 'latency-core', 'sim', 'loop', 'recording', 'ros'] },
  console: { allow: ['protocol', 'latency-core', 'sim', 'video'] },
  'link-lab': { allow: [] },
};

function workspaces(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return pkg.workspaces.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    return { dir, name: manifest.name.replace(/^@farhand\//, ''), manifest };
  });
}

function sourceFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d)) {
      if (e === 'node_modules' || e === 'dist' || e === 'gen') continue;
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mts|js|mjs)$/.test(e) && !/\.d\.ts$/.test(e)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const STATIC = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
// A variable specifier for a lazy import (`const spec = '@farhand/ros'; await import(spec)`).
const SPEC_CONST = /const\s+\w+\s*=\s*['"](@farhand\/[a-z-]+)['"]/g;

/** Every violation, as sentences; empty when the layering holds. */
export function checkDependencies(root = repoRoot) {
  const problems = [];
  const pkgs = workspaces(root);
  const names = new Set(pkgs.map((p) => p.name));
  for (const { dir, name, manifest } of pkgs) {
    const rule = RULES[name];
    if (!rule) {
      problems.push(`${dir}: package @farhand/${name} has no row in scripts/check-deps.mjs RULES; add one that says what it may import`);
      continue;
    }
    const allowed = new Set(rule.allow);
    const dynamic = new Set(rule.dynamic ?? []);
    const deps = Object.keys(manifest.dependencies ?? {}).filter((d) => d.startsWith('@farhand/')).map((d) => d.slice(9));
    for (const d of deps) if (!allowed.has(d) && !dynamic.has(d)) problems.push(`${dir}/package.json depends on @farhand/${d}, which @farhand/${name} may not use (allowed: ${[...allowed].join(', ') || 'none'})`);
    const pkgRoot = join(root, dir);
    const used = new Set();
    for (const file of sourceFiles(join(pkgRoot, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const rel = relative(root, file);
      const isTest = /\.test\.ts$/.test(file);
      const check = (spec, how) => {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(pkgRoot + sep)) problems.push(`${rel} imports ${spec}, outside its package: import the package that owns it by name`);
          return;
        }
        const m = /^@farhand\/([a-z-]+)/.exec(spec);
        if (!m) return;
        const dep = m[1];
        if (!names.has(dep)) problems.push(`${rel} imports ${spec}: no such workspace package`);
        else if (dep === name) problems.push(`${rel} imports its own package by name (${spec}); use a relative import`);
        else if (how === 'dynamic' ? !allowed.has(dep) && !dynamic.has(dep) : !allowed.has(dep)) {
          const extra = dynamic.has(dep) ? ` (only through a lazy import())` : '';
          problems.push(`${rel} imports ${spec}: @farhand/${name} may not import @farhand/${dep}${extra}; allowed: ${[...allowed].join(', ') || 'none'}`);
        } else if (!isTest && !deps.includes(dep)) problems.push(`${rel} imports ${spec} but ${dir}/package.json does not list @farhand/${dep}`);
        used.add(dep);
      };
      for (const m of text.matchAll(STATIC)) check(m[1] ?? m[2], 'static');
      for (const m of text.matchAll(DYNAMIC)) check(m[1], 'dynamic');
      for (const m of text.matchAll(SPEC_CONST)) check(m[1], 'dynamic');
    }
    const tsconfig = join(pkgRoot, 'tsconfig.json');
    if (existsSync(tsconfig)) {
      const refs = (JSON.parse(readFileSync(tsconfig, 'utf8')).references ?? []).map((r) => resolve(pkgRoot, r.path));
      const refNames = refs.map((r) => pkgs.find((p) => resolve(root, p.dir) === r)?.name ?? relative(root, r));
      for (const r of refNames) if (!allowed.has(r)) problems.push(`${dir}/tsconfig.json references ${r}, which @farhand/${name} may not use`);
      for (const d of used) if (allowed.has(d) && !refNames.includes(d)) problems.push(`${dir}/tsconfig.json lacks a reference to @farhand/${d}, which its sources import`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = checkDependencies();
  if (problems.length === 0) {
    process.stdout.write(`dependency rules: ${Object.keys(RULES).length} packages, every import points the allowed way\n`);
  } else {
    process.stderr.write(`dependency rules broken (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
}
