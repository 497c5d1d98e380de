// A press release page modelled on the structure of a GOV.UK news page (hand-written, not copied; text invented).

/** The article's paragraphs, in page order. */
export const GOVUK_PARAGRAPHS = [
  'Unpaid carers will keep their council tax discount for a further two years, the government announced today.',
  'The discount, worth an average of £240 a year, was due to end in April. Around 400,000 households claim it.',
  'Councils will receive £96 million to cover the cost, paid in two instalments this summer and next spring.',
  '“Carers hold families together, and this support recognises that,” the Local Government Minister said.',
  'The extension applies in England. Councils will write to every household that claims the discount by July.',
]

/** Text that is page furniture and must not reach the extracted text. */
export const GOVUK_FURNITURE = [
  'Cookies on GOV.UK', 'essential cookies', 'Accept additional cookies', 'Skip to main content', 'Menu', 'Search GOV.UK',
  'Benefits and allowances', 'Share this page', 'Facebook', 'Related content', 'Carer’s Allowance eligibility',
  'Is this page useful?', 'Crown copyright', 'js-enabled', 'NewsArticle', 'Print this page',
]

const [lead, p1, p2, quote, p3] = GOVUK_PARAGRAPHS

export const GOVUK_PAGE = `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Council tax discount for unpaid carers extended - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="GOV.UK">
  <link rel="stylesheet" href="/assets/static/application.css">
  <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Council tax discount"}</script>
</head>
<body class="govuk-template__body">
  <script>document.body.className += ' js-enabled';</script>
  <div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner">
    <div class="govuk-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
      <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
      <p class="govuk-body">We use some essential cookies to make this website work.</p>
      <button class="govuk-button" type="submit">Accept additional cookies</button>
    </div>
  </div>
  <a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header role="banner" class="gem-c-layout-super-navigation-header">
    <a href="/" class="gem-c-header__link">GOV.UK</a>
    <button aria-controls="super-navigation-menu" aria-expanded="false">Menu</button>
    <form action="/search/all" method="get" role="search"><label for="q">Search GOV.UK</label><input id="q" name="keywords"></form>
  </header>
  <div class="govuk-width-container">
    <div class="gem-c-contextual-breadcrumbs">
      <nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li>
        <li class="govuk-breadcrumbs__list-item"><a href="/browse/benefits">Benefits and allowances</a></li>
      </ol></nav>
    </div>
    <main role="main" id="content" class="govuk-main-wrapper" lang="en">
      <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
        <div class="gem-c-title"><span class="govuk-caption-xl gem-c-title__context">Press release</span>
          <h1 class="gem-c-title__text govuk-heading-l">Council tax discount for unpaid carers extended</h1></div>
        <p class="gem-c-lead-paragraph">${lead}</p>
      </div></div>
      <div class="gem-c-metadata" data-module="metadata"><dl class="gem-c-metadata__list">
        <dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/mhclg">Ministry of Housing</a></dd>
        <dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">3 May 2024</dd>
      </dl></div>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
            <p>${p1}</p>
            <p>${p2}</p>
            <blockquote><p>${quote}</p></blockquote>
            <h2 id="further-information">Further information</h2>
            <p>${p3}</p>
          </div></div>
          <div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>
          <div class="gem-c-share-links" data-module="gem-track-click">
            <h2 class="gem-c-share-links__title">Share this page</h2>
            <ul class="gem-c-share-links__list"><li><a href="https://www.facebook.com/sharer">Facebook</a><li><a href="#">X</a></ul>
          </div>
        </div>
        <div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar">
          <div class="gem-c-related-navigation">
            <h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
            <nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items">
              <ul><li><a href="/carers-allowance">Carer’s Allowance eligibility</a></li></ul>
            </nav>
          </div>
        </div></div>
      </div>
    </main>
  </div>
  <div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">
    <div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
      <button>Yes</button><button>No</button></div>
  </div>
  <footer class="gem-c-layout-footer govuk-footer" role="contentinfo">
    <p>All content is available under the Open Government Licence v3.0</p><a href="/copyright">© Crown copyright</a>
  </footer>
</body>
</html>`
