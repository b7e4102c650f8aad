/**
 * What the world needs to know about each locale besides faker's data: identifier formats,
 * phone numbering, name order, legal forms and banks. Faker's locale chains live in
 * faker-world.ts, the only module that imports faker.
 */
import { OTHER_LOCALES, type LocaleId, type TUNED_LOCALES } from '../vocabulary'

type TunedLocaleId = (typeof TUNED_LOCALES)[number]
import type { IdFormats } from './ids'

export interface LocaleProfile extends IdFormats {
  /** 'family-first' writes the surname first (e.g. Vietnamese). */
  nameOrder: 'given-first' | 'family-first'
  /** Share of people with a second given name. */
  secondGivenName: number
  legalForms: { small: string; large: string; position: 'prefix' | 'suffix' }
  banks: readonly string[]
  /** Domain suffix for business e-mail addresses. */
  businessDomain: string
  /** Birth years to pick ages from are relative to the reference date; this caps the oldest. */
  maxAge: number
  /**
   * Trading-name words in the locale's language, where they are not English: the adjectives, and
   * each sector's nouns by sector name (same count as the sector's own, so worlds draw alike).
   */
  words?: TradingWords
}

/** A locale's own words for trading names, mailboxes and the names a reborn firm takes. */
export interface TradingWords {
  /** Qualifiers ("Golden", "du Sahel"): before the noun in English word order, after it noun-first. */
  adjectives: readonly string[]
  nouns: Readonly<Record<string, readonly string[]>>
  /** The noun of a sector that has none (an individual's trade). */
  fallbackNoun?: string
  /**
   * 'noun-first' puts the trade before the name, as French and Portuguese write it
   * ("Boulangerie Diarra", "Négoce du Sahel", "Construções de Luanda"); by default the name comes
   * first ("Okafor Agro", "Алмаз Трейд").
   */
  order?: 'noun-first'
  /** "<noun> of <city>" in the locale's language (elision and all). */
  ofCity?: (noun: string, city: string) => string
  /** A firm's mailboxes (info@, accounts@ in English), four of them. */
  mailboxes?: readonly string[]
  /** What a phoenix firm adds to its old name ("Global", "Holdings" in English), six of them. */
  rebirth?: readonly string[]
  /** The legal form a foreign buyer carries, by the export's destination (refunds.story.destination.*). */
  foreignForms?: Readonly<Record<string, readonly string[]>>
}

const spaced = (groups: number[]) => (prefix: string, subscriber: string) => {
  const digits = prefix + subscriber
  const parts: string[] = []
  let at = 0
  for (const g of groups) {
    parts.push(digits.slice(at, at + g))
    at += g
  }
  if (at < digits.length) parts.push(digits.slice(at))
  return parts.join(' ')
}

const EN_BANKS = [
  'Capital Commerce Bank',
  'Union Savings Bank',
  'Heritage Trust Bank',
  'Pioneer Bank',
  'Harbour Bank',
  'Cooperative Farmers Bank',
  'Metro Investment Bank',
  'Savanna Bank',
] as const
const FR_BANKS = [
  'Banque Commerciale du Littoral',
  'Banque Sahélienne de Développement',
  'Caisse d’Épargne Solidaire',
  'Banque de l’Habitat et du Commerce',
  'Banque Agricole du Fleuve',
  'Crédit Mutuel des Artisans',
] as const

const RU_BANKS = [
  'Алатау Коммерц Банк',
  'Народный Сберегательный Банк',
  'Банк Развития Долины',
  'Торгово-Промышленный Банк',
  'Аграрный Кредит',
  'Горный Инвестиционный Банк',
] as const

