import { cloneJson } from '../domain/clone-json.ts'
import type { Order, WritableOrder } from '../domain/types.ts'
import { type ProblemCode, ProblemError } from '../problems/index.ts'
import type { OperationCall, OperationResult } from './operation-types.ts'
import { changeOrder, type EditWindow, type OrderCall, requireOrder } from './order-access.ts'
import type { OrderLifecycle } from './order-lifecycle.ts'

/**
 * A list the order owns and removes softly (`state: removed`): its payments or its shippings.
 * The operations on one entry are the same for both; only these details differ.
 */
export interface OwnedEntries<
  Entry extends { readonly id?: string },
  Param extends string,
  Body = Entry,
> {
  /** How problems name an entry: `Payment`, `Shipping`. */
  noun: string
  notFound: ProblemCode
  /** The path parameter naming one entry, e.g. `payment_id`. */
  param: Param
  entriesOf(order: Order): readonly Entry[] | undefined
  setEntries(order: WritableOrder, entries: Entry[]): void
  /** A fresh id for a new entry. */
  newId(call: OrderCall): string
  /** The entry as stored: the body with the fields the order owns (id, order id, tenant, defaults). */
  own(order: Order, body: Body, id: string, call: OrderCall, existing?: Entry): Entry
  /** When the order accepts a new entry, and a change to one. */
  windows: { create: EditWindow; update: EditWindow }
}

/** The call of an operation on one owned entry: `/orders/{order_id}/payments/{payment_id}`. */
export type EntryCall<Param extends string, Body = unknown> = OperationCall<
  Body,
  { order_id: string } & Record<Param, string>
>

/** The entry named by the call's path parameter, or a 404. */
export function requireEntry<Entry extends { readonly id?: string }, Param extends string>(
  owned: OwnedEntries<Entry, Param, never>,
  order: Order,
  call: EntryCall<Param>,
): Entry {
  const id = call.params[owned.param]
  const entry = (owned.entriesOf(order) ?? []).find((candidate) => candidate.id === id)
  if (!entry) {
    throw new ProblemError(
      owned.notFound,
      `${owned.noun} with id:${id} not found on order ${order.id}.`,
    )
  }
  return entry
}

/** List, create, read and replace for one owned list; the same for payments and shippings. */
export function createOwnedEntryOperations<
  Entry extends { readonly id?: string },
  Param extends string,
  Body,
>(owned: OwnedEntries<Entry, Param, Body>, lifecycle: OrderLifecycle) {
  return {
    list: (call: OrderCall): OperationResult => ({
      status: 200,
      body: cloneJson(owned.entriesOf(requireOrder(call)) ?? []),
    }),

    async create(call: OperationCall<Body, { order_id: string }>): Promise<OperationResult> {
      const editWindow = { window: owned.windows.create, what: `${owned.noun.toLowerCase()}s` }
      const id = await changeOrder(call, lifecycle, editWindow, (order) => {
        const id = owned.newId(call)
        owned.setEntries(order, [
          ...(owned.entriesOf(order) ?? []),
          owned.own(order, call.body, id, call),
        ])
        return id
      })
      return { status: 201, body: { id }, headers: { location: `${call.path}/${id}` } }
    },

    read: (call: EntryCall<Param>): OperationResult => ({
      status: 200,
      body: cloneJson(requireEntry(owned, requireOrder(call), call)),
    }),

    async replace(call: EntryCall<Param, Body>): Promise<OperationResult> {
      const editWindow = { window: owned.windows.update, what: `${owned.noun.toLowerCase()}s` }
      const updated = await changeOrder(call, lifecycle, editWindow, (order) => {
        const existing = requireEntry(owned, order, call)
        const id = call.params[owned.param]
        const entry = owned.own(order, call.body, id, call, existing)
        owned.setEntries(
          order,
          (owned.entriesOf(order) ?? []).map((candidate) =>
            candidate.id === id ? entry : candidate,
          ),
        )
        return entry
      })
      return { status: 200, body: cloneJson(updated) }
    },
  }
}
