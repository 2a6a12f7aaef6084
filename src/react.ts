/**
 * article-elements/react: React components for the four elements, made by @lit/react. Props set
 * the elements' properties (`article` takes the object, not JSON text); events arrive as
 * `onArticleRender`, `onArticleError` and `onArticleWarning`, typed.
 */
import {createComponent, type EventName} from '@lit/react';
import * as React from 'react';
import {ArticleToc as ArticleTocElement} from './article-toc.js';
import {ArticleView as ArticleViewElement} from './article-view.js';
import {BackToTop as BackToTopElement} from './back-to-top.js';
import type {ArticleErrorEvent, ArticleRenderEvent, ArticleWarningEvent} from './events.js';
import {RelatedLinks as RelatedLinksElement} from './related-links.js';

const dataEvents = {
  onArticleRender: 'article-render' as EventName<ArticleRenderEvent>,
  onArticleError: 'article-error' as EventName<ArticleErrorEvent>,
  onArticleWarning: 'article-warning' as EventName<ArticleWarningEvent>,
};

export const ArticleView = createComponent({
  tagName: 'article-view',
  elementClass: ArticleViewElement,
  react: React,
  events: dataEvents,
  displayName: 'ArticleView',
});

export const RelatedLinks = createComponent({
  tagName: 'related-links',
  elementClass: RelatedLinksElement,
  react: React,
  events: dataEvents,
  displayName: 'RelatedLinks',
});

export const ArticleToc = createComponent({
  tagName: 'article-toc',
  elementClass: ArticleTocElement,
  react: React,
  displayName: 'ArticleToc',
});

export const BackToTop = createComponent({
  tagName: 'back-to-top',
  elementClass: BackToTopElement,
  react: React,
  displayName: 'BackToTop',
});

export {setLocale, getLocale} from './localization.js';
