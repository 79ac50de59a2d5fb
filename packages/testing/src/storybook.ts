// What every Stadtkit story needs: API tables from the custom-elements manifests (via
// @wc-toolkit/storybook-helpers, which keeps an attribute, a slot and a CSS part of the same name apart), and
// stories written as the HTML a CMS editor pastes, so "Show code" shows exactly what the story renders.
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { Directive, directive } from 'lit/directive.js';

type Value = string | number | boolean | null | undefined;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML (content and attribute values): hostile strings stay text. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const VOID = new Set(['img', 'source', 'br', 'meta', 'link']);

/**
 * One element as formatted HTML. Attributes keep their order; `undefined`, `null` and `false` leave one out,
 * `true` writes it bare, `''` writes it empty (`alt=""` means something). Children are HTML strings (use
 * {@link escapeHtml} for text); falsy children are skipped.
 */
export function element(
  tag: string,
  attributes: Record<string, Value> = {},
  children: (string | false | null | undefined)[] = [],
): string {
  const attrs = Object.entries(attributes).flatMap(([name, value]) => {
    if (value === undefined || value === null || value === false) return [];
    if (value === true) return [name];
    return [`${name}="${escapeHtml(String(value))}"`];
  });
  const oneLine = `<${tag}${attrs.map((a) => ` ${a}`).join('')}>`;
  const open =
    oneLine.length <= 100 ? oneLine : `<${tag}\n${attrs.map((a) => `  ${a}`).join('\n')}\n>`;
  if (VOID.has(tag)) return open;
  const inner = children.filter((child): child is string => Boolean(child));
  if (inner.length === 0) return `${open}</${tag}>`;
  const text = inner.join('\n');
  if (inner.length === 1 && !text.includes('<') && !text.includes('\n') && oneLine === open)
    return `${open}${text}</${tag}>`;
  const indented = text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
  return `${open}\n${indented}\n</${tag}>`;
}

/**
 * Renders a story's HTML, as built by {@link element} (every value in it went through {@link escapeHtml}): the
 * string "Show code" shows is the one the story renders. A directive, so every render makes its own nodes
 * (Storybook also renders a story once, detached, to read its source). `prepare` may give elements their
 * properties before they connect (the weather's example data).
 */
class StoryMarkup extends Directive {
  render(markup: string, prepare?: (fragment: DocumentFragment) => void): DocumentFragment {
    const template = document.createElement('template');
    template.innerHTML = markup;
    // Imported into this document: custom elements are upgraded here, before they connect.
    const fragment = document.importNode(template.content, true);
    prepare?.(fragment);
    return fragment;
  }
}
export const storyMarkup = directive(StoryMarkup);

/** The custom properties a story's controls set (`--…` args with a value), as an inline `style`. */
export function customPropertyStyle(args: Args): string | undefined {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim())
    .map(([name, value]) => `${name}: ${String(value).trim()}`);
  return declarations.length ? declarations.join('; ') : undefined;
}

/** A text arg: empty means "not given". */
export function given(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * An element's attributes from the args, as a CMS editor writes them: the `names` that are given (numbers as
 * text), values equal to the element's `defaults` left out, and the custom properties as `style`.
 */
export function attributesFromArgs(
  args: Args,
  names: readonly string[],
  defaults: Record<string, string> = {},
): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const name of names) {
    const value = args[name];
    const text = typeof value === 'number' ? String(value) : given(value);
    result[name] = text === defaults[name] ? undefined : text;
  }
  result.style = customPropertyStyle(args);
  return result;
}

interface ManifestMember {
  kind?: string;
  name: string;
  type?: { text?: string };
  description?: string;
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  name: string;
  kind?: string;
  members?: ManifestMember[];
}

/**
 * Gives stories outside Storybook (a package's own story tests) the manifests Storybook holds, set before the
 * story modules load (they read it for their ArgTypes).
 */
export function useManifests(...manifests: { modules?: unknown[] }[]): void {
  (
    globalThis as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: unknown }
  ).__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ = {
    schemaVersion: '2.1.0',
    modules: manifests.flatMap((manifest) => manifest.modules ?? []),
  };
}

