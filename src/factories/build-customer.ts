import type { Address, Consent, Customer } from '../domain/types.ts'
import { applyOverrides, type DeepPartial, overrides } from './deep-partial.ts'
import type { FactoryContext } from './factory-context.ts'
import type { MarketCode } from './markets.ts'

/** A postal address plausible for the market: local names, streets, postal code and phone. */
export function buildAddress(
  context: FactoryContext,
  override: DeepPartial<Address> = {},
  marketCode: MarketCode = context.defaultMarket,
): Address {
  const text = context.textFor(marketCode)
  const market = context.market(marketCode)
  const givenName = text.firstName()
  const familyName = text.lastName()
  const generated: Address = {
    type: 'person',
    givenName,
    familyName,
    streetAddress: text.streetAddress(),
    postalCode: market.postalCode(context.digit),
    city: text.city(),
    country: market.country,
    phone: market.phone(context.digit),
    email: emailOf(givenName, familyName, context.random.int(1, 99)),
  }
  if (context.random.int(0, 4) === 0)
    generated.streetAddress2 = `Lgh ${context.random.int(1001, 1804)}`
  if (override.type === 'organization') {
    generated.organizationName = text.companyName()
    generated.organizationIdentificationNumber = `${context.random.digits(6)}-${context.random.digits(4)}`
  }
  return applyOverrides(generated, override)
}

/** A customer whose shipping address is usually the billing address. */
export function buildCustomer(
  context: FactoryContext,
  override: DeepPartial<Customer> = {},
  marketCode: MarketCode = context.defaultMarket,
): Customer {
  const type = override.type ?? (context.random.int(0, 9) === 0 ? 'organization' : 'person')
  const billing = buildAddress(context, { type, ...override.billing }, marketCode)
  const shipping = overrides(override, 'shipping')
    ? buildAddress(context, { type, ...override.shipping }, marketCode)
    : context.random.int(0, 4) === 0
      ? buildAddress(context, { type }, marketCode)
      : { ...billing }
  const customer: Customer = { billing, shipping, type, attributes: {} }
  const { billing: _billing, shipping: _shipping, ...rest } = override
  return applyOverrides(customer, rest)
}

const CONSENTS = [
  { id: 'ci_terms', text: 'I accept the terms and conditions.', required: true },
  { id: 'ci_newsletter', text: 'Send me the newsletter.', required: false },
  { id: 'ci_sms', text: 'Send me delivery updates by text message.', required: false },
] as const

export function buildConsent(
  context: FactoryContext,
  override: DeepPartial<Consent> = {},
): Consent {
  const template = context.random.pick(CONSENTS)
  const generated: Consent = {
    id: template.id,
    checked: context.random.boolean(),
    text: template.text,
    required: template.required,
  }
  return applyOverrides(generated, override)
}

/** The usual consent set of a checkout: terms (required) plus optional marketing consents. */
export function buildConsentSet(
  context: FactoryContext,
  { allRequiredChecked }: { allRequiredChecked: boolean },
): Consent[] {
  return CONSENTS.filter((consent) => consent.required || context.random.boolean()).map(
    (consent) => ({
      id: consent.id,
      checked: consent.required
        ? allRequiredChecked || context.random.boolean()
        : context.random.boolean(),
      text: consent.text,
      required: consent.required,
    }),
  )
}

/** `given.family12@example.com`, ASCII only (`Åsa Öberg` → `asa.oberg12@example.com`). */
function emailOf(givenName: string, familyName: string, number: number): string {
  return `${asciiName(givenName)}.${asciiName(familyName)}${number}@example.com`
}

/** Names come from the markets' locale data, a bounded set: each is transliterated once. */
const ASCII_NAMES = new Map<string, string>()

function asciiName(name: string): string {
  let ascii = ASCII_NAMES.get(name)
  if (ascii === undefined) {
    ascii = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ø/gi, 'o')
      .replace(/æ/gi, 'ae')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z0-9]+/g, '')
      .toLowerCase()
    // Overridden names are unbounded: keep the cache from growing without limit.
    if (ASCII_NAMES.size >= 20_000) ASCII_NAMES.clear()
    ASCII_NAMES.set(name, ascii)
  }
  return ascii
}
