/** Finds an element by id in the document and, failing that, inside open shadow roots. */
export function findTarget(root: Document | ShadowRoot, id: string): HTMLElement | null {
  const direct = root.getElementById(id);
  if (direct instanceof HTMLElement) return direct;
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) {
      const found = findTarget(host.shadowRoot, id);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Skip links ("Sprungmarken") move focus to their target, also when it lives in a shadow root, where the
 * browser's own fragment navigation cannot reach. Without script, fragment navigation still works for targets
 * in the document.
 */
export function enhanceSkipLinks(document: Document): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a.skip-link');
    const id = link?.getAttribute('href')?.slice(1);
    if (!link || !id) return;
    const target = findTarget(document, id);
    if (!target) return;
    event.preventDefault();
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
      target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'start' });
    history.replaceState(null, '', `#${id}`);
  });
}
