import {html, noChange, nothing} from 'lit';
import {Directive, directive, type ChildPart} from 'lit/directive.js';
import type {BlockModel, SectionModel} from '../../model/article-model.js';
import {equalData} from '../../model/equal-data.js';
import {sectionNumber, type NumberingStyle} from '../../model/numbering.js';
import {renderHeading} from '../shared/heading.js';
import {hydratable} from '../shared/hydratable.js';
import {makeElement} from '../shared/make-element.js';

/** The words of each section's permalink, in the UI locale. */
export interface PermalinkLabel {
  text: string;
  lang: string;
}

/** The blocks at `level` as Lit templates: for the server, and for server-rendered blocks. */
export function blockTemplates(
  blocks: readonly BlockModel[],
  level: number,
  style: NumberingStyle | undefined,
  label: PermalinkLabel,
): unknown[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return html`<p part="paragraph">${block.text}</p>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${item}</li>`);
        return block.ordered
          ? html`<ol part="list">
              ${items}
            </ol>`
          : html`<ul part="list">
              ${items}
            </ul>`;
      }
      case 'quote':
        return html`<figure part="quote">
          <blockquote><p>${block.text}</p></blockquote>
          ${block.cite !== undefined ? html`<figcaption>${block.cite}</figcaption>` : nothing}
        </figure>`;
      case 'section':
        return sectionTemplate(block, level, style, label);
    }
  });
}

function sectionTemplate(
  section: SectionModel,
  level: number,
  style: NumberingStyle | undefined,
  label: PermalinkLabel,
) {
  const number =
    style === undefined
      ? nothing
      : html`<span part="number">${sectionNumber(section.numbers, style)}</span>`;
  // The permalink's visible "#" comes from CSS: the heading's text stays the heading. The
  // template ends in markup, not a binding, so server-rendered HTML needs no `<?>` marker.
  const content = html`${number}${section.heading}<a
      part="permalink"
      href="#${section.id}"
      lang=${label.lang}
      aria-label=${label.text}
    ></a>`;
  return html`<section part="section" id=${section.id}>
    ${renderHeading(level, {part: 'heading', focusable: true}, content)}
    ${blockTemplates(section.body, level + 1, style, label)}
  </section>`;
}

/**
 * The article's body. On the server, and while taking over server-rendered blocks, it is Lit
 * templates (`blockTemplates`). Otherwise it is built as plain DOM, the same elements a
 * hand-written page would build, instead of a template instance per block, which costs more
 * time and far more memory for blocks that seldom change. What is built stays while the blocks
 * are equal (even as a new object): a new locale relabels the permalinks and renumbers in place;
 * other blocks, a new level, or numbering turned on or off build the body again.
 */
class ArticleBlocks extends Directive {
  #blocks?: readonly BlockModel[];
  #level = 0;
  #style?: NumberingStyle;
  #label?: PermalinkLabel;
  /** The part holds Lit's blocks (server-rendered ones taken over), not ones built here. */
  #templated = false;

  render(
    blocks: readonly BlockModel[],
    level: number,
    style: NumberingStyle | undefined,
    label: PermalinkLabel,
    // Read by update(): true while hydrating server-rendered blocks.
    _hydrating = false,
  ) {
    return hydratable ? blockTemplates(blocks, level, style, label) : nothing;
  }

  override update(
    part: ChildPart,
    [blocks, level, style, label, hydrating]: Parameters<this['render']>,
  ) {
    const sameBlocks = level === this.#level && equalData(blocks, this.#blocks);
    const [oldStyle, oldLabel] = [this.#style, this.#label];
    this.#blocks = blocks;
    this.#level = level;
    this.#style = style;
    this.#label = label;
    // Server-rendered blocks stay Lit's (which updates them in place) until the blocks change.
    this.#templated = hydratable && (hydrating || (sameBlocks && this.#templated));
    if (this.#templated) return this.render(blocks, level, style, label);
    if (sameBlocks && (style === undefined) === (oldStyle === undefined)) {
      // Found again when needed (a locale switch) rather than kept: a list of every permalink
      // and number would hold thousands of nodes' wrappers in memory for a long article.
      const body = part.parentNode as Element;
      if (style !== oldStyle) {
        const numbers = body.querySelectorAll('[part="number"]');
        let next = 0;
        // Sections in document order, as their numbers are.
        const renumber = (blocks: readonly BlockModel[]): void => {
          for (const block of blocks) {
            if (block.type !== 'section') continue;
            numbers[next++].textContent = sectionNumber(block.numbers, style!);
            renumber(block.body);
          }
        };
        renumber(blocks);
      }
      if (label.text !== oldLabel?.text || label.lang !== oldLabel.lang) {
        for (const link of body.querySelectorAll('[part="permalink"]')) {
          labelPermalink(link as HTMLElement, label);
        }
      }
      return noChange;
    }
    const doc = (part.parentNode as Node).ownerDocument!;
    const fragment = doc.createDocumentFragment();
    this.#build(doc, fragment, blocks, level, style, label);
    return fragment;
  }

  #build(
    doc: Document,
    parent: ParentNode,
    blocks: readonly BlockModel[],
    level: number,
    style: NumberingStyle | undefined,
    label: PermalinkLabel,
  ): void {
    for (const block of blocks) {
      let element: HTMLElement;
      switch (block.type) {
        case 'paragraph':
          element = makeElement(doc, 'p', 'paragraph', block.text);
          break;
        case 'list':
          element = makeElement(doc, block.ordered ? 'ol' : 'ul', 'list');
          for (const item of block.items) element.append(makeElement(doc, 'li', undefined, item));
          break;
        case 'quote': {
          element = makeElement(doc, 'figure', 'quote');
          const quote = makeElement(doc, 'blockquote');
          quote.append(makeElement(doc, 'p', undefined, block.text));
          element.append(quote);
          if (block.cite !== undefined) {
            element.append(makeElement(doc, 'figcaption', undefined, block.cite));
          }
          break;
        }
        case 'section': {
          element = makeElement(doc, 'section', 'section');
          element.id = block.id;
          // As renderHeading builds it: <h1>–<h6>, deeper levels a paragraph with the role.
          const heading = makeElement(doc, level > 6 ? 'p' : `h${level}`, 'heading');
          if (level > 6) {
            heading.setAttribute('role', 'heading');
            heading.setAttribute('aria-level', String(level));
          }
          heading.tabIndex = -1;
          if (style !== undefined) {
            heading.append(makeElement(doc, 'span', 'number', sectionNumber(block.numbers, style)));
          }
          const permalink = makeElement(doc, 'a', 'permalink');
          permalink.setAttribute('href', `#${block.id}`);
          labelPermalink(permalink, label);
          heading.append(block.heading, permalink);
          element.append(heading);
          this.#build(doc, element, block.body, level + 1, style, label);
          break;
        }
      }
      parent.append(element);
    }
  }
}

function labelPermalink(link: HTMLElement, {text, lang}: PermalinkLabel): void {
  link.lang = lang;
  link.setAttribute('aria-label', text);
}

/** The article's body; see `ArticleBlocks`. */
export const articleBlocks = directive(ArticleBlocks);
