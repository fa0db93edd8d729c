import type { Order, Price } from 'norce-checkout-mock'

/** An amount in the order's currency and culture: `5 855,00 kr`. */
export function formatMoney(
  amount: number | undefined,
  order: Pick<Order, 'culture' | 'currency'>,
): string {
  return new Intl.NumberFormat(order.culture ?? 'sv-SE', {
    style: 'currency',
    currency: order.currency ?? 'SEK',
  }).format(amount ?? 0)
}

/** A price including VAT, in the order's currency. */
export function formatPrice(
  price: Price | undefined,
  order: Pick<Order, 'culture' | 'currency'>,
): string {
  return formatMoney(price?.includingVat, order)
}

/** `2026-01-15 10:00:00` in the viewer's time zone. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '–'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium' }).format(date)
}
