/**
 * The elements' public styling API: every `--article-…` custom property their styles read is
 * documented on the element in custom-elements.json, and nothing documented is unused. And the
 * typography follows the content's language, not the page's.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {CSSResult, CSSResultGroup, CSSResultOrNative} from 'lit';
import '../../src/article-view.js';
import {ArticleToc} from '../../src/elements/article-toc/article-toc.js';
import {articleTocStyles} from '../../src/elements/article-toc/article-toc.styles.js';
import {ArticleView} from '../../src/elements/article-view/article-view.js';
import {articleViewStyles} from '../../src/elements/article-view/article-view.styles.js';
import {BackToTop} from '../../src/elements/back-to-top/back-to-top.js';
import {backToTopStyles} from '../../src/elements/back-to-top/back-to-top.styles.js';
import {RelatedLinks} from '../../src/elements/related-links/related-links.js';
import {relatedLinksStyles} from '../../src/elements/related-links/related-links.styles.js';
import {tokenStyles} from '../../src/elements/shared/tokens.styles.js';
import type {Article} from '../../src/model/article.js';
import {settled, shadow} from '../helpers/elements.js';

/** Every style module under src/elements (the `*.styles.ts` files), by file. */
const STYLE_MODULES = new Map<CSSResultOrNative, string>([
  [tokenStyles, 'shared/tokens.styles.ts'],
  [articleViewStyles, 'article-view/article-view.styles.ts'],
  [relatedLinksStyles, 'related-links/related-links.styles.ts'],
  [articleTocStyles, 'article-toc/article-toc.styles.ts'],
  [backToTopStyles, 'back-to-top/back-to-top.styles.ts'],
]);

/** Every element class under src/elements, by tag. */
const ELEMENTS = {
  'article-view': ArticleView,
  'related-links': RelatedLinks,
  'article-toc': ArticleToc,
  'back-to-top': BackToTop,
};

/** The element's `static styles`, flattened. */
function stylesOf(tag: keyof typeof ELEMENTS): CSSResultOrNative[] {
  const styles: CSSResultGroup | undefined = ELEMENTS[tag].styles;
  // Through unknown: with @lit-labs/ssr in the program, TS cannot relate the nested array type.
  return [styles].flat(Infinity as 1) as unknown as CSSResultOrNative[];
}

const cssTextOf = (style: CSSResultOrNative) => (style as CSSResult).cssText;

/** The `--article-…` custom properties read with `var()` in the given CSS. */
function propertiesRead(cssText: string): string[] {
  return [...new Set(Array.from(cssText.matchAll(/var\(\s*(--article-[\w-]+)/g), (m) => m[1]))];
}

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: {name: string; description?: string}[];
}

async function documentedProperties(): Promise<Map<string, string[]>> {
  const response = await fetch(new URL('../../custom-elements.json', import.meta.url));
  expect(response.ok, 'custom-elements.json').to.equal(true);
  const manifest = (await response.json()) as {modules: {declarations?: ManifestDeclaration[]}[]};
  const found = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) {
        found.set(
          declaration.tagName,
          (declaration.cssProperties ?? []).map((property) => property.name),
        );
      }
    }
  }
  return found;
}

describe('CSS custom properties', () => {
  it('reads every style module here, and each is used by an element', () => {
    for (const tag of Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[]) {
      const unknown = stylesOf(tag).filter((style) => !STYLE_MODULES.has(style));
      expect(
        unknown.map(cssTextOf),
        `<${tag}> uses styles this test does not import: add their module to STYLE_MODULES`,
      ).to.deep.equal([]);
    }
    const used = new Set(Object.keys(ELEMENTS).flatMap((tag) => stylesOf(tag as 'article-view')));
    const unused = [...STYLE_MODULES].filter(([style]) => !used.has(style)).map(([, file]) => file);
    expect(unused, 'style modules no element uses').to.deep.equal([]);
  });

  it('checks every element custom-elements.json documents', async () => {
    const documented = [...(await documentedProperties()).keys()];
    expect(
      documented.filter((tag) => !Object.hasOwn(ELEMENTS, tag)),
      'documented elements missing from ELEMENTS here',
    ).to.deep.equal([]);
  });

  for (const tag of Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[]) {
    it(`<${tag}> documents as @cssprop exactly the --article-… properties its styles read`, async () => {
      const documented = await documentedProperties();
      expect([...documented.keys()], 'elements in custom-elements.json').to.include(tag);
      const docs = documented.get(tag)!;
      const read = propertiesRead(stylesOf(tag).map(cssTextOf).join('\n'));
      expect(read.length, `<${tag}> reads custom properties`).to.be.greaterThan(0);
      expect(
        read.filter((name) => !docs.includes(name)).sort(),
        `<${tag}>: read by its styles, not documented`,
      ).to.deep.equal([]);
      expect(
        docs.filter((name) => !read.includes(name)).sort(),
        `<${tag}>: documented, never read by its styles`,
      ).to.deep.equal([]);
      expect(new Set(docs).size, `<${tag}>: documented once each`).to.equal(docs.length);
    });
  }
});

