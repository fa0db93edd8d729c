import { notificationApiDocument as notificationDocumentData } from '../generated/notification-document.ts'
import { orderApiDocument as orderDocumentData } from '../generated/order-document.ts'
import { orderV1ApiDocument as orderV1DocumentData } from '../generated/order-v1-document.ts'
import type { OpenApiDocument } from './openapi-types.ts'

// The generated files hold the contracts as plain data; this layer gives them their type.

/** The Order API contract, `openapi/order.yaml` as data (for runtimes without a file system). */
export const orderApiDocument = orderDocumentData as OpenApiDocument

/** The Order API v1 contract, `openapi/order-v1.yaml` as data. */
export const orderV1ApiDocument = orderV1DocumentData as OpenApiDocument

/** The Notification service (event log) contract, `openapi/notification.yaml` as data. */
export const notificationApiDocument = notificationDocumentData as OpenApiDocument
