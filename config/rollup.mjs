// Shared rollup configuration for library packages: ESM, one module per source file (tree-shakeable),
// declarations beside the JavaScript, every dependency external (consumers bundle lit once).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
      // Maps for local debugging; not referenced from the files, which ship without them.
      sourcemap: 'hidden',
    },
    plugins: [
      typescript({
        tsconfig: join(dir, 'tsconfig.build.json'),
        outDir: join(dir, 'dist'),
        module: 'NodeNext',
        declarationMap: false,
      }),
    ],
  };
}

/**
 * The file a CMS page loads with one script tag: the package's define module with lit and every other
 * dependency bundled and minified (`dist/embed.js`). Built from the library build's own output, so it runs
 * after `libraryConfig` in the same rollup call. Element definitions are guarded, so loading two embed
 * files that both carry <stadt-photo> is harmless (but each carries its own lit: @stadtkit/elements is the
 * way to put several components on one page).
 *
 * Server-rendered markup is hydrated, not rendered a second time: Lit's hydration support is installed
 * before lit is evaluated, and the server's JSON properties (`serverProps`: tag → allowed property names)
 * are assigned before the elements are defined.
 *
 * @param {{ dir: string, serverProps: Record<string, string[]> }} options
 * @returns {import('rollup').RollupOptions}
 */
export function embedConfig({ dir, serverProps }) {
  const entry = '\0stadtkit-embed';
  const props = '\0stadtkit-embed-props';
  return {
    input: entry,
    output: {
      file: join(dir, 'dist/embed.js'),
      format: 'esm',
    },
    plugins: [
      {
        name: 'stadtkit-embed-entry',
        resolveId: (id) => (id === entry || id === props ? id : null),
        load(id) {
          // Module bodies run in import order: hydration support, then the properties, then the elements.
          if (id === entry)
            return `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '${props}';
export * from ${JSON.stringify(join(dir, 'dist/define.js'))};`;
          if (id === props)
            return `import { applyServerProps } from '@stadtkit/model';
applyServerProps(${JSON.stringify(serverProps)}, document);`;
          return null;
        },
      },
      ...browserBundle(),
      declaration({ 'dist/embed.d.ts': './define.js' }, dir),
    ],
  };
}

/** Resolution and minification for files that run in the browser as they are. */
function browserBundle() {
  return [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ];
}

/**
 * Writes `export * from '<target>'` declaration files beside bundled entries, so TypeScript (and attw) see
 * the types of the module the bundle was made from.
 *
 * @param {Record<string, string>} files path (relative to dir) → module the declaration re-exports
 * @param {string} dir
 * @returns {import('rollup').Plugin}
 */
function declaration(files, dir) {
  return {
    name: 'stadtkit-declarations',
    writeBundle() {
      for (const [file, target] of Object.entries(files))
        writeFileSync(join(dir, file), `export * from '${target}';\n`);
    },
  };
}

/**
 * The `cdn/` folder of @stadtkit/elements: one minified file per entry plus shared chunks, so lit and the
 * shared code load exactly once however many elements a page uses (one Trusted Types policy). Runs after
 * `libraryConfig`: each entry gets a declaration re-exporting `dist/cdn/<name>.js`'s types.
 *
 * @param {{ dir: string, input: string[] }} options
 * @returns {import('rollup').RollupOptions}
 */
export function cdnConfig({ dir, input }) {
  const names = input.map((file) => basename(file, '.ts'));
  return {
    input: Object.fromEntries(input.map((file) => [basename(file, '.ts'), join(dir, file)])),
    output: {
      dir: join(dir, 'cdn'),
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      typescript({
        tsconfig: join(dir, 'tsconfig.build.json'),
        outDir: join(dir, 'cdn'),
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        module: 'NodeNext',
      }),
      ...browserBundle(),
      declaration(
        Object.fromEntries(names.map((name) => [`cdn/${name}.d.ts`, `../dist/cdn/${name}.js`])),
        dir,
      ),
    ],
  };
}
