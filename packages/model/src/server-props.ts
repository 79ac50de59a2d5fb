/** The JSON script a server renders into an element for its data properties. */
export const SERVER_PROPS_SELECTOR = 'script[type="application/json"][data-stadt-props]';

// Structural types: the model is written without the DOM library (it runs in Node too).
interface ScriptLike {
  matches(selector: string): boolean;
  readonly textContent: string | null;
}
interface ElementLike {
  readonly children: Iterable<ScriptLike>;
}
/** A document, an element or a fragment. */
export interface PropsRoot {
  querySelectorAll(selector: string): Iterable<ElementLike & object>;
}

const applied = new WeakSet<object>();

/**
 * Assigns the properties a server rendered into elements as JSON (`<script type="application/json"
 * data-stadt-props>` as a child), before the elements are defined, so their first render (and hydration)
 * sees the same data as the server did; Lit keeps properties set before an upgrade. Only the names in
 * `allowed` (tag → property names) are assigned, so a hostile body cannot set `innerHTML` or anything else;
 * other names are ignored with a warning, and a script that is not a JSON object is reported and not used
 * (the element keeps its server-rendered content). Each element is handled once.
 */
export function applyServerProps(
  allowed: Readonly<Record<string, readonly string[]>>,
  root: PropsRoot,
): void {
  for (const [tag, names] of Object.entries(allowed)) {
    for (const element of root.querySelectorAll(tag)) {
      if (applied.has(element)) continue;
      applied.add(element);
      const script = [...element.children].find((child) => child.matches(SERVER_PROPS_SELECTOR));
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
        if (names.includes(name)) Reflect.set(element, name, value);
        else
          console.warn(
            `<${tag}>: data-stadt-props names "${name}", which is not a server property; ignored`,
          );
      }
    }
  }
}
