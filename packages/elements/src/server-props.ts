import { applyServerProps as apply } from '@stadtkit/model';
import { ELEMENTS, type StadtTag } from './tags.js';

const ALLOWED = Object.fromEntries(
  (Object.keys(ELEMENTS) as StadtTag[]).map((tag) => [tag, ELEMENTS[tag].props]),
);

/**
 * Assigns the properties a server rendered into Stadtkit elements as JSON (`data-stadt-props`), before the
 * elements are defined, so their first render (and hydration) sees the server's data. See
 * `applyServerProps` in `@stadtkit/model` for the rules (allowlisted names only, invalid JSON reported).
 */
export function applyServerProps(root: ParentNode = document): void {
  apply(ALLOWED, root);
}
