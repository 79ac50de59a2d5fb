// Shared rollup configuration for library packages: ESM, one module per source file (tree-shakeable),
// declarations beside the JavaScript, every dependency external (consumers bundle lit once).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
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
    external: (id) =>
      id.startsWith('node:') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`)),
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

/**
 * The file a CMS page loads with one script tag: the package's define module with lit and every other
 * dependency bundled and minified (`dist/embed.js`). Built from the library build's own output, so it runs
 * after `libraryConfig` in the same rollup call. Element definitions are guarded, so loading two embed
 * files that both carry <stadt-photo> is harmless.
 *
 * @param {{ dir: string }} options
 * @returns {import('rollup').RollupOptions}
 */
export function embedConfig({ dir }) {
  return {
    input: join(dir, 'dist/define.js'),
    output: {
      file: join(dir, 'dist/embed.js'),
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  };
}
