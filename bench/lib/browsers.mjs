// The browsers Stadtkit claims (README "Supported browsers"): the oldest versions whose engines support every
// language feature in the shipped bundles. `npm test` checks the built files against this query (es-check).
export const SUPPORTED = { chrome: 124, firefox: 128, safari: 17.4 };
export const BROWSERSLIST = Object.entries(SUPPORTED)
  .map(([browser, version]) => `${browser} >= ${version}`)
  .join(', ');
/** Everything that runs in a visitor's browser: the packages' modules and embeds, the demo's bundle. */
export const BROWSER_FILES = [
  'packages/*/dist/**/*.js',
  'packages/elements/cdn/**/*.js',
  'apps/demo/dist/client/**/*.js',
];
/** Node-only output (the proxy's server code). */
export const NODE_ONLY = ['packages/proxy/dist', 'packages/elements/dist/ssr.js'];
