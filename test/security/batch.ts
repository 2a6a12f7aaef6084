/**
 * Renders many elements side by side and keeps each one's events, so a security test can check
 * hundreds of inputs in one go and still say which input failed.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {ArticleIssueDetail} from '../../src/events.js';
import {settled, shadow} from '../helpers/elements.js';

export const EVENT_TYPES = ['article-render', 'article-error', 'article-warning'] as const;

/** One rendered element and the events it dispatched, in order. */
export interface Rendered<T extends HTMLElement> {
  el: T;
  events: Event[];
}

/** The details of the events of one type. */
export function details(events: readonly Event[], type: string): ArticleIssueDetail[] {
  return events
    .filter((event) => event.type === type)
    .map((event) => (event as CustomEvent<ArticleIssueDetail>).detail);
}

export function count(events: readonly Event[], type: string): number {
  return events.filter((event) => event.type === type).length;
}

/**
 * Creates `n` elements in one new fixture container, calls `setup(el, i)` on each before it is
 * connected (set `article` / `links` there), connects them all and waits until each has
 * rendered and reported.
 */
export async function renderEach<T extends HTMLElement>(
  tag: 'article-view' | 'related-links',
  n: number,
  setup: (el: T, index: number) => void,
): Promise<Rendered<T>[]> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const rendered: Rendered<T>[] = [];
  for (let i = 0; i < n; i += 1) {
    const el = document.createElement(tag) as unknown as T;
    const events: Event[] = [];
    for (const type of EVENT_TYPES) el.addEventListener(type, (event) => events.push(event));
    setup(el, i);
    container.append(el);
    rendered.push({el, events});
  }
  await Promise.all(rendered.map(({el}) => settled(el)));
  return rendered;
}

/**
 * The error state: exactly one `article-error` (with this code, and this path and message when
 * given), no `article-render`, one `[role="alert"]` showing the message, nothing else rendered.
 */
export function expectError(
  {el, events}: Rendered<HTMLElement>,
  expected: {code: string; path?: string; message?: string},
  context: string,
): ArticleIssueDetail {
  const errors = details(events, 'article-error');
  expect(
    errors.map(({code}) => code),
    `${context}: article-error codes`,
  ).to.deep.equal([expected.code]);
  const [detail] = errors;
  if (expected.path !== undefined) expect(detail.path, `${context}: path`).to.equal(expected.path);
  if (expected.message !== undefined) {
    expect(detail.message, `${context}: message`).to.equal(expected.message);
  }
  expect(detail.message, `${context}: message`).to.be.a('string');
  expect(count(events, 'article-render'), `${context}: article-render`).to.equal(0);
  const root = shadow(el);
  const alerts = root.querySelectorAll('[role="alert"]');
  expect(alerts.length, `${context}: alerts`).to.equal(1);
  expect(alerts[0].textContent, `${context}: alert text`).to.include(detail.message);
  const content = el.localName === 'article-view' ? 'article' : 'ul';
  expect(root.querySelector(content), `${context}: no <${content}>`).to.equal(null);
  return detail;
}

/** The rendered state: one `article-render`, no error, no alert; returns the warnings. */
export function expectRender(
  {el, events}: Rendered<HTMLElement>,
  context: string,
): ArticleIssueDetail[] {
  expect(details(events, 'article-error'), `${context}: article-error`).to.deep.equal([]);
  expect(count(events, 'article-render'), `${context}: article-render`).to.equal(1);
  expect(shadow(el).querySelector('[role="alert"]'), `${context}: alert`).to.equal(null);
  return details(events, 'article-warning');
}
