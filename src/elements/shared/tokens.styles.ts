import {css} from 'lit';

/**
 * Shared look of both elements. Every value reads a public `--article-…` custom property with
 * a default, so pages theme the elements without reaching into their shadow roots.
 */
export const tokenStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(
      --article-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    font-size: var(--article-font-size, 1rem);
    line-height: var(--article-line-height, 1.6);
    color: var(--article-color, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  /* Chinese text: a CJK font stack and more room between lines. Set on the shadow content, not
     the host, so English content inside a Chinese page keeps the Latin stack. */
  :lang(zh) {
    font-family: var(
      --article-cjk-font-family,
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      system-ui,
      sans-serif
    );
    line-height: var(--article-cjk-line-height, 1.8);
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--article-link-color, #0b57d0);
  }

  button {
    font: inherit;
    color: var(--article-link-color, #0b57d0);
    background: none;
    border: 1px solid currentColor;
    border-radius: 0.375em;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }

  a:focus-visible,
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--article-focus-color, #0b57d0);
    outline-offset: 2px;
  }

  [role='alert'] {
    color: var(--article-error-color, #a50e0e);
    background: var(--article-error-background, #fce8e6);
    border-inline-start: 4px solid currentColor;
    padding: var(--article-spacing, 1rem);
    margin: 0;
  }
`;
