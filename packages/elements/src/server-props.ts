import { ELEMENTS, PROPS_SCRIPT, type StadtTag } from './tags.js';

const applied = new WeakSet<Element>();

/**
 * Assigns the properties a server rendered into an element as JSON (`data-stadt-props`), before the element
 * is defined, so its first render (and hydration) sees the same data as the server did. Lit keeps properties
 * set before an upgrade and applies them in the first update. Unknown names are ignored; a script that is not
 * valid JSON is reported once per element and the element keeps its server-rendered content.
 */
export function applyServerProps(root: ParentNode = document): void {
  for (const tag of Object.keys(ELEMENTS) as StadtTag[]) {
    const allowed: readonly string[] = ELEMENTS[tag].props;
    for (const element of root.querySelectorAll(tag)) {
      if (applied.has(element)) continue;
      applied.add(element);
      const script = [...element.children].find((child) => child.matches(PROPS_SCRIPT));
      if (!script) continue;
      let props: unknown;
      try {
        props = JSON.parse(script.textContent ?? '');
      } catch (error) {
        console.error(`<${tag}>: data-stadt-props is not valid JSON (${String(error)}); not used`);
        continue;
      }
      if (typeof props !== 'object' || props === null || Array.isArray(props)) {
        console.error(`<${tag}>: data-stadt-props must be a JSON object; not used`);
        continue;
      }
      for (const [name, value] of Object.entries(props)) {
        if (allowed.includes(name)) Reflect.set(element, name, value);
        else
          console.warn(
            `<${tag}>: data-stadt-props names "${name}", which is not a server property; ignored`,
          );
      }
    }
  }
}
