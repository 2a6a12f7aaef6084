import {css} from 'lit';

export const articleViewStyles = css`
  article {
    max-width: var(--article-max-width, 42rem);
    margin-inline: auto;
    overflow-wrap: break-word;
  }

  header {
    margin-block-end: calc(var(--article-spacing, 1rem) * 1.5);
  }

  [part='title'] {
    font-size: var(--article-title-font-size, 2em);
    line-height: 1.25;
    margin-block: 0 calc(var(--article-spacing, 1rem) / 2);
  }

  [part='meta'] {
    color: var(--article-muted-color, #5f6368);
    font-size: 0.875em;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  [part='summary'] {
    font-size: 1.125em;
    margin-block: var(--article-spacing, 1rem) 0;
  }

  [part='heading'] {
    line-height: 1.35;
    margin-block: calc(var(--article-spacing, 1rem) * 1.5) calc(var(--article-spacing, 1rem) / 2);
  }

  section > [part='heading'] {
    font-size: 1.5em;
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
    border-inline-start: 4px solid var(--article-border-color, #dadce0);
  }

  figcaption {
    color: var(--article-muted-color, #5f6368);
    font-size: 0.875em;
  }

  [part='footer'] {
    margin-block-start: calc(var(--article-spacing, 1rem) * 2);
    padding-block-start: var(--article-spacing, 1rem);
    border-block-start: 1px solid var(--article-border-color, #dadce0);
  }
`;
