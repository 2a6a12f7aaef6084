/**
 * Deep equality of data as the model holds it: plain objects, arrays and primitives, with no
 * cycles. Lets a renderer keep what it built for data that did not change, even when the data
 * arrives as a new object (a re-fetch, a framework passing a fresh copy).
 */
export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = Object.keys(a);
  return (
    Array.isArray(a) === Array.isArray(b) &&
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        key in b &&
        equalData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
