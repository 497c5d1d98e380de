// Media contact lines: the email address or phone number a press release offers journalists, never the story's.
// A media contact line: an email address or a phone number (seven digits or more, in groups) offered to the press
// (`For media enquiries contact press@city.gov.uk or call 020 7946 0000.`). Press releases close on such lines; the
// README promises they never reach the summary, key points or keyphrases. A hotline a story reports (`anyone with
// information can call 801-965-5121`) is news, so the line must address the media.
const CONTACT_WORD = /\b(?:(?:media|press)\s+(?:enquiries|inquiries|office|contacts?|team|desk|relations|officer)|news ?desk|for (?:media|press|journalists))\b/i
// And the line must tell the reader how to reach them: `The press office said the 2019-2020 season drew 40,000 fans.`
// is news that names a press office.
const REACH = /\b(?:contact|call|phone|tel|telephone|e-?mail|enquiries|inquiries|ring|text|whatsapp|mobile)\b/i
// A year range (`2019-2020`, `2019 2020`) has the shape of a phone number's groups.
const YEARS = /^(?:19|20)\d\d[ .–-](?:19|20)?\d\d$/
const DIGIT = /\d/
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.\p{L}/u
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}/g

/** Whether a line offers the press an email address or a phone number (`For media enquiries call 020 7946 0000.`). */
export function isContactLine(text: string): boolean {
  // An address or a number first: that test is cheap and most lines fail it, where the word pattern is tried at
  // every position of every line.
  const at = text.includes('@')
  if ((!at && !DIGIT.test(text)) || !CONTACT_WORD.test(text) || !REACH.test(text)) return false
  if (at && EMAIL.test(text)) return true
  PHONE.lastIndex = 0
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text))
    if (m[0].replace(/\D/gu, '').length >= 7 && !YEARS.test(m[0])) return true
  return false
}
