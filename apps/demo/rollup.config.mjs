import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const tsconfig = './tsconfig.build.json';

export default [
  // The browser bundle: hydration support first, then the component definitions. Lit is bundled once.
  {
    input: { app: 'src/client.ts' },
    // Content-hashed names: the server sends them with `immutable`; a new build is a new URL.
    output: {
      dir: 'dist/client',
      format: 'esm',
      sourcemap: true,
      entryFileNames: '[name]-[hash].js',
      chunkFileNames: '[name]-[hash].js',
    },
    plugins: [
      typescript({
        tsconfig,
        outDir: 'dist/client',
        sourceMap: true,
        module: 'NodeNext',
        noEmitOnError: true,
      }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      terser({ format: { comments: false } }),
    ],
  },
  // The Node side: page template, server-side renderer, prerender script and server. Dependencies stay
  // external so Node loads their "node" builds (Lit's SSR DOM shim).
  {
    input: { server: 'src/server.ts', render: 'src/render.ts', export: 'src/export.ts' },
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    output: { dir: 'dist/server', format: 'esm', sourcemap: true },
    plugins: [
      typescript({ tsconfig, outDir: 'dist/server', module: 'NodeNext', noEmitOnError: true }),
    ],
  },
];
