import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

// @wc-toolkit/storybook-helpers imports "path" for its Node-side preset; the preview gets a stub.
const PATH_STUB = fileURLToPath(
  new URL('../../../packages/testing/src/path-stub.ts', import.meta.url),
);

type Alias = { find: string | RegExp; replacement: string };
/** Vite takes aliases as a list or as an object; the list form keeps both kinds. */
function toAliasList(alias: unknown): Alias[] {
  if (Array.isArray(alias)) return alias as Alias[];
  if (alias && typeof alias === 'object')
    return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
      find,
      replacement,
    }));
  return [];
}

const config: StorybookConfig = {
  stories: [
    '../src/**/*.mdx',
    '../src/**/*.stories.ts',
    '../../../packages/*/stories/*.mdx',
    '../../../packages/*/stories/*.stories.ts',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'storybook-addon-pseudo-states'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The model's placeholder photos at /media/…, as a city's CMS serves its images: "Show code" stays copyable.
  staticDirs: [{ from: '../../../packages/model/media', to: '/media' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  viteFinal: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: [...toAliasList(config.resolve?.alias), { find: /^path$/, replacement: PATH_STUB }],
    },
  }),
};
export default config;
