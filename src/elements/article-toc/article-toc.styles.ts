import {css} from 'lit';

/**
 * `<article-toc>` on top of the shared token styles. Every link in it is an entry's
 * (`part="link"`), so `a` selects them.
 */
export const articleTocStyles = css`
  summary {
    font-weight: 600;
    cursor: pointer;
    padding-block: 0.25em;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  ol ol {
    padding-inline-start: 1.25em;
  }

  li {
    margin-block: 0.2em;
  }

  a {
    display: block;
    padding: 0.1em 0.5em;
    border-inline-start: 3px solid transparent;
    text-decoration: none;
  }

  a:hover {
    text-decoration: underline;
  }

  /* The border's color is currentColor again. */
  [part~='current'] {
    font-weight: 600;
    border-inline-start: 3px solid;
    background: var(--article-current-background, light-dark(#e8f0fe, #283142));
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
