/** Walks the rendered tree (shadow roots and slotted nodes included) in document order. */
function* renderedNodes(node: Node): Generator<Node> {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    for (const child of assigned.length > 0 ? assigned : [...node.childNodes])
      yield* renderedNodes(child);
    return;
  }
  yield node;
  if (node instanceof Element && node.shadowRoot) {
    for (const child of node.shadowRoot.childNodes) yield* renderedNodes(child);
    return;
  }
  if (node instanceof HTMLTemplateElement || node instanceof HTMLStyleElement) return;
  if (node instanceof HTMLScriptElement) return;
  for (const child of node.childNodes) yield* renderedNodes(child);
}

function isHiddenFromEveryone(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Visually hidden ("sr-only") text: clipped to a 1px box. */
function isVisuallyHidden(element: Element): boolean {
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  return (
    style.position === 'absolute' &&
    rect.width <= 1 &&
    rect.height <= 1 &&
    style.overflow === 'hidden'
  );
}

function collect(root: Element, skip: (element: Element) => boolean): string {
  const parts: string[] = [];
  const skipped = new Set<Node>();
  for (const node of renderedNodes(root)) {
    const parent = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    if (parent && skipped.has(parent)) {
      skipped.add(node);
      continue;
    }
    if (node instanceof Element && node !== root && skip(node)) {
      skipped.add(node);
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
  }
  // Fold ASCII white space only: a no-break space (between number and unit) is kept and can be asserted.
  return parts
    .join('')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** The text a sighted person sees: no visually hidden text, nothing hidden by CSS. */
export function visibleText(element: Element): string {
  return collect(element, (el) => isHiddenFromEveryone(el) || isVisuallyHidden(el));
}

/** The text a screen reader reads in browse mode: no aria-hidden subtrees, visually hidden text included. */
export function spokenText(element: Element): string {
  return collect(
    element,
    (el) => isHiddenFromEveryone(el) || el.getAttribute('aria-hidden') === 'true',
  );
}
