import { Faker, type LocaleDefinition } from '@faker-js/faker'
import type { SeededRandom } from '../domain/seeded-random.ts'

/** Locale text of a market (names, streets, cities, products, companies), drawn from `random`. */
export interface LocaleText {
  firstName(random: SeededRandom): string
  lastName(random: SeededRandom): string
  /** Street and building number, like Faker's `location.streetAddress()`. */
  streetAddress(random: SeededRandom): string
  city(random: SeededRandom): string
  productName(random: SeededRandom): string
  companyName(random: SeededRandom): string
}

type Generate = (random: SeededRandom) => string
type Definitions = Record<string, unknown>
type Sexed<T> = { generic?: T[] | undefined; female?: T[] | undefined; male?: T[] | undefined }
type Weighted<T> = { value: T; weight: number }

const compiled = new Map<LocaleDefinition[], LocaleText>()

/**
 * Faker's locale data for `locale` (the same fallback chain and data Faker uses), with every
 * pattern of it (`{{location.street}} {{location.buildingNumber}}`, …) compiled once into
 * plain functions. Faker resolves such patterns by parsing them on every call, which made
 * its template engine the largest single cost of building an order.
 *
 * Compiled text is shared between factories; the random source is the caller's, so the output
 * depends on the seed only. The distributions are Faker's: the same lists, pattern choices
 * and weights (`person.last_name_pattern`), sexes drawn per name as Faker does.
 */
export function localeText(locale: LocaleDefinition[]): LocaleText {
  let text = compiled.get(locale)
  if (!text) {
    text = compileLocaleText(new Faker({ locale }))
    compiled.set(locale, text)
  }
  return text
}

