// Runs the README's snippets as a city web developer would paste them: the CMS markup, the attribute form and
// the model form, each with the README's image paths pointed at the test's image server.
import { gruppenbild } from '@stadtkit/model/fixtures';
import {
  codeBlocks,
  recordConsole,
  shadow,
  visibleText,
  type ConsoleRecord,
} from '@stadtkit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import readme from '../README.md?raw';
import '../src/define.js';
import type { StadtPhoto } from '../src/index.js';
import { imageBase, served } from './served.js';

const NBSP = '\u00a0';

/** The README's example paths (/media/gruppenbild-640.jpg) as the served seed images. */
function servedPaths(code: string): string {
  return code.replace(
    /\/media\/gruppenbild-(\d+)\.jpg/g,
    `${imageBase}/gruppenbild-auslaenderbehoerden-$1.svg`,
  );
}

/** Puts an HTML snippet into the page (its script tag dropped: the element is defined by the test). */
function paste(code: string): StadtPhoto {
  const container = document.createElement('div');
  container.innerHTML = servedPaths(code).replace(/<script[^>]*><\/script>/g, '');
  document.body.append(container);
  const el = container.querySelector<StadtPhoto>('stadt-photo');
  if (!el) throw new Error('the snippet has no <stadt-photo>');
  return el;
}

let consoleRecord: ConsoleRecord;
beforeEach(() => {
  consoleRecord = recordConsole();
});
afterEach(() => {
  consoleRecord.stop();
  document.body.replaceChildren();
});

describe('README snippets of <stadt-photo>', () => {
  it("the CMS markup: the editor's image, caption and credit as a figure, the image loaded", async () => {
    const snippet = codeBlocks(readme, 'html').find((code) => code.includes('slot="caption"'));
    expect(snippet).toBeDefined();
    const el = paste(snippet ?? '');
    await expect.poll(() => el.state, { timeout: 5000 }).toBe('loaded');
    expect(shadow(el).querySelector('figure figcaption')).not.toBeNull();
    expect(visibleText(el)).toContain('Teilnehmerinnen und Teilnehmer der Veranstaltung.');
    expect(visibleText(el)).toContain('© Stadt Offenbach/georg-foto.de');
    expect(el.querySelector('img')?.getAttribute('sizes')).toMatch(/^auto, /);
    expect([...consoleRecord.errors, ...consoleRecord.warnings]).toEqual([]);
  });

  it('the attribute form: responsive image, structured credit with the licence link, zoom button', async () => {
    const snippet = codeBlocks(readme, 'html').find((code) => code.includes('credit-holder'));
    expect(snippet).toBeDefined();
    const el = paste(snippet ?? '');
    await expect.poll(() => el.state, { timeout: 5000 }).toBe('loaded');
    const root = shadow(el);
    expect(root.querySelector('img[part="image"]')?.getAttribute('srcset')).toBe(
      `${imageBase}/gruppenbild-auslaenderbehoerden-640.svg 640w, ${imageBase}/gruppenbild-auslaenderbehoerden-1280.svg 1280w`,
    );
    expect(root.querySelector('a[rel="license"]')?.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(root.querySelector('button.zoom')?.getAttribute('aria-haspopup')).toBe('dialog');
    expect(visibleText(el)).toContain(`©${NBSP}Stadt Offenbach/georg-foto.de, CC BY 4.0`);
    expect([...consoleRecord.errors, ...consoleRecord.warnings]).toEqual([]);
  });

  it('the model form: the photo property set on the element in the page', async () => {
    const snippet = codeBlocks(readme, 'js').find((code) => code.includes('.photo = gruppenbild'));
    expect(snippet).toBeDefined();
    document.body.append(document.createElement('stadt-photo'));
    // The imports are the test's own (the element is defined, the fixture comes in as an argument).
    const body = (snippet ?? '').replace(/^import .*$/gm, '');
    new Function('gruppenbild', body)(served(gruppenbild));
    const el = document.querySelector<StadtPhoto>('stadt-photo');
    await expect.poll(() => el?.state, { timeout: 5000 }).toBe('loaded');
    expect(el && visibleText(el)).toContain(gruppenbild.caption);
    expect([...consoleRecord.errors, ...consoleRecord.warnings]).toEqual([]);
  });
});
