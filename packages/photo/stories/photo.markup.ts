// <stadt-photo> as a CMS editor writes it: a light-DOM <img>, the caption and a readable credit as slotted
// elements (complete before and without JavaScript), the structured credit as attributes (for the linked
// licence and the JSON-LD). Every story renders this HTML, and "Show code" shows the same string.
import { formatCredit, type Photo } from '@stadtkit/model';
import { gruppenbild } from '@stadtkit/model/fixtures';
import {
  apiArgs,
  apiArgTypes,
  cmsSource,
  customPropertyStyle,
  element,
  escapeHtml,
  given,
  storyMarkup,
} from '@stadtkit/testing/storybook';
import type { Args, Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@stadtkit/photo/define.js';

/** The flat args of a photo (attribute names as keys), from a model Photo. */
export function photoArgs(photo: Photo): Args {
  const largest = [...photo.sources].sort((a, b) => b.width - a.width)[0];
  const smallest = [...photo.sources].sort((a, b) => a.width - b.width)[0];
  return {
    src: smallest?.url ?? '',
    srcset:
      photo.sources.length > 1
        ? photo.sources.map((source) => `${source.url} ${source.width}w`).join(', ')
        : '',
    width: smallest?.width ?? largest?.width,
    height: smallest?.height ?? largest?.height,
    alt: photo.alt,
    decorative: Boolean(photo.decorative),
    caption: photo.caption ?? '',
    'credit-holder': photo.credit?.holder ?? '',
    'credit-creator': photo.credit?.creator ?? '',
    'licence-name': photo.credit?.licence?.name ?? '',
    'licence-url': photo.credit?.licence?.url ?? '',
    'source-url': photo.credit?.sourceUrl ?? '',
  };
}

/** The photo's HTML. `slot` puts it into another element (a teaser's media slot). */
export function photoMarkup(args: Args, slot?: string): string {
  const holder = given(args['credit-holder']);
  const creator = given(args['credit-creator']);
  const licence = given(args['licence-name']);
  const decorative = args.decorative === true;
  const credit = holder
    ? formatCredit({
        holder,
        creator,
        licence: licence ? { name: licence, url: given(args['licence-url']) } : undefined,
      })
    : undefined;
  const caption = given(args.caption);
  return element(
    'stadt-photo',
    {
      slot,
      placement: args.placement === 'overlay' ? 'overlay' : undefined,
      zoom: args.zoom === true,
      decorative,
      'plain-credit': args['plain-credit'] === true,
      'content-lang': given(args['content-lang']),
      'credit-holder': holder,
      'credit-creator': creator,
      'licence-name': licence,
      'licence-url': licence ? given(args['licence-url']) : undefined,
      'source-url': given(args['source-url']),
      style: customPropertyStyle(args),
    },
    [
      element('img', {
        src: given(args.src),
        srcset: given(args.srcset),
        sizes: given(args.sizes),
        width: typeof args.width === 'number' ? args.width : given(args.width),
        height: typeof args.height === 'number' ? args.height : given(args.height),
        alt: decorative ? '' : String(args.alt ?? ''),
        loading: args.loading === 'eager' ? 'eager' : 'lazy',
        fetchpriority: args.loading === 'eager' ? 'high' : undefined,
      }),
      caption && element('span', { slot: 'caption' }, [escapeHtml(caption)]),
      credit && element('small', { slot: 'credit' }, [escapeHtml(credit)]),
    ],
  );
}

/** Stories render the markup into a container that reflows (no fixed width: 320 px is checkable). */
export const renderPhoto = (args: Args) =>
  html`<div class="story-column">${storyMarkup(photoMarkup(args))}</div>`;

const argTypes = apiArgTypes('stadt-photo', {
  options: { placement: ['below', 'overlay'], loading: ['lazy', 'eager'] },
});

/** The meta every photo CSF file shares (each adds its own title): the seed's group photo. */
export const photoMeta = {
  component: 'stadt-photo',
  tags: ['!autodocs'],
  argTypes,
  args: { ...apiArgs(argTypes), ...photoArgs(gruppenbild), placement: 'below', loading: 'lazy' },
  render: renderPhoto,
  parameters: cmsSource((args) => photoMarkup(args)),
} satisfies Partial<Meta>;
