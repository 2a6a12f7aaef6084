/** The React wrappers (article-elements/react) in a React 19 page. */
import {act, createElement, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {afterEach, describe, expect, it} from 'vitest';
import seed from '../../fixtures/seed-article.zh.json';
import type {Article} from '../../src/model/article.js';
import {ArticleView, RelatedLinks} from '../../src/react.js';
import type {ArticleErrorEvent} from '../../src/events.js';

// React's act() needs to know it runs in a test.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  return {container, root: createRoot(container)};
}

describe('article-elements/react', () => {
  it('renders the seed article from an object prop, with typed render events', async () => {
    const {container, root} = mount();
    const events: string[] = [];
    const rendered = new Promise<void>((resolve) => {
      act(() =>
        root.render(
          createElement(ArticleView, {
            article: seed as Article,
            toc: true,
            onArticleRender: (event) => {
              events.push(event.type);
              resolve();
            },
          }),
        ),
      );
    });
    await rendered;
    const view = container.querySelector('article-view')!;
    const shadow = view.shadowRoot!;
    expect(shadow.querySelector('h1')!.textContent).toBe(seed.title);
    expect(shadow.querySelector('h2')!.textContent).toContain('一、社会法律环境的变化');
    const related = shadow.querySelector('related-links')!.shadowRoot!;
    expect(related.querySelectorAll('li').length).toBe(98);
    expect(events).toEqual(['article-render']);
    act(() => root.unmount());
  });

  it('reports bad data through onArticleError, and updates when props change', async () => {
    const {container, root} = mount();
    const errors: ArticleErrorEvent['detail'][] = [];
    let setLinks!: (links: unknown) => void;
    function Page() {
      const [links, set] = useState<unknown>('[{"title": "a"},');
      setLinks = set;
      return createElement(RelatedLinks, {
        links: links as string,
        limit: 1,
        onArticleError: (event) => errors.push(event.detail),
      });
    }
    act(() => root.render(createElement(Page)));
    const list = container.querySelector('related-links')!;
    await list.updateComplete;
    expect(errors.map((e) => e.code)).toEqual(['json-syntax']);
    expect(list.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    act(() => setLinks([{title: 'One', href: '/1'}, {title: 'Two'}]));
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('li').length).toBe(1);
    expect(list.shadowRoot!.querySelector('[part="show-more"]')!.textContent).toContain('1');
    act(() => root.unmount());
  });
});
