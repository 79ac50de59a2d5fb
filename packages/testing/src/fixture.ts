import { render, type TemplateResult } from 'lit';

const containers: HTMLElement[] = [];

/** Renders a template into a fresh container in the document and waits for Lit elements to update. */
export async function fixture<T extends Element = HTMLElement>(
  template: TemplateResult,
): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const element = container.firstElementChild;
  if (!element) throw new Error('fixture: the template rendered no element');
  await settle(container);
  return element as T;
}

/** Waits until every Lit element below `root` has finished its update. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')];
    await Promise.all(
      elements.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
  }
}

/** Removes every container made by `fixture`. Call it in afterEach. */
export function cleanupFixtures(): void {
  for (const container of containers.splice(0)) container.remove();
}
