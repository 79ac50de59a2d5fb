// Shared rollup configuration for library packages: ESM, one module per source file (tree-shakeable),
// declarations beside the JavaScript, every dependency external (consumers bundle lit once).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import typescript from '@rollup/plugin-typescript';

/**
 * @param {{ dir: string, input: string[] }} options dir: the package folder; input: entry files
 * @returns {import('rollup').RollupOptions}
 */
export function libraryConfig({ dir, input }) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  return {
    input: input.map((file) => join(dir, file)),
    external: (id) => deps.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    output: {
      dir: join(dir, 'dist'),
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: join(dir, 'src'),
      sourcemap: true,
    },
    plugins: [
      typescript({
        tsconfig: join(dir, 'tsconfig.build.json'),
        outDir: join(dir, 'dist'),
        module: 'NodeNext',
      }),
    ],
  };
}
