import type { Photo } from '@stadtkit/model';
import { gruppenbild, weihnachtsmarkt } from '@stadtkit/model/fixtures';
import { mediaUrl, withStoryMedia } from '@stadtkit/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@stadtkit/photo/define.js';

interface Args {
  photo: Photo | undefined;
  placement: 'below' | 'overlay';
  loading: 'lazy' | 'eager';
  zoom: boolean;
}

const seed = withStoryMedia(gruppenbild);
const withLicence = withStoryMedia(weihnachtsmarkt.photos[0] ?? gruppenbild);

const meta: Meta<Args> = {
  title: 'Components/Photo',
  component: 'stadt-photo',
  args: { photo: seed, placement: 'below', loading: 'lazy', zoom: false },
  argTypes: {
    photo: { control: 'object', description: 'A Photo from @stadtkit/model' },
    placement: { control: 'inline-radio', options: ['below', 'overlay'] },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    zoom: { control: 'boolean' },
  },
  render: ({ photo, placement, loading, zoom }) =>
    html`<div style="max-inline-size: 40rem">
      <stadt-photo
        placement=${placement}
        loading=${loading}
        ?zoom=${zoom}
        .photo=${photo}
      ></stadt-photo>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's group photo: caption and "© Stadt Offenbach/georg-foto.de". */
export const Default: Story = {};

/** Credit with holder only. */
export const HolderOnly: Story = {
  args: { photo: { ...seed, credit: { holder: 'Stadt Offenbach' } } },
};

/** Credit with a licence link (CC BY 4.0) and a source link. */
export const WithLicence: Story = {
  args: {
    photo: { ...withLicence, credit: { ...withLicence.credit, sourceUrl: '/presse/bildrechte' } },
  },
};

/** The credit on the image, for designs with a tight layout. */
export const Overlay: Story = { args: { placement: 'overlay' } };

/** The lead image of an article: loaded eagerly with high priority. */
export const LeadImage: Story = { args: { loading: 'eager' } };

/** Click or Enter opens the photo at full size in a dialog; Escape closes it. */
export const Zoom: Story = { args: { zoom: true } };

/** A decorative photo: empty alt, no warning; the caption and credit stay. */
export const Decorative: Story = {
  args: { photo: { ...seed, alt: '', decorative: true, caption: undefined } },
};

/** The image fails to load: a sized placeholder with the alt text; caption and credit stay. */
export const FailedImage: Story = {
  args: {
    photo: { ...seed, sources: [{ url: '/media/does-not-exist.jpg', width: 640, height: 426 }] },
  },
};

/** Hostile text in every field is shown as text. */
export const HostileText: Story = {
  args: {
    photo: {
      ...seed,
      alt: '<img src=x onerror=alert(1)>',
      caption: '<script>alert("caption")</script> & "Anführungszeichen"',
      credit: {
        holder: '<b>Stadt</b> Offenbach',
        creator: '</figcaption><script>alert(2)</script>',
      },
    },
  },
};

/** The toolbar's locale switched to English for this story. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { photo: { ...seed, caption: 'Participants of the meeting.' } },
};

/** What a CMS author writes: plain HTML, readable before JavaScript runs. */
export const FromMarkup: Story = {
  render: () =>
    html`<div style="max-inline-size: 40rem">
      <stadt-photo>
        <img
          src=${mediaUrl('/media/stadtbibliothek-640.svg')}
          width="640"
          height="426"
          alt="Lesesaal der Stadtbibliothek"
        />
        <span slot="caption">Der Lesesaal im Büsing Palais.</span>
        <small slot="credit">© Stadt Offenbach</small>
      </stadt-photo>
    </div>`,
};
