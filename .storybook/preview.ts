import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import {setLocale} from '../src/localization.js';
import '../src/index.js';

// Docs pages list attributes, events, parts and CSS properties from the manifest.
setCustomElementsManifest(manifest);

/**
 * A dark page. The elements follow prefers-color-scheme, not the page, so the toolbar's dark
 * page also passes its colors through the public custom properties, as a site with its own
 * dark mode toggle would (or it would set theme="dark" on the elements).
 */
const darkTheme = [
  '--article-color: #e8eaed',
  '--article-background: #202124',
  '--article-muted-color: #bdc1c6',
  '--article-link-color: #8ab4f8',
  '--article-focus-color: #8ab4f8',
  '--article-border-color: #5f6368',
  '--article-current-background: #283142',
  '--article-error-color: #f6aea9',
  '--article-error-background: #3c1f1e',
  'background: #202124',
  'color: #e8eaed',
  'color-scheme: dark',
].join(';');

// The story tests run once per locale: STORY_LOCALE picks the starting one.
const testLocale = import.meta.env.VITE_STORY_LOCALE as string | undefined;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'UI locale (calls setLocale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'zh-Hans', title: '中文 (zh-Hans)'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark page',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: testLocale ?? 'en', theme: 'light'},
  loaders: [
    async ({globals}) => {
      await setLocale(String(globals.locale ?? 'en'));
      return {};
    },
  ],
  decorators: [
    (story, {globals}) =>
      html`<div style="padding: 1rem; ${globals.theme === 'dark' ? darkTheme : ''}">
        ${story()}
      </div>`,
  ],
  parameters: {
    controls: {expanded: true},
    // axe-core's default rules (WCAG 2.0–2.2 A/AA and best practices), as in the browser
    // tests' `to.be.accessible()`; a violation fails the story test.
    a11y: {test: 'error'},
  },
};

export default preview;
