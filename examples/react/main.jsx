// The seed article in a React 19 app, through article-elements/react.
//   npx vite examples/react   then open the URL it prints
import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {ArticleView, RelatedLinks} from 'article-elements/react';
import zh from '../../fixtures/seed-article.zh.json';
import en from '../../fixtures/seed-article.en.json';

const articles = {'zh-Hans': zh, en};

// A list of its own: deduplicated, and the first two shown with a "Show 1 more" button.
const more = [
  {title: 'article-elements on npm', href: 'https://www.npmjs.com/package/article-elements'},
  {title: 'Lit', href: 'https://lit.dev/'},
  {title: 'React', href: 'https://react.dev/'},
  {title: 'Lit', href: 'https://lit.dev'},
];

function App() {
  const [locale, setLocale] = useState('zh-Hans');
  const [error, setError] = useState(null);

  function show(next) {
    // The elements follow <html lang>: the labels and dates switch with the data.
    document.documentElement.lang = next;
    setLocale(next);
  }

  return (
    <main>
      <div className="switch" role="group" aria-label="Language / 语言">
        {Object.keys(articles).map((tag) => (
          <button key={tag} type="button" aria-pressed={tag === locale} onClick={() => show(tag)}>
            {tag === 'en' ? 'English' : '中文'}
          </button>
        ))}
      </div>
      {error && <p role="status">Could not show the article: {error}</p>}
      <ArticleView
        article={articles[locale]}
        toc
        onArticleRender={() => setError(null)}
        onArticleError={(event) => setError(event.detail.message)}
      />
      <RelatedLinks heading={locale === 'en' ? 'See also' : '另见'} links={more} limit={2} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
