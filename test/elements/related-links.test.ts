import {expect, fixture, html} from '@open-wc/testing';
import type {RelatedLink} from '../../src/model/article.js';
import '../../src/related-links.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {
  EventLog,
  expectNone,
  expectSame,
  renderedMarkup,
  settled,
  shadow,
  guardEachTest,
} from '../helpers/elements.js';

const links: RelatedLink[] = [
  {title: 'Alpha', href: 'https://example.com/alpha'},
  {title: 'Beta'},
  {title: 'Gamma', href: '/gamma'},
  {title: 'Delta'},
  {title: 'Epsilon', href: 'mailto:editor@example.com'},
];

async function render(template: ReturnType<typeof html>): Promise<RelatedLinks> {
  const el = await fixture<RelatedLinks>(template);
  await settled(el);
  return el;
}

const items = (el: RelatedLinks) => Array.from(shadow(el).querySelectorAll<HTMLLIElement>('li'));
const titles = (el: RelatedLinks) => items(el).map((li) => li.textContent);
const showMore = (el: RelatedLinks) =>
  shadow(el).querySelector<HTMLButtonElement>('[part="show-more"]');

describe('<related-links>', () => {
  guardEachTest();

  it('renders a section with the localized heading and one item per link', async () => {
    const el = await render(html`<related-links .links=${links}></related-links>`);
    const root = shadow(el);
    const section = root.querySelector('section[part="base"]')!;
    const heading = section.querySelector('h2[part="heading"]')!;
    expect(heading.textContent).to.equal('Related content');
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(section.querySelectorAll('ul[part="list"] > li[part="item"]').length).to.equal(5);
    expect(titles(el)).to.deep.equal(['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon']);
    expectNone(root, '[part="show-more"]');
  });

  it('renders the same DOM from the links attribute (JSON text) and property (array)', async () => {
    const fromAttribute = await render(
      html`<related-links links=${JSON.stringify(links)}></related-links>`,
    );
    const fromProperty = await render(html`<related-links .links=${links}></related-links>`);
    expect(renderedMarkup(fromAttribute)).to.equal(renderedMarkup(fromProperty));
    expect(titles(fromAttribute)).to.deep.equal(titles(fromProperty));
  });

  it('links items that have an href and shows the others as text, without <a>', async () => {
    const el = await render(html`<related-links .links=${links}></related-links>`);
    const [alpha, beta, gamma, delta, epsilon] = items(el);
    expect(alpha.querySelector('a[part="link"]')!.getAttribute('href')).to.equal(
      'https://example.com/alpha',
    );
    expect(gamma.querySelector('a')!.getAttribute('href')).to.equal('/gamma');
    expect(epsilon.querySelector('a')!.getAttribute('href')).to.equal('mailto:editor@example.com');
    for (const item of [beta, delta]) {
      expectNone(item, 'a');
      expect(item.querySelector('[part="text"]')!.textContent).to.equal(item.textContent);
    }
    expect(shadow(el).querySelectorAll('a').length).to.equal(3);
  });

  it('replaces the default heading with the heading attribute', async () => {
    const el = await render(
      html`<related-links heading="Read next" .links=${links}></related-links>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Read next');
    el.heading = undefined;
    await settled(el);
    expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Related content');
    // An empty heading would leave an empty <h2>.
    el.heading = '';
    await settled(el);
    expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Related content');
  });

  it('sets the heading level with heading-level, beyond 6 as role="heading"', async () => {
    const el = await render(
      html`<related-links heading-level="4" .links=${links}></related-links>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h4');
    el.headingLevel = 8;
    await settled(el);
    const heading = shadow(el).querySelector('[part="heading"]')!;
    expect(heading.localName).to.equal('p');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('8');
  });

  it('removes duplicates (same href, else same title) unless keep-duplicates is set', async () => {
    const repeated: RelatedLink[] = [
      {title: 'One', href: 'https://example.com/x'},
      {title: 'One again', href: 'HTTPS://EXAMPLE.COM:443/x'},
      {title: 'Two'},
      {title: ' two '},
      {title: 'Three'},
    ];
    const el = await render(html`<related-links .links=${repeated}></related-links>`);
    expect(titles(el)).to.deep.equal(['One', 'Two', 'Three']);
    el.keepDuplicates = true;
    await settled(el);
    expect(titles(el)).to.deep.equal(['One', 'One again', 'Two', ' two ', 'Three']);
    const kept = await render(
      html`<related-links keep-duplicates .links=${repeated}></related-links>`,
    );
    expect(titles(kept)).to.have.length(5);
  });

  describe('limit', () => {
    it('shows the first N links and a "Show N more" button', async () => {
      const el = await render(html`<related-links limit="2" .links=${links}></related-links>`);
      expect(titles(el)).to.deep.equal(['Alpha', 'Beta']);
      const button = showMore(el)!;
      expect(button.localName).to.equal('button');
      expect(button.textContent!.trim()).to.equal('Show 3 more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('list');
      expect(shadow(el).querySelector('ul')!.id).to.equal('list');
    });

    it('reveals the rest on click and moves focus to the first revealed link', async () => {
      const el = await render(html`<related-links limit="2" .links=${links}></related-links>`);
      const button = showMore(el)!;
      button.focus();
      button.click();
      await settled(el);
      expect(titles(el)).to.deep.equal(['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon']);
      // Gamma, the first revealed item, has a link: the link gets focus.
      expectSame(shadow(el).activeElement, items(el)[2].querySelector('a')!, 'focus');
      const fewer = showMore(el)!;
      expect(fewer.textContent!.trim()).to.equal('Show fewer');
      expect(fewer.getAttribute('aria-expanded')).to.equal('true');
      expect(fewer.getAttribute('aria-controls')).to.equal('list');
    });

    it('moves focus to the item itself when the first revealed one has no link', async () => {
      const el = await render(html`<related-links limit="3" .links=${links}></related-links>`);
      showMore(el)!.click();
      await settled(el);
      const delta = items(el)[3];
      expect(delta.textContent).to.equal('Delta');
      expect(delta.getAttribute('tabindex')).to.equal('-1');
      expectSame(shadow(el).activeElement, delta, 'focus');
    });

    it('collapses again with "Show fewer", keeping focus on the button', async () => {
      const el = await render(html`<related-links limit="2" .links=${links}></related-links>`);
      showMore(el)!.click();
      await settled(el);
      showMore(el)!.click();
      await settled(el);
      expect(titles(el)).to.deep.equal(['Alpha', 'Beta']);
      const button = showMore(el)!;
      expect(button.textContent!.trim()).to.equal('Show 3 more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expectSame(shadow(el).activeElement, button, 'focus');
    });

    it('shows no button when the limit covers every link', async () => {
      for (const limit of [5, 9]) {
        const el = await render(
          html`<related-links limit=${limit} .links=${links}></related-links>`,
        );
        expect(titles(el), `limit ${limit}`).to.have.length(5);
        expectNone(shadow(el), '[part="show-more"]');
      }
    });

    it('counts the limit after removing duplicates', async () => {
      const repeated = [...links, ...links];
      const el = await render(html`<related-links limit="4" .links=${repeated}></related-links>`);
      expect(titles(el)).to.have.length(4);
      expect(showMore(el)!.textContent!.trim()).to.equal('Show 1 more');
    });

    it('starts collapsed again when the links are replaced', async () => {
      const el = await render(html`<related-links limit="2" .links=${links}></related-links>`);
      showMore(el)!.click();
      await settled(el);
      expect(titles(el)).to.have.length(5);
      el.links = [...links].reverse();
      await settled(el);
      expect(titles(el)).to.deep.equal(['Epsilon', 'Delta']);
      expect(showMore(el)!.textContent!.trim()).to.equal('Show 3 more');
    });

    it('applies a limit set later, and lifts it when removed', async () => {
      const el = await render(html`<related-links .links=${links}></related-links>`);
      el.setAttribute('limit', '1');
      await settled(el);
      expect(titles(el)).to.deep.equal(['Alpha']);
      expect(showMore(el)!.textContent!.trim()).to.equal('Show 4 more');
      el.removeAttribute('limit');
      await settled(el);
      expect(titles(el)).to.have.length(5);
      expectNone(shadow(el), '[part="show-more"]');
    });
  });

  it('dispatches article-render, bubbling and composed, to document', async () => {
    const log = new EventLog(['article-render', 'article-error', 'article-warning']);
    const el = await render(html`<related-links .links=${links}></related-links>`);
    log.stop();
    const renders = log.of('article-render');
    expect(renders.length).to.equal(1);
    expectSame(renders[0].target, el, 'target');
    expect(renders[0].bubbles && renders[0].composed).to.equal(true);
    expect(log.details('article-error')).to.deep.equal([]);
    expect(log.details('article-warning')).to.deep.equal([]);
  });

  it('renders nothing for an empty list', async () => {
    const el = await render(html`<related-links .links=${[]}></related-links>`);
    expect(shadow(el).innerHTML.replace(/<!--[\s\S]*?-->/g, '')).to.equal('');
  });

  it('clears itself, without an error, when the links attribute is removed', async () => {
    const log = new EventLog(['article-error']);
    const el = await render(html`<related-links links=${JSON.stringify(links)}></related-links>`);
    el.removeAttribute('links');
    await settled(el);
    log.stop();
    expect(log.details('article-error')).to.deep.equal([]);
    expect(shadow(el).innerHTML.replace(/<!--[\s\S]*?-->/g, '')).to.equal('');
  });

  describe('link-target', () => {
    const anchors = (el: RelatedLinks) => Array.from(shadow(el).querySelectorAll('a'));

    it('by default sets neither target nor rel', async () => {
      const el = await render(html`<related-links .links=${links}></related-links>`);
      for (const a of anchors(el)) {
        expect(a.hasAttribute('target') || a.hasAttribute('rel'), a.href).to.equal(false);
      }
    });

    it('opens links in a new tab, with noopener noreferrer for those that leave the site', async () => {
      const el = await render(
        html`<related-links link-target="_blank" .links=${links}></related-links>`,
      );
      expect(
        anchors(el).map((a) => [a.getAttribute('target'), a.getAttribute('rel')]),
      ).to.deep.equal([
        ['_blank', 'noopener noreferrer'],
        ['_blank', null],
        ['_blank', 'noopener noreferrer'],
      ]);
      // The visible text is the title; the accessible name says that a new tab opens.
      const first = anchors(el)[0];
      const hidden = first.querySelector('.visually-hidden')!;
      expect(hidden.textContent!.trim()).to.equal('(opens in a new tab)');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      expect(first.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Alpha (opens in a new tab)');
    });

    it('gives other named targets rel but no new-tab text', async () => {
      const el = await render(
        html`<related-links link-target="reader" .links=${links}></related-links>`,
      );
      expect(anchors(el).map((a) => a.getAttribute('target'))).to.deep.equal([
        'reader',
        'reader',
        'reader',
      ]);
      expect(anchors(el)[0].getAttribute('rel')).to.equal('noopener noreferrer');
      expectNone(shadow(el), '.visually-hidden');
    });

    it('follows a change of the page address for rel (a <base> added later)', async () => {
      // Absolute, to this page's host: the page's own until a <base> moves the page elsewhere.
      const own = [{title: 'Own', href: `${location.origin}/own`}];
      const el = await render(
        html`<related-links link-target="_blank" .links=${own}></related-links>`,
      );
      expect(anchors(el)[0].getAttribute('rel'), 'a link of this site').to.equal(null);
      const base = document.createElement('base');
      base.href = 'https://elsewhere.example/';
      document.head.append(base);
      try {
        el.requestUpdate();
        await el.updateComplete;
        expect(anchors(el)[0].getAttribute('rel'), 'now another site').to.equal(
          'noopener noreferrer',
        );
      } finally {
        base.remove();
      }
    });
  });

  describe('long lists', () => {
    const many = (count: number) =>
      Array.from({length: count}, (_, i) => ({title: `Link ${i + 1}`, href: `/l/${i + 1}`}));

    it('are built as plain DOM, also when "Show more" reveals them from a limit of 0', async () => {
      const el = await render(html`<related-links limit="0" .links=${many(50)}></related-links>`);
      expect(items(el).length).to.equal(0);
      shadow(el).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
      await el.updateComplete;
      const list = shadow(el).querySelector('ul')!;
      expect(list.children.length).to.equal(50);
      // Lit's own markers around the list's part only, not a template's markers per item.
      const comments = Array.from(list.childNodes).filter((node) => node.nodeType === 8).length;
      expect(comments).to.be.at.most(2);
    });

    /** Connects a list of `links` and counts the items of its first render. */
    function itemsOfFirstPass(el: RelatedLinks, links: RelatedLink[]): Promise<number> {
      el.links = links;
      return new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(shadow(el).querySelectorAll('li').length);
        });
        document.body.append(el);
        observer.observe(shadow(el), {childList: true, subtree: true});
      });
    }

    it('show their first 200 items at once (above 1,000), then the rest after painting', async () => {
      const log = new EventLog(['article-render']);
      const el = document.createElement('related-links');
      try {
        expect(await itemsOfFirstPass(el, many(5000))).to.equal(200);
        expect(log.of('article-render').length, 'no render event yet').to.equal(0);
        await el.updateComplete;
        const all = items(el);
        expect(all.length).to.equal(5000);
        expect(all[4999].textContent).to.equal('Link 5000');
        expect(log.of('article-render').length).to.equal(1);
      } finally {
        log.stop();
        el.remove();
      }
    });

    it('up to 1,000 items render whole in the first pass', async () => {
      const el = document.createElement('related-links');
      try {
        expect(await itemsOfFirstPass(el, many(1000))).to.equal(1000);
      } finally {
        el.remove();
      }
    });

    it('start over when replaced before they finish, and report only the new list', async () => {
      const log = new EventLog(['article-render']);
      const el = await render(html`<related-links .links=${many(3000)}></related-links>`);
      el.links = many(4000);
      await el.updateComplete;
      el.links = [...many(2500)].reverse();
      await el.updateComplete;
      log.stop();
      const texts = items(el).map((li) => li.textContent);
      expect(texts.length).to.equal(2500);
      expect(texts[0]).to.equal('Link 2500');
      expect(log.of('article-render').length).to.equal(3);
    });

    it('render a revealed remainder progressively too, focusing the first revealed item', async () => {
      const el = await render(
        html`<related-links limit="10" .links=${many(3000)}></related-links>`,
      );
      showMore(el)!.click();
      await el.updateComplete;
      expect(items(el).length).to.equal(3000);
      expect(shadow(el).activeElement?.textContent).to.equal('Link 11');
    });

    it('keep the items already shown when more are revealed, and focus the first new one', async () => {
      const el = await render(
        html`<related-links limit="300" .links=${many(2000)}></related-links>`,
      );
      expect(items(el).length).to.equal(300);
      showMore(el)!.click();
      await el.updateComplete;
      expect(items(el).length).to.equal(2000);
      expect(shadow(el).activeElement?.textContent).to.equal('Link 301');
    });
  });
});
