import type {StorybookConfig} from '@storybook/web-components-vite';

// Configured by hand: no network at build or run time, no telemetry, no update checks.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // Storybook's pre-bundled renderer imports lit/directive-helpers.js, which would otherwise bring
  // a second copy of lit-html beside the stories' own ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
  }),
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