const RU_SECTOR_NOUNS: Readonly<Record<string, readonly string[]>> = {
  'Retail trade': ['Торг', 'Маркет', 'Трейд', 'Универсам'],
  'Wholesale trade': ['Дистрибуция', 'Трейд', 'Оптторг', 'Снаб'],
  Manufacturing: ['Пром', 'Производство', 'Пластик', 'Продукт'],
  Construction: ['Строй', 'Стройсервис', 'Инжиниринг', 'Стройработы'],
  'Agriculture and agro-processing': ['Агро', 'Фермы', 'Агропром', 'Птица'],
  'Transport and logistics': ['Логистик', 'Автоперевозки', 'Транс', 'Карго'],
  'Hotels and restaurants': ['Отель', 'Кухня', 'Кейтеринг', 'Апартаменты'],
  'ICT services': ['Технологии', 'Диджитал', 'Системы', 'Решения'],
  'Professional services': ['Консалтинг', 'Партнёры', 'Ассоциация', 'Эксперт'],
  'Real estate': ['Недвижимость', 'Эстейт', 'Дома', 'Риэлти'],
  'Health services': ['Клиника', 'Фарм', 'Медикал', 'Диагностика'],
  Education: ['Академия', 'Школы', 'Колледж', 'Обучение'],
  'Mining and quarrying': ['Майнинг', 'Карьеры', 'Минералы', 'Ресурсы'],
  'Financial services': ['Капитал', 'Финанс', 'Микрофинанс', 'Инвест'],
  Telecommunications: ['Телеком', 'Сети', 'Коммуникации', 'Коннект'],
  'Retail trade (sole trader)': ['Торг', 'Магазин'],
  'Transport (sole trader)': ['Транс'],
  'Artisan and repairs': ['Мастерская', 'Ремонт'],
  'Professional practice': ['Бюро', 'Консалтинг'],
  Farming: ['Фермы'],
  'Property rental': ['Недвижимость'],
}

/** Legal forms of buyers abroad, by port of destination: what the customs record shows, untranslated. */
const FOREIGN_FORMS: Readonly<Record<string, readonly string[]>> = {
  rotterdam: ['B.V.', 'N.V.'],
  nhavaSheva: ['Pvt Ltd', 'Ltd'],
  jebelAli: ['FZE', 'LLC'],
  hamburg: ['GmbH', 'AG'],
  tema: ['Ltd'],
  mersin: ['Ltd. Şti.', 'A.Ş.'],
  felixstowe: ['Ltd', 'plc'],
  hoChiMinhCity: ['Co., Ltd', 'JSC'],
  valencia: ['S.L.', 'S.A.'],
  shanghai: ['Co., Ltd'],
}

/** French: the trade first, as a Senegalese or French shop front reads. */
const FR_SECTOR_NOUNS: Readonly<Record<string, readonly string[]>> = {
  'Retail trade': ['Établissements', 'Supermarché', 'Commerce', 'Boutique'],
  'Wholesale trade': ['Distribution', 'Négoce', 'Comptoir', 'Fournitures'],
  Manufacturing: ['Industries', 'Manufacture', 'Plastiques', 'Agroalimentaire'],
  Construction: ['Bâtiment', 'Entreprise', 'BTP', 'Travaux'],
  'Agriculture and agro-processing': ['Agro', 'Fermes', 'Agro-industrie', 'Aviculture'],
  'Transport and logistics': ['Logistique', 'Transports', 'Transit', 'Fret'],
  'Hotels and restaurants': ['Hôtel', 'Restaurant', 'Traiteur', 'Résidence'],
  'ICT services': ['Technologies', 'Numérique', 'Systèmes', 'Informatique'],
  'Professional services': ['Conseil', 'Cabinet', 'Expertise', 'Audit'],
  'Real estate': ['Immobilière', 'Habitat', 'Résidences', 'Foncière'],
  'Health services': ['Clinique', 'Pharmacie', 'Centre médical', 'Laboratoire'],
  Education: ['Institut', 'École', 'Cours', 'Formation'],
  'Mining and quarrying': ['Mines', 'Carrières', 'Minerais', 'Ressources minières'],
  'Financial services': ['Crédit', 'Finances', 'Microfinance', 'Investissements'],
  Telecommunications: ['Télécom', 'Réseaux', 'Communication', 'Télécommunications'],
  'Retail trade (sole trader)': ['Boutique', 'Alimentation'],
  'Transport (sole trader)': ['Transports'],
  'Artisan and repairs': ['Atelier', 'Réparations'],
  'Professional practice': ['Cabinet', 'Étude'],
  Farming: ['Ferme'],
  'Property rental': ['Immobilier'],
}

/** "de Thiès", "d’Oussouye". */
const frOf = (noun: string, city: string) =>
  `${noun} ${/^[aeiouyàâéèêëîïôöûüh]/i.test(city) ? 'd’' : 'de '}${city}`

const frWords = (adjectives: readonly string[]): TradingWords => ({
  adjectives,
  nouns: FR_SECTOR_NOUNS,
  fallbackNoun: 'Entreprise',
  order: 'noun-first',
  ofCity: frOf,
  mailboxes: ['contact', 'info', 'compta', 'direction'],
  rebirth: ['Groupe', 'International', 'Holding', 'Ressources', 'Développement', 'Plus'],
  foreignForms: FOREIGN_FORMS,
})

