// Generated from openapi/notification.yaml by `npm run generate`. Do not edit by hand:
// change the OpenAPI file and regenerate (a test fails when the two drift).
export interface paths {
    "/api/v1/events": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier; only this merchant's events are visible.
                 * @example thingsandstuff
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description The merchant's notification events, newest first, filtered (all filters combine with AND) and paged with `offset` (default 0) and `limit` (default 10, at most 100).
         */
        get: operations["GetEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event_id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier; only this merchant's events are visible.
                 * @example thingsandstuff
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
            };
            path: {
                /**
                 * @description Event identifier.
                 * @example 018f1ac8-7409-724b-b864-0a0a049719e2
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * Get an event
         * @description One notification event with every delivery attempt.
         */
        get: operations["GetEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{event_id}/retry": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier; only this merchant's events are visible.
                 * @example thingsandstuff
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
            };
            path: {
                /**
                 * @description Event identifier.
                 * @example 018f1ac8-7409-724b-b864-0a0a049719e2
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry an event
         * @description Delivers the event's payload again, to the URL of the first attempt, and records the new attempt. Answers once the attempt is recorded.
         */
        post: operations["RetryEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        NotificationEventPaginationSet: {
            data: components["schemas"]["NotificationEvent"][];
            pagination: components["schemas"]["EventPagination"];
        };
        EventPagination: {
            /**
             * Format: int32
             * @description Query offset.
             */
            offset: number;
            /**
             * Format: int32
             * @description Query limit.
             */
            limit: number;
            /**
             * Format: int32
             * @description Size of the returned set.
             */
            size: number;
            /**
             * Format: int32
             * @description Number of matching events.
             */
            totalSize: number;
        };
        /** @description One firing of an order notification, with every delivery attempt (the first and each retry). */
        NotificationEvent: {
            /**
             * @description Event identifier (a UUID, time-ordered like the service bus's).
             * @example 018f1ac8-7409-724b-b864-0a0a049719e2
             */
            id: string;
            /**
             * Format: date-time
             * @description When the notification fired.
             * @example 2024-04-26T09:09:14.382Z
             */
            createdAt: string;
            /** @example norce-checkout-demo */
            merchant: string;
            /** @example b2c */
            channel: string;
            /** @example o_yClTSySjyAuuBjmiBlHCjuEcTf */
            orderId: string;
            notification: components["schemas"]["EventNotification"];
            payload: components["schemas"]["NotificationEventPayload"];
            /**
             * @description `pending` until the first attempt ends; then the outcome of the latest attempt: `delivered` (2xx), `failed` (other status, network error or time-out) or `refused` (the target host is not on the mock's allow-list; nothing was sent).
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed" | "refused";
            deliveries: components["schemas"]["DeliveryAttempt"][];
        };
        /** @description The notification as it was when the event fired. */
        EventNotification: {
            id: string;
            adapterId?: string;
            reference?: string;
            description?: string;
            scope: string;
            schema?: {
                [key: string]: unknown;
            };
            invoke: string;
            /** @enum {string} */
            version?: "v0" | "v1";
            /** Format: int32 */
            delay?: number;
        };
        /** @description What was POSTed to the notification's URL. */
        NotificationEventPayload: {
            notification: components["schemas"]["EventNotification"];
            /** @description The order as it was at event time, in the notification's `version`. */
            order?: {
                [key: string]: unknown;
            };
        };
        DeliveryAttempt: {
            /** Format: int32 */
            attempt: number;
            /** Format: date-time */
            time: string;
            /** @description The URL called (the notification's `invoke` with its templates expanded). */
            url: string;
            /** @enum {string} */
            outcome: "delivered" | "failed" | "refused";
            /**
             * Format: int32
             * @description HTTP status of the answer, when there was one.
             */
            status?: number;
            /** @description The answer's body (first 2,000 characters). */
            response?: string;
            /** Format: double */
            durationMs: number;
            /** @description Why the attempt failed or was refused. */
            error?: string;
        };
        /**
         * @description Error body of every error answer (RFC 9457 problem details, `application/problem+json`, DECISIONS 3), carrying the documented `BaseError` fields `code` and `message`.
         * @example {
         *       "type": "urn:norce-checkout-mock:problem:order-not-found",
         *       "title": "Order not found",
         *       "status": 404,
         *       "detail": "Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.",
         *       "instance": "/api/v0/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf",
         *       "code": "order-not-found",
         *       "message": "Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."
         *     }
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description URI identifying the problem type: `urn:norce-checkout-mock:problem:<code>` (a URN names the problem without inventing a web address).
             * @example urn:norce-checkout-mock:problem:order-not-found
             */
            type: string;
            /**
             * @description Short summary of the problem type; the same for every occurrence of a code.
             * @example Order not found
             */
            title: string;
            /**
             * Format: int32
             * @description HTTP status code.
             * @example 404
             */
            status: number;
            /**
             * @description Explanation of this occurrence of the problem.
             * @example Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.
             */
            detail: string;
            /**
             * @description The request path of this occurrence.
             * @example /api/v0/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf
             */
            instance?: string;
            /**
             * @description The `BaseError` code (`order-not-found` is the one the Norce docs show); the status and title follow from it.
             * @example order-not-found
             * @enum {string}
             */
            code: "validation-failed" | "malformed-json" | "malformed-request" | "unauthorized" | "route-not-found" | "order-not-found" | "consent-not-found" | "hook-not-found" | "notification-not-found" | "validation-not-found" | "payment-not-found" | "action-not-found" | "shipping-not-found" | "event-not-found" | "method-not-allowed" | "illegal-transition" | "consent-required" | "order-locked" | "hook-rejected" | "callback-limit-reached" | "payload-too-large" | "uri-too-long" | "unsupported-media-type" | "cross-origin-refused" | "request-timeout" | "headers-too-large" | "expectation-failed" | "internal-error";
            /**
             * @description The `BaseError` message.
             * @example Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.
             */
            message: string;
            /** @description Request-validation failures only; one entry per violation: the first 100, then one entry with keyword `truncated` whose message counts the ones not listed (the mock's own bound). */
            errors?: components["schemas"]["ProblemError"][];
        };
        /**
         * @description One request-validation violation.
         * @example {
         *       "location": "body/cart/items/0/quantity",
         *       "keyword": "type",
         *       "message": "must be integer, got \"2\""
         *     }
         */
        ProblemError: {
            /**
             * @description Where the violation is: `body/...`, `header/...`, `query/...` or `path/...` followed by the JSON pointer or name, e.g. `body/cart/items/0/quantity`, `header/x-merchant`, `query/limit`, `path/order_id`.
             * @example body/cart/items/0/quantity
             */
            location: string;
            /**
             * @description The rule that failed: the JSON Schema keyword (`type`, `required`, `enum`, `pattern`, `additionalProperties`, ...) or, for checks outside the schema, the kit's rule name (`requestBody`).
             * @example type
             */
            keyword: string;
            /**
             * @description Human-readable message.
             * @example must be integer
             */
            message: string;
        };
    };
    responses: {
        /** @description Bad Request (`validation-failed`, with one `errors` entry per violation). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unauthorized: the `Authorization: Bearer <token>` header is missing or not accepted. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found (`event-not-found`), also for another merchant's event. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Merchant identifier; only this merchant's events are visible.
         * @example thingsandstuff
         */
        MerchantHeader: string;
        /**
         * @description Event identifier.
         * @example 018f1ac8-7409-724b-b864-0a0a049719e2
         */
        EventId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only the events of this order.
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                order_id?: string;
                /**
                 * @description Alias of `order_id`, as the NorceTech Bruno collection sends it.
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId?: string;
                /**
                 * @description Only the events of this channel.
                 * @example thingsandstuff-se
                 */
                channel?: string;
                /**
                 * @description Only the events of notifications of this adapter.
                 * @example jetshop_adapter
                 */
                adapter_id?: string;
                /**
                 * @description Only the events of notifications with this reference.
                 * @example PuXCudQEiWTOHvquGGolFUVOuy
                 */
                reference?: string;
                /**
                 * @description Number of matching events skipped before the first returned one.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Maximum number of events returned.
                 * @example 10
                 */
                limit?: number;
            };
            header: {
                /**
                 * @description Merchant identifier; only this merchant's events are visible.
                 * @example thingsandstuff
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationEventPaginationSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    GetEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier; only this merchant's events are visible.
                 * @example thingsandstuff
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
            };
            path: {
                /**
                 * @description Event identifier.
                 * @example 018f1ac8-7409-724b-b864-0a0a049719e2
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    RetryEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier; only this merchant's events are visible.
                 * @example thingsandstuff
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
            };
            path: {
                /**
                 * @description Event identifier.
                 * @example 018f1ac8-7409-724b-b864-0a0a049719e2
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, no content. The new attempt is in the event's `deliveries`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
