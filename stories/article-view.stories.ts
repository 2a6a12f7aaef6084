import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import type {ArticleView} from '../src/article-view.js';
import type {Article} from '../src/model/article.js';
import {
  everyBlockArticle,
  longArticle,
  markupArticle,
  seedArticleEn,
  seedArticleZh,
  shortArticle,
} from './support/articles.js';

interface Args {
  /** The article as an object (the `article` property). */
  article?: Article;
  /** The article as JSON text (the `article` attribute), for states an object cannot show. */
  articleJson?: string;
  numbering: 'auto' | 'none';
  headingLevel: number;
  toc: boolean;
  theme?: 'light' | 'dark';
  onRender: (event: Event) => void;
  onError: (event: Event) => void;
  onWarning: (event: Event) => void;
}

const meta: Meta<Args> = {
  title: 'Elements/article-view',
  component: 'article-view',
  args: {
    numbering: 'auto',
    headingLevel: 1,
    toc: false,
    onRender: fn(),
    onError: fn(),
    onWarning: fn(),
  },
  argTypes: {
    numbering: {control: 'inline-radio', options: ['auto', 'none']},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
    theme: {control: 'inline-radio', options: [undefined, 'light', 'dark']},
    article: {control: 'object'},
    articleJson: {control: 'text'},
  },
  // JSON text set as the property is exactly what the `article` attribute sets.
  render: (args) =>
    html`<article-view
      .article=${args.articleJson ?? args.article}
      numbering=${args.numbering}
      heading-level=${args.headingLevel}
      ?toc=${args.toc}
      theme=${ifDefined(args.theme)}
      @article-render=${args.onRender}
      @article-error=${args.onError}
      @article-warning=${args.onWarning}
    ></article-view>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The rendered element of a story. */
function view(canvasElement: HTMLElement): ArticleView {
  return canvasElement.querySelector('article-view')!;
}

async function rendered(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = view(canvasElement);
  await element.updateComplete;
  return element.shadowRoot!;
}

/** The button of the closing `<back-to-top>`. */
function backToTopButton(root: ShadowRoot): HTMLButtonElement {
  return root.querySelector('back-to-top')!.shadowRoot!.querySelector('button')!;
}

/** The seed article in Chinese: 一、/1.1 numbering and the 98 related items. */
export const SeedChinese: Story = {
  args: {article: seedArticleZh},
  play: async ({canvasElement, args}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[part~="number"]')?.textContent).toBe('一、');
    await waitFor(() => expect(args.onRender).toHaveBeenCalledTimes(1));
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** The seed article in English: 1./1.1 numbering; the labels follow the Locale toolbar. */
export const SeedEnglish: Story = {
  args: {article: seedArticleEn},
  play: async ({canvasElement, globals}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[part~="number"]')?.textContent).toBe('1. ');
    await expect(backToTopButton(root).textContent?.trim()).toBe(
      globals.locale === 'zh-Hans' ? '返回顶部' : 'Back to top',
    );
  },
};

export const Short: Story = {args: {article: shortArticle}};

/** Paragraphs, both list kinds, a quote, and sections nested past `<h6>` (`role="heading"`). */
export const EveryBlockAndDeepNesting: Story = {args: {article: everyBlockArticle}};

export const NumberingNone: Story = {args: {article: seedArticleZh, numbering: 'none'}};

/** Embedded in a page that has its own `<h1>`: the title becomes `<h2>`, sections `<h3>`. */
export const HeadingLevelTwo: Story = {
  args: {article: seedArticleEn, headingLevel: 2},
  decorators: [
    (story) =>
      html`<h1>A site with its own heading</h1>
        ${story()}`,
  ],
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('h2[part="title"]')).not.toBeNull();
    await expect(root.querySelector('section > h3')).not.toBeNull();
  },
};

/** A date-time in New York, shown in that zone whatever the viewer's zone. */
export const DateInAnotherTimeZone: Story = {
  args: {
    article: {
      ...shortArticle,
      title: 'Filed from New York',
      published: '2025-07-16T09:30:00',
      timeZone: 'America/New_York',
    },
  },
};

/** Hundreds of sections. */
export const LongArticle: Story = {args: {article: longArticle(300)}};

export const EmptyBody: Story = {args: {article: {title: 'Nothing here yet', body: []}}};

export const ErrorMalformedJson: Story = {
  args: {articleJson: '{"title": "Broken", "body": [}'},
  play: async ({canvasElement, args}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[role="alert"]')).not.toBeNull();
    await waitFor(() => expect(args.onError).toHaveBeenCalledTimes(1));
    await expect(args.onRender).not.toHaveBeenCalled();
  },
};

export const ErrorMissingTitle: Story = {
  args: {articleJson: JSON.stringify({body: [{type: 'paragraph', text: 'No title.'}]})},
};

export const ErrorBadDate: Story = {
  args: {articleJson: JSON.stringify({...shortArticle, published: '2025-02-30'})},
};

/** An unknown block type is skipped with an `article-warning`; the rest renders. */
export const UnknownBlock: Story = {
  args: {
    articleJson: JSON.stringify({
      ...shortArticle,
      body: [...shortArticle.body, {type: 'video', src: 'clip.mp4'}],
    }),
  },
  play: async ({args}) => {
    await waitFor(() => expect(args.onWarning).toHaveBeenCalledTimes(1));
    await expect(args.onRender).toHaveBeenCalledTimes(1);
  },
};

/** Markup in every field and script URLs in the links: all shown as inert text. */
export const MarkupAndScriptUrlsAsText: Story = {
  args: {article: markupArticle},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('img, script, b')).toBeNull();
    await expect(root.querySelector('[part="title"]')?.textContent).toContain('<img src=x');
    const list = root.querySelector('related-links')!;
    await waitFor(() => expect(list.shadowRoot!.querySelectorAll('a')).toHaveLength(1));
    await expect((window as {__storyXss?: number}).__storyXss).toBeUndefined();
  },
};

/** "Back to top" ends the article; it scrolls up and moves focus to the title. */
export const BackToTop: Story = {
  args: {article: seedArticleEn},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    const button = backToTopButton(root);
    await userEvent.click(button);
    await waitFor(() => expect(root.activeElement?.getAttribute('part')).toBe('title'));
  },
};

/** Switching the locale re-renders labels, numbering and dates without losing the article. */
export const LocaleSwitch: Story = {
  args: {article: {...seedArticleZh, lang: undefined}},
  play: async ({canvasElement}) => {
    const {setLocale, getLocale} = await import('../src/localization.js');
    const start = getLocale();
    const root = await rendered(canvasElement);
    try {
      await setLocale('zh-Hans');
      await view(canvasElement).updateComplete;
      await expect(root.querySelector('[part~="number"]')?.textContent).toBe('一、');
      await setLocale('en');
      await view(canvasElement).updateComplete;
      await expect(root.querySelector('[part~="number"]')?.textContent).toBe('1. ');
      await root.querySelector('back-to-top')!.updateComplete;
      await expect(backToTopButton(root).textContent?.trim()).toBe('Back to top');
    } finally {
      await setLocale(start);
    }
  },
};

/** The contents between header and body; the section being read is marked as you scroll. */
export const WithContents: Story = {
  args: {article: seedArticleZh, toc: true},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    const toc = root.querySelector('article-toc')!;
    await toc.updateComplete;
    const links = toc.shadowRoot!.querySelectorAll('a[part~="link"]');
    await expect(links).toHaveLength(13);
    await expect(links[0].textContent).toBe('一、社会法律环境的变化');
  },
};

/** The dark theme forced with `theme="dark"`, whatever the system preference. */
export const DarkTheme: Story = {args: {article: seedArticleEn, theme: 'dark', toc: true}};

/** A section id in the data: `#legal` links straight to it. */
export const SectionIdsAndPermalinks: Story = {
  args: {
    article: {
      ...shortArticle,
      body: [
        {type: 'section', id: 'legal', heading: 'Legal changes', body: shortArticle.body},
        {type: 'section', heading: 'Numbered id', body: shortArticle.body},
      ],
    },
  },
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    const permalinks = [...root.querySelectorAll('[part="permalink"]')].map((a) =>
      a.getAttribute('href'),
    );
    await expect(permalinks).toEqual(['#legal', '#sec-2']);
  },
};
