import type { Order } from 'norce-checkout-mock'
import { paymentCovers, roundMoney, sumPrices } from 'norce-checkout-mock'

/** What the summary shows: the order's totals and how much of it the payments cover. */
export function orderFigures(order: Order) {
  const liveShippings = (order.shippings ?? []).filter((shipping) => shipping.state !== 'removed')
  const livePayments = (order.payments ?? []).filter((payment) => paymentCovers(payment.state))
  const total = order.total?.includingVat ?? 0
  const paid = roundMoney(livePayments.reduce((sum, payment) => sum + (payment.amount ?? 0), 0))
  return {
    cart: order.cart?.total?.includingVat ?? 0,
    shipping: sumPrices(liveShippings.map((shipping) => shipping.total)).includingVat,
    total,
    vat: roundMoney(total - (order.total?.excludingVat ?? 0)),
    paid,
    leftToPay: roundMoney(total - paid),
  }
}
