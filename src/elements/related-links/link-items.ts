import {html, noChange, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {Directive, directive, type ChildPart} from 'lit/directive.js';
import type {RelatedLinkModel} from '../../model/related-links.js';
import {leavesSite} from '../../model/url-safety.js';
import {hydratable} from '../shared/hydratable.js';
import {makeElement} from '../shared/make-element.js';

/** How the links open. */
export interface LinkOptions {
  /** Each link's `target`; undefined for none. */
  target?: string;
  /** The page's address: with a `target`, links that leave its site get `rel`. */
  page?: string;
  /** Said after each link's title to screen readers ("(opens in a new tab)"), in `lang`. */
  newTab?: {text: string; lang: string};
}

const sameOptions = (a: LinkOptions, b: LinkOptions) =>
  a.target === b.target &&
  a.page === b.page &&
  a.newTab?.text === b.newTab?.text &&
  a.newTab?.lang === b.newTab?.lang;

/** `rel` for a link that opens elsewhere and leaves the site: no opener, no referrer. */
const relFor = (href: string, {target, page}: LinkOptions) =>
  target !== undefined && page !== undefined && leavesSite(href, page)
    ? 'noopener noreferrer'
    : undefined;

/**
 * The items of a related-links list: the first `count` of `links`. On the server, and while
 * taking over server-rendered items, each item is a Lit template. Otherwise the items are built
 * as plain DOM, as a hand-written page would: a template instance per item costs about twice the
 * time to build and ten times the memory, for items that never change. More items of the same
 * list are appended to those already there.
 */
class LinkItems extends Directive {
  #links?: readonly RelatedLinkModel[];
  #options: LinkOptions = {};
  /** The part holds Lit's items (server-rendered ones taken over), not ones built here. */
  #templated = false;
  /** How many items were built here as plain DOM. */
  #built = 0;

  render(
    links: readonly RelatedLinkModel[],
    count: number,
    options: LinkOptions,
    // Read by update(): true while hydrating server-rendered items.
    _hydrating = false,
  ) {
    return hydratable ? itemTemplates(links, count, options) : nothing;
  }

  override update(part: ChildPart, [links, count, options, hydrating]: Parameters<this['render']>) {
    const same = links === this.#links && sameOptions(options, this.#options);
    this.#links = links;
    this.#options = options;
    const end = Math.min(count, links.length);
    // Server-rendered items stay Lit's until the list itself changes.
    this.#templated = hydratable && (hydrating || (same && this.#templated));
    if (this.#templated) return this.render(links, end, options);
    const list = part.parentNode as Element;
    if (same && end >= this.#built) {
      // More of the same list: add the rest after the items already built.
      list.insertBefore(this.#items(list, this.#built, end), part.endNode);
      this.#built = end;
      return noChange;
    }
    this.#built = end;
    return this.#items(list, 0, end);
  }

  /** Items `from` to `to` as a fragment, built in the list's document. */
  #items(list: Element, from: number, to: number): DocumentFragment {
    const doc = list.ownerDocument;
    const options = this.#options;
    const {target, newTab} = options;
    const fragment = doc.createDocumentFragment();
    for (let i = from; i < to; i += 1) {
      const {href, title} = this.#links![i];
      const item = makeElement(doc, 'li', 'item');
      if (href === undefined) {
        item.setAttribute('tabindex', '-1');
        item.append(makeElement(doc, 'span', 'text', title));
      } else {
        const link = makeElement(doc, 'a', 'link', title);
        link.setAttribute('href', href);
        if (target !== undefined) {
          link.setAttribute('target', target);
          const rel = relFor(href, options);
          if (rel) link.setAttribute('rel', rel);
        }
        if (newTab) {
          const said = makeElement(doc, 'span', undefined, ` ${newTab.text}`);
          said.className = 'visually-hidden';
          said.lang = newTab.lang;
          link.append(said);
        }
        item.append(link);
      }
      fragment.append(item);
    }
    return fragment;
  }
}

/** The first `count` items as Lit templates: for the server, and for server-rendered items. */
export function itemTemplates(
  links: readonly RelatedLinkModel[],
  count: number,
  options: LinkOptions,
) {
  return links.slice(0, count).map((link) =>
    link.href === undefined
      ? // Focusable by script only, so "Show more" can move focus to a text item.
        html`<li part="item" tabindex="-1"><span part="text">${link.title}</span></li>`
      : options.target === undefined
        ? // The common case in one template (half the template instances of a nested one).
          html`<li part="item"><a part="link" href=${link.href}>${link.title}</a></li>`
        : html`<li part="item">${renderLink(link.href, link.title, options)}</li>`,
  );
}

function renderLink(href: string, title: string, options: LinkOptions) {
  const {target, newTab} = options;
  // Inside the link, so it is part of its name; the leading space separates the words.
  const said = newTab
    ? html`<span class="visually-hidden" lang=${newTab.lang}> ${newTab.text}</span>`
    : nothing;
  return html`<a
    part="link"
    href=${href}
    target=${ifDefined(target)}
    rel=${ifDefined(relFor(href, options))}
    >${title}${said}</a
  >`;
}

/** The items of a related-links list; see `LinkItems`. */
export const linkItems = directive(LinkItems);
