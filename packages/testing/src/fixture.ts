import { render, type TemplateResult } from 'lit';

const containers: HTMLElement[] = [];

/** A fresh container in the document, removed by `cleanupFixtures`. */
function newContainer(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  return container;
}

/** Renders a template into a fresh container in the document and waits for Lit elements to update. */
export async function fixture<T extends Element = HTMLElement>(
  template: TemplateResult,
): Promise<T> {
  const container = newContainer();
  render(template, container);
  const element = container.firstElementChild;
  if (!element) throw new Error('fixture: the template rendered no element');
  await settle(container);
  return element as T;
}

/**
 * Creates `<tag>`, sets `properties` on it before it is connected, connects it in a fresh container and waits
 * for its update. For hostile values (proxies that throw when read): a template binding would let lit itself
 * read them, this hands them to the element only.
 */
export async function fixtureWith<T extends Element = HTMLElement>(
  tag: string,
  properties: Record<string, unknown>,
): Promise<T> {
  const container = newContainer();
  const element = document.createElement(tag);
  Object.assign(element, properties);
  container.append(element);
  await settle(container);
  return element as unknown as T;
}

/** `root` and every node below it: light children and open shadow roots alike, scripts included. */
export function deepNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node) => {
    nodes.push(node);
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return nodes;
}

/** Waits until every Lit element at or below `root`, inside shadow roots too, has finished its update. */
export async function settle(root: Node = document.body): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      deepNodes(root).map(
        (node) => (node as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
      ),
    );
  }
}

/** Removes every container made by `fixture`. Call it in afterEach. */
export function cleanupFixtures(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** An element's open shadow root; a test fails with a clear message when it has none. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}
