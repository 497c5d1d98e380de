// Gazetteers for names in news copy: titles, organization and place cues, places, given names, post-nominals.
// Small on purpose (a few KB in the Worker): they decide the common cases and leave the rest to the text's own cues.
import { set } from './lexicon.js'

const phrases = (list: string) => new Set(list.split('|'))

/**
 * Words that make a capitalized run a title or role rather than a name, lowercase: `President`, `Secretary`,
 * `Prime Minister`, `Director General`, `Prosecutor`, `Minister`… Heads of the role phrases of Ratinov & Roth's
 * (2009) title lists, trimmed to press-briefing vocabulary.
 */
export const TITLE_WORDS: ReadonlySet<string> = set(
  'president vice prime minister ministers secretary general director directors prosecutor attorney chancellor ' +
    'governor mayor senator congressman congresswoman representative ambassador envoy commissioner ' +
    'high chief deputy premier chairman chairwoman chair chairperson ceo founder spokesman spokeswoman ' +
    'spokesperson head leader king queen prince princess emperor pope cardinal archbishop bishop sheikh emir sultan ' +
    'lord lady sir dame judge justice magistrate commander colonel general admiral captain lieutenant sergeant ' +
    'officer inspector superintendent detective constable coach manager administrator executive treasurer ' +
    'undersecretary under-secretary registrar auditor ombudsman rapporteur delegate consul counsellor councillor ' +
    'councilor speaker guest host mr mrs ms miss dr prof professor ustad maestro majesty highness excellency ' +
    'honourable honorable rt hon rev reverend father brother sister imam rabbi',
)

/** Honorifics that imply a gender, for pronoun resolution. */
export const MALE_TITLES: ReadonlySet<string> = set('mr king prince emperor sultan sheikh emir lord sir father brother')
export const FEMALE_TITLES: ReadonlySet<string> = set('mrs ms miss queen princess lady dame sister')

/** Post-nominal letters (`CMG OBE`, `MP`, `QC`): part of how a person is styled, never part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = set(
  'kg kt gcb gcmg gcvo kcb kcmg kcvo dcmg dcvo cb cmg cvo cbe obe mbe lvo mvo bem qc kc mp msp mla jp dl pc ' +
    'frs freng fba phd md dphil mba',
)

/**
 * Last words that make a capitalized run an organization (`Munich Security Conference`, `International Criminal
 * Court`, `Biden-Harris Administration`): the suffix cue of Mikheev et al. (1999) and of most rule-based NER.
 */
export const ORGANIZATION_CUES: ReadonlySet<string> = set(
  'conference organization organisation court ministry agency administration council committee commission ' +
    'department office service services bank company corporation corp inc ltd plc llc group association union ' +
    'federation party university college school institute institution foundation forum army navy force forces ' +
    'police government parliament assembly congress senate cabinet authority board bureau centre center ' +
    'network alliance coalition league club band orchestra society trust fund programme program campaign plan ' +
    'commission tribunal secretariat embassy consulate mission directorate guard airlines airways news times ' +
    'post herald journal press',
)

/** Words that make a capitalized run a place (`Guatemala City`, `Prince William Sound`, `Pakistan Monument`). */
export const PLACE_CUES: ReadonlySet<string> = set(
  'city county province region state island islands valley bay sea ocean river lake mountains mountain coast ' +
    'peninsula sound gulf strait desert district square street avenue road park airport monument bridge harbour ' +
    'harbor port house hall palace tower castle church cathedral mosque temple garden gardens stadium',
)

/**
 * Countries, continents, regions and major cities, lowercase, one per `|`: the gazetteer a Worker can afford.
 * From the ISO 3166 short names plus the capitals and largest cities that recur in international news.
 */
