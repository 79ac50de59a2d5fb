/**
 * Element properties arrive from scripts and CMS JSON with any type at all. Lit converts attributes, but a
 * property set from script keeps whatever it was given: a number where a URL string was declared, an object
 * where a heading level was. `coerceProperties` brings every changed property back to its declared type
 * before an element renders, the way its attribute converter would:
 *
 * - `String`: numbers, booleans and bigints become their text; `null` and everything else (objects, arrays,
 *   functions, symbols) become `undefined`, the "not set" every element handles.
 * - `Number`: numeric strings become numbers; every other non-number becomes `NaN`, which elements treat as
 *   they treat a garbage attribute (their documented fallback).
 * - `Boolean`: only `true` is true.
 *
 * Properties without a simple declared type (model objects) are validated by the element itself.
 */

/** Lit's property declaration, as far as coercion needs it. */
export interface PropertyDeclarationLike {
  type?: unknown;
}

export type Coerced = { changed: false } | { changed: true; value: unknown; reason: string };

function describe(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    return 'a revoked proxy'; // Array.isArray throws for nothing else
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The value a property of declared `type` should hold for `value`, or `{ changed: false }` if it is fine. */
export function coerceProperty(type: unknown, value: unknown): Coerced {
  if (value === undefined) return { changed: false };
  if (type === String) {
    if (typeof value === 'string') return { changed: false };
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return {
        changed: true,
        value: String(value),
        reason: `${describe(value)} was turned into text`,
      };
    return { changed: true, value: undefined, reason: `${describe(value)} is not text` };
  }
  if (type === Number) {
    if (typeof value === 'number') return { changed: false };
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    return { changed: true, value: number, reason: `${describe(value)} is not a number` };
  }
  if (type === Boolean) {
    if (typeof value === 'boolean') return { changed: false };
    return { changed: true, value: value === true, reason: `${describe(value)} is not a boolean` };
  }
  return { changed: false };
}

/**
 * Coerces every property in `changed` that `declarations` (Lit's `elementProperties`) types as String,
 * Number or Boolean. Returns one line per coerced property for the element's warning.
 */
export function coerceProperties(
  element: object,
  declarations: ReadonlyMap<PropertyKey, PropertyDeclarationLike>,
  changed: ReadonlyMap<PropertyKey, unknown>,
): string[] {
  const notes: string[] = [];
  const target = element as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    const declaration = declarations.get(key);
    if (!declaration) continue;
    const result = coerceProperty(declaration.type, target[key]);
    if (result.changed) {
      target[key] = result.value;
      notes.push(`${String(key)}: ${result.reason}`);
    }
  }
  return notes;
}

/**
 * A Lit `hasChanged` for a property with a default: setting the default is no change, so an element's first
 * render neither updates for it nor reflects it (one attribute set less per element, bench/REPORT.md). The
 * attribute appears once the value leaves its default, and goes when it returns.
 */
export const changedFrom =
  (fallback: unknown) =>
  (value: unknown, old: unknown): boolean =>
    value !== (old === undefined ? fallback : old);
