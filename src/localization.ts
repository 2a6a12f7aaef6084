/**
 * The library's locale: `en` (source) or `zh-Hans`. It starts from `<html lang>` and follows
 * later changes to it; `setLocale()` switches it explicitly. Elements re-render on a change.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];

// One static import() per locale, so every bundler (Vite, web-test-runner, Rollup) sees it.
const loaders = {
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
});

/**
 * Maps any language tag to the locale the library will use: every Chinese tag (`zh`, `zh-CN`,
 * `zh-Hans`, `zh-SG`, and also Traditional ones, for which Simplified reads better than
 * English) → `zh-Hans`; everything else → `en`.
 */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  return tag && /^zh(-|$)/i.test(tag.trim()) ? 'zh-Hans' : sourceLocale;
}

/** The active locale: `en` or `zh-Hans`. */
export function getLocale(): SupportedLocale {
  return localization.getLocale() as SupportedLocale;
}

/**
 * Switches every element on the page to `locale` (any tag; see `resolveLocale`). Resolves when
 * the translations are loaded and the switch has happened.
 */
export function setLocale(locale: string): Promise<void> {
  requested = resolveLocale(locale);
  return localization.setLocale(requested);
}

/** The locale last asked for; differs from `getLocale()` while its translations load. */
let requested: SupportedLocale = sourceLocale;

function followDocumentLang(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const root = document.documentElement;
  const apply = () => {
    const wanted = resolveLocale(root.lang);
    if (wanted !== requested) void setLocale(wanted);
  };
  new MutationObserver(apply).observe(root, {attributes: true, attributeFilter: ['lang']});
  apply();
}

followDocumentLang();
