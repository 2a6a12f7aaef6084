import {css} from 'lit';

/**
 * `<back-to-top>` on top of the shared token styles: the host is only a place for the button and
 * paints nothing; the button keeps its own ground (`--article-background`), so its label stays
 * readable when the page floats it over text.
 */
export const backToTopStyles = css`
  :host {
    background: none;
  }

  /* The only button (part="button"); this rule comes after the shared button rule, and wins. */
  button {
    background: var(--article-background, light-dark(#fff, #202124));
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
