import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';

/** The zoom appears once the image has loaded: on a busy machine that takes more than waitFor's 1 s. */
const PATIENCE = { timeout: 15_000 };
import { photoMeta } from './photo.markup.js';

/** What `<stadt-photo>` shows while loading, after a failed load, focused and zoomed. */
const meta: Meta = {
  ...photoMeta,
  title: 'Komponenten/Foto (stadt-photo)/Zustände',
  id: 'foto-zustaende',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: photoMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Das Bild lädt nicht: ein Platzhalter in Bildgröße mit dem Alternativtext; Unterschrift und Nachweis bleiben. */
export const FailedImage: Story = {
  name: 'Bild lädt nicht (failed image)',
  args: { src: '/media/does-not-exist.jpg', srcset: '' },
};

/** Tastaturfokus auf „Vergrößern": der Fokusring der Stadtfarben. */
/** The zoom button, once the element has found its light-DOM image (after its slot changed). */
async function zoomButton(canvasElement: HTMLElement): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const button = canvasElement
      .querySelector('stadt-photo')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('button.zoom');
    if (!button) throw new Error('no zoom button yet');
    return button;
  }, PATIENCE);
}

/** Tastaturfokus auf „Vergrößern": der Fokusring der Stadtfarben. */
export const ZoomFocused: Story = {
  name: 'Vergrößern fokussiert (focus)',
  args: { zoom: true },
  play: async ({ canvasElement }) => {
    (await zoomButton(canvasElement)).focus();
  },
};

/** Der geöffnete Dialog: das größte Bild in voller Größe, Bildunterschrift und Nachweis. */
export const ZoomOpen: Story = {
  name: 'Vergrößert: Dialog offen (zoom open)',
  args: { zoom: true },
  play: async ({ canvasElement }) => {
    (await zoomButton(canvasElement)).click();
    await waitFor(() => {
      const dialog = canvasElement
        .querySelector('stadt-photo')
        ?.shadowRoot?.querySelector('dialog');
      if (!dialog?.open) throw new Error('the dialog is not open yet');
    }, PATIENCE);
  },
};