export const PLACES: ReadonlySet<string> = phrases(
  'afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|' +
    'bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|' +
    'burkina faso|burundi|cambodia|cameroon|canada|chad|chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|' +
    'czech republic|czechia|denmark|djibouti|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|eswatini|' +
    'ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|' +
    'honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|' +
    'kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|' +
    'madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|' +
    'morocco|mozambique|myanmar|namibia|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|' +
    'north macedonia|norway|oman|pakistan|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|' +
    'portugal|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|' +
    'singapore|slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|' +
    'sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|' +
    'türkiye|turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k.|united states|us|u.s.|usa|' +
    'uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|britain|great britain|england|' +
    'scotland|wales|northern ireland|america|americas|africa|asia|europe|oceania|antarctica|latin america|' +
    'central america|south america|north america|middle east|caribbean|balkans|scandinavia|sahel|gaza|west bank|' +
    'crimea|hong kong|macau|puerto rico|greenland|kashmir|punjab|sindh|balochistan|khyber pakhtunkhwa|' +
    'catalonia|bavaria|quebec|ontario|california|texas|florida|new york|alaska|hawaii|washington|' +
    'london|paris|berlin|munich|madrid|rome|brussels|geneva|vienna|amsterdam|the hague|lisbon|athens|warsaw|kyiv|' +
    'kiev|moscow|istanbul|ankara|cairo|nairobi|lagos|johannesburg|cape town|addis ababa|dakar|beijing|shanghai|' +
    'tokyo|seoul|delhi|new delhi|mumbai|karachi|lahore|islamabad|dhaka|kabul|tehran|baghdad|riyadh|dubai|doha|' +
    'jerusalem|tel aviv|beirut|damascus|amman|bangkok|jakarta|manila|singapore|sydney|canberra|ottawa|toronto|' +
    'montreal|vancouver|chicago|los angeles|san francisco|boston|miami|houston|atlanta|mexico city|havana|' +
    'bogota|bogotá|lima|santiago|buenos aires|brasilia|brasília|rio de janeiro|sao paulo|são paulo|caracas|quito|' +
    'guatemala city|san salvador|tegucigalpa|managua|san jose|san josé|panama city|edinburgh|cardiff|belfast|' +
    'dublin|manchester|birmingham|liverpool|glasgow|strasbourg|davos|the vatican|kremlin|' +
    // The other US states, as US wire copy names them without a country.
    'alabama|arizona|arkansas|colorado|connecticut|delaware|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|' +
    'maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|' +
    'new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|' +
    'south carolina|south dakota|tennessee|utah|vermont|virginia|west virginia|wisconsin|wyoming|' +
    // Regions named by a compass word, which alone opens no place.
    'southern california|northern california|east africa|west africa|north africa|southern africa|east asia|' +
    'southeast asia|south asia|central asia|eastern europe|western europe|central europe|' +
    // The English regions GOV.UK releases name, and a river that names a region.
    'north west|north east|south west|south east|midlands|east midlands|west midlands|east anglia|rio grande|' +
    // More cities that recur in international news.
    'las vegas|phoenix|philadelphia|san diego|dallas|detroit|seattle|denver|new orleans|baltimore|nashville|' +
    'pittsburgh|minneapolis|sacramento|honolulu|milan|barcelona|frankfurt|hamburg|zurich|stockholm|oslo|' +
    'copenhagen|helsinki|prague|budapest|bucharest|belgrade|zagreb|kandahar|mosul|aleppo|tripoli|benghazi|' +
    'khartoum|mogadishu|kinshasa|kampala|kigali|harare|accra|abuja|hanoi|kuala lumpur|taipei|pyongyang|osaka|' +
    'kyoto|hiroshima|fukushima|chennai|kolkata|bangalore|bengaluru|hyderabad|colombo|kathmandu|yangon|' +
    'phnom penh|melbourne|brisbane|auckland|calgary|montevideo|la paz|medellin|medellín|guadalajara|monterrey|' +
    'tijuana|san juan',
)

/**
 * Given names common in international news, with the gender they usually carry, for resolving `he` and `she` to a
 * person. A hint only: the text's own pronouns after a name (`Pope mentioned her meeting`) count as much.
 */
export const MALE_NAMES: ReadonlySet<string> = set(
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark ' +
    'donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary ' +
    'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick ' +
    'raymond jack dennis jerry tyler aaron jose josé adam nathan henry douglas zachary peter kyle ethan walter noah ' +
    'jeremy christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan ' +
    'billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell ' +
    'bradley philip eugene louis bernardo alejandro carlos luis jorge manuel antonio francisco javier miguel pedro ' +
    'rafael ricardo fernando sergio andrés andres diego pablo emmanuel olaf rishi boris keir narendra vladimir ' +
    'xi recep benjamin volodymyr joe barack bill ahsan murad hussain ali muhammad mohammed mohammad ahmed ahmad ' +
    'omar hassan karim imran nawaz shehbaz asif nusrat emmanuel jean pierre jacques francois françois michel ' +
    'hans klaus wolfgang jürgen giorgio mario matteo giuseppe marco lula jair gustavo nayib andrés abdel ' +
    'cyril',
)

export const FEMALE_NAMES: ReadonlySet<string> = set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley ' +
    'kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia ' +
    'kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel ' +
    'catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren ' +
    'joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice ' +
    'jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie ' +
    'diana brittany natalie isabella charlotte rose alexis kayla jane lincy claudia xiomara dina sandra karla ' +
    'lucía lucia sofía sofia valentina camila gabriela daniela fernanda paula carmen rosa ana isabel elena ' +
    'ursula kamala hillary liz giorgia jacinda sanna benazir maryam fatima aisha ayesha ' +
    'malala indira sonia christine annalena kristalina ngozi michelle melania jill',
)
