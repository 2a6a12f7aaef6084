import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import type {RelatedLink} from '../src/model/article.js';
import type {RelatedLinks} from '../src/related-links.js';
import {manyLinks, seedArticleZh} from './support/articles.js';

interface Args {
  links: RelatedLink[];
  heading?: string;
  limit?: number;
  keepDuplicates: boolean;
  onRender: (event: Event) => void;
}

const meta: Meta<Args> = {
  title: 'Elements/related-links',
  component: 'related-links',
  args: {keepDuplicates: false, onRender: fn()},
  argTypes: {
    links: {control: 'object'},
    heading: {control: 'text'},
    limit: {control: {type: 'number', min: 0}},
    keepDuplicates: {control: 'boolean'},
  },
  render: (args) =>
    html`<related-links
      .links=${args.links}
      heading=${ifDefined(args.heading)}
      limit=${ifDefined(args.limit)}
      ?keep-duplicates=${args.keepDuplicates}
      @article-render=${args.onRender}
    ></related-links>`,
};
export default meta;

type Story = StoryObj<Args>;

const seedLinks = seedArticleZh.related!;

async function rendered(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector<RelatedLinks>('related-links')!;
  await element.updateComplete;
  return element.shadowRoot!;
}

/** The seed's 100 titles, two of them repeated: 98 shown. */
export const SeedWithDuplicatesRemoved: Story = {
  args: {links: seedLinks},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelectorAll('li')).toHaveLength(98);
  },
};

export const SeedKeepingDuplicates: Story = {
  args: {links: seedLinks, keepDuplicates: true},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelectorAll('li')).toHaveLength(100);
  },
};

/** Items without an href are text, not dead links. */
export const NoHrefs: Story = {
  args: {links: [{title: 'No link here'}, {title: 'Nor here'}, {title: 'A link', href: '/a'}]},
};

/** 10,000 links with `limit`: the first 20 show, "Show 9980 more" reveals the rest. */
export const TenThousandWithLimit: Story = {
  args: {links: manyLinks(10_000), limit: 20},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelectorAll('li')).toHaveLength(20);
    const button = root.querySelector<HTMLButtonElement>('[part="show-more"]')!;
    await userEvent.click(button);
    await waitFor(() => expect(root.querySelectorAll('li')).toHaveLength(10_000));
    // Focus moves to the first revealed link.
    await expect(root.activeElement?.textContent).toBe('Related article 21');
  },
};

export const CustomHeading: Story = {
  args: {links: seedLinks.slice(0, 5), heading: 'Further reading'},
};
