// The playground's script, served as /playground.js: fetches from the API and builds every node with DOM APIs.
import { SAMPLE_ARTICLE } from './sample.js'

// Plain browser JavaScript, kept as text so no bundler helper can leak into it. It never assigns innerHTML: article
// text only ever reaches the page through textContent and text nodes.
const SCRIPT = String.raw`// pressbrief playground
const SAMPLE = __SAMPLE__;
const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function setStatus(message, state) {
  $('status').textContent = message;
  document.body.dataset.state = state;
}

function options() {
  const number = (id) => Number($(id).value);
  return { sentences: number('sentences'), bullets: number('bullets'), keywords: number('keywords') };
}

async function post(body) {
  const res = await fetch('/v1/summarize', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    let detail = res.status + ' ' + res.statusText;
    try {
      const problem = await res.json();
      detail = problem.detail || detail;
      if (Array.isArray(problem.errors)) detail += ' ' + problem.errors.map((e) => e.path + ': ' + e.message).join('; ');
    } catch (_) {
      // Not a problem document: keep the status line.
    }
    throw new Error(detail);
  }
  return res;
}

// POSIX shell single quotes: only the quote itself needs care.
function shellQuote(text) {
  return "'" + text.replace(/'/g, "'\\''") + "'";
}

function curlCommand(body) {
  return 'curl -sS ' + shellQuote(location.origin + '/v1/summarize') + ' \\\n' +
    "  -H 'Content-Type: application/json' \\\n" +
    '  --data-binary ' + shellQuote(JSON.stringify(body));
}

function fill(list, items, make) {
  list.replaceChildren(...items.map(make));
}

function showExtras(result) {
  const quotes = Array.isArray(result.quotes) ? result.quotes : [];
  $('out-quotes-box').hidden = quotes.length === 0;
  fill($('out-quotes'), quotes, (q) => el('li', q.speaker ? q.text + ' — ' + q.speaker : q.text));
  const groups = [['People', 'people'], ['Organizations', 'organizations'], ['Places', 'places']]
    .map(([label, key]) => [label, (result.entities && result.entities[key]) || []])
    .filter(([, list]) => list.length > 0);
  $('out-entities-box').hidden = groups.length === 0;
  $('out-entities').replaceChildren(...groups.flatMap(([label, list]) => [
    el('dt', label),
    el('dd', list.map((e) => e.text).join(', ')),
  ]));
}

function showResult(result, markdown, rendered, format, body) {
  $('out-title').textContent = result.title || 'Untitled';
  const s = result.stats;
  $('out-stats').textContent = s.words + ' words · ' + s.sentences + ' sentences · ' + s.readingTimeMinutes +
    ' min read · language: ' + result.language;
  $('out-summary').textContent = result.summary;
  fill($('out-points'), result.keyPoints, (k) => el('li', k.text));
  showExtras(result);
  $('out-keywords').textContent = result.keywords.map((k) => k.text).join(', ');
  $('out-markdown').textContent = markdown;
  $('out-format-box').hidden = !rendered;
  if (rendered) {
    $('out-format-label').textContent = format;
    $('out-dropped').textContent = rendered.dropped && rendered.dropped !== 'none'
      ? 'Left out to fit ' + format + ': ' + rendered.dropped : 'Fits ' + format + ' as it is.';
    let text = rendered.body;
    try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON: show as sent */ }
    $('out-format').textContent = text;
  }
  $('out-curl').textContent = curlCommand(body);
  $('output').hidden = false;
}

// The article with every scored sentence shaded by its score; the summary's sentences outlined with their rank.
function showArticle(text, all, result) {
  const view = $('article-view');
  view.replaceChildren();
  const chosen = new Map(result.sentences.map((s) => [s.index, s]));
  const scored = new Map(all.sentences.map((s) => [s.index, s]));
  for (const s of result.sentences) if (!scored.has(s.index)) scored.set(s.index, s);
  // Shades spread over the article's own range of scores, so the contrast shows even when all score high.
  const scores = [...scored.values()].map((s) => s.score);
  const low = Math.min(...scores);
  const span = Math.max(...scores) - low || 1;
  const shade = (score) => 's' + Math.max(0, Math.min(9, Math.floor(((score - low) / span) * 9.999)));
  let position = 0;
  for (const s of [...scored.values()].sort((a, b) => a.start - b.start)) {
    if (s.start < position) continue;
    if (s.start > position) view.append(text.slice(position, s.start));
    const node = el('span', text.slice(s.start, s.end), 'sentence ' + shade(s.score));
    node.title = 'score ' + s.score.toFixed(2);
    const pick = chosen.get(s.index);
    if (pick) {
      node.classList.add('chosen');
      node.dataset.rank = String(pick.rank);
      node.title += ' · in the summary, rank ' + pick.rank;
    }
    view.append(node);
    position = s.end;
  }
  view.append(text.slice(position));
  $('article-box').hidden = false;
}

async function summarize(event) {
  event.preventDefault();
  const text = $('article').value;
  if (!/\S/.test(text)) {
    setStatus('Paste an article first, or use the sample.', 'error');
    return;
  }
  const format = $('format').value;
  const base = Object.assign({ text }, options());
  const body = format === 'json' ? base : Object.assign({}, base, { format });
  $('submit').disabled = true;
  setStatus('Summarizing…', 'busy');
  try {
    const [result, all, markdown, rendered] = await Promise.all([
      post(base).then((r) => r.json()),
      // Every sentence with its score, for the shading: the same scores, all sentences taken.
      post({ text, ratio: 1, bullets: 1, keywords: 0 }).then((r) => r.json()),
      post(Object.assign({}, base, { format: 'markdown' })).then((r) => r.text()),
      format === 'json' || format === 'markdown'
        ? null
        : post(body).then(async (r) => ({ body: await r.text(), dropped: r.headers.get('X-Render-Dropped') })),
    ]);
    showResult(result, markdown, rendered, format, body);
    showArticle(text, all, result);
    setStatus('Done: ' + result.sentences.length + ' sentences and ' + result.keyPoints.length + ' key points.', 'done');
  } catch (error) {
    setStatus('Error: ' + error.message, 'error');
  } finally {
    $('submit').disabled = false;
  }
}

$('form').addEventListener('submit', summarize);
$('sample').addEventListener('click', () => { $('article').value = SAMPLE; $('article').focus(); });
$('clear').addEventListener('click', () => { $('article').value = ''; $('article').focus(); });
$('copy-curl').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('out-curl').textContent);
    setStatus('Copied the curl command.', document.body.dataset.state);
  } catch (_) {
    getSelection().selectAllChildren($('out-curl'));
  }
});
document.body.dataset.state = 'ready';
`

/** The script of the playground, with the sample article inlined as a JSON string. */
export const PLAYGROUND_JS = SCRIPT.replace('__SAMPLE__', () => JSON.stringify(SAMPLE_ARTICLE))
