// The style sheet of the playground and the docs page, served as /playground.css (no inline styles: strict CSP).

/** /playground.css */
export const PLAYGROUND_CSS = `:root {
  color-scheme: light;
  --ink: #1d2330; --muted: #5d6678; --line: #d9dde5; --paper: #ffffff; --back: #f4f5f8; --accent: #1f5eff;
  --shade: 255, 170, 0;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--back); }
.bar { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; padding: .75rem 1.5rem;
  background: var(--ink); color: #fff; }
.bar h1 { margin: 0; font-size: 1.25rem; }
.bar h1 span { font-weight: 400; opacity: .75; }
.bar a { color: #cfe0ff; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; padding: 1rem 1.5rem;
  max-width: 1400px; margin: 0 auto; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; min-width: 0; }
.panel.article { grid-column: 1 / -1; }
.panel[hidden] { display: none; }
h2 { margin: 0 0 .75rem; font-size: 1.2rem; }
h3 { margin: 1rem 0 .35rem; font-size: .95rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
textarea { width: 100%; font: inherit; font-size: .92rem; padding: .6rem; border: 1px solid var(--line); border-radius: 6px;
  resize: vertical; }
.row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .6rem 0; }
fieldset { border: 1px solid var(--line); border-radius: 6px; }
legend { color: var(--muted); font-size: .85rem; }
input[type=number] { width: 4.5rem; }
input, select, button { font: inherit; }
button { padding: .35rem .8rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; padding: .5rem 1.4rem; }
button:disabled { opacity: .6; cursor: wait; }
#status { min-height: 1.5em; color: var(--muted); }
body[data-state=error] #status { color: #b3261e; }
.muted { color: var(--muted); font-size: .9rem; }
#out-summary { font-size: 1.05rem; }
#out-points li { margin: .25rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.code { background: #0f1420; color: #e6e9f0; padding: .75rem; border-radius: 6px; overflow: auto; max-height: 22rem;
  font: .82rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
.legend { font-size: .9rem; color: var(--muted); }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: middle; border-radius: 3px; margin-right: 2px; }
.chosen-sample { outline: 2px solid var(--accent); border-radius: 3px; padding: 0 .2em; }
.article-view { white-space: pre-wrap; line-height: 1.8; font-size: .98rem; }
.sentence { border-radius: 3px; padding: .1em 0; }
.s0 { background: rgba(var(--shade), .05); } .s1 { background: rgba(var(--shade), .10); }
.s2 { background: rgba(var(--shade), .16); } .s3 { background: rgba(var(--shade), .22); }
.s4 { background: rgba(var(--shade), .29); } .s5 { background: rgba(var(--shade), .36); }
.s6 { background: rgba(var(--shade), .44); } .s7 { background: rgba(var(--shade), .52); }
.s8 { background: rgba(var(--shade), .61); } .s9 { background: rgba(var(--shade), .72); }
.sentence.chosen { outline: 2px solid var(--accent); }
.sentence.chosen::before { content: attr(data-rank); display: inline-block; min-width: 1.3em; margin-right: .3em;
  background: var(--accent); color: #fff; border-radius: 999px; font-size: .75em; font-weight: 700; text-align: center;
  line-height: 1.3em; vertical-align: .15em; }
/* The docs page. */
.docs { max-width: 1000px; margin: 0 auto; padding: 1rem 1.5rem; }
.docs .op { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1.25rem; margin: 1rem 0; }
.docs .method { display: inline-block; min-width: 3.5em; font-weight: 700; color: var(--accent); }
.docs table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.docs th, .docs td { text-align: left; border-top: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
.docs code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
`
