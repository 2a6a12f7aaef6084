// The first script of page.html, a classic one, so it runs before anything else on the page:
// records every Content-Security-Policy violation the page reports, from the very start. The
// event bubbles and is composed, so listening on the window in the capture phase sees those
// fired at elements (in shadow roots too) as well as those fired at the document.
(() => {
  const page = {status: 'loading', violations: []};
  window.cspPage = page;
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      page.violations.push({
        effectiveDirective: event.effectiveDirective,
        violatedDirective: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        sample: event.sample,
        disposition: event.disposition,
      });
    },
    true,
  );
})();
