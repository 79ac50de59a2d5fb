/** The rendered children of a node: its shadow root's, a slot's assigned nodes (or fallback), else its own. */
function childrenOf(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLTemplateElement || node instanceof HTMLStyleElement) return [];
  if (node instanceof HTMLScriptElement) return [];
  return [...node.childNodes];
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

/**
 * The texts of a computed `content` value: what is shown, and the alternative text after "/" (CSS Generated
 * Content, e.g. `"© " / "Copyright "`), which assistive technology reads instead. Strings only: a counter or
 * attr() in `content` is not read here.
 */
function pseudoContent(content: string): { shown: string; alt: string | undefined } {
  const strings = (part: string) =>
    [...part.matchAll(/"((?:[^"\\]|\\.)*)"/g)]
      .map(([, body = '']) => body.replace(/\\(.)/g, '$1'))
      .join('');
  // The "/" outside the strings splits shown and alternative text.
  const outside = content.replace(/"(?:[^"\\]|\\.)*"/g, (string) => ' '.repeat(string.length));
  const slash = outside.indexOf('/');
  if (slash === -1) return { shown: strings(content), alt: undefined };
  return { shown: strings(content.slice(0, slash)), alt: strings(content.slice(slash + 1)) };
}

function collect(root: Element, skip: (element: Element) => boolean, spoken: boolean): string {
  const parts: string[] = [];
  const pseudo = (element: Element, which: '::before' | '::after') => {
    const { shown, alt } = pseudoContent(getComputedStyle(element, which).content);
    parts.push(spoken && alt !== undefined ? alt : shown);
  };
  const visit = (node: Node) => {
    if (node instanceof Element && node !== root && skip(node)) return;
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) pseudo(node, '::before');
    for (const child of childrenOf(node)) visit(child);
    if (node instanceof Element) pseudo(node, '::after');
  };
  visit(root);
  // Fold ASCII white space only: a no-break space (between number and unit) is kept and can be asserted.
  return parts
    .join('')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** The text a sighted person sees: no visually hidden text, nothing hidden by CSS. */
export function visibleText(element: Element): string {
  return collect(element, (el) => isHiddenFromEveryone(el) || isVisuallyHidden(el), false);
}

/** The text a screen reader reads in browse mode: no aria-hidden subtrees, visually hidden text included. */
export function spokenText(element: Element): string {
  return collect(
    element,
    (el) => isHiddenFromEveryone(el) || el.getAttribute('aria-hidden') === 'true',
    true,
  );
}

/**
 * The text nodes of Chromium's own accessibility tree for the test page, in order and trimmed, blank ones left
 * out: what a screen reader is given, CSS alternative text (`content: "©" / "Copyright"`) included. Chromium
 * only (the Chrome DevTools Protocol of Vitest's Playwright provider).
 */
export async function accessibleTexts(): Promise<string[]> {
  const { cdp } = await import('vitest/browser');
  // Vitest types the session per provider; Playwright's (the one configured here) has send().
  const session = cdp() as unknown as { send(method: string, params?: object): Promise<unknown> };
  type Frame = { frame: { id: string; url: string }; childFrames?: Frame[] };
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: Frame };
  const find = (tree: Frame): string | undefined =>
    tree.frame.url === location.href
      ? tree.frame.id
      : (tree.childFrames ?? []).map(find).find((id) => id !== undefined);
  const frameId = find(frameTree);
  if (!frameId) throw new Error(`accessibleTexts: no frame for ${location.href}`);
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as {
    nodes: {
      nodeId: string;
      parentId?: string;
      childIds?: string[];
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
    }[];
  };
  // The list is not in reading order: walk the tree from its root, depth first.
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const texts: string[] = [];
  const visit = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    const text = String(node.name?.value ?? '').trim();
    if (!node.ignored && node.role?.value === 'StaticText' && text !== '') texts.push(text);
    for (const child of node.childIds ?? []) visit(child);
  };
  for (const root of nodes.filter((node) => node.parentId === undefined)) visit(root.nodeId);
  return texts;
}
