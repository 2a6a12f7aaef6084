import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent, waitFor} from 'storybook/test';
// The preview defines the elements exported by the package index; this one is defined here.
import '../src/back-to-top.js';
import type {BackToTop} from '../src/back-to-top.js';

interface Args {
  /** Pixels to scroll before the button shows; 0 shows it always. */
  threshold: number;
  /** Scroll a container of this height instead of the page. */
  container: boolean;
  /** Paragraphs of filler text: how long the article is. */
  paragraphs: number;
}

const paragraph = (n: number) =>
  html`<p>
    Paragraph ${n}. Readers of long articles scroll a long way down; the button below takes them
    back to the title and puts keyboard focus there, so the next Tab continues from the top.
  </p>`;

const meta: Meta<Args> = {
  title: 'Elements/back-to-top',
  component: 'back-to-top',
  args: {threshold: 400, container: false, paragraphs: 40},
  argTypes: {
    threshold: {control: {type: 'number', min: 0, step: 50}},
    container: {control: 'boolean'},
    paragraphs: {control: {type: 'number', min: 1, max: 200}},
  },
  // Ids come from the story's id, so the Docs page, which shows every story, has no duplicates.
  // The page places the element: here sticky at the end of the text, the button at the end.
  render: (args, {id}) => {
    const article = html`<h2 id=${`${id}-title`}>An article that scrolls</h2>
      ${Array.from({length: args.paragraphs}, (_, i) => paragraph(i + 1))}
      <back-to-top
        for=${`${id}-title`}
        scroller=${ifDefined(args.container ? `${id}-box` : undefined)}
        threshold=${args.threshold}
        style="position: sticky; inset-block-end: 1rem; text-align: end"
      ></back-to-top>`;
    return args.container
      ? html`<div
          id=${`${id}-box`}
          lang="en"
          role="region"
          aria-label="Scrolling article"
          tabindex="0"
          style="height: 16rem; overflow: auto; border: 1px solid #5f6368; padding-inline: 1rem"
        >
          ${article}
        </div>`
      : html`<div lang="en">${article}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

function parts(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector<BackToTop>('back-to-top')!;
  return {
    element,
    title: canvasElement.querySelector('h2')!,
    button: () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]'),
  };
}

/** A long page: the button appears past 400px of scrolling and takes the reader back up. */
export const TallPage: Story = {
  play: async ({canvasElement}) => {
    const {element, title, button} = parts(canvasElement);
    await element.updateComplete;
    await expect(button()).toBeNull();
    window.scrollTo({top: 1200, behavior: 'instant'});
    await waitFor(() => expect(button()).not.toBeNull());
    await userEvent.click(button()!);
    await waitFor(() => expect(document.activeElement).toBe(title));
    await waitFor(() => expect(window.scrollY).toBe(0), {timeout: 5000});
    await waitFor(() => expect(button()).toBeNull());
  },
};

/** The article scrolls in a container (`scroller` names it); the page does not count. */
export const ScrollingContainer: Story = {
  args: {container: true, threshold: 200},
  play: async ({canvasElement}) => {
    const {element, title, button} = parts(canvasElement);
    const box = canvasElement.querySelector<HTMLElement>('[role="region"]')!;
    await element.updateComplete;
    await expect(button()).toBeNull();
    box.scrollTop = 800;
    await waitFor(() => expect(button()).not.toBeNull());
    await userEvent.click(button()!);
    await waitFor(() => expect(document.activeElement).toBe(title));
    await waitFor(() => expect(box.scrollTop).toBe(0), {timeout: 5000});
  },
};

/** `threshold="0"`: always shown, even on a short page. */
export const ThresholdZero: Story = {
  args: {threshold: 0, paragraphs: 3},
  play: async ({canvasElement}) => {
    const {element, title, button} = parts(canvasElement);
    await element.updateComplete;
    await expect(button()).not.toBeNull();
    await userEvent.click(button()!);
    await expect(document.activeElement).toBe(title);
  },
};
