#!/usr/bin/env node
// One build for the whole workspace, run by `npm install` (postinstall), `npm test` and `npm start`,
// so a new user never has to know the order: protobuf codegen -> tsc -b -> copy generated JS -> bundle pages.
// Each step is skipped when its outputs are newer than its inputs, so a warm build costs well under a second.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync, mkdirSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) if (e !== 'node_modules' && e !== 'dist') t = Math.max(t, newest(join(path, e)));
  return t;
}
function oldest(paths) {
  let t = Infinity;
  for (const p of paths) t = Math.min(t, existsSync(p) ? statSync(p).mtimeMs : 0);
  return t;
}
function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
}

if (!existsSync(bin('tsc'))) {
  // postinstall of a partial install (e.g. `npm install --omit=dev`): nothing to build with.
  process.exit(0);
}

// 1. Protobuf codegen (static module + typings). The generated files are committed; a test checks they
//    match the schema, so this step only runs when the schema changed.
const gen = await import(join(root, 'packages/protocol/scripts/codegen.mjs')).catch((e) => {
  if (e.code === 'ERR_MODULE_NOT_FOUND') return null;
  throw e;
});
if (gen) {
  const protoDir = join(root, 'packages/protocol/proto');
  const outs = gen.outputs(root);
  if (newest(protoDir) > oldest(outs)) gen.generate(root);
}

// 2. Generated JS and its typings sit beside hand-written TS in src/gen; tsc copies neither, so we do,
//    BEFORE tsc: the packages that depend on protocol type-check against dist/gen/farhand.d.ts.
for (const pkg of ['packages/protocol']) {
  const src = join(root, pkg, 'src/gen');
  if (!existsSync(src)) continue;
  const dst = join(root, pkg, 'dist/gen');
  mkdirSync(dst, { recursive: true });
  for (const f of readdirSync(src)) if (f.endsWith('.js') || f.endsWith('.d.ts')) copyFileSync(join(src, f), join(dst, f));
}

// 3. Type-check and compile every package (project references, incremental).
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b']);

// 4. Browser bundles for the pages the agent serves.
const bundle = join(root, 'packages/console/scripts/bundle.mjs');
if (existsSync(bundle)) run(process.execPath, [bundle]);
