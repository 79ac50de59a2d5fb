// Server rendering for any backend that can call Node (a CMS render service, a build step, a PHP or Java site
// that fetches fragments): Lit SSR renders the elements into declarative shadow DOM; the browser hydrates them
// with @stadtkit/elements' autoloader (or cdn/hydrate.js before cdn/all.js). Node only.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { serializeForScript } from '@stadtkit/model';
import { html, unsafeStatic } from 'lit/static-html.js';
import { createHash } from 'node:crypto';
// Registers the elements for server rendering (Lit SSR's DOM shim provides customElements in Node).
import './define.js';
import { ELEMENTS, type StadtTag } from './tags.js';

export interface ElementInput {
  /** Attributes, written as they are (escaped). `true` writes a boolean attribute, `false`/`undefined` none. */
  attributes?: Record<string, string | number | boolean | undefined>;
  /**
   * Data properties (e.g. `photo`, `teaser`, `teasers`, `initialObservation`): rendered on the server and
   * passed to the browser as JSON inside the element, so hydration sees the same values.
   */
  properties?: Record<string, unknown>;
}

const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Renders one Stadtkit element to an HTML string: the element with its declarative shadow DOM and, when it
 * has data properties, a `<script type="application/json" data-stadt-props>` child with them (not executed:
 * allowed by any CSP and by Trusted Types). Unknown tags and property names throw, so a typo is found on the
 * server, not by a reader.
 */
export async function renderElement(tag: StadtTag, input: ElementInput = {}): Promise<string> {
  if (!Object.hasOwn(ELEMENTS, tag)) throw new TypeError(`renderElement: unknown element <${tag}>`);
  const allowed: readonly string[] = ELEMENTS[tag].props;
  const properties = Object.entries(input.properties ?? {}).filter(
    ([, value]) => value !== undefined,
  );
  for (const [name] of properties)
    if (!allowed.includes(name))
      throw new TypeError(
        `renderElement: <${tag}> takes ${allowed.join(', ')} as data properties, not "${name}"`,
      );
  const attributes = Object.entries(input.attributes ?? {}).filter(
    ([, value]) => value !== undefined && value !== false,
  );
  for (const [name] of attributes)
    if (!NAME.test(name)) throw new TypeError(`renderElement: invalid attribute name "${name}"`);

  // A template from static pieces (names checked above) and dynamic values (escaped by Lit), as
  // html`${static}${value}${static}…`; a boolean attribute has no value after its piece.
  const args: unknown[] = [unsafeStatic(`<${tag}`)];
  for (const [name, value] of attributes) {
    args.push(unsafeStatic(value === true ? ` ${name}` : ` ${name}=`));
    if (value !== true) args.push(String(value));
  }
  for (const [name, value] of properties) args.push(unsafeStatic(` .${name}=`), value);
  args.push(unsafeStatic(`></${tag}>`));
  const strings = Array.from({ length: args.length + 1 }, () => '');
  const template = html(Object.assign(strings, { raw: strings }) as TemplateStringsArray, ...args);
  const markup = await renderToString(template);
  if (properties.length === 0) return markup;
  const close = markup.lastIndexOf(`</${tag}>`);
  const script = `<script type="application/json" data-stadt-props>${serializeForScript(
    Object.fromEntries(properties),
  )}</script>`;
  return `${markup.slice(0, close)}${script}${markup.slice(close)}`;
}

/** Renders any Lit template (e.g. several elements in your own markup) to a string. */
export async function renderToString(template: unknown): Promise<string> {
  return collectResult(render(template));
}

const STYLE = /<style>([\s\S]*?)<\/style>/g;

/**
 * The `style-src` sources a page needs for server-rendered elements: one sha256 per distinct inline
 * `<style>` of their declarative shadow roots (no `'unsafe-inline'`).
 */
export function styleHashes(markup: string): string[] {
  const hashes = new Set<string>();
  for (const match of markup.matchAll(STYLE))
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
    );
  return [...hashes];
}
