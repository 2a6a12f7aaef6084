/** Defines `<article-view>` (and the `<related-links>` it uses). Import for the side effect. */
import {ArticleView} from './elements/article-view/article-view.js';
import {defineElement} from './elements/shared/define.js';
import './related-links.js';

defineElement('article-view', ArticleView);

export {ArticleView};
export * from './localization.js';
