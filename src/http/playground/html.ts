// The playground page: static markup only — the script fills it with DOM APIs, so no user text is ever parsed as HTML.
import { FORMATS } from '../format/index.js'
import { LIMITS } from '../../core/index.js'

/**
 * The Content-Security-Policy of the playground and the docs page: scripts and styles only from this origin, no
 * inline ones, requests only to this origin, nothing else. It holds offline and under any strict embedding policy.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const number = (id: string, label: string, { min, max }: { min: number; max: number }, value: number) =>
  `<label>${label} <input id="${id}" name="${id}" type="number" min="${min}" max="${max}" value="${value}" required></label>`

/** The page at `/`. */
export const PLAYGROUND_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pressbrief playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground.css">
<script type="module" src="/playground.js"></script>
</head>
<body>
<header class="bar">
  <h1>pressbrief <span>playground</span></h1>
  <nav><a href="/docs">API docs</a> · <a href="/openapi.json">OpenAPI</a></nav>
</header>
<main class="layout">
  <section class="panel input" aria-labelledby="input-heading">
    <h2 id="input-heading">Article</h2>
    <form id="form" novalidate>
      <textarea id="article" name="article" rows="16" spellcheck="false" placeholder="Paste a press briefing here, or use the sample."></textarea>
      <div class="row">
        <button type="button" id="sample">Use the sample</button>
        <button type="button" id="clear">Clear</button>
      </div>
      <fieldset class="row">
        <legend>Options</legend>
        ${number('sentences', 'Sentences', LIMITS.sentences, 3)}
        ${number('bullets', 'Key points', LIMITS.bullets, 5)}
        ${number('keywords', 'Keywords', LIMITS.keywords, 10)}
        <label>Format <select id="format" name="format">${FORMATS.map((f) => `<option value="${f}"${f === 'markdown' ? ' selected' : ''}>${f}</option>`).join('')}</select></label>
      </fieldset>
      <button type="submit" id="submit" class="primary">Summarize</button>
      <p id="status" role="status" aria-live="polite"></p>
    </form>
  </section>

  <section class="panel output" id="output" aria-labelledby="out-title" hidden>
    <h2 id="out-title"></h2>
    <p id="out-stats" class="muted"></p>
    <h3>Summary</h3>
    <p id="out-summary"></p>
    <h3>Key points</h3>
    <ul id="out-points"></ul>
    <div id="out-quotes-box" hidden><h3>Quotes</h3><ul id="out-quotes"></ul></div>
    <div id="out-entities-box" hidden><h3>People, organizations, places</h3><dl id="out-entities"></dl></div>
    <h3>Keywords</h3>
    <p id="out-keywords"></p>
    <h3>Markdown</h3>
    <pre id="out-markdown" class="code"></pre>
    <div id="out-format-box" hidden>
      <h3 id="out-format-label"></h3>
      <p id="out-dropped" class="muted"></p>
      <pre id="out-format" class="code"></pre>
    </div>
    <h3>The same with curl</h3>
    <pre id="out-curl" class="code"></pre>
    <button type="button" id="copy-curl">Copy curl command</button>
  </section>

  <section class="panel article" id="article-box" aria-labelledby="article-heading" hidden>
    <h2 id="article-heading">Why these sentences</h2>
    <p class="legend"><span class="swatch s2"></span><span class="swatch s5"></span><span class="swatch s9"></span>
      darker = higher score (within this article) · <span class="chosen-sample">outlined</span> = chosen, with its rank ·
      plain = not scored (title, page furniture or a near-duplicate)</p>
    <div id="article-view" class="article-view" dir="auto"></div>
  </section>
</main>
</body>
</html>
`
