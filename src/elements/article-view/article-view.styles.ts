import {css} from 'lit';

/**
 * `<article-view>` on top of the shared token styles. The markup makes shorter selectors enough:
 * the only links are the permalinks (`a`, each the last child of its heading), every
 * `part="heading"` is a child of a `<section>`, and the one `<footer>` is the footer part.
 */
export const articleViewStyles = css`
  article {
    max-width: var(--article-max-width, 42rem);
    margin-inline: auto;
    overflow-wrap: break-word;
  }

  header,
  [part='toc'] {
    margin-block-end: calc(var(--article-spacing, 1rem) * 1.5);
  }

  [part='title'] {
    font-size: var(--article-title-font-size, 2em);
    line-height: 1.25;
    margin-block: 0 calc(var(--article-spacing, 1rem) / 2);
  }

  [part='meta'],
  figcaption {
    color: var(--article-muted-color, light-dark(#5f6368, #bdc1c6));
    font-size: 0.875em;
  }

  [part='meta'] {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  [part='summary'] {
    font-size: 1.125em;
    margin-block: var(--article-spacing, 1rem) 0;
  }

  /* Positioned, for its permalink. */
  [part='heading'] {
    font-size: 1.5em;
    line-height: 1.35;
    margin-block: calc(var(--article-spacing, 1rem) * 1.5) calc(var(--article-spacing, 1rem) / 2);
    position: relative;
  }

  section section > [part='heading'] {
    font-size: 1.2em;
  }

  section section section > [part='heading'] {
    font-size: 1.05em;
  }

  p,
  ul,
  ol,
  figure {
    margin-block: 0 var(--article-spacing, 1rem);
  }

  figure {
    margin-inline: 0;
  }

  blockquote {
    margin: 0;
    padding-inline-start: var(--article-spacing, 1rem);
    border-inline-start: 4px solid var(--article-border-color, light-dark(#dadce0, #5f6368));
  }

  footer {
    margin-block-start: calc(var(--article-spacing, 1rem) * 2);
    padding-block-start: var(--article-spacing, 1rem);
    border-block-start: 1px solid var(--article-border-color, light-dark(#dadce0, #5f6368));
  }

  /* Deep links land below a sticky site header of this height. */
  section,
  [part='title'] {
    scroll-margin-top: var(--article-scroll-offset, 0);
  }

  /* The permalink, in the margin before the heading, so it never takes a line of its own on
     narrow screens. */
  a {
    position: absolute;
    inset-inline-end: 100%;
    padding-inline-end: 0.25em;
    text-decoration: none;
    opacity: 0;
  }

  /* Its "#" is drawn by CSS, so the heading's text stays exactly the heading. */
  a::before {
    content: '#';
  }

  /* Hovering the heading (the permalink's parent) or focusing the permalink shows it. */
  :hover > a,
  a:focus-visible {
    opacity: 1;
  }

  @media (hover: none) {
    a {
      opacity: 0.6;
    }
  }

  @media print {
    footer,
    a,
    article-toc {
      display: none;
    }

    [part='title'],
    [part='heading'] {
      break-after: avoid;
      break-inside: avoid;
    }

    p,
    li,
    blockquote {
      orphans: 3;
      widows: 3;
    }
  }
`;
