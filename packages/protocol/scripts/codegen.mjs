// Protobuf code generation for @farhand/protocol: the .proto files are the source of truth; this turns
// them into a static ES module (src/gen/farhand.js) and its typings (src/gen/farhand.d.ts) with
// protobufjs's own CLI. scripts/build.mjs (root) calls generate() when the schema is newer than the
// outputs; the generated files are committed and a test regenerates into a temp dir and compares.
//
// Choices (documented in packages/protocol/README.md):
// - --keep-case: field names stay snake_case exactly as in the .proto (measured_cp, capture_time_ns),
//   so code, logs, recordings, `protoc --decode` output and the schema all use one spelling.
// - --force-number + a wrapper that switches protobufjs's Long support off: uint64 is a JS number.
// - --alt-comment: the schema's `//` comments (units, ranges) become the typings' doc comments.
// - no delimited/typeurl/service helpers: one WebSocket message is one Envelope, nothing else is used.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The schema files, relative to packages/protocol/proto (also the import root). */
export const PROTO_FILES = ['farhand/v1/teleop.proto', 'farhand/v1/recording.proto'];

function pkgDir(root) {
  return join(resolve(root), 'packages/protocol');
}

/** Absolute paths of the generated files (what build.mjs compares against the schema's mtime). */
export function outputs(root) {
  const gen = join(pkgDir(root), 'src/gen');
  return [join(gen, 'farhand.js'), join(gen, 'farhand.d.ts')];
}

/** The CLI entry points, resolved from the workspace so the test and the build use the same version. */
function cli(root, name) {
  const require = createRequire(join(resolve(root), 'package.json'));
  return join(dirname(require.resolve('protobufjs-cli/package.json')), 'bin', name);
}

/**
 * Regenerates farhand.js and farhand.d.ts into outDir (default: packages/protocol/src/gen).
 * Synchronous on purpose: build.mjs runs tsc right after it. Returns the two paths written.
 */
export function generate(root, outDir = join(pkgDir(root), 'src/gen')) {
  const protoDir = join(pkgDir(root), 'proto');
  const js = join(outDir, 'farhand.js');
  const dts = join(outDir, 'farhand.d.ts');
  mkdirSync(outDir, { recursive: true });
  const run = (bin, args) =>
    execFileSync(process.execPath, [cli(root, bin), ...args], { cwd: protoDir, stdio: ['ignore', 'inherit', 'inherit'] });
  // Relative file names with cwd = the include root, so imports ("farhand/v1/teleop.proto") resolve to
  // the same file as the command line and nothing machine-specific reaches the output.
  run('pbjs', [
    '--target', 'static-module',
    '--wrap', join(here, 'wrapper.es6.js'),
    '--es6',
    '--dependency', 'protobufjs/minimal.js',
    '--keep-case',
    '--force-number',
    '--alt-comment',
    '--no-delimited',
    '--no-typeurl',
    '--no-service',
    '--path', '.',
    '--out', js,
    ...PROTO_FILES,
  ]);
  run('pbts', ['--out', dts, js]);
  return [js, dts];
}

// `node packages/protocol/scripts/codegen.mjs [outDir]` regenerates by hand.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(here, '../../..');
  const out = generate(root, process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stdout.write(`generated ${out.join(', ')}\n`);
}
