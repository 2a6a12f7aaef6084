import {css} from 'lit';

/**
 * Shared look of every element. Every value reads a public `--article-…` custom property with a
 * default, so pages theme the elements without reaching into their shadow roots. Colors follow
 * `prefers-color-scheme` through `light-dark()`, unless `theme="light|dark"` forces one.
 */
export const tokenStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: light dark;
    /* The Latin font stack and line height, also for [lang] content that is not Chinese. Every
       supported browser knows system-ui (README, Browser support): no names for older ones. */
    --_f: var(--article-font-family, system-ui, sans-serif);
    --_l: var(--article-line-height, 1.6);
    font-family: var(--_f);
    font-size: var(--article-font-size, 1rem);
    line-height: var(--_l);
    color: var(--article-color, light-dark(#202124, #e8eaed));
    /* Its own ground by default, so text stays readable whatever the page's colors; a page
       that matches the theme can set --article-background: transparent. */
    background: var(--article-background, light-dark(#fff, #202124));
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* Chinese text: a CJK font stack, more room between lines, strict line breaking, and spacing
     between Han and Latin letters or digits where the browser supports it. The host rule covers
     browsers (Firefox) whose :lang() inside a shadow tree does not see the host's language. */
  :host(:lang(zh)),
  :lang(zh) {
    font-family: var(
      --article-cjk-font-family,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      system-ui,
      sans-serif
    );
    line-height: var(--article-cjk-line-height, 1.8);
    line-break: strict;
    text-autospace: normal;
    text-spacing-trim: normal;
  }

  /* Content marked as another language (an English article in a Chinese page) goes back to the
     Latin stack. */
  [lang]:not(:lang(zh)) {
    font-family: var(--_f);
    line-height: var(--_l);
    line-break: auto;
    text-autospace: no-autospace;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a,
  button {
    color: var(--article-link-color, light-dark(#0b57d0, #8ab4f8));
  }

  /* The border's color is currentColor. */
  button {
    font: inherit;
    background: none;
    border: 1px solid;
    border-radius: 0.375em;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }

  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    /* The color apart: where light-dark() is unknown (Safari < 17.5) only it falls back (to
       currentColor), not the whole ring. */
    outline: 2px solid;
    outline-color: var(--article-focus-color, light-dark(#0b57d0, #8ab4f8));
    outline-offset: 2px;
  }

  [role='alert'] {
    color: var(--article-error-color, light-dark(#a50e0e, #f6aea9));
    background: var(--article-error-background, light-dark(#fce8e6, #3c1f1e));
    border-inline-start: 4px solid;
    padding: var(--article-spacing, 1rem);
    margin: 0;
  }

  @media print {
    :host {
      color: #000;
      background: none;
    }

    button {
      display: none;
    }

    a {
      color: inherit;
    }
  }
`;
