import {css} from 'lit';

/**
 * `<related-links>` on top of the shared token styles. The markup makes shorter selectors enough:
 * the heading is `#heading`, the only button is "Show more" (part="show-more"), and every link has
 * an `href`.
 */
export const relatedLinksStyles = css`
  section {
    margin-block: var(--article-spacing, 1rem);
  }

  #heading {
    font-size: 1.25em;
    line-height: 1.3;
    margin-block: 0 calc(var(--article-spacing, 1rem) / 2);
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  li {
    margin-block: 0.25em;
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button {
    margin-block-start: calc(var(--article-spacing, 1rem) / 2);
  }

  @media print {
    /* On paper a link is only useful with its address. */
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
