import {css} from 'lit';

export const relatedLinksStyles = css`
  section {
    margin-block: var(--article-spacing, 1rem);
  }

  [part='heading'] {
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

  [part='show-more'] {
    margin-block-start: calc(var(--article-spacing, 1rem) / 2);
  }

  @media print {
    /* On paper a link is only useful with its address. */
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
