import { ELEMENTS, type StadtTag } from './tags.js';

type Module = (typeof ELEMENTS)[StadtTag]['module'];

export interface AutoloadOptions {
  /** Loads the module that defines the elements of one package. */
  load: Record<Module, () => Promise<unknown>>;
  /**
   * Installs Lit's hydration support and applies the server's properties (`applyServerProps`); called once,
   * before any element module, when server-rendered elements exist. Pages without them never load it.
   */
  hydrate: () => Promise<{ applyServerProps(root?: ParentNode): void }>;
  /** Where to look; default `document`. */
  root?: Document;
}

/** Whether the page holds server-rendered Stadtkit elements not defined yet (declarative shadow roots). */
function hasServerRendered(root: ParentNode): boolean {
  return [...root.querySelectorAll(SELECTOR)].some(
    (element) => element.shadowRoot !== null && !customElements.get(element.localName),
  );
}

const isStadtTag = (name: string): name is StadtTag => Object.hasOwn(ELEMENTS, name);
const SELECTOR = Object.keys(ELEMENTS).join(',');

/**
 * Defines each Stadtkit element the first time its tag appears in the document, also when it is inserted
 * later (a CMS widget, a client-side route). On pages with server-rendered elements it installs hydration
 * support first and hands over the server's JSON properties, so the markup is hydrated, never duplicated.
 * Returns a function that stops watching.
 */
export function autoload({ load, hydrate, root = document }: AutoloadOptions): () => void {
  const loading = new Map<Module, Promise<unknown>>();
  let hydration: Promise<{ applyServerProps(root?: ParentNode): void }> | undefined;

  const scan = (node: ParentNode & Node): void => {
    const found = new Set<StadtTag>();
    if (node instanceof Element && isStadtTag(node.localName)) found.add(node.localName);
    for (const element of node.querySelectorAll(SELECTOR))
      if (isStadtTag(element.localName)) found.add(element.localName);
    const wanted = [...found].filter((tag) => !customElements.get(tag));
    if (wanted.length === 0) return;
    if (hydration === undefined && hasServerRendered(root)) {
      if (loading.size > 0)
        console.warn(
          'Stadtkit autoloader: server-rendered elements were inserted after elements had been loaded; they are rendered again instead of hydrated. Put server-rendered markup into the page before the autoloader runs.',
        );
      else hydration = hydrate();
    }
    // Properties first (before the element modules run), for markup inserted after the hydration started too.
    const ready = hydration?.then((support) => support.applyServerProps(node));
    for (const tag of wanted) {
      const module = ELEMENTS[tag].module;
      if (loading.has(module)) continue;
      loading.set(
        module,
        (ready ?? Promise.resolve())
          .then(() => load[module]())
          .catch((error: unknown) => {
            console.error(`Stadtkit autoloader: <${tag}> could not be loaded`, error);
          }),
      );
    }
  };

  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
