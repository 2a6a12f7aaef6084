/**
 * Defines every element for a server-rendered page: Lit's hydration support first, so elements
 * that arrive with Declarative Shadow DOM take over that DOM instead of rendering it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
