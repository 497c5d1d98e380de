// Closed word classes of English news copy, to approximate part of speech without a tagger (keyphrases, names).

/** The set of the space-separated words of `words`: how the word lists here and in names.ts are written. */
export const set = (words: string): Set<string> => new Set(words.split(' '))

/**
 * Each word of the lists with the union of the bits of the lists that hold it: a word's classes in one lookup, not one
 * per list (the word-class stages build theirs once, at load).
 */
export function bitsByWord(lists: readonly (readonly [Iterable<string>, number])[]): Map<string, number> {
  const bits = new Map<string, number>()
  for (const [words, bit] of lists) for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit)
  return bits
}

/**
 * Words that can never sit inside a noun phrase: articles, pronouns, prepositions, conjunctions, auxiliaries,
 * modals and quantifier adverbs. Noun phrases are the keyphrase candidates of Hulth (2003) and Wan & Xiao (2008);
 * cutting text at these words approximates the noun-phrase chunker those papers use.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = set(
  'a an the this that these those some any each every either neither no nor not all both half such what which who ' +
    'whom whose whoever whatever whichever i me my mine we us our ours you your yours he him his she her hers it its ' +
    'they them their theirs myself yourself himself herself itself ourselves themselves one ones oneself ' +
    'of in on at to for from by with about as into onto upon over under above below between among amongst through ' +
    'throughout during before after since until till toward towards against within without across along around ' +
    'behind beyond beside besides near off out up down via per than like unlike despite except inside outside ' +
    'and or but if because although though while whereas unless whether so yet then thus hence also too very ' +
    'is are was were be been being am has have had having do does did doing done will would shall should can ' +
    'could may might must ought not cannot n’t n\'t there here when where why how again ever never always often already ' +
    'still just even only quite rather almost nearly perhaps maybe else instead indeed however therefore ' +
    'meanwhile moreover furthermore otherwise mr mrs ms dr st etc ie eg vs ago now today tonight yesterday ' +
    'tomorrow more most less least many much few fewer several other another same own enough lot lots amid amidst ' +
    'beneath underneath alongside atop versus whilst albeit later earlier soon far everywhere anywhere somewhere ' +
    'nowhere ahead away apart together afterward afterwards abroad overseas elsewhere likewise nonetheless ' +
    'nevertheless well yes',
)

/** Words after which the next lowercase word is a verb: subject pronouns and auxiliaries (`he said`, `will run`). */
export const BEFORE_VERB: ReadonlySet<string> = set(
  'i we you he she they it who will would shall should can cannot could may might must to did does do not n’t n\'t',
)

/**
 * Verb forms that are seldom nouns and not recognisable by their ending: irregular pasts and participles, and the
 * reporting verbs of news (`said`, `told`, `warned`), which never belong to a keyphrase. Base forms (`report`, `plan`)
 * are left out on purpose: they are nouns as often as verbs, and `BEFORE_VERB` catches them where they are verbs.
 */
export const VERBS: ReadonlySet<string> = set(
  'say says said tell tells told asks asked adds added noted claimed warns warned announces announced reported ' +
    'stated explains explained insists insisted declares declared confirms confirmed denies denied estimated ' +
    'predicted urges urged suggests suggested believes believed expects expected planned wants wanted needed seems ' +
    'seemed makes made takes took taken gives gave given goes went gone comes came gets got gotten finds found knows ' +
    'knew known thinks thought sees saw seen left began begun becomes became brings brought built bought caught ' +
    'fought sought taught felt kept held grew grown threw thrown flew flown drew drawn wrote written rode ridden rose ' +
    'risen spoke spoken broke chose chosen drove driven shook shaken stood understood won sold paid laid sent spent ' +
    'lent meant dealt heard fell fallen forgot forgotten fled fed led met ran sat wore tore swore sang rang sank drank ' +
    'swam ate eaten beaten bitten hid struck lets puts showed shown tried tries helped including included according ' +
    'following regarding concerning saying making going taking getting giving coming becoming seeing using trying ' +
    'telling asking adding noting calling keeping leaving putting bringing remained appears appeared happens ' +
    'happened allows allowed provides provided continues continued decides decided agrees agreed ' +
    // Base forms that policy copy strings after `to` and `and` (`to enhance cooperation and promote security`), and
    // that are seldom nouns: a keyphrase never starts on one.
    'promote enhance strengthen ensure improve reduce develop establish achieve maintain prevent encourage expand ' +
    'foster tackle implement reinforce facilitate consolidate discuss enable create allow seek remain become ' +
    'include provide protect deliver',
)