const FR_SN_WORDS = frWords([
  'du Sahel',
  'de l’Atlantique',
  'Horizon',
  'Étoile',
  'Excellence',
  'Baobab',
  'Téranga',
  'Avenir',
  'Espoir',
  'Prestige',
  'Élite',
  'Union',
  'Delta',
  'Diamant',
  'Victoire',
  'Patrimoine',
  'Lumière',
  'Sommet',
  'Grâce',
  'Renouveau',
])

const FR_WORDS = frWords([
  'du Centre',
  'de l’Ouest',
  'Horizon',
  'Étoile',
  'Excellence',
  'Les Chênes',
  'Atlantique',
  'Avenir',
  'Espoir',
  'Prestige',
  'Élite',
  'Union',
  'Delta',
  'Diamant',
  'Victoire',
  'Patrimoine',
  'Lumière',
  'Sommet',
  'Grâce',
  'Renouveau',
])

/** Portuguese, as Lisbon, Luanda or Maputo write a trading name. */
const PT_WORDS: TradingWords = {
  adjectives: [
    'Atlântico',
    'do Sul',
    'Horizonte',
    'Estrela',
    'Excelência',
    'Progresso',
    'Futuro',
    'Esperança',
    'Prestígio',
    'Elite',
    'União',
    'Delta',
    'Diamante',
    'Vitória',
    'Património',
    'Luz',
    'Cimeira',
    'Graça',
    'Renascer',
    'Oceano',
  ],
  nouns: {
    'Retail trade': ['Comercial', 'Supermercado', 'Armazéns', 'Loja'],
    'Wholesale trade': ['Distribuidora', 'Comércio Geral', 'Importadora', 'Abastecimentos'],
    Manufacturing: ['Indústrias', 'Fábrica', 'Plásticos', 'Transformadora'],
    Construction: ['Construções', 'Construtora', 'Engenharia', 'Obras'],
    'Agriculture and agro-processing': ['Agro', 'Quintas', 'Agroindustrial', 'Avícola'],
    'Transport and logistics': ['Logística', 'Transportes', 'Transitários', 'Cargas'],
    'Hotels and restaurants': ['Hotel', 'Restaurante', 'Catering', 'Residencial'],
    'ICT services': ['Tecnologias', 'Informática', 'Sistemas', 'Soluções'],
    'Professional services': ['Consultoria', 'Gabinete', 'Auditoria', 'Assessoria'],
    'Real estate': ['Imobiliária', 'Propriedades', 'Habitações', 'Imóveis'],
    'Health services': ['Clínica', 'Farmácia', 'Centro Médico', 'Diagnósticos'],
    Education: ['Academia', 'Escolas', 'Colégio', 'Formação'],
    'Mining and quarrying': ['Mineração', 'Pedreiras', 'Minerais', 'Recursos'],
    'Financial services': ['Capital', 'Finanças', 'Microfinanças', 'Investimentos'],
    Telecommunications: ['Telecomunicações', 'Redes', 'Comunicações', 'Conexões'],
    'Retail trade (sole trader)': ['Loja', 'Mercearia'],
    'Transport (sole trader)': ['Transportes'],
    'Artisan and repairs': ['Oficina', 'Reparações'],
    'Professional practice': ['Escritório', 'Consultoria'],
    Farming: ['Quinta'],
    'Property rental': ['Imóveis'],
  },
  fallbackNoun: 'Empresa',
  order: 'noun-first',
  ofCity: (noun, city) => `${noun} de ${city}`,
  mailboxes: ['geral', 'info', 'contabilidade', 'contacto'],
  rebirth: ['Global', 'Internacional', 'Holding', 'Recursos', 'Nova', 'Mais'],
  foreignForms: FOREIGN_FORMS,
}

/** Words of the languages whose untuned locales (fr_BE, pt_BR…) still name firms in their language. */
const PLAIN_WORDS: Readonly<Record<string, TradingWords>> = { fr: FR_WORDS, pt: PT_WORDS }

const english = (overrides: Partial<LocaleProfile> & Pick<LocaleProfile, 'phone'>): LocaleProfile => ({
  nationalId: { prefix: '', digits: 11 },
  registry: { prefix: 'RC', digits: 7 },
  bankDigits: 10,
  nameOrder: 'given-first',
  secondGivenName: 0.3,
  legalForms: { small: 'Ltd', large: 'Plc', position: 'suffix' },
  banks: EN_BANKS,
  businessDomain: 'com',
  maxAge: 85,
  ...overrides,
})

