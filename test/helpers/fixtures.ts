// The three real press briefings, imported as raw text so the same files serve Node and workerd tests.
import frank from '../../fixtures/gov-uk-press-release-frank-campaign.txt?raw'
import guatemala from '../../fixtures/press-briefing-guatemala-munich.txt?raw'
import pakistan from '../../fixtures/gov-uk-world-news-high-commission-pakistan.txt?raw'

export const FIXTURES = { guatemala, frank, pakistan } as const

/** Lines of the Guatemala fixture that are page furniture, as a reader of the article would mark them. */
export const GUATEMALA_BOILERPLATE = [
  'by Pamela Contreras',
  'Guatemala City, by Lincy Rodríguez -AGN-.',
  'You may also like',
  'We are GT News',
  'Copyright',
  '[email',
  'SCSP 2022',
]
