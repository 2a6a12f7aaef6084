/**
 * A host app that uses @lit/localize for its own strings, next to article-elements (the built
 * package, which carries its own copy of the @lit/localize runtime). Both orders are tested, one
 * page each: host-first.test.ts and library-first.test.ts.
 */
import {configureLocalization, msg} from '@lit/localize';
import {expect, fixture, html} from '@open-wc/testing';

// The built package's API is the source's; typed from src/, since `tsc` runs before the build.
type Library = typeof import('../../src/index.js');

/** Loads the built package (dist/, with its own copy of the @lit/localize runtime). */
export async function loadLibrary(): Promise<Library> {
  const built = '../../dist/index.js';
  return (await import(/* @vite-ignore */ built)) as Library;
}

export function configureHost() {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['fr'],
    loadLocale: async () => ({templates: {'host.hello': 'Bonjour'}}),
  });
}

export const hostHello = () => msg('Hello', {id: 'host.hello'});

export function describeBothLocalizations(
  order: string,
  setUp: () => Promise<{host: ReturnType<typeof configureHost>; library: Library}>,
): void {
  describe(`a host app with its own @lit/localize, ${order}`, () => {
    let host: ReturnType<typeof configureHost>;
    let library: Library;

    before(async () => {
      ({host, library} = await setUp());
    });

    it('neither configuration throws, and each switches its own locale', async () => {
      await host.setLocale('fr');
      expect(hostHello()).to.equal('Bonjour');
      expect(library.getLocale()).to.equal('en');

      await library.setLocale('zh-Hans');
      expect(library.getLocale()).to.equal('zh-Hans');
      expect(host.getLocale()).to.equal('fr');
      expect(hostHello()).to.equal('Bonjour');

      await host.setLocale('en');
      expect(hostHello()).to.equal('Hello');
      expect(library.getLocale()).to.equal('zh-Hans');
      await library.setLocale('en');
    });

    it('the elements render in the library locale while the host is in its own', async () => {
      await host.setLocale('fr');
      await library.setLocale('zh-Hans');
      const el = await fixture<InstanceType<Library['ArticleView']>>(
        html`<article-view
          .article=${{title: 'T', body: [], related: [{title: 'r'}]}}
        ></article-view>`,
      );
      await el.updateComplete;
      const related = el.shadowRoot!.querySelector('related-links')!;
      await related.updateComplete;
      expect(related.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
        '相关内容',
      );
      expect(hostHello()).to.equal('Bonjour');
      await host.setLocale('en');
      await library.setLocale('en');
      await el.updateComplete;
      await related.updateComplete;
      expect(related.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
        'Related content',
      );
    });
  });
}
