// The layering stays true: every workspace package imports only what scripts/check-deps.mjs allows, and
// its package.json and tsconfig references agree with its imports. A small fake workspace shows that a
// forbidden import, a relative import into another package and a missing manifest entry are caught.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without typings
import { checkDependencies } from '../scripts/check-deps.mjs';

const check = checkDependencies as (root?: string) => string[];

describe('dependency rules', () => {
  it('hold for this repository', () => {
    expect(check()).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'farhand-deps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };

  it('catch a forbidden import, a reach into another package and a manifest that lies', () => {
    write('package.json', JSON.stringify({ workspaces: ['packages/protocol', 'packages/latency-core', 'packages/robot-agent', 'packages/recording'] }));
    write('packages/protocol/package.json', JSON.stringify({ name: '@farhand/protocol' }));
    write('packages/protocol/src/index.ts', "import { x } from '@farhand/robot-agent';\nexport const y = x;\n");
    write('packages/latency-core/package.json', JSON.stringify({ name: '@farhand/latency-core' }));
    write('packages/latency-core/src/index.ts', "import { z } from '../../protocol/src/index.js';\nexport const w = z;\n");
    write('packages/recording/package.json', JSON.stringify({ name: '@farhand/recording', dependencies: {} }));
    write('packages/recording/src/index.ts', "export const lazy = () => import('@farhand/protocol');\n");
    write('packages/robot-agent/package.json', JSON.stringify({ name: '@farhand/robot-agent', dependencies: { '@farhand/protocol': '0.1.0' } }));
    write('packages/robot-agent/src/index.ts', "import { p } from '@farhand/protocol';\nexport const q = p;\n");
    write('packages/robot-agent/tsconfig.json', JSON.stringify({ references: [] }));
    const problems = check(dir);
    expect(problems.some((p) => p.includes('packages/protocol/src/index.ts imports @farhand/robot-agent: @farhand/protocol may not import'))).toBe(true);
    expect(problems.some((p) => p.includes('packages/latency-core/src/index.ts imports ../../protocol/src/index.js, outside its package'))).toBe(true);
    expect(problems.some((p) => p.includes('packages/recording/package.json does not list @farhand/protocol'))).toBe(true);
    expect(problems.some((p) => p.includes('packages/robot-agent/tsconfig.json lacks a reference to @farhand/protocol'))).toBe(true);
    expect(problems).toHaveLength(4);
  });
});