// Nouns and adjectives ending in -ly: the suffix alone would take them for adverbs.
const LY_WORDS = set(
  'family italy july ally assembly supply rally anomaly monopoly reply belly bully jelly lily holy ugly early ' +
    'daily weekly monthly yearly hourly nightly quarterly elderly likely unlikely friendly unfriendly deadly costly ' +
    'orderly lonely lovely silly oily hilly curly butterfly kelly emily sicily manly scholarly timely worldly ' +
    'homely comely fly apply comply imply rely multiply melancholy anomaly italy',
)

/** Whether a lowercase word is an adverb by its -ly suffix (`quickly`), minus the -ly nouns and adjectives. */
export function isLyAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !LY_WORDS.has(lower)
}

/** Abbreviated titles before a name (`Rep.`, `Sgt.`): part of how a person is named, not a topic. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = set(
  'rep reps sen sens gov gen col lt capt cmdr adm maj sgt cpl pvt prof atty supt insp det hon rt rev fr sr jr mme mlle',
)

/** Words of news copy too vague to stand alone or to open a phrase (`new cases`, `people`), fine as a head (`young people`). */
export const VAGUE_WORDS: ReadonlySet<string> = set('new last people officials percent')

/** Days and months: the dateline words of news copy, never what a story is about. */
export const TEMPORAL: ReadonlySet<string> = set(
  'monday tuesday wednesday thursday friday saturday sunday january february april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec week weeks weekend ' +
    'month months year years day days morning afternoon evening night hour hours minute minutes decade decades',
)

/** Cardinal number words and their plurals: quantities (`three fires`, `millions of gallons`), not topics. */
export const NUMBER_WORDS: ReadonlySet<string> = set(
  'zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions trillion trillions dozen dozens score',
)

/** Whether a lowercase word ends like a past participle (`criticized`, `used`; not `speed`, `need`). */
export function isPastParticiple(lower: string): boolean {
  return lower.length > 3 && lower.endsWith('ed') && !lower.endsWith('eed')
}

/** Whether a lowercase word ends like a present participle or gerund (`rumbling`, `bombing`; not `king`). */
export function isGerund(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ing')
}

/**
 * Relational nouns of people (Barker 1995, "possessives and relational nouns"): a `lawyer`, `wife` or `spokesman` is
 * one by relation to someone, so `the lawyer for Mr Smith` and `Mr Smith's lawyer` name another person than Smith.
 */
export const RELATIONAL_NOUNS: ReadonlySet<string> = set(
  'lawyer lawyers attorney attorneys solicitor solicitors barrister barristers counsel spokesman spokesmen ' +
    'spokeswoman spokeswomen spokesperson spokespeople representative representatives agent aide aides adviser ' +
    'advisers advisor advisors assistant friend friends wife husband widow widower son sons daughter daughters ' +
    'mother father parents brother brothers sister sisters family relative relatives cousin uncle aunt niece nephew ' +
    'grandmother grandfather grandson granddaughter partner girlfriend boyfriend fiancée fiancee fiancé fiance ' +
    'colleague colleagues neighbour neighbours neighbor neighbors supporter supporters associate associates ' +
    'biographer publicist manager doctor mum mom dad children',
)

/**
 * Greek articles, definite (`ο`, `η`, `το` in every case and number) and indefinite, and their fusions with `σε`
 * (`στο`, `στη`): Greek puts an article before a name (`Ο Κυριάκος Μητσοτάκης`) and capitalizes it at a sentence's
 * start (`Η Βουλή`), so a name run must not open with one. Lowercase, from the declension tables of Greek grammar.
 */
export const GREEK_ARTICLES: ReadonlySet<string> = set(
  'ο η το οι τα του της των τον την τη τους τις ένας μια μία ένα ενός μιας έναν στο στη στην στον στα στους στις ' +
    'στου στης στων',
)
