/**
 * The schema.org JSON-LD that server rendering puts in `<script type="application/ld+json">`:
 * a script element is the one place where text from the data is not escaped by Lit, so every
 * payload of xss-payloads.ts, in every field that reaches it, must stay inside the script as
 * data and read back unchanged.
 */
import {expect} from '@open-wc/testing';
import {articleJsonLd, jsonLdScriptText} from '../../src/model/json-ld.js';
import {parseArticle} from '../../src/model/parse.js';
import {XSS_PAYLOADS, describePayload} from './xss-payloads.js';

describe('JSON-LD script text', () => {
  it('keeps every payload inside the script, as data that reads back unchanged', () => {
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const context = describePayload(i);
      const result = parseArticle({
        title: payload,
        author: payload,
        summary: payload,
        published: '2025-07-16T15:00:09+08:00',
        body: [],
      });
      if (!result.ok) expect.fail(`${context}: ${result.error.code}`);
      const data = articleJsonLd(result.value);
      const script = `<script type="application/ld+json">${jsonLdScriptText(data)}</script>`;
      // Parsed as the page would parse it (DOMParser runs no script).
      const page = new DOMParser().parseFromString(
        `<!doctype html><html><head>${script}</head><body><p>after</p></body></html>`,
        'text/html',
      );
      const tags = Array.from(page.querySelectorAll('*'), (element) => element.localName);
      expect(tags, `${context}: elements`).to.deep.equal(['html', 'head', 'script', 'body', 'p']);
      const parsed = page.querySelector('script')!;
      expect(parsed.getAttributeNames(), `${context}: attributes`).to.deep.equal(['type']);
      expect(JSON.parse(parsed.textContent!), `${context}: data`).to.deep.equal(data);
      expect(data.headline, context).to.equal(payload);
      expect(page.body.textContent, `${context}: body`).to.equal('after');
    }
  });
});