const TUNED_PROFILES: Record<TunedLocaleId, LocaleProfile> = {
  en: english({
    phone: {
      prefixes: ['201', '312', '415', '512', '617', '702', '808', '919'],
      subscriberDigits: 7,
      format: (p, s) => `(${p}) ${s.slice(0, 3)}-${s.slice(3)}`,
    },
    nationalId: { prefix: '', digits: 10 },
    registry: { prefix: 'C', digits: 7 },
    legalForms: { small: 'LLC', large: 'Inc.', position: 'suffix' },
  }),
  en_NG: english({
    phone: {
      prefixes: [
        '0803',
        '0806',
        '0813',
        '0816',
        '0703',
        '0706',
        '0805',
        '0807',
        '0815',
        '0905',
        '0802',
        '0808',
        '0812',
        '0701',
        '0902',
        '0809',
        '0817',
        '0818',
        '0909',
      ],
      subscriberDigits: 7,
      format: spaced([4, 3, 4]),
    },
    businessDomain: 'com.ng',
  }),
  en_GH: english({
    phone: {
      prefixes: ['024', '054', '055', '059', '020', '050', '027', '057', '026', '056'],
      subscriberDigits: 7,
      format: spaced([3, 3, 4]),
    },
    nationalId: { prefix: 'GHA-', digits: 10 },
    registry: { prefix: 'CS', digits: 7 },
    businessDomain: 'com.gh',
  }),
  en_IN: english({
    phone: {
      prefixes: ['98', '97', '94', '91', '88', '81', '79', '70', '63'],
      subscriberDigits: 8,
      format: spaced([5, 5]),
    },
    nationalId: { prefix: '', digits: 12 },
    registry: { prefix: 'U', digits: 8 },
    legalForms: { small: 'Pvt Ltd', large: 'Ltd', position: 'suffix' },
    businessDomain: 'co.in',
  }),
  fr: {
    ...english({
      phone: { prefixes: ['06', '07'], subscriberDigits: 8, format: spaced([2, 2, 2, 2, 2]) },
    }),
    nationalId: { prefix: '', digits: 12 },
    registry: { prefix: 'RCS ', digits: 9 },
    legalForms: { small: 'SARL', large: 'SA', position: 'suffix' },
    banks: FR_BANKS,
    businessDomain: 'fr',
    secondGivenName: 0.25,
    words: FR_WORDS,
  },
  fr_SN: {
    ...english({
      phone: { prefixes: ['77', '78', '76', '70', '75'], subscriberDigits: 7, format: spaced([2, 3, 2, 2]) },
    }),
    nationalId: { prefix: '', digits: 13 },
    registry: { prefix: 'SN-DKR-B-', digits: 7 },
    legalForms: { small: 'SARL', large: 'SA', position: 'suffix' },
    banks: FR_BANKS,
    businessDomain: 'sn',
    secondGivenName: 0.25,
    words: FR_SN_WORDS,
  },
  id_ID: {
    ...english({
      phone: {
        prefixes: ['0812', '0813', '0821', '0852', '0857', '0878', '0815', '0896'],
        subscriberDigits: 8,
        format: spaced([4, 4, 4]),
      },
    }),
    nationalId: { prefix: '3171', digits: 12 },
    registry: { prefix: 'AHU-', digits: 8 },
    legalForms: { small: 'CV', large: 'PT', position: 'prefix' },
    businessDomain: 'co.id',
    secondGivenName: 0,
  },
  vi: {
    ...english({
      phone: {
        prefixes: ['090', '091', '093', '096', '097', '098', '086', '088'],
        subscriberDigits: 7,
        format: spaced([4, 3, 3]),
      },
    }),
    nationalId: { prefix: '0', digits: 12 },
    registry: { prefix: '0', digits: 9 },
    nameOrder: 'family-first',
    secondGivenName: 0,
    legalForms: { small: 'Công ty TNHH', large: 'Công ty Cổ phần', position: 'prefix' },
    businessDomain: 'com.vn',
  },
  pt_PT: {
    ...english({
      phone: { prefixes: ['91', '92', '93', '96'], subscriberDigits: 7, format: spaced([3, 3, 3]) },
    }),
    nationalId: { prefix: '', digits: 9 },
    registry: { prefix: '5', digits: 8 },
    legalForms: { small: 'Lda', large: 'SA', position: 'suffix' },
    banks: [
      'Banco Atlântico Comercial',
      'Caixa Económica Popular',
      'Banco do Douro',
      'Crédito Agrícola do Tejo',
    ],
    businessDomain: 'pt',
    secondGivenName: 0.4,
    words: PT_WORDS,
  },
}