function compileLocaleText(faker: Faker): LocaleText {
  const raw = faker.rawDefinitions as Definitions
  const title = String(dataAt(raw, ['metadata', 'title']) ?? 'custom')
  const fail = (problem: string): never => {
    throw new Error(`Failed to compile the ${title} locale data: ${problem}.`)
  }
  const list = (path: string): unknown[] => {
    const value = dataAt(raw, path.split('.'))
    if (!Array.isArray(value) || value.length === 0) fail(`${path} is not a non-empty list`)
    return value as unknown[]
  }

  const firstNames = sexedList(dataAt(raw, ['person', 'first_name']), 'person.first_name', fail)
  // Faker prefers `last_name_pattern` (e.g. double names in Sweden) over `last_name`.
  const lastNamePatternData = dataAt(raw, ['person', 'last_name_pattern']) as
    | Sexed<Weighted<unknown>>
    | undefined
  let lastNamePatterns: Sexed<Weighted<Generate>> | undefined
  const lastNames: Sexed<string> = lastNamePatternData
    ? {}
    : sexedList(dataAt(raw, ['person', 'last_name']), 'person.last_name', fail)

  // Faker's methods that patterns call, by `module.method`; everything else is locale data.
  const methods: Record<string, Generate> = {
    'person.firstName': (random) => pick(random, sexed(random, firstNames)),
    'person.lastName': (random) =>
      lastNamePatterns
        ? weighted(random, sexed(random, lastNamePatterns))
        : pick(random, sexed(random, lastNames)),
    'location.street': (random) => pick(random, streetPatterns)(random),
    'location.buildingNumber': (random) => pick(random, buildingNumbers)(random),
    'commerce.productAdjective': fromList(list('commerce.product_name.adjective')),
    'commerce.productMaterial': fromList(list('commerce.product_name.material')),
    'commerce.product': fromList(list('commerce.product_name.product')),
    'commerce.department': fromList(list('commerce.department')),
  }

  const compilePattern = (pattern: unknown, where: string): Generate => {
    if (typeof pattern !== 'string') return fail(`${where} holds a non-text pattern`)
    const parts: Array<string | Generate> = []
    let rest = pattern
    for (;;) {
      const start = rest.search(/{{[a-z]/)
      const end = start === -1 ? -1 : rest.indexOf('}}', start)
      if (end === -1) break
      if (start > 0) parts.push(rest.slice(0, start))
      parts.push(resolve(rest.slice(start + 2, end), where))
      rest = rest.slice(end + 2)
    }
    if (rest.length > 0) parts.push(rest)
    if (parts.length === 1 && typeof parts[0] === 'string') {
      const constant = parts[0]
      return () => constant
    }
    return (random) => {
      let result = ''
      for (const part of parts) result += typeof part === 'string' ? part : part(random)
      return result
    }
  }
  const compileList = (path: string) =>
    list(path).map((pattern, index) => compilePattern(pattern, `${path}[${index}]`))

  function resolve(expression: string, where: string): Generate {
    const method = methods[expression]
    if (method) return method
    const path = expression.split('.')
    const [module, name] = path
    const fakerModule = module ? (faker as unknown as Record<string, unknown>)[module] : undefined
    if (
      path.length === 2 &&
      name &&
      typeof (fakerModule as Record<string, unknown> | undefined)?.[name] === 'function'
    ) {
      return fail(`${where} calls {{${expression}}}, which the factories do not implement`)
    }
    const value = dataAt(raw, path)
    if (!Array.isArray(value) || value.length === 0) {
      return fail(`${where} refers to {{${expression}}}, which is not a list of the locale`)
    }
    return fromList(
      value.map((entry, index) =>
        typeof entry === 'string' && entry.includes('{{')
          ? compilePattern(entry, `${expression}[${index}]`)
          : entry,
      ),
    )
  }

  // Compiled in dependency order: the methods above read these when called, not before.
  const streetPatterns = compileList('location.street_pattern')
  const buildingNumbers = list('location.building_number').map((format) =>
    compileNumberFormat(String(format)),
  )
  if (lastNamePatternData) {
    lastNamePatterns = {}
    for (const sex of ['generic', 'female', 'male'] as const) {
      lastNamePatterns[sex] = lastNamePatternData[sex]?.map(({ value, weight }, index) => ({
        value: compilePattern(value, `person.last_name_pattern.${sex}[${index}]`),
        weight,
      }))
    }
    if (!lastNamePatterns.generic && !lastNamePatterns.female && !lastNamePatterns.male) {
      fail('person.last_name_pattern holds no patterns')
    }
  }
  const streetAddress = compilePattern(
    dataAt(raw, ['location', 'street_address', 'normal']),
    'location.street_address.normal',
  )
  const cityPatterns = compileList('location.city_pattern')
  const productNamePatterns = compileList('commerce.product_name.pattern')
  const companyNamePatterns = compileList('company.name_pattern')

  return {
    firstName: methods['person.firstName'] as Generate,
    lastName: methods['person.lastName'] as Generate,
    streetAddress,
    city: (random) => pick(random, cityPatterns)(random),
    productName: (random) => pick(random, productNamePatterns)(random),
    companyName: (random) => pick(random, companyNamePatterns)(random),
  }
}

/** A deep copy of the data at `path`, so compiling never touches Faker's own locale objects. */
function dataAt(raw: Definitions, path: readonly string[]): unknown {
  let value: unknown = raw
  for (const key of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value === undefined ? undefined : structuredClone(value)
}

function sexedList(value: unknown, path: string, fail: (problem: string) => never): Sexed<string> {
  const lists = (value ?? {}) as Sexed<string>
  if (!lists.generic?.length && !lists.female?.length && !lists.male?.length) {
    fail(`${path} holds no names`)
  }
  return lists
}

/** Faker's choice of list for a name of a random sex (female or male), generic as fallback. */
function sexed<T>(random: SeededRandom, lists: Sexed<T>): T[] {
  const own = random.boolean() ? lists.female : lists.male
  const { generic } = lists
  if (own === undefined) return generic ?? []
  if (generic === undefined) return own
  const ownWeight = 3 * Math.sqrt(own.length)
  return random.next() * (ownWeight + Math.sqrt(generic.length)) < ownWeight ? own : generic
}

function weighted(random: SeededRandom, entries: Weighted<Generate>[]): string {
  let total = 0
  for (const entry of entries) total += entry.weight
  let point = random.next() * total
  for (const entry of entries) {
    point -= entry.weight
    if (point < 0) return entry.value(random)
  }
  return (entries[entries.length - 1] as Weighted<Generate>).value(random)
}

function pick<T>(random: SeededRandom, values: readonly T[]): T {
  return values[Math.floor(random.next() * values.length)] as T
}

/** Picks an entry: text as it is, a compiled pattern run. */
function fromList(values: readonly unknown[]): Generate {
  return (random) => {
    const value = pick(random, values)
    return typeof value === 'function' ? (value as Generate)(random) : String(value)
  }
}

/** `##a` → two digits, the first not zero, then `a` (Faker's `location.buildingNumber`). */
function compileNumberFormat(format: string): Generate {
  const parts = format.split(/(#+)/).filter((part) => part.length > 0)
  return (random) => {
    let result = ''
    for (const part of parts) {
      if (part[0] !== '#') {
        result += part
        continue
      }
      result += 1 + Math.floor(random.next() * 9)
      for (let index = 1; index < part.length; index++) result += Math.floor(random.next() * 10)
    }
    return result
  }
}
