// The hostile-input suite: every corpus value into every property and attribute of every element, in real
// Chromium, with a canary. Zero script executions, zero uncaught exceptions, nothing dangerous in the DOM,
// and every text a component accepts is rendered as exactly that text.
import { checkText } from '@stadtkit/model';
import { gruppenbild, offenbachWeather, relatedTeasers } from '@stadtkit/model/fixtures';
import newsTeaserManifest from '@stadtkit/news-teaser/custom-elements.json' with { type: 'json' };
import photoManifest from '@stadtkit/photo/custom-elements.json' with { type: 'json' };
import weatherManifest from '@stadtkit/weather-status/custom-elements.json' with { type: 'json' };
import '@stadtkit/news-teaser/define.js';
import '@stadtkit/photo/define.js';
import '@stadtkit/weather-status/define.js';
import { deepNodes, settle } from '@stadtkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeValue, hostileStrings, hostileValues } from '../src/hostile-corpus.js';

interface Member {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string }[];
  members?: Member[];
}
const manifests = [weatherManifest, photoManifest, newsTeaserManifest] as unknown as {
  modules: { declarations?: Declaration[] }[];
}[];
const elements = manifests
  .flatMap((manifest) => manifest.modules.flatMap((module) => module.declarations ?? []))
  .filter((d): d is Declaration & { tagName: string } => Boolean(d.customElement && d.tagName))
  .map((d) => ({
    tag: d.tagName,
    attributes: (d.attributes ?? []).map((a) => a.name).filter((name) => !name.startsWith('_')),
    properties: (d.members ?? [])
      .filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          !m.readonly &&
          m.privacy !== 'private' &&
          m.privacy !== 'protected' &&
          !m.name.startsWith('_'),
      )
      .map((m) => m.name),
    // Properties typed as functions (the weather element's clock) are called by contract: a function given to
    // them runs, as documented, so the corpus's function value is not fed to them.
    callable: (d.members ?? []).filter((m) => m.type?.text?.includes('=>')).map((m) => m.name),
  }));

/** Attributes and properties whose value the element shows as text (or as an accessible name). */
const TEXT: Record<string, string[]> = {
  'stadt-weather-status': ['location-name', 'locationName'],
  'stadt-photo': [
    'caption',
    'credit-holder',
    'creditHolder',
    'credit-creator',
    'creditCreator',
    'alt',
  ],
  'stadt-news-teaser': ['headline', 'kicker', 'excerpt'],
  'stadt-news-list': ['heading', 'more-label', 'moreLabel'],
};
/** Attributes a text needs beside it to be shown at all. */
const CONTEXT: Record<string, Record<string, string>> = {
  'stadt-photo': {
    src: '/media/x.svg',
    width: '640',
    height: '426',
    alt: 'Gruppenfoto',
    'credit-holder': 'Stadt Offenbach',
  },
  'stadt-news-teaser': { headline: 'Meldung', href: '/presse/meldung' },
  'stadt-news-list': { 'more-href': '/presse' },
};
/** Nested model objects whose string leaves get every hostile string. */
const OBJECTS: Record<
  string,
  { property: string; value: unknown; shown: string[]; also?: string[] }
> = {
  'stadt-photo': {
    property: 'photo',
    value: gruppenbild,
    shown: ['caption', 'credit.holder', 'credit.creator', 'alt'],
  },
  'stadt-news-teaser': {
    property: 'teaser',
    value: relatedTeasers[0],
    shown: ['headline', 'kicker', 'excerpt'],
  },
  'stadt-weather-status': {
    property: 'observation',
    value: offenbachWeather,
    shown: [],
    also: ['station.name', 'station.id', 'condition', 'icon', 'observedAt', 'source.name'],
  },
  'stadt-news-list': {
    property: 'teasers',
    value: relatedTeasers,
    shown: ['0.headline', '1.excerpt'],
  },
};

const state = { canary: 0, errors: [] as string[], fetched: [] as string[] };
const realFetch = window.fetch;

