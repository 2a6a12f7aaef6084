/**
 * The one place that decides whether a string from the data may become an `href`.
 * Lit escapes text but does not sanitize URL attributes, so every link goes through here.
 */

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Browsers drop ASCII tab and newlines anywhere in a URL before parsing it. */
const TAB_OR_NEWLINE = /[\t\n\r]/g;
/** Any other C0 control or DEL, anywhere, makes the URL suspicious. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * A colon before the first `/`, `?` or `#` that does not end an allowed scheme. A colon there is
 * read as the end of a scheme (`javascript:`), or may be by some parser (`java script:`): refused.
 * The scheme is what precedes the first colon, so an allowed one is the very start of the text.
 */
const OTHER_SCHEME = /^(?!(?:https?|mailto):)[^/?#]*:/i;
/** A base that only resolves relative URLs for inspection; it never appears in output. */
const INSPECTION_BASE = 'https://base.invalid/';

/**
 * `http:` or `https:`, a host of ASCII letters, digits and hyphens ending in a label that starts
 * with a letter (so never an IPv4 address), no port, no user, then only printable ASCII.
 */
const PLAIN_WEB_URL = /^(https?):\/\/((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)([/?#][!-~]*)?$/i;

/**
 * A path from the site's root in printable ASCII: always an `http(s)` URL of the page's own site.
 * Not `//` or `/\`, which would start a host.
 */
const PLAIN_PATH = /^\/(?![/\\])[!-~]*$/;

/** The parts of a URL in the plain form above, or null. Internal; exported for its tests. */
export function plainWebUrl(text: string): {scheme: string; host: string; rest: string} | null {
  const match = PLAIN_WEB_URL.exec(text);
  // Punycode labels are decoded and checked by the parser: leave them to it.
  if (match === null || /xn--/i.test(match[2])) return null;
  return {scheme: match[1], host: match[2], rest: match[3] ?? ''};
}

/**
 * Without leading and trailing C0 controls and spaces, as the URL parser trims. A loop, not a
 * regular expression: `/[ ]+$/` backtracks quadratically over a long run of inner spaces.
 */
function trimControlsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  // Past the end, charCodeAt gives NaN, which is not <= 0x20.
  while (text.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end -= 1;
  return text.slice(start, end);
}

/**
 * Returns the URL to use as an `href`, or `null` when it must render as plain text.
 * Allowed: `http:`, `https:`, `mailto:`, and relative URLs (path, query, fragment, `//host`).
 */
export function safeHref(raw: string): string | null {
  // The common case, decided without the parser (the benchmark's 10,000 links spend most of their
  // validation there); a test checks that the parser accepts every URL this lets through.
  if (plainWebUrl(raw) !== null || PLAIN_PATH.test(raw)) return raw;
  // The URL parser strips leading and trailing C0 controls and spaces; do the same first.
  const cleaned = trimControlsAndSpaces(raw).replace(TAB_OR_NEWLINE, '');
  // Otherwise it has an allowed scheme or none (it is relative).
  if (cleaned === '' || CONTROL.test(cleaned) || OTHER_SCHEME.test(cleaned)) return null;
  // Second opinion from the platform's own parser: what would the browser navigate to?
  try {
    return ALLOWED_SCHEMES.has(new URL(cleaned, INSPECTION_BASE).protocol) ? cleaned : null;
  } catch {
    return null;
  }
}

/**
 * What the parser would rewrite in the path, query or fragment: characters it percent-encodes or
 * turns into `/`, and dot segments (also percent-encoded ones).
 */
const NEEDS_PARSER = /[\\"'<>`{}|^]|%2e|(?:^|\/)\.\.?(?:[/?#]|$)/i;

/**
 * A URL whose target depends on the page's own path: neither from the root (`/`, or `\\`, which
 * the parser reads as `/`) nor with a scheme (`x`, `../x`, `?q`, `#top`), or `http(s):` without
 * `//`, which on a page of that scheme is relative to it (`https:x`).
 */
const PATH_RELATIVE = /^(?![/\\]|[a-z][a-z\d+.-]*:)|^https?:(?![/\\]{2})/i;

/**
 * A key under which two links count as the same target: scheme and host lower-cased, default
 * port and empty path normalized, percent-encoding made canonical by the URL parser. A URL
 * relative to the page's path is its own key: where it leads depends on a page unknown here
 * (and on the server), so it is never the same as a URL from the root or another site.
 */
export function normalizedHref(href: string): string {
  if (PLAIN_PATH.test(href) && !NEEDS_PARSER.test(href)) return INSPECTION_BASE.slice(0, -1) + href;
  if (PATH_RELATIVE.test(href)) return href;
  const plain = plainWebUrl(href);
  if (plain !== null && !NEEDS_PARSER.test(plain.rest)) {
    const rest = plain.rest.startsWith('/') ? plain.rest : `/${plain.rest}`;
    return `${plain.scheme.toLowerCase()}://${plain.host.toLowerCase()}${rest}`;
  }
  try {
    const url = new URL(href, INSPECTION_BASE);
    return url.href;
  } catch {
    return href;
  }
}

/**
 * Whether a safe href leads off the site of the page at `pageUrl`: another origin, or `mailto:`.
 * Such links opened in a new tab get `rel="noopener noreferrer"`, so the other site neither
 * controls the page nor learns its address.
 */
export function leavesSite(href: string, pageUrl: string): boolean {
  try {
    const page = new URL(pageUrl);
    const target = new URL(href, page);
    return target.origin !== page.origin || target.protocol !== page.protocol;
  } catch {
    return true;
  }
}