/** The font families of a computed `font-family`, without quotes. */
function families(value: string): string[] {
  return value.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));
}

/** The fallback of `var(name, fallback)` in the shared token styles. */
function fallbackOf(name: string): string {
  const match = new RegExp(`var\\(\\s*${name}\\s*,([^)]*)\\)`).exec(tokenStyles.cssText);
  if (!match) throw new Error(`tokens.styles.ts reads no ${name} with a fallback`);
  return match[1].replace(/\s+/g, ' ').trim();
}

const CJK_FAMILIES = ['PingFang SC', 'Noto Sans CJK SC'];

function article(lang: string | undefined): Article {
  const text = lang?.startsWith('zh')
    ? '自从2019年以来，催收行业发生了很大的变化。'
    : 'Some words.';
  return {
    title: 'Typography',
    ...(lang !== undefined ? {lang} : {}),
    body: [
      {type: 'paragraph', text},
      {type: 'section', heading: 'One', body: [{type: 'paragraph', text}]},
    ],
  };
}

/** Renders the article inside `<div lang=pageLang>` and returns its paragraphs' typography. */
async function paragraphTypography(lang: string | undefined, pageLang: string | undefined) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${pageLang ?? ''}><article-view .article=${article(lang)}></article-view></div>`,
  );
  if (pageLang === undefined) wrapper.removeAttribute('lang');
  const el = wrapper.querySelector('article-view')!;
  await settled(el);
  const paragraphs = Array.from(shadow(el).querySelectorAll('[part="paragraph"]'));
  expect(paragraphs.length).to.equal(2);
  return paragraphs.map((paragraph) => {
    const style = getComputedStyle(paragraph);
    return {
      families: families(style.fontFamily),
      lineHeight: parseFloat(style.lineHeight),
      fontSize: parseFloat(style.fontSize),
    };
  });
}

function expectCjk(lang: string | undefined, pageLang: string | undefined) {
  return async () => {
    for (const paragraph of await paragraphTypography(lang, pageLang)) {
      expect(
        CJK_FAMILIES.some((family) => paragraph.families.includes(family)),
        `a CJK font family in ${paragraph.families.join(', ')}`,
      ).to.equal(true);
      expect(paragraph.families).to.deep.equal(families(fallbackOf('--article-cjk-font-family')));
      expect(paragraph.lineHeight, 'line-height in px').to.be.closeTo(
        1.8 * paragraph.fontSize,
        0.05,
      );
    }
  };
}

function expectLatin(lang: string | undefined, pageLang: string | undefined) {
  return async () => {
    const latinLineHeight = Number(fallbackOf('--article-line-height'));
    expect(latinLineHeight).to.not.equal(1.8);
    for (const paragraph of await paragraphTypography(lang, pageLang)) {
      const cjk = CJK_FAMILIES.filter((family) => paragraph.families.includes(family));
      expect(cjk, `CJK font families in ${paragraph.families.join(', ')}`).to.deep.equal([]);
      expect(paragraph.families).to.deep.equal(families(fallbackOf('--article-font-family')));
      expect(paragraph.lineHeight, 'line-height in px').to.be.closeTo(
        latinLineHeight * paragraph.fontSize,
        0.05,
      );
    }
  };
}

describe('typography by content language', () => {
  it(
    'a Chinese article (lang zh-Hans) gets the CJK font stack and line-height 1.8',
    expectCjk('zh-Hans', undefined),
  );
  it('a Chinese article inside <div lang="en"> gets the CJK stack', expectCjk('zh-Hans', 'en'));
  it(
    'an article without lang inside <div lang="zh-Hans"> gets the CJK stack',
    expectCjk(undefined, 'zh-Hans'),
  );
  it('an English article (lang en) gets the Latin stack', expectLatin('en', undefined));
  it(
    'an English article (lang en) inside <div lang="zh-Hans"> gets the Latin stack, not the CJK one',
    expectLatin('en', 'zh-Hans'),
  );
});

describe('focus ring', () => {
  it('has its width and style apart from its color, so only the color falls back where light-dark() is unknown', () => {
    const rule = Array.from(tokenStyles.styleSheet!.cssRules).find(
      (candidate): candidate is CSSStyleRule =>
        candidate instanceof CSSStyleRule && candidate.selectorText.includes('a:focus-visible'),
    );
    expect(rule, 'the focus-visible rule').to.not.equal(undefined);
    // A longhand set through a shorthand holding var() reads as '' (pending substitution).
    expect(rule!.style.getPropertyValue('outline-style')).to.equal('solid');
    expect(rule!.style.getPropertyValue('outline-width')).to.equal('2px');
    expect(rule!.style.getPropertyValue('outline-color')).to.match(/^var\(--article-focus-color,/);
  });
});
