// Run by scripts/check-pack.mjs with Node, inside a fresh project that installed the packed
// tarball (seed.json is fixtures/seed-article.zh.json): the server renderer and the data model
// work in Node, with no DOM, from the published files and the dependencies npm installed.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {parseArticle} from 'article-elements/model.js';
import {renderArticle, renderArticlePage} from 'article-elements/ssr';

const json = await readFile(new URL('./seed.json', import.meta.url), 'utf8');
const seed = JSON.parse(json);

const parsed = parseArticle(json);
assert.ok(parsed.ok, `parseArticle rejected the seed: ${JSON.stringify(parsed.error)}`);
assert.equal(parsed.value.title, seed.title);

const rendered = await renderArticle(json, {toc: true});
assert.equal(rendered.error, undefined, `renderArticle: ${JSON.stringify(rendered.error)}`);
assert.ok(rendered.html.includes(seed.title), 'the rendered HTML lacks the title');
assert.match(rendered.html, /<article-view[^>]*>\s*<template shadowrootmode="open"/);
assert.ok(rendered.jsonLd.includes(JSON.stringify(seed.title)), 'the JSON-LD lacks the headline');

const {page} = await renderArticlePage(json);
assert.match(page, /^<!doctype html>/i);
assert.ok(page.includes(`<title>${seed.title}</title>`), 'the page lacks <title>');

console.log(JSON.stringify({htmlLength: rendered.html.length, pageLength: page.length}));
