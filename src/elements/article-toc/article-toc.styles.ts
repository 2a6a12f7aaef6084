import {css} from 'lit';

export const articleTocStyles = css`
  summary {
    font-weight: 600;
    cursor: pointer;
    padding-block: 0.25em;
  }

  ol {
    list-style: none;
    margin: 0;
    padding-inline-start: 0;
  }

  ol ol {
    padding-inline-start: 1.25em;
  }

  li {
    margin-block: 0.2em;
  }

  [part~='link'] {
    display: block;
    padding: 0.1em 0.5em;
    border-inline-start: 3px solid transparent;
    text-decoration: none;
  }

  [part~='link']:hover {
    text-decoration: underline;
  }

  [part~='current'] {
    font-weight: 600;
    border-inline-start-color: currentColor;
    background: var(--article-current-background, light-dark(#e8f0fe, #283142));
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
