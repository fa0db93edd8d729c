import type { components } from '../generated/order-api.ts'

/** The documented `Problem.code` values (`openapi/order.yaml`). */
export type ProblemCode = components['schemas']['Problem']['code']

/**
 * Every error the kit answers with, by code. The code is the documented `BaseError.code`
 * (`order-not-found` is the one the Norce docs show); status and title follow from it.
 */
export const PROBLEM_CATALOGUE = {
  'validation-failed': { status: 400, title: 'Request validation failed' },
  'malformed-json': { status: 400, title: 'Malformed JSON body' },
  'malformed-request': { status: 400, title: 'Malformed HTTP request' },
  unauthorized: { status: 401, title: 'Missing or invalid bearer token' },
  'route-not-found': { status: 404, title: 'No such operation' },
  'order-not-found': { status: 404, title: 'Order not found' },
  'consent-not-found': { status: 404, title: 'Consent not found' },
  'hook-not-found': { status: 404, title: 'Hook not found' },
  'notification-not-found': { status: 404, title: 'Notification not found' },
  'validation-not-found': { status: 404, title: 'Validation not found' },
  'payment-not-found': { status: 404, title: 'Payment not found' },
  'action-not-found': { status: 404, title: 'Payment action not found' },
  'shipping-not-found': { status: 404, title: 'Shipping not found' },
  'event-not-found': { status: 404, title: 'Notification event not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'illegal-transition': { status: 409, title: 'Illegal state transition' },
  'consent-required': { status: 409, title: 'Required consents are not checked' },
  'order-locked': { status: 409, title: 'Order is locked' },
  'hook-rejected': { status: 409, title: 'A hook rejected the change' },
  'callback-limit-reached': { status: 409, title: 'The order holds the most callbacks it may' },
  'cross-origin-refused': { status: 403, title: 'Cross-origin admin request refused' },
  'request-timeout': { status: 408, title: 'Request timed out' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'uri-too-long': { status: 414, title: 'Request URI too long' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'expectation-failed': { status: 417, title: 'Expectation failed' },
  'headers-too-large': { status: 431, title: 'Request headers too large' },
  'internal-error': { status: 500, title: 'Internal mock error' },
} as const satisfies Record<ProblemCode, { status: number; title: string }>
