// The baseline: hand-written DOM that builds the same HTML as the elements for the same data,
// with the same styles, and nothing else (no validation, no localization, no reactivity).

const CHINESE = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) for (const name in attrs) node.setAttribute(name, attrs[name]);
  for (const child of children) node.append(child);
  return node;
}

function host(sheets) {
  const root = document.createElement('div');
  const shadow = root.attachShadow({mode: 'open'});
  shadow.adoptedStyleSheets = sheets;
  return {root, shadow};
}

function number(path, chinese) {
  if (path.length > 1) return `${path.join('.')} `;
  return chinese ? `${path[0] <= 10 ? CHINESE[path[0]] : path[0]}、` : `${path[0]}. `;
}

function blocks(body, level, path, chinese) {
  const out = [];
  let count = 0;
  for (const block of body) {
    if (block.type === 'paragraph') out.push(el('p', {part: 'paragraph'}, block.text));
    else if (block.type === 'list') {
      out.push(
        el(
          block.ordered ? 'ol' : 'ul',
          {part: 'list'},
          ...block.items.map((i) => el('li', null, i)),
        ),
      );
    } else if (block.type === 'quote') {
      out.push(el('figure', {part: 'quote'}, el('blockquote', null, el('p', null, block.text))));
    } else if (block.type === 'section') {
      count += 1;
      const here = [...path, count];
      const id = block.id ?? `sec-${here.join('-')}`;
      const heading = el(
        `h${Math.min(level, 6)}`,
        {part: 'heading', tabindex: '-1'},
        el('span', {part: 'number'}, number(here, chinese)),
        block.heading,
        el('a', {part: 'permalink', href: `#${id}`, 'aria-label': 'Link to this section'}),
      );
      out.push(
        el(
          'section',
          {part: 'section', id},
          heading,
          ...blocks(block.body, level + 1, here, chinese),
        ),
      );
    }
  }
  return out;
}

export function relatedList(links, sheets) {
  const {root, shadow} = host(sheets);
  const items = links.map((link) =>
    link.href
      ? el('li', {part: 'item'}, el('a', {part: 'link', href: link.href}, link.title))
      : el('li', {part: 'item', tabindex: '-1'}, el('span', {part: 'text'}, link.title)),
  );
  shadow.append(
    el(
      'section',
      {part: 'base', 'aria-labelledby': 'heading'},
      el('h2', {id: 'heading', part: 'heading'}, 'Related content'),
      el('ul', {part: 'list', id: 'list'}, ...items),
    ),
  );
  return root;
}

export function articleView(article, sheets, relatedSheets) {
  const {root, shadow} = host(sheets);
  const chinese = /^zh/i.test(article.lang ?? '');
  const time = new Intl.DateTimeFormat('en', {dateStyle: 'long', timeStyle: 'short'});
  const header = el(
    'header',
    {part: 'header'},
    el('h1', {part: 'title', tabindex: '-1'}, article.title),
    el(
      'p',
      {part: 'meta'},
      el(
        'span',
        null,
        'Published ',
        el(
          'time',
          {part: 'published', datetime: article.published ?? ''},
          time.format(new Date(article.published ?? 0)),
        ),
      ),
    ),
  );
  const children = [header, el('div', {part: 'body'}, ...blocks(article.body, 2, [], chinese))];
  if (article.related) children.push(relatedList(article.related, relatedSheets));
  children.push(
    el(
      'footer',
      {part: 'footer'},
      el('button', {part: 'back-to-top', type: 'button'}, 'Back to top'),
    ),
  );
  shadow.append(el('article', {part: 'article', lang: article.lang ?? 'en'}, ...children));
  return root;
}
