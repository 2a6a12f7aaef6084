import type {TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {html, literal, type StaticValue} from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

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
 * the heading role, so assistive technology still hears the outline.
 */
export function renderHeading(
  level: number,
  options: HeadingOptions,
  content: unknown,
): TemplateResult {
  const tabindex = options.focusable ? -1 : undefined;
  if (level <= 6) {
    const tag = TAGS[level - 1];
    // The tag is one of six `literal` constants (lit/static-html), never data.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${tag} id=${ifDefined(options.id)} part=${options.part} tabindex=${ifDefined(tabindex)}>${content}</${tag}>`;
  }
  // Kept on one line: white space inside the heading would become part of its text.
  // prettier-ignore
  return html`<p role="heading" aria-level=${level} id=${ifDefined(options.id)} part=${options.part} tabindex=${ifDefined(tabindex)}>${content}</p>`;
}
