import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  part: string;
  /** Makes the heading a focus target for "back to top" and deep links. */
  focusable?: boolean;
}

/** Clamps an attribute value to a heading level of at least 1. */
export function headingLevel(value: unknown, fallback: number): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= 1 ? n : fallback;
}

/**
 * A heading at any level: `<h1>`…`<h6>`, and beyond 6 (deeply nested sections) an element with
 * the heading role, so assistive technology still hears the outline. One plain template per tag
 * (lit/static-html would cost more bytes than these six lines).
 */
export function renderHeading(
  level: number,
  options: HeadingOptions,
  content: unknown,
): TemplateResult {
  const {id, part} = options;
  const tabindex = options.focusable ? -1 : undefined;
  // Each kept on one line: white space inside a heading would become part of its text.
  // prettier-ignore
  switch (level) {
    case 1: return html`<h1 id=${ifDefined(id)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 2: return html`<h2 id=${ifDefined(id)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3: return html`<h3 id=${ifDefined(id)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4: return html`<h4 id=${ifDefined(id)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5: return html`<h5 id=${ifDefined(id)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    case 6: return html`<h6 id=${ifDefined(id)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
  // prettier-ignore
  return html`<p role="heading" aria-level=${level} id=${ifDefined(id)} part=${part} tabindex=${ifDefined(tabindex)}>${content}</p>`;
}