beforeAll(() => {
  (window as unknown as { __canary: () => void }).__canary = () => {
    state.canary += 1;
  };
  window.addEventListener('error', (event) => state.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    state.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  // No request leaves the page: the weather element's requests are answered with "no data".
  window.fetch = (input: RequestInfo | URL) => {
    state.fetched.push(String(input instanceof Request ? input.url : input));
    return Promise.resolve(new Response('{"weather": null, "sources": []}', { status: 200 }));
  };
  // Elements log their documented warnings for refused input; the suite only cares about failures.
  console.warn = () => undefined;
});

afterAll(() => {
  window.fetch = realFetch;
});

/** All text an element renders: text nodes and the attributes that name things for assistive technology. */
function renderedStrings(root: Element): string[] {
  const strings: string[] = [];
  for (const node of deepNodes(root)) {
    if (node.nodeType === Node.TEXT_NODE) strings.push(node.nodeValue ?? '');
    if (node instanceof Element) {
      for (const name of [
        'aria-label',
        'title',
        'alt',
        'aria-description',
        'aria-roledescription',
      ]) {
        const value = node.getAttribute(name);
        if (value !== null) strings.push(value);
      }
    }
  }
  return strings;
}

/** Nothing in the rendered tree can run script or leave the site. */
function dangerous(root: Element): string[] {
  const found: string[] = [];
  for (const node of deepNodes(root)) {
    if (!(node instanceof Element) || node === root) continue;
    const name = node.localName;
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'form'].includes(name))
      found.push(`<${name}>`);
    for (const attribute of node.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${name}[${attribute.name}]`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster'].includes(attribute.name)
      ) {
        const url = attribute.value.trim();
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url))
          found.push(`${name}[${attribute.name}=${url.slice(0, 40)}]`);
      }
      if (
        attribute.name === 'srcset' &&
        /(?:^|,)\s*(?:javascript|data|vbscript):/i.test(attribute.value)
      )
        found.push(`${name}[srcset]`);
    }
  }
  return found;
}

/** Text the element must show verbatim: well-formed, non-blank, short enough for every model limit. */
function mustShow(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.trim().length > 0 &&
    value.length <= 200 &&
    checkText(value) === undefined
  );
}

/** One macrotask, without setTimeout's 4 ms clamp. */
function tick(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Every element updated, and the macrotasks they started (the weather's stubbed fetch) run. */
async function settleFully(element: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await settle(element);
    await tick();
  }
}

// Hidden: lazy images are not fetched, so the suite measures the components, not the dev server.
const container = document.createElement('div');
container.hidden = true;
document.body.append(container);

interface Outcome {
  failures: string[];
  checked: number;
  texts: number;
}

async function attempt(
  tag: string,
  label: string,
  apply: (element: HTMLElement) => void,
  shown: string | undefined,
  outcome: Outcome,
): Promise<void> {
  const before = { canary: state.canary, errors: state.errors.length };
  let element: HTMLElement | undefined;
  try {
    element = document.createElement(tag);
    for (const [name, value] of Object.entries(CONTEXT[tag] ?? {}))
      element.setAttribute(name, value);
    // The place name is part of the weather sentence, which needs an observation to exist.
    if (tag === 'stadt-weather-status' && shown !== undefined)
      Object.assign(element, { observation: offenbachWeather });
    apply(element);
    container.replaceChildren(element);
    await settleFully(element);
  } catch (error) {
    outcome.failures.push(`${label}: threw ${String(error)}`);
  }
  outcome.checked += 1;
  if (state.canary !== before.canary) outcome.failures.push(`${label}: script ran`);
  if (state.errors.length !== before.errors)
    outcome.failures.push(`${label}: ${state.errors.slice(before.errors).join('; ')}`);
  if (element) {
    const bad = dangerous(element);
    if (bad.length > 0) outcome.failures.push(`${label}: dangerous DOM ${bad.join(', ')}`);
    if (shown !== undefined) {
      outcome.texts += 1;
      const strings = renderedStrings(element);
      const expected = shown.trim();
      if (!strings.some((text) => text.includes(expected)) && !strings.join('').includes(expected))
        outcome.failures.push(`${label}: text not rendered as given`);
    }
  }
  container.replaceChildren();
}

/** A deep copy of `target` whose leaf at the dotted `path` is replaced by `replace(parent, key)`. */
function copyWithLeaf(
  target: unknown,
  path: string,
  replace: (parent: Record<string, unknown>, key: string) => void,
): unknown {
  const copy = structuredClone(target) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  replace(node, keys.at(-1) as string);
  return copy;
}

function setPath(target: unknown, path: string, value: unknown): unknown {
  return copyWithLeaf(target, path, (parent, key) => {
    parent[key] = value;
  });
}

/**
 * A copy of `target` whose leaf at `path` is a two-faced getter: the first read gives the real value, every
 * later read `later`. An element that checks a value and then reads it again would render `later` unchecked.
 */
function withTwoFacedLeaf(target: unknown, path: string, later: string): unknown {
  return copyWithLeaf(target, path, (parent, key) => {
    const first = parent[key];
    let reads = 0;
    Object.defineProperty(parent, key, {
      enumerable: true,
      get: () => (reads++ === 0 ? first : later),
    });
  });
}

/** The string leaves of a model object, as dotted paths. */
function stringPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) =>
      stringPaths(child, prefix ? `${prefix}.${key}` : key),
    );
  return [];
}

describe('the hostile-input corpus', () => {
  it(`has ${hostileValues.length} values (at least 200), megabyte strings and every kind of payload`, () => {
    expect(hostileValues.length).toBeGreaterThanOrEqual(200);
    expect(hostileStrings.some((s) => s.length >= 1024 * 1024)).toBe(true);
    expect(hostileStrings.some((s) => s.includes('\u202E'))).toBe(true);
    expect(hostileValues.some((v) => typeof v !== 'string')).toBe(true);
  });

  it('the canary works: a payload parsed as HTML does call it', async () => {
    const before = state.canary;
    const probe = document.createElement('div');
    probe.innerHTML = '<img src="x" onerror="__canary()">';
    document.body.append(probe);
    await expect.poll(() => state.canary, { timeout: 5_000 }).toBeGreaterThan(before);
    probe.remove();
    state.canary = before;
  });
});

describe.each(elements)('<$tag>', ({ tag, attributes, properties, callable }) => {
  it('every attribute takes every hostile string', async () => {
    const outcome: Outcome = { failures: [], checked: 0, texts: 0 };
    for (const attribute of attributes) {
      for (const value of hostileStrings) {
        const shown = TEXT[tag]?.includes(attribute) && mustShow(value) ? value : undefined;
        await attempt(
          tag,
          `${attribute}=${describeValue(value)}`,
          (el) => el.setAttribute(attribute, value),
          shown,
          outcome,
        );
      }
    }
    expect(outcome.failures.slice(0, 20)).toEqual([]);
    expect(outcome.checked).toBe(attributes.length * hostileStrings.length);
    if (TEXT[tag]?.some((name) => attributes.includes(name)))
      expect(outcome.texts).toBeGreaterThan(100);
  });

  it('every property takes every hostile value', async () => {
    const outcome: Outcome = { failures: [], checked: 0, texts: 0 };
    let skipped = 0;
    for (const property of properties) {
      for (const value of hostileValues) {
        if (typeof value === 'function' && callable.includes(property)) {
          skipped += 1;
          continue;
        }
        const shown = TEXT[tag]?.includes(property) && mustShow(value) ? value : undefined;
        await attempt(
          tag,
          `.${property}=${describeValue(value)}`,
          (el) => {
            (el as unknown as Record<string, unknown>)[property] = value;
          },
          shown,
          outcome,
        );
      }
    }
    expect(outcome.failures.slice(0, 20)).toEqual([]);
    expect(outcome.checked).toBe(properties.length * hostileValues.length - skipped);
    expect(skipped).toBe(
      callable.length * hostileValues.filter((v) => typeof v === 'function').length,
    );
  });

  it('every string inside its model object takes every hostile string', async () => {
    const object = OBJECTS[tag];
    if (!object) throw new Error(`no model object for ${tag}`);
    const outcome: Outcome = { failures: [], checked: 0, texts: 0 };
    // The leaves shown as text and every URL; the other strings (ids, dates) are covered by the model's own
    // bad-input table.
    const paths = stringPaths(object.value).filter(
      (path) =>
        object.shown.includes(path) || object.also?.includes(path) || /url|href/i.test(path),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      for (const value of hostileStrings) {
        const shown = object.shown.includes(path) && mustShow(value) ? value : undefined;
        await attempt(
          tag,
          `.${object.property}.${path}=${describeValue(value)}`,
          (el) => {
            (el as unknown as Record<string, unknown>)[object.property] = setPath(
              object.value,
              path,
              value,
            );
          },
          shown,
          outcome,
        );
      }
    }
    expect(outcome.failures.slice(0, 20)).toEqual([]);
    expect(outcome.checked).toBe(paths.length * hostileStrings.length);
  });
});

describe('values that change between reads', () => {
  it.each(Object.entries(OBJECTS))(
    '<%s>: a URL that is safe when checked and a script when read again is never used',
    async (tag, object) => {
      const outcome: Outcome = { failures: [], checked: 0, texts: 0 };
      const paths = stringPaths(object.value).filter((path) => /url|href/i.test(path));
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        await attempt(
          tag,
          `.${object.property}.${path} turns into javascript:`,
          (el) => {
            (el as unknown as Record<string, unknown>)[object.property] = withTwoFacedLeaf(
              object.value,
              path,
              'javascript:__canary()',
            );
          },
          undefined,
          outcome,
        );
      }
      expect(outcome.failures).toEqual([]);
      expect(outcome.checked).toBe(paths.length);
    },
  );
});

describe('requests', () => {
  it('no request went anywhere but http(s)', () => {
    const leaving = state.fetched.filter((url) => {
      try {
        return !/^https?:$/.test(new URL(url, location.href).protocol);
      } catch {
        return true;
      }
    });
    expect(leaving).toEqual([]);
    expect(state.fetched.filter((url) => url.length > 4096)).toEqual([]);
  });
});
