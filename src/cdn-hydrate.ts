/**
 * The self-contained file for pages rendered by `article-elements/ssr`: Lit's hydration support,
 * then every element, so server-rendered elements take over their DOM instead of re-creating it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './cdn.js';
