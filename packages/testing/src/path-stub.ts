// @wc-toolkit/storybook-helpers ships its Node-side reloader preset in the same module as the browser helpers,
// so the preview bundle imports "path". The npm "path" polyfill reads `process.platform` at load and throws in
// the browser; the helpers never call it there. This stub is what the preview gets instead.
export function resolve(...segments: string[]): string {
  return segments.join('/');
}
export default { resolve };
