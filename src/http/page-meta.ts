// An HTML page's own metadata (schema.org JSON-LD, then meta tags): byline, publication date and publisher.
import type { Meta } from '../core/index.js'
import { decodedLine } from './html-entities.js'

/** What a page says of itself in markup; each field `null` when it says nothing usable. */
export interface PageMeta {
  /** The article's headline from JSON-LD. */
  headline: string | null
  /** Authors' names, `; `-joined, as `meta.byline` joins bylines. */
  byline: string | null
  /** The publication date as the page writes it (JSON-LD and `article:published_time` use ISO 8601). */
  published: string | null
  /** The publisher's name, else the site's (`og:site_name`). */
  source: string | null
}

/** The raw material a walk of the page collects (html-walk.ts). */
export interface PageMetaInput {
  /** The text of each `<script type="application/ld+json">`, in page order. */
  jsonLd: readonly string[]
  /** `<meta>` contents by lowercase `property`/`name`/`itemprop` (first one wins), and `<time itemprop=datePublished>`. */
  tags: ReadonlyMap<string, string>
}

// The schema.org types of a news item (https://schema.org/Article and its subtypes that newsrooms and governments
// publish). A WebPage also carries dates, but of the page, not necessarily of the article: it is not read.
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'report', 'scholarlyarticle',
])
// Bounds on what a hostile page can make the parser do: JSON-LD read, objects visited, names joined, field length.
export const JSON_LD_MAX_CHARS = 100_000
export const JSON_LD_MAX_SCRIPTS = 64
const MAX_NODES = 2000
const MAX_AUTHORS = 5
const MAX_FIELD = 200

/**
 * A usable field value: a string, character references decoded (attribute values come as written, and CMSs put
 * `&amp;` and `&#8217;` in JSON-LD too), white space collapsed, at most `MAX_FIELD` characters; a URL is no name.
 */
function field(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 4 * MAX_FIELD) return null
  const text = decodedLine(value)
  if (!text || text.length > MAX_FIELD || /^https?:\/\//i.test(text)) return null
  return text
}

/** The nodes of a JSON-LD document by `@id`, for references (`"publisher": {"@id": "https://x/#org"}`, as Yoast writes). */
type Ids = ReadonlyMap<string, Record<string, unknown>>

/** A name from a string, an object with `name` (`{"@type":"Person","name":"Jane Roe"}`), or a reference to one. */
function nameOf(value: unknown, ids: Ids): string | null {
  if (typeof value !== 'object' || value === null) return field(value)
  const node = value as { name?: unknown; '@id'?: unknown }
  if (node.name === undefined && typeof node['@id'] === 'string') return field(ids.get(node['@id'])?.name)
  return field(node.name)
}

/** A byline as a name: `By Jane Roe` in a meta tag is `Jane Roe`, as a `By` line in the text is. */
const withoutBy = (name: string | null): string | null => (name === null ? null : name.replace(/^by\s+/i, '') || null)

const isArticle = (node: Record<string, unknown>): boolean => {
  const type = node['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()))
}

/**
 * The first article object in a parsed JSON-LD value (top level, in an array, in `@graph`, or a page's `mainEntity`,
 * breadth first), and every node with an `@id`, for the article's references.
 */
function findArticle(root: unknown): { article: Record<string, unknown> | null; ids: Ids } {
  const queue: unknown[] = [root]
  const ids = new Map<string, Record<string, unknown>>()
  let article: Record<string, unknown> | null = null
  for (let visited = 0; visited < queue.length && visited < MAX_NODES; visited++) {
    const node = queue[visited]
    if (Array.isArray(node)) queue.push(...node.slice(0, MAX_NODES))
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>
      if (typeof record['@id'] === 'string' && !ids.has(record['@id'])) ids.set(record['@id'], record)
      if (article === null && isArticle(record)) article = record
      if (record['@graph'] !== undefined) queue.push(record['@graph'])
      if (record.mainEntity !== undefined) queue.push(record.mainEntity)
    }
  }
  return { article, ids }
}

/** The authors' names of an article object, `; `-joined, or null. */
function authorsOf(article: Record<string, unknown>, ids: Ids): string | null {
  const author = article.author ?? article.creator
  const list = (Array.isArray(author) ? author : [author]).slice(0, MAX_AUTHORS)
  const names = [...new Set(list.map((a) => withoutBy(nameOf(a, ids))).filter((n): n is string => n !== null))]
  return names.length ? names.join('; ') : null
}

/**
 * What a page says of itself: the first schema.org article in its JSON-LD (headline, authors, `datePublished`,
 * publisher), with `article:published_time`, `itemprop="datePublished"`, `author` and `og:site_name` filling what
 * the JSON-LD lacks. Malformed JSON-LD is skipped, as a browser's reader view skips it.
 */
export function readPageMeta({ jsonLd, tags }: PageMetaInput): PageMeta {
  let article: Record<string, unknown> | null = null
  let ids: Ids = new Map()
  for (const script of jsonLd) {
    try {
      ;({ article, ids } = findArticle(JSON.parse(script)))
    } catch {
      continue
    }
    if (article) break
  }
  const tag = (...names: string[]) => {
    for (const name of names) {
      const value = field(tags.get(name))
      if (value) return value
    }
    return null
  }
  return {
    headline: article ? field(article.headline) : null,
    byline: (article && authorsOf(article, ids)) ?? withoutBy(tag('author', 'article:author')),
    published: (article && field(article.datePublished)) ?? tag('article:published_time', 'datepublished'),
    source: (article && nameOf(article.publisher, ids)) ?? tag('og:site_name'),
  }
}

/**
 * `meta` with the page's own metadata where the text states nothing: what the article's text says (a byline line,
 * a date line) is kept, since it is what the reader sees.
 */
export function withPageMeta(meta: Meta, page: PageMeta): Meta {
  return {
    ...meta,
    byline: meta.byline ?? page.byline,
    published: meta.published ?? page.published,
    source: meta.source ?? page.source,
  }
}
