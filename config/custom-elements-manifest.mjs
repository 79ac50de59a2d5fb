// Shared @custom-elements-manifest/analyzer settings for component packages. The manifest describes what the
// tarball ships: module paths point at dist/*.js, the definitions come from define.ts, private and `_`
// members are left out, and read-only properties say so. From it, each build writes the framework and IDE
// data: React/Preact JSX types, Vue types, VS Code custom data and JetBrains web-types.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const toDist = (path) =>
  typeof path === 'string' ? path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js') : path;
const hidden = (name) => typeof name === 'string' && (name.startsWith('#') || name.startsWith('_'));

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

/** Public API only; `@readonly` in a property's comment marks it read-only. */
function publicApiOnly() {
  return {
    name: 'stadtkit-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      // `declare state: X` with "@readonly" in its JSDoc: the analyzer keeps the JSDoc but not the flag.
      if (!ts.isPropertyDeclaration(node) || !node.name || !ts.isIdentifier(node.name)) return;
      const jsDoc = node.jsDoc?.map((doc) => doc.getFullText()).join('\n') ?? '';
      if (!/@readonly\b/.test(jsDoc)) return;
      const className = node.parent?.name?.getText();
      const declaration = moduleDoc.declarations?.find((d) => d.name === className);
      const member = declaration?.members?.find((m) => m.name === node.name.getText());
      if (member) member.readonly = true;
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (Array.isArray(declaration.members)) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && !hidden(member.name),
            );
            // `this.x = undefined` in a constructor is no default: the property is simply not set.
            for (const member of declaration.members)
              if (member.default === 'undefined') delete member.default;
          }
          if (Array.isArray(declaration.attributes)) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !hidden(attribute.name) && !hidden(attribute.fieldName),
            );
            // The analyzer copies a constructor's `this.x = SOME_CONSTANT` into the attribute as the
            // constant's name; the field's own default is the value (`600`, not `DEFAULT_REFRESH_SECONDS`).
            for (const attribute of declaration.attributes) {
              const field = declaration.members?.find((m) => m.name === attribute.fieldName);
              if (field?.default !== undefined) attribute.default = field.default;
              else delete attribute.default;
              if (field?.readonly) attribute.readonly = true;
            }
          }
        }
      }
    },
  };
}

/** Module paths as shipped: `src/photo.ts` → `dist/photo.js`, also in references. */
function distPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string')
        value[key] = toDist(inner);
      else rewrite(inner);
    }
  };
  return {
    name: 'stadtkit-dist-paths',
    // After the framework plugins have read the manifest: they import classes by these paths.
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

/**
 * Writes the framework and IDE data of a manifest into a package folder: `dist/jsx.d.ts` (handlers get the
 * event classes themselves: they are `Event` subclasses, not `CustomEvent`s), `dist/react.d.ts` and
 * `dist/preact.d.ts` (add the elements to each library's JSX, so one `import type {} from '<package>/react'`
 * or a tsconfig `types` entry is all a TSX project needs), `dist/vue.d.ts` (Vue's `GlobalComponents`),
 * `vscode.html-custom-data.json`, `vscode.css-custom-data.json` and `web-types.json`. Types are imported
 * from the package's `dist/index.js`.
 *
 * @param {object} manifest
 * @param {{ dir: string, packageName: string, version?: string }} options
 */
export function writeFrameworkData(manifest, { dir, packageName, version = '0.0.0' }) {
  const at = (file) => join(dir, file);
  mkdirSync(at('dist'), { recursive: true });
  const quiet = { hideLogs: true };
  generateJsxTypes(manifest, {
    ...quiet,
    outdir: at('dist'),
    fileName: 'jsx.d.ts',
    globalTypePath: './index.js',
  });
  generateVuejsTypes(manifest, {
    ...quiet,
    outdir: at('dist'),
    fileName: 'vue.d.ts',
    globalTypePath: './index.js',
  });
  generateVsCodeCustomElementData(manifest, {
    ...quiet,
    outdir: dir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  generateJetBrainsWebTypes(manifest, {
    ...quiet,
    outdir: dir,
    fileName: 'web-types.json',
    packageJson: false,
  });
  // The JetBrains generator reads name and version from the package.json of the working directory.
  const webTypes = JSON.parse(readFileSync(at('web-types.json'), 'utf8'));
  writeFileSync(
    at('web-types.json'),
    `${JSON.stringify({ ...webTypes, name: packageName, version }, null, 2)}\n`,
  );
  const jsx = readFileSync(at('dist/jsx.d.ts'), 'utf8').replace(
    /CustomEvent<(Stadt\w+Event)>/g,
    '$1',
  );
  writeFileSync(at('dist/jsx.d.ts'), jsx);
  // Vue's template checker camelises names: `base-url` is checked as `baseUrl`, `@stadt-photo-error` as
  // `onStadtPhotoError`; the generator writes them as in HTML.
  const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  const vue = readFileSync(at('dist/vue.d.ts'), 'utf8')
    .replace(/CustomEvent<(Stadt\w+Event)>/g, '$1')
    .replace(
      /^(\s*)"on([a-z][a-z0-9-]*)"\?:/gm,
      (_, space, event) => `${space}on${camel(`-${event}`)}?:`,
    )
    .replace(/^(\s*)"([a-z][a-z0-9-]*)"\?:/gm, (_, space, name) => `${space}${camel(name)}?:`);
  writeFileSync(at('dist/vue.d.ts'), vue);
  const typesOnly = '// Types only: see the .d.ts beside this file.\nexport {};\n';
  for (const library of ['react', 'preact']) {
    writeFileSync(
      at(`dist/${library}.d.ts`),
      `// Adds the elements of ${packageName} to ${library}'s JSX (generated from custom-elements.json).
import type { CustomElements } from './jsx.js';

declare module '${library}' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
    );
    writeFileSync(at(`dist/${library}.js`), typesOnly);
  }
  writeFileSync(at('dist/vue.js'), typesOnly);
}

/** Runs {@link writeFrameworkData} on the manifest the analyzer just made (before paths become dist paths). */
function frameworkData(packageName) {
  return {
    name: 'stadtkit-framework-data',
    packageLinkPhase({ customElementsManifest }) {
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      writeFrameworkData(customElementsManifest, { dir: '.', packageName, version });
    },
  };
}

/**
 * @param {{ packageName: string }} options the npm name, for the import paths in the generated types
 */
export function manifestConfig({ packageName } = {}) {
  const frameworks = packageName ? [frameworkData(packageName)] : [];
  return {
    globs: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
    outdir: '.',
    litelement: true,
    plugins: [namedEventsOnly(), publicApiOnly(), ...frameworks, distPaths()],
  };
}