/** Legal forms per language where a locale is not tuned; others fall back to "Ltd"/"plc". */
const LEGAL_FORMS: Record<string, LocaleProfile['legalForms']> = {
  de: { small: 'GmbH', large: 'AG', position: 'suffix' },
  es: { small: 'S.L.', large: 'S.A.', position: 'suffix' },
  fr: { small: 'SARL', large: 'SA', position: 'suffix' },
  it: { small: 'S.r.l.', large: 'S.p.A.', position: 'suffix' },
  pt: { small: 'Ltda', large: 'S.A.', position: 'suffix' },
  nl: { small: 'B.V.', large: 'N.V.', position: 'suffix' },
  pl: { small: 'sp. z o.o.', large: 'S.A.', position: 'suffix' },
  ru: { small: 'ООО', large: 'ПАО', position: 'prefix' },
  uk: { small: 'ТОВ', large: 'ПАТ', position: 'prefix' },
  tr: { small: 'Ltd. Şti.', large: 'A.Ş.', position: 'suffix' },
  ro: { small: 'SRL', large: 'SA', position: 'suffix' },
  cs: { small: 's.r.o.', large: 'a.s.', position: 'suffix' },
  sk: { small: 's.r.o.', large: 'a.s.', position: 'suffix' },
  sv: { small: 'AB', large: 'AB (publ)', position: 'suffix' },
  da: { small: 'ApS', large: 'A/S', position: 'suffix' },
  nb: { small: 'AS', large: 'ASA', position: 'suffix' },
  fi: { small: 'Oy', large: 'Oyj', position: 'suffix' },
}

/** Languages that write the family name first. */
const FAMILY_FIRST = new Set(['zh', 'ja', 'ko', 'hu', 'mn'])

/**
 * A plain profile for a faker locale that is not tuned: generic ID and phone formats (a
 * trainer's scenario must still be playable in any locale with person and company names).
 */
function plain(locale: string): LocaleProfile {
  const language = locale.split('_')[0] ?? locale
  const country = locale.split('_')[1]?.toLowerCase()
  return {
    ...english({
      phone: {
        prefixes: ['070', '071', '072', '073', '074', '075'],
        subscriberDigits: 7,
        format: spaced([3, 3, 4]),
      },
    }),
    legalForms: LEGAL_FORMS[language] ?? { small: 'Ltd', large: 'plc', position: 'suffix' },
    nameOrder: FAMILY_FIRST.has(language) ? 'family-first' : 'given-first',
    secondGivenName: FAMILY_FIRST.has(language) ? 0 : 0.2,
    businessDomain: country && /^[a-z]{2}$/.test(country) ? country : 'com',
    ...(PLAIN_WORDS[language] ? { words: PLAIN_WORDS[language] } : {}),
  }
}

export const LOCALE_PROFILES: Record<LocaleId, LocaleProfile> = {
  ...TUNED_PROFILES,
  ...(Object.fromEntries(OTHER_LOCALES.map((locale) => [locale, plain(locale)])) as Record<
    (typeof OTHER_LOCALES)[number],
    LocaleProfile
  >),
  // Russian as written in Central Asia (the bundled Russian-language profile): local banks,
  // mobile numbers and a 14-character personal number, so no English creeps into the register.
  ru: {
    ...plain('ru'),
    phone: {
      prefixes: ['0555', '0557', '0700', '0705', '0707', '0770', '0772', '0500'],
      subscriberDigits: 7,
      format: spaced([4, 3, 2, 2]),
    },
    nationalId: { prefix: '20', digits: 12 },
    registry: { prefix: '', digits: 8 },
    banks: RU_BANKS,
    businessDomain: 'kg',
    words: {
      adjectives: [
        'Золотой',
        'Юнион',
        'Прайм',
        'Восход',
        'Кристалл',
        'Вечнозелёный',
        'Единство',
        'Вершина',
        'Саммит',
        'Дельта',
        'Ала-Тоо',
        'Алмаз',
        'Победа',
        'Наследие',
        'Светлый',
        'Премьер',
        'Надежда',
        'Горизонт',
        'Опора',
        'Тянь-Шань',
      ],
      nouns: RU_SECTOR_NOUNS,
      fallbackNoun: 'Предприятие',
      mailboxes: ['info', 'buh', 'office', 'priem'],
      rebirth: ['Групп', 'Интернешнл', 'Холдинг', 'Ресурс', 'Нова', 'Плюс'],
      foreignForms: FOREIGN_FORMS,
    },
  },
}
