// HTML extraction rules: which elements are dropped, which are furniture, and which end tags HTML lets a page omit.
import { set } from '../core/lexicon.js'

/**
 * Never article text, wherever they are: scripts and styles, the head and its title (a title is not shown even
 * when a page puts it in the body), form controls and their labels (a textarea's default text, a select's options,
 * even outside a form; `Email` over a sign-up box), the fallback a browser shows only when an object, embed, media
 * element or canvas cannot load, and figure captions (they describe a picture, not the story).
 */
export const DROPPED = set(
  'script style noscript template head title iframe svg textarea select option optgroup datalist button label object ' +
    'embed applet audio video canvas noembed noframes frameset figcaption',
)

/**
 * Page furniture by tag (dialogs are cookie banners and modals). `header` only outside article, main and section (see
 * `isFurniture`). A `<main>` ends any of these left open: main is never inside furniture.
 */
const FURNITURE_TAGS = set('nav aside footer search dialog')

// ARIA landmarks and widgets that are never the story.
const FURNITURE_ROLES = set('navigation banner contentinfo complementary search dialog alertdialog alert')

/**
 * Class names and ids of furniture that pages mark by class only (GOV.UK's `gem-c-cookie-banner`, `govuk-breadcrumbs`,
 * `gem-c-share-links`, `gem-c-related-navigation`). A name matches when it is one of these or ends in `-` and one of
 * these (`_` counts as `-`): whole hyphenated words, so `article-share-text` or `shared-story` never match. Kept
 * short on purpose: a wrong match drops article text, a miss only leaves a short line the summarizer scores low.
 */
export const FURNITURE_NAMES = [
  'cookie-banner', 'cookie-consent', 'cookie-notice', 'cookie-message', 'breadcrumb', 'breadcrumbs', 'skip-link',
  'share-links', 'share-buttons', 'share-bar', 'social-share', 'newsletter', 'newsletter-signup', 'newsletter-sign-up',
  'related-navigation', 'related-content', 'related-links', 'related-stories', 'related-articles',
]

/** Whether a class list or id names furniture (see `FURNITURE_NAMES`). */
export function namesFurniture(value: string | null): boolean {
  if (!value) return false
  for (const raw of value.split(/[ \t\n\f\r]+/)) {
    const name = raw.toLowerCase().replaceAll('_', '-')
    for (const key of FURNITURE_NAMES) {
      if (!name.endsWith(key)) continue
      const before = name.length - key.length - 1
      if (before < 0 || name[before] === '-') return true
    }
  }
  return false
}

/** Opens its own paragraph. */
export const BLOCKS = set(
  'p div section article main blockquote h1 h2 h3 h4 h5 h6 ul ol table tr figure dl dt dd pre address details summary',
)

/** Inline elements: the search for an element to close implicitly looks through them. */
export const PHRASING = set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp small span strike strong sub ' +
    'sup time tt u var',
)

// What the head may hold; anything else (or text) starts the body, and the head ends without an end tag.
const HEAD_CONTENT = set('title meta link style script noscript template base basefont bgsound')

// The start tags that end an open paragraph (HTML's "close a p element").
const P_CLOSERS = set(
  'address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr main menu nav ol p pre search section table ul li dd dt',
)

// Blocks that cannot be inside a select, option or optgroup, even a customizable select (which allows phrasing
// content and div): a stray option or select ends where the article's next block starts.
const SELECT_BREAKERS = set(
  'address article aside blockquote dl figure footer form h1 h2 h3 h4 h5 h6 header main nav ol p pre section table ul',
)

// A heading or section cannot be fallback content: a media element or object written as `<video … />` (not a void
// element, so the slash is ignored and nothing closes it) ends there. Fallback paragraphs, which exist, are kept out.
const MEDIA_BREAKERS = set('article main section h1 h2 h3 h4 h5 h6')

/** HTML start tags that end an open svg or math element (the parser's "breakout" from foreign content). */
export const BREAKOUT = set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta ' +
    'nobr ol p pre ruby s small span strong strike sub sup table tt u ul var',
)

/** Inside svg or math, the elements whose children are HTML again. */
export const INTEGRATION_POINTS = set('foreignobject desc title annotation-xml mi mo mn ms mtext')

/**
 * Whether the start tag `next` ends an open `open` element whose end tag HTML lets a page omit (head, p, li, dt/dd,
 * option/optgroup, table parts, ruby text), or a form control, media element or object left unclosed (or written
 * `<video />`) before a block it cannot contain. lol-html fires no end tag for these: a dropped one would swallow the
 * rest of the page.
 */
export function impliedEnd(open: string, next: string): boolean {
  switch (open) {
    case 'head':
      return !HEAD_CONTENT.has(next)
    case 'p':
      return P_CLOSERS.has(next)
    case 'li':
      return next === 'li'
    case 'dt':
    case 'dd':
      return next === 'dt' || next === 'dd'
    case 'option':
      return next === 'option' || next === 'optgroup' || next === 'hr' || SELECT_BREAKERS.has(next)
    case 'optgroup':
      return next === 'optgroup' || next === 'hr' || SELECT_BREAKERS.has(next)
    case 'button':
      return SELECT_BREAKERS.has(next)
    case 'video':
    case 'audio':
    case 'object':
    case 'canvas':
    case 'applet':
      return MEDIA_BREAKERS.has(next)
    case 'select':
      return next === 'select' || next === 'input' || next === 'textarea' || SELECT_BREAKERS.has(next)
    case 'datalist':
      return SELECT_BREAKERS.has(next)
    case 'tr':
      return next === 'tr' || next === 'tbody' || next === 'thead' || next === 'tfoot'
    case 'td':
    case 'th':
      return next === 'td' || next === 'th' || next === 'tr' || next === 'tbody' || next === 'thead' || next === 'tfoot'
    case 'thead':
    case 'tbody':
    case 'tfoot':
      return next === 'tbody' || next === 'tfoot' || next === 'thead'
    case 'rt':
    case 'rp':
      return next === 'rt' || next === 'rp'
    default:
      return false
  }
}

/** The attributes that classify an element, read once per element outside dropped regions. */
export interface Attributes {
  get(name: string): string | null
  has(name: string): boolean
}

/** The first token of the element's `role`, lower-cased, or ''. */
export function roleOf(attrs: Attributes): string {
  const role = attrs.get('role')
  return role ? (role.trim().split(/[ \t\n\f\r]/)[0] ?? '').toLowerCase() : ''
}

/** Whether an element is page furniture: by tag, ARIA role, `aria-modal`, or a furniture class or id. */
export function isFurniture(tag: string, role: string, attrs: Attributes, sectioned: boolean): boolean {
  if (FURNITURE_TAGS.has(tag) || FURNITURE_ROLES.has(role)) return true
  // A header inside an article, main or section holds that article's headline and byline, not the site's banner.
  if (tag === 'header' && !sectioned) return true
  if (attrs.get('aria-modal')?.toLowerCase() === 'true') return true
  return namesFurniture(attrs.get('class')) || namesFurniture(attrs.get('id'))
}

/**
 * Whether an element is dropped tentatively: a form, or hidden (`hidden`, except `until-found`, which accordions use
 * for text a reader can open; `aria-hidden="true"`). Kept after all if a main, article or h1 starts inside it: whole
 * pages are wrapped in one form (ASP.NET, SharePoint) or hidden behind a modal.
 */
export function isTentative(tag: string, attrs: Attributes): boolean {
  if (tag === 'form') return true
  const hidden = attrs.get('hidden')
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return true
  return attrs.get('aria-hidden')?.toLowerCase() === 'true'
}