/** The manifest Storybook holds (set in .storybook/preview.ts with setCustomElementsManifest). */
function manifestDeclarations(): ManifestDeclaration[] {
  const manifest = (
    globalThis as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: { modules?: unknown[] } }
  ).__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__;
  return ((manifest?.modules ?? []) as { declarations?: ManifestDeclaration[] }[]).flatMap(
    (module) => module.declarations ?? [],
  );
}

/** An event class's public fields ("`src` (string)"), which its listeners read. */
function eventFields(type: string | undefined): string | undefined {
  // The helpers write an event class as `CustomEvent<StadtPhotoErrorEvent>`; ours are Event subclasses.
  const typeName = /^CustomEvent<(\w+)>$/.exec(type ?? '')?.[1] ?? type;
  const declaration = manifestDeclarations().find((d) => d.kind === 'class' && d.name === typeName);
  const fields = (declaration?.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      m.privacy !== 'private' &&
      !m.name.startsWith('#') &&
      !m.name.startsWith('_') &&
      m.name !== 'eventName',
  );
  if (fields.length === 0) return undefined;
  return fields
    .map(
      (m) =>
        `\`${m.name}\` (${m.type?.text ?? 'unknown'})${m.description ? `: ${m.description}` : ''}`,
    )
    .join('; ');
}

export interface ApiOptions {
  /** Choices for attributes whose manifest type is a named alias (`PhotoPlacement`) rather than a union. */
  options?: Record<string, readonly string[]>;
}

/**
 * The ArgTypes of a custom element from its manifest: one row per attribute, property, slot, event, CSS part
 * and custom property, each in its own category (an attribute, a slot and a part may share a name). Controls
 * only where a designer can change something that shows: attributes (the right type; an alias type gets its
 * choices from `options`) and custom properties (colour pickers for colours). Properties take objects from
 * code, parts and slots are documented, events are listed with the fields a listener reads.
 */
export function apiArgTypes(tag: string, { options = {} }: ApiOptions = {}): ArgTypes {
  const { argTypes } = getStorybookHelpers(tag, { excludeCategories: ['methods', 'cssStates'] });
  const result: ArgTypes = {};
  for (const [key, original] of Object.entries(argTypes)) {
    const argType = { ...original, table: { ...original.table } };
    const category = argType.table.category;
    if (category === 'css shadow parts' || category === 'slots' || category === 'properties')
      argType.control = false;
    if (category === 'events') {
      const type = argType.table.type?.summary;
      const fields = eventFields(type);
      // The event object is the class itself (an Event subclass), not a CustomEvent around it.
      if (type) argType.table.type = { summary: type.replace(/^CustomEvent<(\w+)>$/, '$1') };
      argType.description = [argType.description, fields && `Felder: ${fields}`]
        .filter(Boolean)
        .join('\n\n');
    }
    // "undefined" is no default, and "| undefined" no type a reader needs to see.
    if (argType.table.defaultValue?.summary === 'undefined') delete argType.table.defaultValue;
    if (argType.table.type?.summary)
      argType.table.type = {
        ...argType.table.type,
        summary: argType.table.type.summary.replace(/\s*\|\s*undefined\b/g, ''),
      };
    const choices = options[key];
    if (choices) {
      argType.control = { type: 'select' };
      argType.options = [...choices];
    }
    result[key] = argType;
  }
  return result;
}

/**
 * Empty values for every attribute and custom-property control, so each shows its field (not a "Set string"
 * button) and an empty field means "not set".
 */
export function apiArgs(argTypes: ArgTypes): Args {
  const args: Args = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const control = argType.control;
    if (!control || argType.table?.disable) continue;
    const category = argType.table?.category;
    if (category !== 'attributes' && category !== 'css properties') continue;
    const type = typeof control === 'string' ? control : control.type;
    if (type === 'boolean') args[key] = false;
    else if (type === 'text' || type === 'color') args[key] = '';
  }
  return args;
}

/** Story-only args (example data, not the element's API) in their own table section. */
export function exampleArg<T extends ArgTypes[string]>(argType: T): T {
  return { ...argType, table: { ...argType.table, category: 'Beispieldaten' } };
}

/** "Show code" shows the HTML the story renders (what a CMS editor pastes), not the decorators around it. */
export function cmsSource(markup: (args: Args) => string) {
  return {
    docs: {
      source: {
        language: 'html',
        transform: (_code: string, context: { args: Args }) => markup(context.args),
      },
    },
  };
}
