/**
 * The library's locale: `en` (source) or `zh-Hans`. It starts from `<html lang>` and follows
 * later changes to it; `setLocale()` switches it explicitly. Elements re-render on a change.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import {isChineseTag} from './model/language.js';

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
  return isChineseTag(tag) ? 'zh-Hans' : sourceLocale;
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
  // A change of <html lang> not yet delivered to the observer is older than this call: drop it,
  // or it would be applied after this call and win over it.
  langObserver?.takeRecords();
  requested = resolveLocale(locale);
  const switching = localization.setLocale(requested);
  loading = switching;
  const settle = () => {
    if (loading === switching) loading = undefined;
  };
  switching.then(settle, settle);
  return switching;
}

/** Resolves when the locale last asked for is in effect (at once when no switch is pending). */
export function localeReady(): Promise<void> {
  return loading ?? Promise.resolve();
}

/**
 * The pending switch, if any. Elements hold their render until it settles, so a page whose
 * `<html lang>` is Chinese never shows English labels first.
 * @internal
 */
export function pendingLocaleSwitch(): Promise<void> | undefined {
  return loading;
}

/** The locale last asked for; differs from `getLocale()` while its translations load. */
let requested: SupportedLocale = sourceLocale;
let loading: Promise<void> | undefined;
/** Watches `<html lang>`. */
let langObserver: MutationObserver | undefined;

function followDocumentLang(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const root = document.documentElement;
  const apply = () => {
    const wanted = resolveLocale(root.lang);
    if (wanted !== requested) void setLocale(wanted);
  };
  langObserver = new MutationObserver(apply);
  langObserver.observe(root, {attributes: true, attributeFilter: ['lang']});
  apply();
}

followDocumentLang();
