// HTML character references in text and attribute values, decoded: what a page's text and its meta tags mean.

// The named references press pages use; numeric ones are decoded generally.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
  middot: '·', bull: '•', eacute: 'é', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü',
}

/** Decodes HTML character references; unknown or invalid ones are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      return valid ? String.fromCodePoint(code) : '\ufffd'
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

/** `text` decoded (`decodeEntities`) as one line: white space folded to single spaces, trimmed. */
export const decodedLine = (text: string): string => decodeEntities(text).replace(/\s+/g, ' ').trim()
