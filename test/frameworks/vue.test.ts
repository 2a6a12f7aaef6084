/**
 * The elements in a Vue 3 app, configured as the README says: Vue's compiler treats the tags as
 * custom elements, binds `:article` as a property and listens to the events.
 */
import {createApp, nextTick} from 'vue';
import {afterEach, describe, expect, it} from 'vitest';
import seed from '../../fixtures/seed-article.en.json';
import '../../src/index.js';

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

describe('Vue 3', () => {
  it('renders the seed article with a property binding and hears article-render', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    hosts.push(host);
    const events: string[] = [];
    const app = createApp({
      data: () => ({article: seed, target: '_blank'}),
      methods: {onRender: (event: Event) => events.push(event.type)},
      template: `<article-view :article="article" :link-target="target" @article-render="onRender"></article-view>`,
    });
    app.config.compilerOptions.isCustomElement = (tag) =>
      ['article-view', 'related-links', 'article-toc', 'back-to-top'].includes(tag);
    app.mount(host);
    await nextTick();
    const view = host.querySelector('article-view')!;
    await new Promise<void>((resolve) => {
      if (events.length > 0) resolve();
      else view.addEventListener('article-render', () => resolve(), {once: true});
    });
    const shadow = view.shadowRoot!;
    expect(shadow.querySelector('h1')!.textContent).toBe(seed.title);
    expect(shadow.querySelector('h2')!.textContent).toContain('1. ');
    // A kebab-case binding reaches the element as its attribute.
    expect((view as HTMLElement & {linkTarget?: string}).linkTarget).toBe('_blank');
    const related = shadow.querySelector('related-links')!.shadowRoot!;
    expect(related.querySelectorAll('li').length).toBe(98);
    expect(events).toEqual(['article-render']);
    app.unmount();
  });
});
