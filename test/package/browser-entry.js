// Bundled by scripts/check-pack.mjs with esbuild, inside a fresh project that installed the
// packed tarball: every browser entry point, resolved through the package's `exports`. The
// hydration entry comes first, as a server-rendered page loads it.
import * as hydrate from 'article-elements/hydrate.js';
import * as index from 'article-elements';
import * as articleView from 'article-elements/article-view.js';
import * as relatedLinks from 'article-elements/related-links.js';
import * as articleToc from 'article-elements/article-toc.js';
import * as backToTop from 'article-elements/back-to-top.js';
import * as localization from 'article-elements/localization.js';
import * as model from 'article-elements/model.js';

// The page reads these to check what each entry point exports.
window.entryPoints = {
  hydrate,
  index,
  articleView,
  relatedLinks,
  articleToc,
  backToTop,
  localization,
  model,
};
