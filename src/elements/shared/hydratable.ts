/**
 * Whether this build renders on the server and takes over server-rendered DOM, which needs each
 * element's content as Lit templates. True in every build but the plain CDN file
 * (`dist/cdn/article-elements.js`), whose build swaps in `hydratable.cdn.ts`: without Lit's
 * hydration support, and never on a server, its elements always build their DOM on the client,
 * so the templates kept for the server would be dead weight there.
 */
export const hydratable: boolean = true;
