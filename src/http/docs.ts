// The docs page at /docs: the OpenAPI document rendered on the server as plain HTML (no script, no CDN, strict CSP).
import type { Context } from 'hono'
import { escapeHtml as e } from './format/escape.js'
import { openApiDocument } from './openapi.js'
import { PAGE_CSP } from './playground/index.js'
import type { AppEnv } from './types.js'

interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  schema?: Record<string, unknown>
}

interface Operation {
  summary?: string
  description?: string
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: unknown }> }
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>
}

/** The parts of an OpenAPI 3.1 document this page reads. */
export interface OpenApiLike {
  info: { title: string; version: string; description?: string }
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, unknown> }
}

// `code spans` in descriptions, after escaping: the only markup a description gets.
const prose = (text = '') => e(text).replace(/`([^`]+)`/g, '<code>$1</code>')

const json = (value: unknown) => `<pre class="code">${e(JSON.stringify(value, null, 2))}</pre>`

function schemaSummary(schema: Record<string, unknown> = {}): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `<code>${e(String(v))}</code>`).join(' | ')
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any')
  const pattern = typeof schema.pattern === 'string' ? ` <code>${e(schema.pattern)}</code>` : ''
  return `${e(type)}${pattern}`
}

function parameters(list: Parameter[] = []): string {
  if (!list.length) return ''
  const rows = list.map(
    (p) =>
      `<tr><td><code>${e(p.name)}</code></td><td>${e(p.in)}${p.required ? ', required' : ''}</td>` +
      `<td>${schemaSummary(p.schema)}</td><td>${prose(p.description)}</td></tr>`,
  )
  return `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr>${rows.join('')}</table>`
}

function operation(path: string, method: string, op: Operation): string {
  const out = [`<section class="op" id="${e(`${method}-${path}`)}">`]
  out.push(`<h3><span class="method">${e(method.toUpperCase())}</span> <code>${e(path)}</code></h3>`)
  if (op.summary) out.push(`<p><strong>${prose(op.summary)}</strong></p>`)
  if (op.description) out.push(`<p>${prose(op.description)}</p>`)
  out.push(parameters(op.parameters))
  for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
    out.push(`<details><summary>Request body: <code>${e(type)}</code></summary>${json(media.schema)}</details>`)
  const responses = Object.entries(op.responses ?? {}).map(
    ([status, r]) =>
      `<tr><td><code>${e(status)}</code></td><td>${prose(r.description)}</td>` +
      `<td>${Object.keys(r.content ?? {}).map((t) => `<code>${e(t)}</code>`).join(' ')}</td></tr>`,
  )
  if (responses.length)
    out.push(`<h4>Responses</h4><table><tr><th>status</th><th>meaning</th><th>media types</th></tr>${responses.join('')}</table>`)
  out.push('</section>')
  return out.join('\n')
}

/** Renders `doc` as a complete page; every string from the document is escaped. */
export function renderDocsPage(doc: OpenApiLike): string {
  const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => operation(path, method, op)),
  )
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(
    ([name, schema]) => `<details id="schema-${e(name)}"><summary><code>${e(name)}</code></summary>${json(schema)}</details>`,
  )
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.info.title)} API ${e(doc.info.version)}</title>
<link rel="stylesheet" href="/playground.css">
</head>
<body>
<header class="bar"><h1>${e(doc.info.title)} <span>API ${e(doc.info.version)}</span></h1>
<nav><a href="/">Playground</a> · <a href="/openapi.json">OpenAPI 3.1 (JSON)</a></nav></header>
<main class="docs">
<p>${prose(doc.info.description)}</p>
<h2>Operations</h2>
${ops.join('\n')}
<h2>Schemas</h2>
${schemas.join('\n')}
</main>
</body>
</html>
`
}

let page: string | undefined

/** `GET /docs`: built once per isolate (the page names no origin). */
export const docsRoute = (c: Context<AppEnv>) => {
  page ??= renderDocsPage(openApiDocument() as unknown as OpenApiLike)
  return c.body(page, 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PAGE_CSP,
    'Cache-Control': 'public, max-age=300',
  })
}
