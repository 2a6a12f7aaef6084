/** Defines `<article-toc>`. Import this module for its side effect, or the class from `index`. */
import {ArticleToc} from './elements/article-toc/article-toc.js';
import {defineElement} from './elements/shared/define.js';

defineElement('article-toc', ArticleToc);

export {ArticleToc};
export * from './localization.js';
