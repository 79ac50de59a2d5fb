// Shared @custom-elements-manifest/analyzer settings for component packages.

/** The analyzer also lists `dispatchEvent(new SomeEvent())` calls as nameless events: keep only named ones. */
function namedEventsOnly() {
  return {
    name: 'stadtkit-named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (Array.isArray(declaration.events)) {
            declaration.events = declaration.events.filter(
              (event) => typeof event.name === 'string',
            );
          }
        }
      }
    },
  };
}

export function manifestConfig() {
  return {
    globs: ['src/**/*.ts'],
    exclude: ['src/define.ts', 'src/**/*.styles.ts', 'src/**/*.d.ts'],
    outdir: '.',
    litelement: true,
    plugins: [namedEventsOnly()],
  };
}
