import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect} from 'storybook/test';
import type {Article} from '../src/model/article.js';
import {longArticle, seedArticleEn} from './support/articles.js';

interface Args {
  article: Article;
}

const meta: Meta<Args> = {
  title: 'Elements/article-toc',
  component: 'article-toc',
  argTypes: {article: {control: 'object'}},
  // The contents sit beside the article, in a scrolling container here, and track it. The id
  // comes from the story's id, so each contents on the Docs page, which shows every story, lists
  // its own article.
  render: (args, {id}) =>
    html`<div style="display: grid; grid-template-columns: minmax(12rem, 16rem) 1fr; gap: 1rem">
      <article-toc for=${`${id}-article`} style="position: sticky; top: 0; align-self: start">
      </article-toc>
      <div style="height: 70vh; overflow: auto">
        <article-view id=${`${id}-article`} .article=${args.article}></article-view>
      </div>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const BesideTheArticle: Story = {
  args: {article: seedArticleEn},
  play: async ({canvasElement}) => {
    const toc = canvasElement.querySelector('article-toc')!;
    const view = canvasElement.querySelector('article-view')!;
    await view.updateComplete;
    await toc.updateComplete;
    const labels = [...toc.shadowRoot!.querySelectorAll('a[part~="link"]')].map(
      (link) => link.textContent,
    );
    await expect(labels[0]).toBe('1. Changes in the legal environment');
    await expect(labels).toHaveLength(13);
  },
};

/** Hundreds of sections. */
export const LongArticle: Story = {args: {article: longArticle(200)}};
