// Generated from openapi/order-v1.yaml by `npm run generate`. Do not edit by hand:
// change the OpenAPI file and regenerate (a test fails when the two drift).
export interface paths {
    "/api/v1/checkout/orders": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get orders
         * @description Get all orders. Only the orders of the `x-merchant`/`x-channel` pair are listed (DECISIONS 9). Every filter is optional and filters combine with AND; array filters are sent as repeated parameters (`?status=checkout&status=processing`) and match any of their values. The mock pages with `offset` (default 0) and `limit` (default 10, at most 100), sorts by `order_by` (default `created`) in `order_by_direction` (default `desc`); no match is `200` with an empty `data` (DECISIONS 12). v1 has neither the `search` filter nor `pagination.valueSum` of the 0.1 docs (decision 48).
         */
        get: operations["GetCheckoutOrders"];
        put?: never;
        /**
         * Create a new Order
         * @description Creates an order in checkout state. On v1 the mock answers `201` with the id of the new order as a bare JSON string (`"o_..."`), as the v1 types declare, and a `Location` header (decision 51; on v0 the body is `{ "id": ... }`, DECISIONS 2). `merchant` and `channel` are taken from the `x-merchant`/`x-channel` headers; values in the body are read-only and ignored (DECISIONS 9). Item, cart and shipping prices are stored as sent, but `total` is derived (DECISIONS 7). Ids (`o_...`, `ci_...`) are generated where missing (DECISIONS 13). Enum values are matched case-insensitively (DECISIONS 8).
         */
        post: operations["CreateCheckoutOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Get order by id
         * @description Get order for merchant and channel. An order of another `x-merchant`/`x-channel` pair answers `404`, never the order (DECISIONS 9). `total` is derived (DECISIONS 7).
         */
        get: operations["GetCheckoutOrder"];
        put?: never;
        post?: never;
        /**
         * Delete existing order
         * @description Delete order from a orders repository. Deleting is allowed in every state; it is not subject to the locking rules (DECISIONS 6).
         */
        delete: operations["DeleteCheckoutOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/attributes": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch order attributes
         * @description Merges the given keys into the order's `attributes` (keys not sent are kept). The mock answers `409` `order-locked` only when the order is in a final state (`completed`, `declined`, `removed`) (DECISIONS 6).
         */
        patch: operations["PatchCheckoutOrderAttributes"];
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/cart": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update order cart
         * @description Replaces the order cart. `Item.id` is read-only on v1: item ids are assigned by the server (`ci_...`, DECISIONS 13; decision 50). Prices are stored as sent and `order.total` is derived again (DECISIONS 7). The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        put: operations["UpdateCheckoutOrderCart"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/consents": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order consent
         * @description Adds a consent to the order. `Consent.id` is read-only on v1: the server assigns it (decision 50). The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderConsent"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch consents, will only change value of Checked.
         * @description Patch consents, will only change value of Checked: each consent is matched by `id` and only its `checked` value changes; the other fields are ignored. `Consent.id` is read-only in the v1 types, yet it is the only way to name a consent in this body. The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        patch: operations["PatchCheckoutOrderConsents"];
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/consents/{consentId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Consent identifier
                 * @example ci_newsleter
                 */
                consentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove order consent
         * @description Removes a consent from the order. The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        delete: operations["RemoveCheckoutOrderConsent"];
        options?: never;
        head?: never;
        /**
         * Patch consent, will only change value of Checked.
         * @description Patch consent, will only change value of Checked; the other fields of the body are ignored. The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        patch: operations["PatchCheckoutOrderConsent"];
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/customer/billing": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update Customer Billing Address
         * @description Replaces the customer billing address. When the customer has no `type` yet the mock fills it from the billing `type` (else `person`). Enum values are matched case-insensitively, so `"Person"` is accepted and stored as `person` (DECISIONS 8). The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        put: operations["UpdateCheckoutOrderCustomerBilling"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/customer/shipping": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update Customer Shipping Address
         * @description Replaces the customer shipping address. Enum values are matched case-insensitively, so `"Person"` is accepted and stored as `person` (DECISIONS 8). The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        put: operations["UpdateCheckoutOrderCustomerShipping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/hooks": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order hook
         * @description Registers a hook on the order; the mock gives it an `oc_...` id (DECISIONS 13). v1 names the watched part of the order `scope`; the 0.1 name `subscribeTo` is not part of v1 and is rejected (decision 48). Hooks are called synchronously through `fetch` before a change is committed, as described on `Hook` (DECISIONS 10). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/hooks/{hookId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Hook identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                hookId: components["parameters"]["HookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete order hook
         * @description Removes a hook from the order. The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        delete: operations["DeleteCheckoutOrderHook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/notifications": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order notification
         * @description Registers a notification on the order; `Notification.id` is read-only on v1, the mock assigns an `oc_...` id (DECISIONS 13; decision 50). Notifications are sent asynchronously through `fetch` after a change commits, when the value at `scope` changed and validates against `schema` (DECISIONS 10); v1 has no `delay` (decision 48). Every delivery attempt is recorded in the event log (DECISIONS 11). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/notifications/{notificationId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Notification identifier
                 * @example ocGooDddTOjKOuFmNnkEozEpfuTh
                 */
                notificationId: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete order notification
         * @description Removes a notification from the order. The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        delete: operations["DeleteCheckoutOrderNotification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/reference": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update Order Reference
         * @description Sets the external order reference. The body is a bare JSON string. The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        put: operations["UpdateCheckoutOrderReference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/state": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update Order State
         * @description Moves the order to `currentStatus` (only that field is writable; `transitions` is read-only) and appends a `Transition`. The mock enforces the state machine of DECISIONS 5: `checkout → processing → accepted → completed` (skipping forward is allowed), `processing → checkout`, `processing|accepted → declined`, and any non-final state `→ removed`; `completed`, `declined` and `removed` are final. An illegal transition answers `409` `illegal-transition` naming the current and requested state, and moving to `processing` or beyond with a `required` consent not `checked` answers `409` `consent-required` naming the consent ids.
         */
        put: operations["UpdateCheckoutOrderState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/validate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an order
         * @description Validate order. The mock runs the built-in checks first (the cart has at least one item; when the order total is above zero, the amounts of the payments that are not `removed` sum exactly to the order total including VAT), then calls every registered validation callback in parallel through `fetch`, where a non-2xx answer or a time-out is a failure carrying that callback's `adapterId`; it answers `200` with `[]` when everything passes and `400` with the `ValidationError[]` otherwise (DECISIONS 4). Validating does not change the order. The mock answers `409` `order-locked` when the order is in a final state (DECISIONS 6).
         */
        post: operations["Validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/validations": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order validation
         * @description Registers a validation callback, called by `POST .../validate`; `Validation.id` is read-only on v1, the mock assigns an `oc_...` id (DECISIONS 13; decision 50). v1 names the URL `invoke`; the 0.1 name `url` is not part of v1 and is rejected (decision 48). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/validations/{validationId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Validation identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update order validation
         * @description Replaces a validation callback, keeping its id. The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        put: operations["UpdateCheckoutOrderValidation"];
        post?: never;
        /**
         * Remove order validation
         * @description Removes a validation callback from the order. The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        delete: operations["RemoveCheckoutOrderValidation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/payments": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Get order payments
         * @description Get all payments of the order, including the `removed` ones.
         */
        get: operations["GetOrderPayments"];
        put?: never;
        /**
         * Create Order Payment
         * @description Creates a order payment. The mock answers `201` with `{ "id": "p_..." }` (a `CreateResponse`, as the v1 types declare) and a `Location` header (DECISIONS 2, 13). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateOrderPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/payments/{paymentId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /**
         * Get order payment
         * @description Get one payment of the order.
         */
        get: operations["GetOrderPayment"];
        /**
         * Update Order Payment
         * @description Updates a order payment with the body and answers the stored payment; its `id` is kept. Setting `state` to `removed` soft-deletes the payment (there is no DELETE). After-payment actions: also allowed in `completed` (captures and refunds come after completion); `409` `order-locked` only in `declined` or `removed` (decision 29).
         */
        put: operations["UpdateOrderPayment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/payments/{paymentId}/actions": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Payment PaymentAction
         * @description Add paymentAction for an order payment: the given actions are appended to the payment's `actions`, each with a generated id. After-payment actions: also allowed in `completed` (captures and refunds come after completion); `409` `order-locked` only in `declined` or `removed` (decision 29).
         */
        post: operations["AddPaymentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/payments/{paymentId}/actions/{actionId}/execute": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
                /**
                 * @description PaymentAction identifier
                 * @example pa_WqXnBdeHkLmPoRsTuVwYzAbCdE
                 */
                actionId: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a Payment PaymentAction
         * @description Execute a paymentAction for an order payment. After-payment actions: also allowed in `completed` (captures and refunds come after completion); `409` `order-locked` only in `declined` or `removed` (decision 29).
         */
        post: operations["ExecutePaymentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/payments/{paymentId}/transactions": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /**
         * Get transactions for an order payment
         * @description Get transactions for an order payment, oldest first.
         */
        get: operations["GetTransactionsForOrderPayment"];
        put?: never;
        /**
         * Add transaction for an order payment
         * @description Add transaction for an order payment; the mock sets `created` and answers the stored transaction. After-payment actions: also allowed in `completed` (captures and refunds come after completion); `409` `order-locked` only in `declined` or `removed` (decision 29).
         */
        post: operations["AddTransactionForOrderPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/shippings": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Get order shippings
         * @description Get all shippings of the order, including the `removed` ones.
         */
        get: operations["GetOrderShippings"];
        put?: never;
        /**
         * Create Order Shipping
         * @description Creates a order shipping. The mock answers `201` with `{ "id": "s_..." }` (a `CreateResponse`, as the v1 types declare) and a `Location` header (DECISIONS 2, 13). The shipping total counts in the derived `order.total` unless its state is `removed` (DECISIONS 7). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateOrderShipping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout/orders/{orderId}/shippings/{shippingId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Shipping identifier
                 * @example s_pmHreuEBboeezpixrHMDPQlazU
                 */
                shippingId: components["parameters"]["ShippingId"];
            };
            cookie?: never;
        };
        /**
         * Get order shipping
         * @description Get one shipping of the order.
         */
        get: operations["GetOrderShipping"];
        /**
         * Update Order Shipping
         * @description Updates a order shipping with the body and answers the stored shipping; its `id` is kept. Setting `state` to `removed` soft-deletes the shipping (there is no DELETE) and takes it out of the derived `order.total` (DECISIONS 7). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        put: operations["UpdateOrderShipping"];
        post?: never;
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
        /**
         * @description A checkout order. `merchant` and `channel` come from the `x-merchant`/`x-channel` headers. Read-only properties may be sent (real clients send `merchant` and `channel` in the create body) but are ignored.
         * @example {
         *       "id": "o_yClTSySjyAuuBjmiBlHCjuEcTf",
         *       "merchant": "string",
         *       "channel": "string",
         *       "reference": "string",
         *       "created": "2019-08-24T14:15:22Z",
         *       "lastModified": "2019-08-24T14:15:22Z",
         *       "state": {
         *         "currentStatus": "checkout",
         *         "transitions": []
         *       },
         *       "culture": "sv-SE",
         *       "currency": "SEK",
         *       "country": "SE",
         *       "cart": {
         *         "reference": "string",
         *         "items": [],
         *         "discounts": [],
         *         "total": {},
         *         "attributes": {}
         *       },
         *       "shippings": [
         *         {
         *           "total": {},
         *           "vatRate": 0.25
         *         }
         *       ],
         *       "payments": [
         *         {}
         *       ],
         *       "customer": {
         *         "billing": {},
         *         "shipping": {},
         *         "type": "person",
         *         "attributes": {}
         *       },
         *       "consents": [
         *         {}
         *       ],
         *       "validations": [
         *         {
         *           "invoke": "{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation"
         *         }
         *       ],
         *       "hooks": [
         *         {
         *           "invoke": "{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook"
         *         }
         *       ],
         *       "notifications": [
         *         {
         *           "invoke": "{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback"
         *         }
         *       ],
         *       "total": {
         *         "includingVat": 1234,
         *         "excludingVat": 987.2
         *       },
         *       "attributes": {
         *         "property1": null,
         *         "property2": null
         *       }
         *     }
         */
        Order: {
            /**
             * @description Unique identifier for the order
             * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
             */
            readonly id?: string;
            /**
             * @description Merchant identifier
             * @example norce
             */
            readonly merchant: string;
            /**
             * @description Merchant channel
             * @example 1
             */
            readonly channel: string;
            /**
             * @description External order reference
             * @example something-reference
             */
            reference?: string;
            /**
             * Format: date-time
             * @description Order creation date time
             * @example 2019-08-24T14:15:22Z
             */
            readonly created?: string;
            /**
             * Format: date-time
             * @description Order last modified date time
             * @example 2019-08-24T14:15:22Z
             */
            readonly lastModified?: string;
            /** @description Order state */
            state?: components["schemas"]["State"];
            /**
             * @description Order Culture, RFC-1766
             * @example sv-SE
             */
            culture?: string;
            /**
             * @description Order Currency, ISO 4217 alpha-3.
             * @example SEK
             */
            currency?: string;
            /**
             * @description Order Country. ISO 3166 alpha-2.
             * @example SE
             */
            country?: string;
            /** @description Order cart */
            cart?: components["schemas"]["Cart"];
            /** @description Shippings related to the order */
            readonly shippings?: components["schemas"]["Shipping"][];
            /** @description Payments related to the order */
            readonly payments?: components["schemas"]["Payment"][];
            /** @description Customer information */
            customer?: components["schemas"]["Customer"];
            /** @description Order consents */
            consents?: components["schemas"]["Consent"][];
            /** @description Order actions are called in order to complete an action, such as 'Validate'. If provided the action is not completed if the response is not successful (e.g. http status code 400), note however that in case of a time constraint the action might be completed without a successful response. */
            validations?: components["schemas"]["Validation"][];
            /** @description Hooks, added by a separate endpoint. */
            hooks?: components["schemas"]["Hook"][];
            /** @description Order notifications are called after an event has occurred, such as order reaching 'Completed' state. */
            notifications?: components["schemas"]["Notification"][];
            /** @description Order total including shipping fees. Always derived by the mock: cart total plus totals of shippings not `removed` (DECISIONS 7); a value sent by the client is ignored. */
            total?: components["schemas"]["Price"];
            /** @description Allows you to store any custom attributes for the order. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Order state. Only `currentStatus` is writable; see `UpdateCheckoutOrderState` for the state machine (DECISIONS 5). `currentStatus` is required (`x-mock-extension`).
         * @example {
         *       "currentStatus": "checkout",
         *       "transitions": [
         *         {
         *           "status": "checkout",
         *           "timeStamp": "2019-08-24T14:15:22Z"
         *         }
         *       ]
         *     }
         */
        State: {
            /** @description State of the order. */
            currentStatus: components["schemas"]["OrderStatus"];
            /** @description State transitions. */
            readonly transitions?: components["schemas"]["Transition"][];
        };
        /**
         * @description One entry of the state history, appended by every state change. Both members are optional in the v1 types; the mock always sends both.
         * @example {
         *       "status": "checkout",
         *       "timeStamp": "2019-08-24T14:15:22Z"
         *     }
         */
        Transition: {
            /** @description The state that was set. */
            readonly status?: components["schemas"]["OrderStatus"];
            /**
             * Format: date-time
             * @description UTC Time when state was set.
             * @example 2019-08-24T14:15:22Z
             */
            readonly timeStamp?: string;
        };
        /**
         * @description State of an order. `completed`, `declined` and `removed` are final (DECISIONS 5). Matched case-insensitively on input (DECISIONS 8).
         * @example checkout
         * @enum {string}
         */
        OrderStatus: "checkout" | "processing" | "accepted" | "completed" | "declined" | "removed";
        /**
         * @description Order cart. Prices and totals are stored as sent; the platform owns them (DECISIONS 7).
         * @example {
         *       "reference": "our-first-cart",
         *       "items": [
         *         {
         *           "reference": "cart-item-no-1",
         *           "sku": "T001",
         *           "name": "Thing",
         *           "quantity": 1,
         *           "total": {
         *             "includingVat": 12.5,
         *             "excludingVat": 10
         *           },
         *           "vatRate": 0.25
         *         }
         *       ],
         *       "total": {
         *         "includingVat": 12.5,
         *         "excludingVat": 10
         *       }
         *     }
         */
        Cart: {
            /**
             * @description Cart Reference
             * @example our-first-cart
             */
            reference?: string;
            /** @description List of Items. The mock accepts at most 500 (its own limit, not a documented Norce one); more is a `400` naming `maxItems`. */
            items?: components["schemas"]["Item"][];
            /** @description List of Discounts */
            discounts?: components["schemas"]["Discount"][];
            /** @description Cart total excluding shipping fees */
            total?: components["schemas"]["Price"];
            /** @description Allows you to store any custom attributes for the cart. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A cart item. `id` is read-only on v1: the server assigns it (`ci_...`, DECISIONS 13; decision 50). v1 has no `logistics` and no `upsell` (decision 48).
         * @example {
         *       "id": "ci_FpEzyBvBBUyKxkeNriFUxZOCje",
         *       "reference": "cart-item-reference-1",
         *       "name": "T-Shirt XL",
         *       "sku": "A000123",
         *       "productType": "physical",
         *       "url": "https://example.com/products/A000123",
         *       "imageUrl": "https://example.com/products/A000123/images/1",
         *       "quantity": 2,
         *       "unit": "st",
         *       "price": {
         *         "includingVat": 12.5,
         *         "excludingVat": 10
         *       },
         *       "total": {
         *         "includingVat": 25,
         *         "excludingVat": 20
         *       },
         *       "originalTotal": {
         *         "includingVat": 25,
         *         "excludingVat": 20
         *       },
         *       "vatRate": 0.25
         *     }
         */
        Item: {
            /**
             * @description Unique identifier of the item
             * @example ci_FpEzyBvBBUyKxkeNriFUxZOCje
             */
            readonly id?: string;
            /**
             * @description Optional. Platform cart item reference.
             * @example cart-item-reference-1
             */
            reference?: string;
            /**
             * @description Descriptive name
             * @example T-Shirt XL
             */
            name?: string;
            /**
             * @description SKU / article number
             * @example A000123
             */
            sku?: string;
            /** @description Type of product, physical is the default. */
            productType?: components["schemas"]["ProductType"];
            /** @description Child items when this item is a bundle. */
            items?: components["schemas"]["Item"][];
            /**
             * @description Product page URL
             * @example https://example.com/products/A000123
             */
            url?: string;
            /**
             * @description Product image URL
             * @example https://example.com/products/A000123/images/1
             */
            imageUrl?: string;
            /**
             * Format: int32
             * @description Quantity
             * @example 2
             */
            quantity?: number;
            /**
             * @description Unit of the quantity (st, kg)
             * @example st
             */
            unit?: string;
            /** @description Unit price, excluding discount */
            price?: components["schemas"]["Price"];
            /** @description Total price for all quantities, including discount */
            total?: components["schemas"]["Price"];
            /** @description Total price for all quantities, excluding discount */
            originalTotal?: components["schemas"]["Price"];
            /**
             * Format: double
             * @description VAT rate, 25 % = 0.25
             * @example 0.25
             */
            vatRate?: number;
            /** @description Discounts applied to the item */
            discounts?: components["schemas"]["Discount"][];
            /** @description Allows you to store any custom attributes for the item. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Type of product; `physical` is the default.
         * @example physical
         * @enum {string}
         */
        ProductType: "physical" | "digital" | "giftCard" | "bundle";
        /**
         * @description A discount on the cart, an item or shipping. v1 has no `reference` and no `description` (decision 48).
         * @example {
         *       "type": "item",
         *       "name": "Cart Discount",
         *       "code": "SUMMER20",
         *       "value": {
         *         "includingVat": 60,
         *         "excludingVat": 48
         *       }
         *     }
         */
        Discount: {
            /** @description Whether the discount applies to items or shipping. */
            type?: components["schemas"]["DiscountType"];
            /**
             * @description Name of the discount
             * @example Cart Discount
             */
            name?: string;
            /**
             * @description Discount code
             * @example SUMMER20
             */
            code?: string;
            /** @description Total sum of discount */
            value?: components["schemas"]["Price"];
            /** @description Allows you to store any custom attributes for the discount. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Whether a discount applies to items or shipping.
         * @example item
         * @enum {string}
         */
        DiscountType: "item" | "shipping";
        /**
         * @description A price, in major unit currency (e.g. SEK, not öre).
         * @example {
         *       "includingVat": 1234,
         *       "excludingVat": 987.2
         *     }
         */
        Price: {
            /**
             * Format: double
             * @description Total price including vat in the checkout specified currency. Amount in major unit currency.
             * @example 1234
             */
            includingVat?: number;
            /**
             * Format: double
             * @description Total price excluding vat in the checkout specified currency. Amount in major unit currency.
             * @example 987.2
             */
            excludingVat?: number;
        };
        /**
         * @description Customer information. `type` is required, as the v1 types declare (on v0 it is optional on input, DECISIONS 16).
         * @example {
         *       "billing": {
         *         "type": "person",
         *         "givenName": "Rosalinainho",
         *         "familyName": "Undulatsson",
         *         "streetAddress": "Adaptivevägen 18",
         *         "postalCode": "955 60",
         *         "city": "Boden",
         *         "country": "SE",
         *         "email": "rosalinainho.undulatsson@example.com"
         *       },
         *       "type": "person"
         *     }
         */
        Customer: {
            /** @description Billing address to the customer */
            billing?: components["schemas"]["Address"];
            /** @description Shipping address to the customer */
            shipping?: components["schemas"]["Address"];
            /** @description Type of customer (the docs' examples show `"Person"`; DECISIONS 8). */
            type: components["schemas"]["CustomerType"];
            /** @description Allows you to store any custom attributes for the customer. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Customer type. Matched case-insensitively on input (`"Person"` occurs in real traffic) and returned lower-case (DECISIONS 8).
         * @example person
         * @enum {string}
         */
        CustomerType: "person" | "organization";
        /**
         * @description A billing or shipping address.
         * @example {
         *       "type": "person",
         *       "givenName": "Rosalinainho",
         *       "familyName": "Undulatsson",
         *       "careOf": "Olleinho Jyckesson",
         *       "streetAddress": "Adaptivevägen 18",
         *       "streetAddress2": "Lgh 1203",
         *       "postalCode": "955 60",
         *       "city": "Boden",
         *       "region": "Norrbotten",
         *       "country": "SE",
         *       "phone": "0753892233",
         *       "email": "rosalinainho.undulatsson@example.com",
         *       "nationalIdentificationNumber": "890201-3286"
         *     }
         */
        Address: {
            /** @description Type of customer (the docs' examples show `"Person"`; DECISIONS 8). */
            type?: components["schemas"]["CustomerType"];
            /**
             * @description Given name
             * @example Rosalinainho
             */
            givenName?: string;
            /**
             * @description Family name
             * @example Undulatsson
             */
            familyName?: string;
            /**
             * @description Care of
             * @example Olleinho Jyckesson
             */
            careOf?: string;
            /** @description Reference to the customer */
            reference?: string;
            /**
             * @description Organization name
             * @example Storm
             */
            organizationName?: string;
            /**
             * @description Street address
             * @example Adaptivevägen 18
             */
            streetAddress?: string;
            /**
             * @description Street address, second line
             * @example Lgh 1203
             */
            streetAddress2?: string;
            /**
             * @description Postal code
             * @example 955 60
             */
            postalCode?: string;
            /**
             * @description City
             * @example Boden
             */
            city?: string;
            /**
             * @description Region
             * @example Norrbotten
             */
            region?: string;
            /**
             * @description Country, ISO 3166 alpha-2.
             * @example SE
             */
            country?: string;
            /**
             * @description Phone number
             * @example 0753892233
             */
            phone?: string;
            /**
             * @description Email address
             * @example rosalinainho.undulatsson@example.com
             */
            email?: string;
            /**
             * @description National identification number, e.g. a Swedish personnummer.
             * @example 890201-3286
             */
            nationalIdentificationNumber?: string;
            /**
             * @description Organization identification number, e.g. a Swedish organisationsnummer.
             * @example 212000-1355
             */
            organizationIdentificationNumber?: string;
            /** @description Allows you to store any custom attributes for the address. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A consent the customer gives. `id` is read-only on v1: the server assigns it (decision 50). Moving the order to `processing` or beyond needs every `required` consent `checked` (DECISIONS 5).
         * @example {
         *       "id": "ci_newsleter",
         *       "checked": true,
         *       "text": "string",
         *       "required": true
         *     }
         */
        Consent: {
            /**
             * @description Unique ID for the consent item.
             * @example ci_newsleter
             */
            readonly id?: string;
            /**
             * @description Consent checked status.
             * @example true
             */
            checked?: boolean;
            /**
             * @description Consent description.
             * @example I want to receive the newsletter.
             */
            text?: string;
            /**
             * @description Required for transitioning order state to 'Processing'
             * @example true
             */
            required?: boolean;
        };
        /**
         * @description A shipping of the order. Its `total` counts in the derived `order.total` unless its `state` is `removed` (DECISIONS 7). v1 has no `merchant` and no `channel` (decision 48).
         * @example {
         *       "id": "s_pmHreuEBboeezpixrHMDPQlazU",
         *       "state": "intent",
         *       "reference": "e8ed2091-c34c-4837-a3a8-bc827b0dc183",
         *       "tmsReference": "a935a628-f70c-47a4-a9f6-98c6d08c2ba3",
         *       "orderId": "o_DhZSbDfVzNzuxOzHyCFskzGzaJ",
         *       "adapterId": "ingrid-shipping-adapter",
         *       "name": "PostNord MyPack Home",
         *       "total": {
         *         "includingVat": 1234,
         *         "excludingVat": 987.2
         *       },
         *       "vatRate": 0.25,
         *       "deliveryDetails": {
         *         "carrier": "PostNord",
         *         "class": "standard",
         *         "product": {
         *           "reference": "mypack-home",
         *           "name": "MyPack Home"
         *         }
         *       },
         *       "addons": [
         *         {
         *           "reference": "evening-delivery",
         *           "price": 0.1
         *         }
         *       ]
         *     }
         */
        Shipping: {
            /**
             * @description Unique identifier
             * @example s_pmHreuEBboeezpixrHMDPQlazU
             */
            readonly id?: string;
            /** @description Current state of the shipping. */
            state?: components["schemas"]["ShippingState"];
            /**
             * @description External reference
             * @example e8ed2091-c34c-4837-a3a8-bc827b0dc183
             */
            reference?: string;
            /**
             * @description TMS reference
             * @example a935a628-f70c-47a4-a9f6-98c6d08c2ba3
             */
            tmsReference?: string;
            /**
             * @description Order id
             * @example o_DhZSbDfVzNzuxOzHyCFskzGzaJ
             */
            orderId?: string;
            /**
             * @description Adapter ID
             * @example ingrid-shipping-adapter
             */
            adapterId?: string;
            /**
             * @description Descriptive name
             * @example PostNord MyPack Home
             */
            name?: string;
            /** @description Total price of the shipping */
            total: components["schemas"]["Price"];
            /**
             * Format: double
             * @description VAT rate, 25 % = 0.25
             * @example 0.25
             */
            vatRate: number;
            /** @description Delivery details */
            deliveryDetails?: components["schemas"]["DeliveryDetails"];
            /** @description Shipping addons */
            addons?: components["schemas"]["Addon"][];
            /** @description Allows you to store any custom attributes for the shipping. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description State of a shipping; `removed` soft-deletes it. Matched case-insensitively on input (DECISIONS 8).
         * @example intent
         * @enum {string}
         */
        ShippingState: "intent" | "removed" | "processing" | "failed" | "confirmed";
        /**
         * @description Delivery details of a shipping. v1 has no `carrierProductId` (decision 48).
         * @example {
         *       "carrier": "PostNord",
         *       "class": "standard",
         *       "product": {
         *         "reference": "mypack-collect",
         *         "name": "MyPack Collect"
         *       },
         *       "pickupLocation": {
         *         "reference": "7890",
         *         "name": "ICA Supermarket Boden",
         *         "address": {
         *           "streetAddress": "Adaptivevägen 18",
         *           "city": "Boden",
         *           "postalCode": "955 60",
         *           "country": "SE"
         *         }
         *       }
         *     }
         */
        DeliveryDetails: {
            /**
             * @description Carrier name.
             * @example PostNord
             */
            carrier?: string;
            /**
             * @description Shipping class.
             * @example standard
             */
            class?: string;
            /** @description Carrier product. */
            product?: components["schemas"]["Product"];
            /** @description Pickup location. */
            pickupLocation?: components["schemas"]["PickupLocation"];
        };
        /**
         * @description Carrier product.
         * @example {
         *       "reference": "mypack-home",
         *       "name": "MyPack Home"
         *     }
         */
        Product: {
            /**
             * @description Product reference
             * @example mypack-home
             */
            reference?: string;
            /**
             * @description Carrier product name
             * @example MyPack Home
             */
            name?: string;
        };
        /**
         * @description Pickup location of a shipping.
         * @example {
         *       "reference": "7890",
         *       "name": "ICA Supermarket Boden",
         *       "address": {
         *         "streetAddress": "Adaptivevägen 18",
         *         "city": "Boden",
         *         "postalCode": "955 60",
         *         "country": "SE"
         *       }
         *     }
         */
        PickupLocation: {
            /**
             * @description Pickup location reference
             * @example 7890
             */
            reference?: string;
            /**
             * @description Pickup location name
             * @example ICA Supermarket Boden
             */
            name?: string;
            /** @description Pickup location address */
            address?: components["schemas"]["PickupLocationAddress"];
        };
        /**
         * @description Address of a pickup location.
         * @example {
         *       "streetAddress": "Adaptivevägen 18",
         *       "city": "Boden",
         *       "postalCode": "955 60",
         *       "country": "SE"
         *     }
         */
        PickupLocationAddress: {
            /**
             * @description Street address
             * @example Adaptivevägen 18
             */
            streetAddress?: string;
            /**
             * @description City
             * @example Boden
             */
            city?: string;
            /**
             * @description Postal code
             * @example 955 60
             */
            postalCode?: string;
            /**
             * @description Country, ISO 3166 alpha-2.
             * @example SE
             */
            country?: string;
        };
        /**
         * @description A shipping addon.
         * @example {
         *       "reference": "evening-delivery",
         *       "price": 0.1
         *     }
         */
        Addon: {
            /**
             * @description Shipping addon reference.
             * @example evening-delivery
             */
            reference?: string;
            /**
             * Format: double
             * @description Cost of addon. Amount in major unit currency.
             * @example 0.1
             */
            price?: number;
        };
        /**
         * @description A payment of the order. There is no DELETE: setting `state` to `removed` soft-deletes it. Validate checks that the amounts of the payments that are not `removed` cover the order total (DECISIONS 4). v1 has no `merchant`, `channel` or `upsell` (decision 48).
         * @example {
         *       "id": "p_KBiXuYjvYxsezKCQAMuuSKGDaT",
         *       "adapterId": "klarna-checkout",
         *       "name": "Klarna",
         *       "currency": "SEK",
         *       "type": "default",
         *       "orderId": "o_DhZSbDfVzNzuxOzHyCFskzGzaJ",
         *       "amount": 10,
         *       "state": "intent",
         *       "reference": "7d31e2cf-2d46-4db0-b87d-d65dfaae298f"
         *     }
         */
        Payment: {
            /**
             * @description Unique ID
             * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
             */
            readonly id?: string;
            /**
             * @description Adapter ID
             * @example klarna-checkout
             */
            adapterId?: string;
            /**
             * @description Payment service provider name
             * @example Klarna
             */
            name?: string;
            /**
             * @description Currency, ISO 4217 alpha-3.
             * @example SEK
             */
            currency?: string;
            /** @description Type of payment */
            type?: components["schemas"]["PaymentType"];
            /**
             * @description Order id
             * @example o_DhZSbDfVzNzuxOzHyCFskzGzaJ
             */
            orderId?: string;
            /**
             * Format: double
             * @description Amount to be covered by this payment. Amount in major unit currency.
             * @example 10
             */
            amount?: number;
            /**
             * Format: double
             * @description Upper limit usable by this payment (e.g. voucher balance). Amount in major unit currency.
             * @example 100
             */
            upperLimitAmount?: number;
            /** @description State of the payment (the docs' example shows `"Intent"`; DECISIONS 8). */
            state?: components["schemas"]["PaymentState"];
            /**
             * @description External reference, e.g. at the payment service provider.
             * @example 7d31e2cf-2d46-4db0-b87d-d65dfaae298f
             */
            reference?: string;
            /** @description Allows you to store any custom attributes for the payment. */
            attributes?: {
                [key: string]: unknown;
            };
            /** @description After payment actions */
            actions?: components["schemas"]["PaymentAction"][];
            /** @description Recurring payment information. */
            recurring?: components["schemas"]["Recurring"];
        };
        /**
         * @description Type of payment.
         * @example default
         * @enum {string}
         */
        PaymentType: "default" | "prepaid" | "voucher";
        /**
         * @description State of a payment; `removed` soft-deletes it. The 12 values of the v1 types, with `cancelled` and `refunded`. Matched case-insensitively on input (DECISIONS 8).
         * @example intent
         * @enum {string}
         */
        PaymentState: "intent" | "removed" | "processing" | "failed" | "confirmed" | "pending" | "declined" | "reserved" | "credited" | "captured" | "cancelled" | "refunded";
        /**
         * @description An after-payment action (e.g. capture, refund) offered by the payment adapter.
         * @example {
         *       "id": "pa_WqXnBdeHkLmPoRsTuVwYzAbCdE",
         *       "adapterId": "klarna-checkout",
         *       "type": "capture",
         *       "url": "http://klarna-adapter.norce.io/api/v1/payments/p_KBiXuYjvYxsezKCQAMuuSKGDaT/capture"
         *     }
         */
        PaymentAction: {
            /**
             * @description PaymentAction identifier
             * @example pa_WqXnBdeHkLmPoRsTuVwYzAbCdE
             */
            readonly id?: string;
            /**
             * @description Adapter ID
             * @example klarna-checkout
             */
            adapterId: string;
            /**
             * @description Type of action
             * @example capture
             */
            type: string;
            /**
             * @description URL called by POST when the action is executed.
             * @example http://klarna-adapter.norce.io/api/v1/payments/p_KBiXuYjvYxsezKCQAMuuSKGDaT/capture
             */
            url: string;
        };
        /**
         * @description A transaction posted on a payment.
         * @example {
         *       "event": "capture",
         *       "pspEvent": "CAPTURE",
         *       "amount": 20,
         *       "isSuccess": true,
         *       "pspStatus": "CAPTURED",
         *       "requestJson": "{\"captured_amount\":2000}",
         *       "responseJson": "{\"capture_id\":\"4ba29b50-be7b-44f5-a492-113e6a865e22\"}",
         *       "created": "2019-08-24T14:15:22Z"
         *     }
         */
        PaymentTransaction: {
            /** @description Transaction event. */
            event?: components["schemas"]["PaymentEvent"];
            /**
             * @description Event name at the payment service provider.
             * @example CAPTURE
             */
            pspEvent?: string;
            /**
             * Format: double
             * @description Amount after transaction.
             * @example 20
             */
            amount?: number;
            /**
             * @description Whether the transaction succeeded.
             * @example true
             */
            isSuccess?: boolean;
            /** @description Error details when the transaction failed. */
            errorDetail?: string;
            /**
             * @description Status at the payment service provider.
             * @example CAPTURED
             */
            pspStatus?: string;
            /**
             * @description Must be a valid json.
             * @example {"captured_amount":2000}
             */
            requestJson?: string;
            /**
             * @description Must be a valid json.
             * @example {"capture_id":"4ba29b50-be7b-44f5-a492-113e6a865e22"}
             */
            responseJson?: string;
            /**
             * Format: date-time
             * @description DateTime when transaction was posted.
             * @example 2019-08-24T14:15:22Z
             */
            readonly created?: string;
            /** @description The payment action that caused the transaction. */
            paymentAction?: components["schemas"]["PaymentAction"];
        };
        /**
         * @description Event of a payment transaction.
         * @example capture
         * @enum {string}
         */
        PaymentEvent: "open" | "process" | "confirm" | "reopen" | "cancel" | "paymentAction" | "capture" | "refund";
        /**
         * @description Recurring payment information.
         * @example {
         *       "token": "5f2a7c1e-8b8d-4d3e-9d5f-0c7b2c1d3e4f",
         *       "description": "Monthly subscription"
         *     }
         */
        Recurring: {
            /**
             * @description Recurring payment token.
             * @example 5f2a7c1e-8b8d-4d3e-9d5f-0c7b2c1d3e4f
             */
            token: string;
            /**
             * @description Description of the recurring payment.
             * @example Monthly subscription
             */
            description?: string;
            /** @description Allows you to store any custom attributes for the recurring payment. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A validation callback, called by `POST .../validate` (DECISIONS 4). The mock POSTs the order to `invoke` through `fetch`, with the URL templates `{order_id}`, `{order.id}` and `{configuration.<path>}`/`{config.<path>}` expanded (DECISIONS 10). v1 has no `url` (the 0.1 name of `invoke`, decision 48). `invoke` is required (`x-mock-extension`).
         * @example {
         *       "id": "oc_BaDIudFOjBEuFmLlmDExePUFTh",
         *       "adapterId": "jetshop_adapter",
         *       "description": "Validates that all items are currently in stock.",
         *       "invoke": "{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation",
         *       "reference": "stock-validation"
         *     }
         */
        Validation: {
            /**
             * @description Unique ID for the callback.
             * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
             */
            readonly id?: string;
            /**
             * @description Callback Adapter ID.
             * @example jetshop_adapter
             */
            adapterId?: string;
            /**
             * @description Description of the callback purpose.
             * @example Validates that all items are currently in stock.
             */
            description?: string;
            /**
             * @description Url to invoke on callback trigger. Can include references to adapter configuration and order inside curly braces.
             * @example {config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation
             */
            invoke: string;
            /**
             * @description Reference for the callback. Should be the same across orders. Used to track callbacks in event logs.
             * @example stock-validation
             */
            reference?: string;
        };
        /**
         * @description A hook: a synchronous callback invoked when a change is attempted on a part of the
         *     order. `scope` (and `target`) may be `/state`, `/consents`, `/customer`, `/cart`,
         *     `/shippings`, `/payments`, or any other JSON pointer into the order (real clients use
         *     `/reference`). v1 has no `subscribeTo` (the 0.1 name of `scope`, decision 48).
         *     `invoke` is required (`x-mock-extension`).
         *
         *     Protocol in the mock (DECISIONS 10): before committing a change that touches the scope
         *     or the target, the mock POSTs the order, in the `version` form, to `invoke` through
         *     `fetch`, with the URL templates `{order_id}`, `{order.id}` and
         *     `{configuration.<path>}`/`{config.<path>}` expanded. A `200` answer may carry a JSON
         *     Patch array that is applied to the order; a `400` answer rejects the change. Hooks of
         *     the adapter named in the `x-adapterid` request header are not called. The standalone
         *     server calls only allowed hosts (loopback by default); other targets are recorded as
         *     refused, never called.
         * @example {
         *       "id": "oc_BaDIudFOjBEuFmLlmDExePUFTh",
         *       "adapterId": "jetshop_adapter",
         *       "scope": "/state",
         *       "target": "/cart",
         *       "invoke": "{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook",
         *       "version": "v1"
         *     }
         */
        Hook: {
            /**
             * @description Unique ID for the callback.
             * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
             */
            readonly id?: string;
            /**
             * @description Callback Adapter ID; also used for self-suppression (`x-adapterid`).
             * @example jetshop_adapter
             */
            adapterId?: string;
            /**
             * @description Valid json path inside the order. Does not support scope inside arrays.
             * @example /state
             */
            scope?: string;
            /**
             * @description The path to the property in the order that the hooks might respond with patches to. Used to correctly determine the order to call each hook in.
             * @example /cart
             */
            target?: string;
            /**
             * @description Url to invoke on hook trigger. Can include references to adapter configuration and order inside curly braces.
             * @example {config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook
             */
            invoke: string;
            /** @description The version of the order body you expect to receive in the hook. */
            version?: components["schemas"]["OrderVersion"];
            /**
             * @description Description of the hook purpose.
             * @example Reserve stock when the order moves to processing.
             */
            description?: string;
            /**
             * @description Reference for the hook. Should be the same across orders. Used to track hooks in event logs.
             * @example stock-reservation
             */
            reference?: string;
        };
        /**
         * @description A notification: an asynchronous callback. After a change commits, when the value at `scope` changed and validates against `schema`, the mock POSTs `{ notification, order }` to `invoke` through `fetch` (DECISIONS 10) and records the attempt in the event log (DECISIONS 11). `id` is read-only on v1 (decision 50); v1 has no `delay` (decision 48). `invoke` is required (`x-mock-extension`).
         * @example {
         *       "id": "ocGooDddTOjKOuFmNnkEozEpfuTh",
         *       "adapterId": "jetshop_adapter",
         *       "reference": "PuXCudQEiWTOHvquGGolFUVOuy",
         *       "description": "Export payment information to Jetshop when order has been completed.",
         *       "scope": "/state/currentStatus",
         *       "schema": {
         *         "const": "completed"
         *       },
         *       "invoke": "{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback",
         *       "version": "v1"
         *     }
         */
        Notification: {
            /**
             * @description Unique ID for the Notification
             * @example ocGooDddTOjKOuFmNnkEozEpfuTh
             */
            readonly id?: string;
            /**
             * @description Identifier for the system responsible for this notification. If any reference to configuration is made inside curly braces in Invoke the configuration is found using this identifier.
             * @example jetshop_adapter
             */
            adapterId?: string;
            /**
             * @description Reference for the Notification. Should be the same across orders. Used to track notifications in event logs.
             * @example PuXCudQEiWTOHvquGGolFUVOuy
             */
            reference?: string;
            /**
             * @description Purpose or effect of the notification.
             * @example Export payment information to Jetshop when order has been completed.
             */
            description?: string;
            /**
             * @description Valid json path inside the order. Does not support scope inside arrays.
             * @example /state/currentStatus
             */
            scope?: string;
            /**
             * @description Json schema (https://json-schema.org/draft/2020-12/schema) on the scope. Notification triggers when a change occurs on the scope and the schema is valid for the scope.
             * @example {
             *       "const": "completed"
             *     }
             */
            schema?: {
                [key: string]: unknown;
            };
            /**
             * @description Url to invoke on notification trigger. Can include references to adapter configuration and order inside curly braces.
             * @example {config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback
             */
            invoke: string;
            /** @description The version of the order body you expect to receive in the notification. */
            version?: components["schemas"]["OrderVersion"];
        };
        /**
         * @description Version of the order body sent to a callback.
         * @example v0
         * @enum {string}
         */
        OrderVersion: "v0" | "v1";
        /**
         * @description Sort field of the order list.
         * @example created
         * @enum {string}
         */
        OrderListOrderBy: "created" | "billingEmail" | "billingName" | "cartTotal";
        /**
         * @description Sort direction of the order list.
         * @example desc
         * @enum {string}
         */
        OrderListOrderByDirection: "asc" | "desc";
        /**
         * @description A page of orders. Both members are optional in the v1 types; the mock always sends both.
         * @example {
         *       "data": [],
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 10,
         *         "size": 0,
         *         "totalSize": 0
         *       }
         *     }
         */
        OrderPaginationSet: {
            /** @description Data set of requested orders */
            readonly data?: components["schemas"]["Order"][];
            /** @description Pagination meta data */
            readonly pagination?: components["schemas"]["Pagination"];
        };
        /**
         * @description Pagination meta data (DECISIONS 12). Every member is optional in the v1 types; the mock always sends all four. v1 has no `valueSum` (decision 48).
         * @example {
         *       "offset": 0,
         *       "limit": 10,
         *       "size": 1,
         *       "totalSize": 1
         *     }
         */
        Pagination: {
            /**
             * Format: int32
             * @description Query offset
             * @example 0
             */
            readonly offset?: number;
            /**
             * Format: int32
             * @description Query limit
             * @example 10
             */
            readonly limit?: number;
            /**
             * Format: int32
             * @description Results count, after filtering (size of the returned set).
             * @example 1
             */
            readonly size?: number;
            /**
             * Format: int32
             * @description Total size of available set
             * @example 1
             */
            readonly totalSize?: number;
        };
        /**
         * @description Answer of creating a payment or a shipping (DECISIONS 2). `id` is optional in the v1 types; the mock always sends it.
         * @example {
         *       "id": "o_yClTSySjyAuuBjmiBlHCjuEcTf"
         *     }
         */
        CreateResponse: {
            /**
             * @description Id of the created resource.
             * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
             */
            id?: string;
        };
        /**
         * @description One failed check of `POST .../validate` (DECISIONS 4). `adapterId` names the failing validation callback; it is absent for the built-in checks. `code` is optional in the v1 types; the mock always sends it.
         * @example {
         *       "code": "validation-callback-failed",
         *       "adapterId": "onhand_verify"
         *     }
         */
        ValidationError: {
            /**
             * @description Code of the failed check: `cart-empty` or `payments-do-not-cover-total` for the built-in checks; for a validation callback, the codes it answered with (when its non-2xx body is a `ValidationError[]`), else `validation-callback-failed` (non-2xx or network error), `validation-callback-timeout` (no answer in time) or `validation-callback-refused` (host not allowed; the mock did not call it).
             * @example validation-callback-failed
             */
            code?: string;
            /**
             * @description adapterId of the failing validation callback.
             * @example onhand_verify
             */
            adapterId?: string;
        };
        /**
         * @description Error body of every error answer (RFC 9457 problem details), sent as `application/problem+json` (decision 46). The v1 types declare the five standard members, all optional, and allow extension members; the mock always sends `type`, `title`, `status`, `detail` and `instance` and adds the extension members `code`, `message` and (request-validation failures only) `errors`.
         * @example {
         *       "type": "urn:norce-checkout-mock:problem:order-not-found",
         *       "title": "Order not found",
         *       "status": 404,
         *       "detail": "Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.",
         *       "instance": "/api/v1/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf",
         *       "code": "order-not-found",
         *       "message": "Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."
         *     }
         */
        ProblemDetails: {
            /**
             * Format: uri-reference
             * @description URI identifying the problem type: `urn:norce-checkout-mock:problem:<code>` (DECISIONS 18).
             * @example urn:norce-checkout-mock:problem:order-not-found
             */
            type?: string;
            /**
             * @description Short summary of the problem type; the same for every occurrence of a code.
             * @example Order not found
             */
            title?: string;
            /**
             * Format: int32
             * @description HTTP status code.
             * @example 404
             */
            status?: number;
            /**
             * @description Explanation of this occurrence of the problem.
             * @example Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.
             */
            detail?: string;
            /**
             * @description The request path of this occurrence.
             * @example /api/v1/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf
             */
            instance?: string;
            /**
             * @description The problem code (`x-mock-extension`); `status` and `title` follow from it.
             * @example order-not-found
             */
            code?: string;
            /**
             * @description The `BaseError` message (`x-mock-extension`).
             * @example Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.
             */
            message?: string;
            /** @description Request-validation failures only (`x-mock-extension`); one entry per violation, all of them. */
            errors?: {
                /**
                 * @description Where the violation is: `body/...`, `header/...`, `query/...` or `path/...` followed by the JSON pointer or name, e.g. `body/cart/items/0/quantity`, `header/x-merchant`, `query/limit`, `path/orderId`.
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
            }[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Declared by the v1 types. Bad Request: a missing or empty `x-merchant`/`x-channel` header, invalid parameters or an invalid body (`validation-failed`, with one `errors` entry per violation), or a body that is not JSON (`malformed-json`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Not declared by the v1 types for this operation (`x-mock-extension`). Bad Request: a missing or empty `x-merchant`/`x-channel` header, invalid parameters or an invalid body (`validation-failed`, with one `errors` entry per violation), or a body that is not JSON (`malformed-json`). */
        MockBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Declared by the v1 types. Unauthorized. The `Authorization: Bearer <token>` header is missing or the token is not accepted (DECISIONS 9). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Not declared by the v1 types for this operation (`x-mock-extension`). Unauthorized. The `Authorization: Bearer <token>` header is missing or the token is not accepted (DECISIONS 9). */
        MockUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Forbidden. Declared by the v1 types for hooks, notifications, validations and payment actions; the mock never sends it (a missing or rejected token is `401`, another tenant's order is `404`, DECISIONS 9). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Declared by the v1 types. Not Found: the order does not exist or belongs to another `x-merchant`/`x-channel` pair (`order-not-found`, DECISIONS 9), or a sub-resource (consent, hook, notification, validation, payment, action, shipping) does not exist on the order. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Not declared by the v1 types for this operation (`x-mock-extension`). Not Found: the order does not exist or belongs to another `x-merchant`/`x-channel` pair (`order-not-found`, DECISIONS 9), or a sub-resource (consent, hook, notification, validation, payment, action, shipping) does not exist on the order. */
        MockNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Conflict (`x-mock-extension`): the order does not accept this change in its current state (`order-locked`, DECISIONS 6), the state transition is not allowed (`illegal-transition`, DECISIONS 5), a required consent is not checked (`consent-required`, DECISIONS 5), a hook rejected the change (`hook-rejected`, DECISIONS 10), or the order already holds 50 hooks, notifications or validations (`callback-limit-reached`, decision 86). */
        MockConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Payload Too Large (`x-mock-extension`). The request body exceeds the mock's size limit (DECISIONS 32). */
        MockPayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Unsupported Media Type (`x-mock-extension`). A request body must be sent as `application/json`. */
        MockUnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: {
        /**
         * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
         * @example norce
         */
        MerchantHeader: string;
        /**
         * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
         * @example 1
         */
        ChannelHeader: string;
        /**
         * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
         * @example qliro_checkout_adapter
         */
        AdapterIdHeader: string;
        /**
         * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
         * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
         */
        OrderId: string;
        /**
         * @description Consent identifier
         * @example ci_newsleter
         */
        ConsentId: string;
        /**
         * @description Hook identifier
         * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
         */
        HookId: string;
        /**
         * @description Notification identifier
         * @example ocGooDddTOjKOuFmNnkEozEpfuTh
         */
        NotificationId: string;
        /**
         * @description Validation identifier
         * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
         */
        ValidationId: string;
        /**
         * @description Payment identifier
         * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
         */
        PaymentId: string;
        /**
         * @description PaymentAction identifier
         * @example pa_WqXnBdeHkLmPoRsTuVwYzAbCdE
         */
        ActionId: string;
        /**
         * @description Shipping identifier
         * @example s_pmHreuEBboeezpixrHMDPQlazU
         */
        ShippingId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description URL of the new resource (`x-mock-extension`).
         * @example /api/v1/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf
         */
        Location: string;
    };
    pathItems: never;
}
export type Order = components['schemas']['Order'];
export type State = components['schemas']['State'];
export type Transition = components['schemas']['Transition'];
export type OrderStatus = components['schemas']['OrderStatus'];
export type Cart = components['schemas']['Cart'];
export type Item = components['schemas']['Item'];
export type ProductType = components['schemas']['ProductType'];
export type Discount = components['schemas']['Discount'];
export type DiscountType = components['schemas']['DiscountType'];
export type Price = components['schemas']['Price'];
export type Customer = components['schemas']['Customer'];
export type CustomerType = components['schemas']['CustomerType'];
export type Address = components['schemas']['Address'];
export type Consent = components['schemas']['Consent'];
export type Shipping = components['schemas']['Shipping'];
export type ShippingState = components['schemas']['ShippingState'];
export type DeliveryDetails = components['schemas']['DeliveryDetails'];
export type Product = components['schemas']['Product'];
export type PickupLocation = components['schemas']['PickupLocation'];
export type PickupLocationAddress = components['schemas']['PickupLocationAddress'];
export type Addon = components['schemas']['Addon'];
export type Payment = components['schemas']['Payment'];
export type PaymentType = components['schemas']['PaymentType'];
export type PaymentState = components['schemas']['PaymentState'];
export type PaymentAction = components['schemas']['PaymentAction'];
export type PaymentTransaction = components['schemas']['PaymentTransaction'];
export type PaymentEvent = components['schemas']['PaymentEvent'];
export type Recurring = components['schemas']['Recurring'];
export type Validation = components['schemas']['Validation'];
export type Hook = components['schemas']['Hook'];
export type Notification = components['schemas']['Notification'];
export type OrderVersion = components['schemas']['OrderVersion'];
export type OrderListOrderBy = components['schemas']['OrderListOrderBy'];
export type OrderListOrderByDirection = components['schemas']['OrderListOrderByDirection'];
export type OrderPaginationSet = components['schemas']['OrderPaginationSet'];
export type Pagination = components['schemas']['Pagination'];
export type CreateResponse = components['schemas']['CreateResponse'];
export type ValidationError = components['schemas']['ValidationError'];
export type ProblemDetails = components['schemas']['ProblemDetails'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseMockBadRequest = components['responses']['MockBadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseMockUnauthorized = components['responses']['MockUnauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseMockNotFound = components['responses']['MockNotFound'];
export type ResponseMockConflict = components['responses']['MockConflict'];
export type ResponseMockPayloadTooLarge = components['responses']['MockPayloadTooLarge'];
export type ResponseMockUnsupportedMediaType = components['responses']['MockUnsupportedMediaType'];
export type ParameterMerchantHeader = components['parameters']['MerchantHeader'];
export type ParameterChannelHeader = components['parameters']['ChannelHeader'];
export type ParameterAdapterIdHeader = components['parameters']['AdapterIdHeader'];
export type ParameterOrderId = components['parameters']['OrderId'];
export type ParameterConsentId = components['parameters']['ConsentId'];
export type ParameterHookId = components['parameters']['HookId'];
export type ParameterNotificationId = components['parameters']['NotificationId'];
export type ParameterValidationId = components['parameters']['ValidationId'];
export type ParameterPaymentId = components['parameters']['PaymentId'];
export type ParameterActionId = components['parameters']['ActionId'];
export type ParameterShippingId = components['parameters']['ShippingId'];
export type HeaderLocation = components['headers']['Location'];
export type $defs = Record<string, never>;
export interface operations {
    GetCheckoutOrders: {
        parameters: {
            query?: {
                /**
                 * @description Only orders whose billing address `country` is one of these (ISO 3166 alpha-2, case-insensitive).
                 * @example [
                 *       "SE",
                 *       "NO"
                 *     ]
                 */
                billing_countries?: string[];
                /**
                 * @description Only orders whose billing address `email` is one of these (case-insensitive).
                 * @example [
                 *       "henrikinho.undulatsson@example.com"
                 *     ]
                 */
                billing_emails?: string[];
                /**
                 * @description Only orders whose billing address name (`givenName`, `familyName`, or both separated by a space) is one of these (case-insensitive).
                 * @example [
                 *       "Henrikinho Undulatsson"
                 *     ]
                 */
                billing_names?: string[];
                /**
                 * @description Only orders whose billing address `phone` is one of these.
                 * @example [
                 *       "0701740612"
                 *     ]
                 */
                billing_phones?: string[];
                /**
                 * @description Only orders whose `cart.reference` equals this value (with the Norce adapter, the Commerce basket id).
                 * @example our-first-cart
                 */
                cart_reference?: string;
                /**
                 * @description Only orders whose `country` is one of these (ISO 3166 alpha-2, case-insensitive).
                 * @example [
                 *       "SE"
                 *     ]
                 */
                countries?: string[];
                /**
                 * @description Only orders `created` at or after this time.
                 * @example 2024-01-01T00:00:00Z
                 */
                date_from?: string;
                /**
                 * @description Only orders `created` at or before this time.
                 * @example 2024-12-31T23:59:59Z
                 */
                date_to?: string;
                /**
                 * @description Maximum number of orders returned (page size).
                 * @example 10
                 */
                limit?: number;
                /**
                 * @description Number of matching orders skipped before the first returned one.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Sort field. Defaults to `created`.
                 * @example created
                 */
                order_by?: components["schemas"]["OrderListOrderBy"];
                /**
                 * @description Sort direction. Defaults to `desc` (newest first with the default `order_by`).
                 * @example desc
                 */
                order_by_direction?: components["schemas"]["OrderListOrderByDirection"];
                /**
                 * @description Only the order that has a payment with this id.
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id?: string;
                /**
                 * @description Only orders whose external `reference` equals this value.
                 * @example something-reference
                 */
                reference?: string;
                /**
                 * @description Only orders whose shipping address `country` is one of these (ISO 3166 alpha-2, case-insensitive).
                 * @example [
                 *       "SE"
                 *     ]
                 */
                shipping_countries?: string[];
                /**
                 * @description Only orders whose shipping address `email` is one of these (case-insensitive).
                 * @example [
                 *       "henrikinho.undulatsson@example.com"
                 *     ]
                 */
                shipping_emails?: string[];
                /**
                 * @description Only orders whose shipping address name (`givenName`, `familyName`, or both separated by a space) is one of these (case-insensitive).
                 * @example [
                 *       "Henrikinho Undulatsson"
                 *     ]
                 */
                shipping_names?: string[];
                /**
                 * @description Only orders whose shipping address `phone` is one of these.
                 * @example [
                 *       "0701740612"
                 *     ]
                 */
                shipping_phones?: string[];
                /**
                 * @description Only orders whose `state.currentStatus` is one of these (case-insensitive, DECISIONS 8).
                 * @example [
                 *       "checkout",
                 *       "processing"
                 *     ]
                 */
                status?: components["schemas"]["OrderStatus"][];
            };
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
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
                    "application/json": components["schemas"]["OrderPaginationSet"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found. Declared by the v1 types; the mock never sends it here: a list without a match is `200` with an empty `data` (DECISIONS 12). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateCheckoutOrder: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new order. The body is optional; an empty order is created without it. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Order"];
            };
        };
        responses: {
            /** @description Created. The body is the id of the new order, a bare JSON string. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example o_yClTSySjyAuuBjmiBlHCjuEcTf */
                    "application/json": string;
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    GetCheckoutOrder: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
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
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    DeleteCheckoutOrder: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    PatchCheckoutOrderAttributes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Attribute */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    UpdateCheckoutOrderCart: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Cart"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    CreateCheckoutOrderConsent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Consent"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    PatchCheckoutOrderConsents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Consent"][];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    RemoveCheckoutOrderConsent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Consent identifier
                 * @example ci_newsleter
                 */
                consentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
        };
    };
    PatchCheckoutOrderConsent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Consent identifier
                 * @example ci_newsleter
                 */
                consentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Consent"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    UpdateCheckoutOrderCustomerBilling: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Billing address */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Address"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    UpdateCheckoutOrderCustomerShipping: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Shipping address */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Address"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    CreateCheckoutOrderHook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Hook"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    DeleteCheckoutOrderHook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Hook identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                hookId: components["parameters"]["HookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
        };
    };
    CreateCheckoutOrderNotification: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Notification"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    DeleteCheckoutOrderNotification: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Notification identifier
                 * @example ocGooDddTOjKOuFmNnkEozEpfuTh
                 */
                notificationId: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
        };
    };
    UpdateCheckoutOrderReference: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    UpdateCheckoutOrderState: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["State"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has been accepted for processing, but the processing has not yet been completed or may have been canceled due to a more recent request being processed instead. No content. Declared by the v1 types; the mock never sends it: it changes the state at once under the order's lock, so no request is ever in flight for a newer one to supersede (of two racing moves one wins with `200`, the other gets `409`, decision 27; decision 67). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    Validate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Ignored. Not declared by the v1 types (`x-mock-extension`): clients may post no body or `{}` (the Angular client posts `{}`). */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. Every check passed; the list is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"][];
                };
            };
            /** @description Validation failed (`application/json`, one `ValidationError` per failed check), or the request itself is invalid (`application/problem+json`, `x-mock-extension`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"][];
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    CreateCheckoutOrderValidation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Validation callback */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Validation"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    UpdateCheckoutOrderValidation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Validation identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        /** @description Validation callback */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Validation"];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    RemoveCheckoutOrderValidation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Validation identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                validationId: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
        };
    };
    GetOrderPayments: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
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
                    "application/json": components["schemas"]["Payment"][];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    CreateOrderPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Payment"];
            };
        };
        responses: {
            /** @description Created. The body carries the id of the new payment. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "p_KBiXuYjvYxsezKCQAMuuSKGDaT"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateResponse"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    GetOrderPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
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
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    UpdateOrderPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Payment"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    AddPaymentAction: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /** @description Payment Actions */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentAction"][];
            };
        };
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    ExecutePaymentAction: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
                /**
                 * @description PaymentAction identifier
                 * @example pa_WqXnBdeHkLmPoRsTuVwYzAbCdE
                 */
                actionId: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, no content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["MockUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MockNotFound"];
            409: components["responses"]["MockConflict"];
        };
    };
    GetTransactionsForOrderPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
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
                    "application/json": components["schemas"]["PaymentTransaction"][];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    AddTransactionForOrderPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PaymentTransaction"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentTransaction"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    GetOrderShippings: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
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
                    "application/json": components["schemas"]["Shipping"][];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    CreateOrderShipping: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Optional, as the v1 types declare (decision 54). A `Shipping` requires `total` and `vatRate`, so without a body the mock answers `400` (`x-mock-extension`, see `400`). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Shipping"];
            };
        };
        responses: {
            /** @description Created. The body carries the id of the new shipping. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "s_pmHreuEBboeezpixrHMDPQlazU"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateResponse"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
    GetOrderShipping: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Shipping identifier
                 * @example s_pmHreuEBboeezpixrHMDPQlazU
                 */
                shippingId: components["parameters"]["ShippingId"];
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
                    "application/json": components["schemas"]["Shipping"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    UpdateOrderShipping: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Merchant identifier. Missing or empty → `400` `validation-failed` naming `header/x-merchant`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example norce
                 */
                "x-merchant": components["parameters"]["MerchantHeader"];
                /**
                 * @description Channel identifier. Missing or empty → `400` `validation-failed` naming `header/x-channel`. An order is visible only to the merchant and channel that created it (DECISIONS 9).
                 * @example 1
                 */
                "x-channel": components["parameters"]["ChannelHeader"];
                /**
                 * @description Optional adapter identifier. When sent, hooks whose `adapterId` equals this value are not triggered by the change the request makes, so an adapter does not call itself (hook self-suppression, DECISIONS 10).
                 * @example qliro_checkout_adapter
                 */
                "x-adapterid"?: components["parameters"]["AdapterIdHeader"];
            };
            path: {
                /**
                 * @description Order identifier. An order of another `x-merchant`/`x-channel` pair is reported as not found (DECISIONS 9).
                 * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
                 */
                orderId: components["parameters"]["OrderId"];
                /**
                 * @description Shipping identifier
                 * @example s_pmHreuEBboeezpixrHMDPQlazU
                 */
                shippingId: components["parameters"]["ShippingId"];
            };
            cookie?: never;
        };
        /** @description Optional, as the v1 types declare (decision 54). A `Shipping` requires `total` and `vatRate`, so without a body the mock answers `400` (`x-mock-extension`, see `400`). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Shipping"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipping"];
                };
            };
            400: components["responses"]["MockBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MockConflict"];
            413: components["responses"]["MockPayloadTooLarge"];
            415: components["responses"]["MockUnsupportedMediaType"];
        };
    };
}
