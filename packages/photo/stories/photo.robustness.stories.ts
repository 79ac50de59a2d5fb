import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { photoMeta } from './photo.markup.js';

/** Data that is missing, too long or hostile: `<stadt-photo>` stays readable and says nothing false. */
const meta: Meta = {
  ...photoMeta,
  title: 'Komponenten/Foto (stadt-photo)/Robustheit',
  id: 'foto-robustheit',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: photoMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Feindlicher Text in jedem Feld wird als Text gezeigt, nie als HTML ausgeführt. */
export const HostileText: Story = {
  name: 'Feindlicher Text (hostile text)',
  args: {
    alt: '<img src=x onerror=alert(1)>',
    caption: '<script>alert("caption")</script> & "Anführungszeichen"',
    'credit-holder': '<b>Stadt</b> Offenbach',
    'credit-creator': '</figcaption><script>alert(2)</script>',
  },
};

/** Eine sehr lange Bildunterschrift mit langen Wörtern bricht um, auch bei 320 px. */
export const LongCaption: Story = {
  name: 'Sehr lange Bildunterschrift (long caption)',
  args: {
    caption:
      'Teilnehmerinnen und Teilnehmer der Arbeitstagung der Ausländerbehördenleiterinnen und ' +
      '-leiter aus dem Regierungsbezirk Darmstadt im Rathaus der Stadt Offenbach am Main, darunter ' +
      'Vertreterinnen und Vertreter des Bundesamtes für Migration und Flüchtlinge.',
  },
};

/** Ein Link mit `javascript:` in der Lizenz wird verworfen: der Lizenzname bleibt als Text. */
export const UnsafeLicenceLink: Story = {
  name: 'Unsicherer Lizenzlink (unsafe link)',
  args: { 'licence-name': 'CC BY 4.0', 'licence-url': 'javascript:alert(1)' },
};
