export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/define.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
