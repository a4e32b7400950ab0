// protocol redeclares latency-core's MasterFrame, Vec3 and Quat (protocol depends on nothing of ours).
// This compiles a small file with the TypeScript compiler and fails if the two stop being mutually
// assignable, so a change on either side is caught.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = (p: string) => fileURLToPath(new URL(`../packages/${p}`, import.meta.url));

describe('protocol MasterFrame vs latency-core MasterFrame', () => {
  it('are the same type, both ways', () => {
    const dir = mkdtempSync(join(tmpdir(), 'farhand-types-'));
    try {
      const file = join(dir, 'check.ts');
      writeFileSync(
        file,
        `import type * as P from ${JSON.stringify(src('protocol/src/motion.js'))};
import type * as C from ${JSON.stringify(src('latency-core/src/types.js'))};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const frame: Same<P.MasterFrame, C.MasterFrame> = true;
export const vec3: Same<P.Vec3, C.Vec3> = true;
export const quat: Same<P.Quat, C.Quat> = true;
`,
      );
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        skipLibCheck: true,
        types: [],
      });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
