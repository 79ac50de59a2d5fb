// The manifest of @stadtkit/elements: the element declarations of the three component packages, each in the
// cdn module that defines it, and from it the same framework and IDE data every component package ships.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeFrameworkData } from '../../../config/custom-elements-manifest.mjs';

const dir = join(import.meta.dirname, '..');
const require = createRequire(join(dir, 'package.json'));
const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const { ELEMENTS } = await import(join(dir, 'dist/tags.js'));

const modules = new Map();
for (const source of [
  '@stadtkit/weather-status',
  '@stadtkit/warnings',
  '@stadtkit/photo',
  '@stadtkit/news-teaser',
]) {
  const manifest = require(`${source}/custom-elements.json`);
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
  );
  for (const definition of definitions) {
    const declaring = manifest.modules.find(
      (module) => module.path === definition.declaration.module,
    );
    const declaration = declaring?.declarations?.find(
      (d) => d.name === definition.declaration.name,
    );
    if (!declaration) throw new Error(`${source}: no declaration for <${definition.name}>`);
    const path = `cdn/${ELEMENTS[definition.name].module}.js`;
    const module = modules.get(path) ?? {
      kind: 'javascript-module',
      path,
      declarations: [],
      exports: [],
    };
    module.declarations.push(declaration);
    module.exports.push(
      { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } },
      {
        kind: 'custom-element-definition',
        name: definition.name,
        declaration: { name: declaration.name, module: path },
      },
    );
    modules.set(path, module);
  }
}
const manifest = { schemaVersion: '2.1.0', readme: '', modules: [...modules.values()] };
writeFileSync(join(dir, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFrameworkData(manifest, { dir, packageName: '@stadtkit/elements', version });
