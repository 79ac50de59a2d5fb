// The "kern" theme with KERN UX's own CSS (@kern-ux/native) in the same page: the components take KERN's
// semantic colours, light and dark, and stay at WCAG 2.2 AA.
import kernUxCss from '@kern-ux/native/dist/kern.min.css?raw';
import { colourIn, expectNoAxeViolations, resolveColor } from '@stadtkit/testing';
import { describe, expect, it } from 'vitest';
import { addStyle, focusContrasts, textContrasts, themedComponents } from './themes.js';

addStyle(kernUxCss);

/** A colour as the browser resolves it inside `scope` (custom properties included), as channels. */
const channelsIn = (scope: Element, value: string) =>
  resolveColor(colourIn(scope, value)).join(',');

function teaserLink(wrapper: Element): Element {
  const teaser = wrapper
    .querySelector('stadt-news-list')
    ?.shadowRoot?.querySelector('stadt-news-teaser');
  const link = teaser?.shadowRoot?.querySelector('a');
  if (!link) throw new Error('no teaser link');
  return link;
}

describe.each(['light', 'dark'])('KERN UX %s with the kern theme', (mode) => {
  it("maps text, link, focus and surfaces onto KERN's semantic colours", async () => {
    document.documentElement.dataset.kernTheme = mode;
    const wrapper = await themedComponents('kern');
    const pairs: [string, string][] = [
      ['--stadt-color-text', '--kern-color-layout-text-default'],
      ['--stadt-color-text-muted', '--kern-color-layout-text-muted'],
      ['--stadt-color-link', '--kern-color-action-default'],
      ['--stadt-color-focus', '--kern-color-action-focus-default'],
      ['--stadt-color-surface', '--kern-color-layout-background-default'],
    ];
    for (const [ours, kern] of pairs)
      expect(channelsIn(wrapper, `var(${ours})`), `${ours} = ${kern}`).toBe(
        channelsIn(wrapper, `var(${kern})`),
      );
    // The components really draw with them: the teaser's link has KERN's action colour.
    expect(resolveColor(getComputedStyle(teaserLink(wrapper)).color).join(',')).toBe(
      channelsIn(wrapper, 'var(--kern-color-action-default)'),
    );
    const texts = textContrasts(wrapper);
    expect(texts.filter((t) => t.ratio < t.needed)).toEqual([]);
    expect(focusContrasts(wrapper).filter((ring) => ring.ratio < 3)).toEqual([]);
    await expectNoAxeViolations(wrapper);
    wrapper.remove();
  });
});

it("KERN's dark mode changes the components' colours (they follow KERN, not fixed values)", async () => {
  const colours: string[] = [];
  for (const mode of ['light', 'dark']) {
    document.documentElement.dataset.kernTheme = mode;
    const wrapper = await themedComponents('kern');
    colours.push(resolveColor(getComputedStyle(teaserLink(wrapper)).color).join(','));
    wrapper.remove();
  }
  expect(colours[0]).not.toBe(colours[1]);
});
