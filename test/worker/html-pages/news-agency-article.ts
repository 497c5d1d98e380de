// An article page modelled on the structure of a news-agency story page (hand-written, not copied; text invented).

/** The article's paragraphs, in page order (the first carries the dateline). */
export const NEWS_PARAGRAPHS = [
  'ROTTERDAM, May 3 (Example Wire) - Dockworkers at Europe’s largest port voted on Friday to end a nine-day strike.',
  'The deal raises pay by 7% this year and 4% next year, the union said, and adds a shift allowance for night work.',
  'Shipping lines had diverted more than 40 vessels to Antwerp and Hamburg during the stoppage, brokers said.',
  '“It is a fair deal, and our members can go back to work with their heads up,” the union’s chairman told reporters.',
  'The port authority said it expected the backlog of containers to clear within a week.',
]

/** Text that is page furniture, a caption or another story, and must not reach the extracted text. */
export const NEWS_FURNITURE = [
  'We and our partners use cookies', 'Accept all', 'World', 'Markets', 'Search', 'Share this article', 'LinkedIn',
  'Dockworkers leave the terminal', 'Teaser:', 'More from Example Wire', 'Our Standards', 'All rights reserved',
  'Sign up for the Morning Bid', 'Example Wire home',
]

const [dateline, p1, p2, quote, p3] = NEWS_PARAGRAPHS
const teaser = (n: number) =>
  `<article class="story-card"><a href="/story-${n}"><h3>Teaser: story ${n} about markets</h3></a>` +
  `<p>Teaser: a short summary of story ${n}.</p><time datetime="2024-05-03">May 3, 2024</time></article>`

export const NEWS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Rotterdam port strike ends after pay deal | Example Wire</title>
  <meta property="og:site_name" content="Example Wire">
  <style>.story-card { display: flex }</style>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rotterdam port strike ends"}</script>
</head>
<body>
  <div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="dialog" aria-modal="true" aria-label="Cookie banner">
    <p>We and our partners use cookies to personalise content.</p><button>Accept all</button>
  </div></div>
  <header class="site-header">
    <a class="logo" href="/">Example Wire home</a>
    <nav aria-label="Main"><ul><li><a href="/world">World</a></li><li><a href="/markets">Markets</a></li></ul></nav>
    <search><form action="/search"><input name="q" placeholder="Search"><button>Search</button></form></search>
  </header>
  <main id="main-content">
    <article class="article">
      <header class="article-header">
        <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/business">Business</a></nav>
        <h1 class="article-heading">Rotterdam port strike ends as dockworkers accept pay deal</h1>
        <div class="byline">By <a href="/authors/jane-doe">Jane Doe</a></div>
        <time datetime="2024-05-03T14:02:00Z">May 3, 2024 2:02 PM UTC</time>
      </header>
      <div class="share-bar" role="toolbar"><span>Share this article</span><a href="#">X</a><a href="#">LinkedIn</a></div>
      <figure class="article-image">
        <img src="/dock.jpg" alt="Dockworkers at the Rotterdam terminal">
        <figcaption>Dockworkers leave the terminal in Rotterdam, May 2, 2024. Example Wire/Photographer</figcaption>
      </figure>
      <div class="article-body">
        <p data-testid="paragraph-0">${dateline}</p>
        <p data-testid="paragraph-1">${p1}</p>
        <div class="newsletter-signup"><p>Sign up for the Morning Bid newsletter.</p><form><input type="email"><button>Sign up</button></form></div>
        <p data-testid="paragraph-2">${p2}</p>
        <p data-testid="paragraph-3">${quote}</p>
        <p data-testid="paragraph-4">${p3}</p>
      </div>
      <footer class="article-footer"><p>Reporting by Jane Doe; Editing by Sam Lee</p><a href="/standards">Our Standards</a></footer>
    </article>
    <section class="more-news" aria-labelledby="more-heading">
      <h2 id="more-heading">More from Example Wire</h2>${teaser(1)}${teaser(2)}${teaser(3)}
    </section>
  </main>
  <footer class="site-footer" role="contentinfo"><p>© 2024 Example Wire. All rights reserved.</p></footer>
</body>
</html>`
