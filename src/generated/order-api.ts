// Generated from openapi/order.yaml by `npm run generate`. Do not edit by hand:
// change the OpenAPI file and regenerate (a test fails when the two drift).
export interface paths {
    "/api/v0/checkout/orders": {
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
         * @description Get all orders. Only the orders of the `x-merchant`/`x-channel` pair are listed (DECISIONS 9). Every filter is optional and filters combine with AND; array filters are sent as repeated parameters (`?status=checkout&status=processing`) and match any of their values. The mock pages with `offset` (default 0) and `limit` (default 10, at most 100), sorts by `order_by` (default `created`) in `order_by_direction` (default `desc`), and sets `pagination.valueSum` to the sum of the filtered orders' `total.includingVat`; no match is `200` with an empty `data` (DECISIONS 12).
         */
        get: operations["GetCheckoutOrders"];
        put?: never;
        /**
         * Create a new Order
         * @description Creates an order in checkout state, whatever `state` the body carries: like the other server-owned fields (`shippings`, `payments`, `total`), a `state` sent is ignored (decision 66; move the order with `PUT .../state` afterwards). The mock answers `201` with `{ "id": "o_..." }` and a `Location` header, since every real client reads `res.body.id` (DECISIONS 2). `merchant` and `channel` are taken from the `x-merchant`/`x-channel` headers; values in the body are read-only and ignored (DECISIONS 9). Item, cart and shipping prices are stored as sent, but `total` is derived (DECISIONS 7). Ids (`o_...`, `ci_...`) are generated where missing (DECISIONS 13). Enum values are matched case-insensitively (DECISIONS 8).
         */
        post: operations["CreateCheckoutOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}": {
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
                order_id: components["parameters"]["OrderId"];
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
    "/api/v0/checkout/orders/{order_id}/attributes": {
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
                order_id: components["parameters"]["OrderId"];
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
    "/api/v0/checkout/orders/{order_id}/cart": {
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update order cart
         * @description Replaces the order cart. Item ids sent back by the client are kept; items without an id get a new `ci_...` id (DECISIONS 13). Prices are stored as sent and `order.total` is derived again (DECISIONS 7). The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        put: operations["UpdateCheckoutOrderCart"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/consents": {
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order consent
         * @description Adds a consent to the order. The consent `id` is chosen by the client (e.g. `ci_newsleter`). The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderConsent"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch consents, will only change value of Checked.
         * @description Patch consents, will only change value of Checked: each consent is matched by `id` and only its `checked` value changes; the other fields are ignored. An item whose `id` matches no consent of the order, or that has no `id`, makes the whole patch a `404` `consent-not-found` naming it, and nothing changes (decision 66). The mock answers `409` `order-locked` unless the order is in `checkout` (DECISIONS 6).
         */
        patch: operations["PatchCheckoutOrderConsents"];
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/consents/{consent_id}": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Consent identifier
                 * @example ci_newsleter
                 */
                consent_id: components["parameters"]["ConsentId"];
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
    "/api/v0/checkout/orders/{order_id}/customer/billing": {
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
                order_id: components["parameters"]["OrderId"];
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
    "/api/v0/checkout/orders/{order_id}/customer/shipping": {
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
                order_id: components["parameters"]["OrderId"];
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
    "/api/v0/checkout/orders/{order_id}/hooks": {
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order hook
         * @description Registers a hook on the order; the mock gives it an `oc_...` id (DECISIONS 13). The 0.1 field `subscribeTo` and the v1 field `scope` are accepted as aliases and echoed in the form of the path version used (DECISIONS 1). Hooks are called synchronously through `fetch` before a change is committed, as described on `Hook` (DECISIONS 10). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/hooks/{hook_id}": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Hook identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                hook_id: components["parameters"]["HookId"];
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
    "/api/v0/checkout/orders/{order_id}/notifications": {
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order notification
         * @description Registers a notification on the order; the mock gives it an `oc_...` id when none is sent (DECISIONS 13). Notifications are sent asynchronously through `fetch` after a change commits and `delay` ms, when the value at `scope` changed and validates against `schema` (DECISIONS 10); every delivery attempt is recorded in the event log (DECISIONS 11). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/notifications/{notification_id}": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Notification identifier
                 * @example ocGooDddTOjKOuFmNnkEozEpfuTh
                 */
                notification_id: components["parameters"]["NotificationId"];
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
    "/api/v0/checkout/orders/{order_id}/reference": {
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
                order_id: components["parameters"]["OrderId"];
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
    "/api/v0/checkout/orders/{order_id}/state": {
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
                order_id: components["parameters"]["OrderId"];
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
    "/api/v0/checkout/orders/{order_id}/validate": {
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an order
         * @description Validate order. The mock runs the built-in checks first (the cart has at least one item; when the order total is above zero, the amounts of the payments that are not `removed`, `cancelled` or `refunded` (decision 65) sum exactly to the order total including VAT), then calls every registered validation callback in parallel through `fetch`, where a non-2xx answer or a time-out is a failure carrying that callback's `adapterId`; it answers `200` with `[]` when everything passes and `400` with the `ValidationError[]` otherwise (DECISIONS 4). Validating does not change the order. The mock answers `409` `order-locked` when the order is in a final state (DECISIONS 6).
         */
        post: operations["Validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/validations": {
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create order validation
         * @description Registers a validation callback, called by `POST .../validate`; the mock gives it an `oc_...` id (DECISIONS 13). The 0.1 field `url` and the v1 field `invoke` are accepted as aliases and echoed in the form of the path version used (DECISIONS 1). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateCheckoutOrderValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/validations/{validation_id}": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Validation identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                validation_id: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update order validation
         * @description Replaces a validation callback, keeping its id. Known from the v1 types only; its existence in 0.1 is unconfirmed. `url` and `invoke` are aliases (DECISIONS 1). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
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
    "/api/v0/checkout/orders/{order_id}/payments": {
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
                order_id: components["parameters"]["OrderId"];
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
         * @description Creates a order payment. The mock answers `201` with `{ "id": "p_..." }` and a `Location` header (DECISIONS 2, 13). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateOrderPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/payments/{payment_id}": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
         * @description Updates a order payment with the body and answers the stored payment; its `id` is kept. Setting `state` to `removed` soft-deletes the payment (there is no DELETE). After-payment actions: also allowed in `completed` (captures and refunds come after completion); `409` `order-locked` only in `declined` or `removed` (decision 29). A state change the payment state rules forbid (`captured` to `cancelled`, anything after `refunded`, ...; see `PaymentState`) is a `409` `illegal-transition` (decision 65).
         */
        put: operations["UpdateOrderPayment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/payments/{payment_id}/actions": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
    "/api/v0/checkout/orders/{order_id}/payments/{payment_id}/actions/{action_id}/execute": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
                /**
                 * @description PaymentAction identifier
                 * @example pa_WqXnBdeHkLmPoRsTuVwYzAbCdE
                 */
                action_id: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a Payment PaymentAction
         * @description Execute a paymentAction for an order payment: the mock records a successful `paymentAction` transaction, and an action of type `capture`, `cancel` or `refund` puts the payment in `captured`, `cancelled` or `refunded` (decision 65; a move the payment state rules forbid is a `409` `illegal-transition` and records nothing). After-payment actions: also allowed in `completed` (captures and refunds come after completion); `409` `order-locked` only in `declined` or `removed` (decision 29).
         */
        post: operations["ExecutePaymentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/payments/{payment_id}/transactions": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
    "/api/v0/checkout/orders/{order_id}/shippings": {
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
                order_id: components["parameters"]["OrderId"];
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
         * @description Creates a order shipping. The mock answers `201` with `{ "id": "s_..." }` and a `Location` header (DECISIONS 2, 13). The shipping total counts in the derived `order.total` unless its state is `removed` (DECISIONS 7). The mock answers `409` `order-locked` only when the order is in a final state (DECISIONS 6).
         */
        post: operations["CreateOrderShipping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v0/checkout/orders/{order_id}/shippings/{shipping_id}": {
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Shipping identifier
                 * @example s_pmHreuEBboeezpixrHMDPQlazU
                 */
                shipping_id: components["parameters"]["ShippingId"];
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
         *           "url": "http://specific-feature-adapter.norce.io/api/v1/callbacks/orders/{order_id}/specific-callback"
         *         }
         *       ],
         *       "hooks": [
         *         {
         *           "invoke": "http://specific-feature-adapter.norce.io/api/v1/callbacks/orders/{order_id}/specific-callback"
         *         }
         *       ],
         *       "notifications": [
         *         {
         *           "invoke": "{configuration.adapter.internalUrl}/api/v1/callbacks/orders/{order.id}/specific-callback"
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
            /** @description Order actions are called in order to complete an action, such as 'Validate'. If provided the action is not completed if the response is not successful (e.g. http status code 400), note however that in case of a time constraint the action might be completed without a successful response. The mock keeps at most 50 per order (decision 86). */
            validations?: components["schemas"]["Callback"][];
            /** @description Hooks, added by a separate endpoint. The mock keeps at most 50 per order. */
            hooks?: components["schemas"]["Hook"][];
            /** @description Order notifications are called after an event has occurred, such as order reaching 'Completed' state. The mock keeps at most 50 per order. */
            notifications?: components["schemas"]["Notification"][];
            /** @description Order total including shipping fees. Always derived by the mock: cart total plus totals of shippings not `removed` (DECISIONS 7); a value sent by the client is ignored. */
            total?: components["schemas"]["Price"];
            /** @description Allows you to store any custom attributes for the order. */
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description Order state. Only `currentStatus` is writable; see `UpdateCheckoutOrderState` for the state machine (DECISIONS 5).
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
         * @description One entry of the state history, appended by every state change.
         * @example {
         *       "status": "checkout",
         *       "timeStamp": "2019-08-24T14:15:22Z"
         *     }
         */
        Transition: {
            /** @description The state that was set. */
            readonly status: components["schemas"]["OrderStatus"];
            /**
             * Format: date-time
             * @description UTC Time when state was set.
             * @example 2019-08-24T14:15:22Z
             */
            readonly timeStamp: string;
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
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description A cart item. `id` is generated (`ci_...`) when missing and kept when the client sends it back on a cart update (DECISIONS 13).
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
             * @description Unique identifier for the order
             * @example ci_FpEzyBvBBUyKxkeNriFUxZOCje
             */
            id?: string;
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
            /** @description Shipping and handling information of the item. */
            logistics?: components["schemas"]["Logistics"];
            /**
             * @description Indicates if item should be added after order has been accepted.
             * @example false
             */
            upsell?: boolean;
            /** @description Allows you to store any custom attributes for the item. */
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description Type of product; `physical` is the default.
         * @example physical
         * @enum {string}
         */
        ProductType: "physical" | "digital" | "giftCard" | "bundle";
        /**
         * @description Shipping and handling information of an item.
         * @example {
         *       "weight": 2500,
         *       "height": 100,
         *       "width": 50,
         *       "length": 200,
         *       "tags": [
         *         "string"
         *       ],
         *       "shippingDate": "2019-08-24T14:15:22Z"
         *     }
         */
        Logistics: {
            /**
             * Format: int32
             * @description Weight of the item in grams.
             * @example 2500
             */
            weight?: number;
            /**
             * Format: int32
             * @description Height of the item in millimeters.
             * @example 100
             */
            height?: number;
            /**
             * Format: int32
             * @description Width of the item in millimeters.
             * @example 50
             */
            width?: number;
            /**
             * Format: int32
             * @description Length of the item in millimeters.
             * @example 200
             */
            length?: number;
            /** @description Tags that can be used to setup custom delivery rules in delivery modules. */
            tags?: string[];
            /** Format: date-time */
            shippingDate?: string;
        };
        /**
         * @description A discount on the cart, an item or shipping.
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
             * @description Discount reference
             * @example summer-sale
             */
            reference?: string;
            /**
             * @description Description of the discount
             * @example 20 % off everything
             */
            description?: string;
            /**
             * @description Discount code
             * @example SUMMER20
             */
            code?: string;
            /** @description Total sum of discount */
            value?: components["schemas"]["Price"];
            /** @description Allows you to store any custom attributes for the discount. */
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description Whether a discount applies to items or shipping.
         * @example item
         * @enum {string}
         */
        DiscountType: "item" | "shipping";
        /**
         * @description A price, in major unit currency (e.g. SEK, not öre). Every amount of the mock lies within ±10^12 (its own bound, not a documented Norce limit: past it cents stop adding up exactly; decision 92); a larger one, or a change whose derived order total would be larger, is a 400.
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
         * @description Customer information. The docs list `type` as required, but real client traffic omits it, so it is optional on input: the mock fills it (from `billing.type`, else `person`) and always returns it.
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
            type?: components["schemas"]["CustomerType"];
            /** @description Allows you to store any custom attributes for the customer. */
            attributes?: components["schemas"]["Attributes"];
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
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description A consent the customer gives. The `id` is chosen by the client. Moving the order to `processing` or beyond needs every `required` consent `checked` (DECISIONS 5).
         * @example {
         *       "id": "ci_newsleter",
         *       "checked": true,
         *       "text": "string",
         *       "required": true
         *     }
         */
        Consent: {
            /**
             * @description Consent identifier.
             * @example ci_newsleter
             */
            id?: string;
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
         * @description A shipping of the order. Its `total` counts in the derived `order.total` unless its `state` is `removed` (DECISIONS 7).
         * @example {
         *       "id": "s_pmHreuEBboeezpixrHMDPQlazU",
         *       "merchant": "norce",
         *       "channel": "1",
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
         *         "carrierProductId": "19",
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
            /**
             * @description Merchant identifier
             * @example norce
             */
            merchant?: string;
            /**
             * @description Channel identifier
             * @example 1
             */
            channel?: string;
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
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description State of a shipping; `removed` soft-deletes it. Matched case-insensitively on input (DECISIONS 8).
         * @example intent
         * @enum {string}
         */
        ShippingState: "intent" | "removed" | "processing" | "failed" | "confirmed";
        /**
         * @description Delivery details of a shipping.
         * @example {
         *       "carrier": "PostNord",
         *       "carrierProductId": "19",
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
             * @description Carrier product identifier.
             * @example 19
             */
            carrierProductId?: string;
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
         * @description A payment of the order. There is no DELETE: setting `state` to `removed` soft-deletes it. Validate checks that the amounts of the payments that are not `removed`, `cancelled` or `refunded` cover the order total (DECISIONS 4, decision 65).
         * @example {
         *       "id": "p_KBiXuYjvYxsezKCQAMuuSKGDaT",
         *       "adapterId": "klarna-checkout",
         *       "name": "Klarna",
         *       "merchant": "norce",
         *       "channel": "1",
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
             * @description Merchant identifier
             * @example norce
             */
            merchant?: string;
            /**
             * @description Merchant channel
             * @example 1
             */
            channel?: string;
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
            attributes?: components["schemas"]["Attributes"];
            /** @description After payment actions */
            actions?: components["schemas"]["PaymentAction"][];
            /** @description Recurring payment information. */
            recurring?: components["schemas"]["Recurring"];
            /** @description Information about upsell transactions. */
            upsell?: components["schemas"]["Upsell"];
        };
        /**
         * @description Type of payment.
         * @example default
         * @enum {string}
         */
        PaymentType: "default" | "prepaid" | "voucher";
        /**
         * @description State of a payment; `removed` soft-deletes it. The first 10 values are those of the 0.1 docs; `cancelled` and `refunded` come from the v1 types and the older docs (a mock extension on v0, decision 65). Matched case-insensitively on input (DECISIONS 8). What may follow what (decision 65, else `409` `illegal-transition`): `cancelled` only before money moved (from `intent`, `processing`, `pending`, `confirmed`, `reserved`, `failed`, `declined`), and after it only `removed`; `refunded` only from `captured` or `credited`, and nothing after it; every other change is allowed, and the same state again always is. Executing a payment action of type `capture`, `cancel` or `refund` puts the payment in `captured`, `cancelled` or `refunded` by the same rules.
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
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description Information about upsell transactions.
         * @example {
         *       "eligible": true,
         *       "expiration": "2019-08-24T14:45:22Z",
         *       "transactions": [
         *         {
         *           "id": "upsell-4711",
         *           "state": "created"
         *         }
         *       ]
         *     }
         */
        Upsell: {
            /**
             * @description Whether the payment can be used for upsell.
             * @example true
             */
            eligible?: boolean;
            /**
             * Format: date-time
             * @description If provided this will indicate how long until upsell is no longer possible.
             * @example 2019-08-24T14:45:22Z
             */
            expiration?: string;
            /** @description Upsell transactions. */
            transactions?: components["schemas"]["UpsellTransaction"][];
            /** @description Allows you to store any custom attributes for the upsell. */
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description State of an upsell transaction.
         * @example created
         * @enum {string}
         */
        UpsellState: "created" | "actionRequired" | "completed" | "failed";
        /**
         * @description An upsell transaction.
         * @example {
         *       "id": "upsell-4711",
         *       "state": "created"
         *     }
         */
        UpsellTransaction: {
            /**
             * @description Provider-specific id for referencing the upsell transaction (e.g. Qliro upsellId, Walley checkout reference)
             * @example upsell-4711
             */
            id?: string;
            /** @description State derived from provider status mapping */
            state?: components["schemas"]["UpsellState"];
            /** @description Metadata that may vary between PSPs (items, URLs, constraints, ...) */
            attributes?: components["schemas"]["Attributes"];
        };
        /**
         * @description A validation callback (0.1 name), called by POST when the order is validated (DECISIONS 4). One URL is needed: the 0.1 field `url` or its v1 alias `invoke` (DECISIONS 1); the mock echoes the form of the path version used. URL templates `{order_id}`, `{order.id}` and `{configuration.<path>}`/`{config.<path>}` are expanded (DECISIONS 10). Send one of `url` and `invoke`, not both (decision 66).
         * @example {
         *       "id": "oc_BaDIudFOjBEuFmLlmDExePUFTh",
         *       "adapterId": "jetshop_adapter",
         *       "url": "http://specific-feature-adapter.norce.io/api/v1/callbacks/orders/{order_id}/specific-callback"
         *     }
         */
        Callback: {
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
             * @description Full valid url to be called by POST. If the url contains the substring '{order_id}' it will be replaced with the orders id before call is performed.
             * @example http://specific-feature-adapter.norce.io/api/v1/callbacks/orders/{order_id}/specific-callback
             */
            url?: string;
            /**
             * @description v1 name of `url` (DECISIONS 1). Url to invoke on callback trigger.
             * @example {config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation
             */
            invoke?: string;
            /**
             * @description Purpose of the validation.
             * @example Validates that all items are currently in stock.
             */
            description?: string;
            /**
             * @description Should be the same across orders. Used to track callbacks in event logs.
             * @example stock-validation
             */
            reference?: string;
        } & ({
            url: string;
        } | {
            invoke: string;
        });
        /**
         * @description The v1 name and form of `Callback` (`invoke` instead of `url`). Kept for type generation; the 0.1 operations use `Callback`, which accepts both forms (DECISIONS 1).
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
             * @description Unique ID for the validation.
             * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
             */
            readonly id?: string;
            /**
             * @description Validation Adapter ID.
             * @example jetshop_adapter
             */
            adapterId?: string;
            /**
             * @description Purpose of the validation.
             * @example Validates that all items are currently in stock.
             */
            description?: string;
            /**
             * @description Url to invoke on callback trigger. Can include references to adapter configuration and order inside curly braces.
             * @example {config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation
             */
            invoke?: string;
            /**
             * @description Should be the same across orders. Used to track callbacks in event logs.
             * @example stock-validation
             */
            reference?: string;
        };
        /**
         * @description A hook: a synchronous callback invoked when a change is attempted on a part of the
         *     order. Supported scopes (`subscribeTo`/`scope`, and `target`): `/state`, `/consents`,
         *     `/customer`, `/cart`, `/shippings`, `/payments`, or any other JSON pointer into the
         *     order (real clients use `/reference`). `subscribeTo` (0.1) and `scope` (v1) are
         *     aliases (DECISIONS 1): send one of them, not both (decision 66).
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
         *       "subscribeTo": "/state",
         *       "target": "/cart",
         *       "invoke": "http://specific-feature-adapter.norce.io/api/v1/callbacks/orders/{order_id}/specific-callback",
         *       "version": "v0"
         *     }
         */
        Hook: {
            /**
             * @description Unique ID for the callback.
             * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
             */
            readonly id?: string;
            /**
             * @description Identifier of the adapter owning the hook; used to resolve configuration references and for self-suppression.
             * @example jetshop_adapter
             */
            adapterId?: string;
            /**
             * @description Callback event. JSON pointer of the part of the order the hook subscribes to (0.1 name of `scope`).
             * @example /state
             */
            subscribeTo?: string;
            /**
             * @description v1 name of `subscribeTo` (DECISIONS 1). Valid json path inside the order. Does not support scope inside arrays.
             * @example /state
             */
            scope?: string;
            /**
             * @description The path to the property in the order that the hooks might respond with patches to. Used to correctly determine the order to call each hook in.
             * @example /cart
             */
            target?: string;
            /**
             * @description Full valid url to be called by POST. If the url contains the substring '{order_id}' it will be replaced with the orders id before call is performed.
             * @example http://specific-feature-adapter.norce.io/api/v1/callbacks/orders/{order_id}/specific-callback
             */
            invoke: string;
            /** @description The version of the order body you expect to receive in the callback. */
            version?: components["schemas"]["OrderVersion"];
            /**
             * @description Description of the hook purpose.
             * @example Reserve stock when the order moves to processing.
             */
            description?: string;
            /**
             * @description Should be the same across orders. Used to track hooks in event logs.
             * @example stock-reservation
             */
            reference?: string;
        };
        /**
         * @description A notification: an asynchronous callback. After a change commits and `delay` ms, when the value at `scope` changed and validates against `schema`, the mock POSTs `{ notification, order }` to `invoke` through `fetch` (DECISIONS 10) and records the attempt in the event log (DECISIONS 11).
         * @example {
         *       "id": "ocGooDddTOjKOuFmNnkEozEpfuTh",
         *       "adapterId": "jetshop_adapter",
         *       "reference": "PuXCudQEiWTOHvquGGolFUVOuy",
         *       "description": "Export payment information to Jetshop when order has been completed.",
         *       "scope": "/state/currentStatus",
         *       "schema": {
         *         "const": "completed"
         *       },
         *       "invoke": "{configuration.adapter.internalUrl}/api/v1/callbacks/orders/{order.id}/specific-callback",
         *       "version": "v0",
         *       "delay": 0
         *     }
         */
        Notification: {
            /**
             * @description Unique ID for the Notification
             * @example ocGooDddTOjKOuFmNnkEozEpfuTh
             */
            id?: string;
            /**
             * @description Identifier for the system responsible for this notification. If any reference to configuration is made inside curly braces in Invoke the configuration is found using this identifier.
             * @example jetshop_adapter
             */
            adapterId?: string;
            /**
             * @description Reference for the Notification. Should (but not required to) be unique for the order. Used to track notifications across different orders.
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
             * @example {configuration.adapter.internalUrl}/api/v1/callbacks/orders/{order.id}/specific-callback
             */
            invoke: string;
            /** @description The version of the order body you expect to receive in the callback. */
            version?: components["schemas"]["OrderVersion"];
            /**
             * Format: int32
             * @description The delay in ms before the notification is sent.
             * @example 0
             */
            delay?: number;
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
         * @description A page of orders.
         * @example {
         *       "data": [],
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 10,
         *         "size": 0,
         *         "valueSum": 0,
         *         "totalSize": 0
         *       }
         *     }
         */
        OrderPaginationSet: {
            /** @description Data set of requested orders */
            readonly data: components["schemas"]["Order"][];
            /** @description Pagination meta data */
            readonly pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description Pagination meta data (DECISIONS 12).
         * @example {
         *       "offset": 0,
         *       "limit": 10,
         *       "size": 1,
         *       "valueSum": 12.5,
         *       "totalSize": 1
         *     }
         */
        Pagination: {
            /**
             * Format: int32
             * @description Query offset
             * @example 0
             */
            readonly offset: number;
            /**
             * Format: int32
             * @description Query limit
             * @example 10
             */
            readonly limit: number;
            /**
             * Format: int32
             * @description Results count, after filtering (size of the returned set).
             * @example 1
             */
            readonly size: number;
            /**
             * Format: double
             * @description Sum of values, after filtering, Amount in major unit currency. The mock sums the `total.includingVat` of every order matching the filters (all pages).
             * @example 12.5
             */
            readonly valueSum: number;
            /**
             * Format: int32
             * @description Total size of available set
             * @example 1
             */
            readonly totalSize: number;
        };
        /**
         * @description Answer of a create operation (DECISIONS 2).
         * @example {
         *       "id": "o_yClTSySjyAuuBjmiBlHCjuEcTf"
         *     }
         */
        CreateResponse: {
            /**
             * @description Id of the created resource.
             * @example o_yClTSySjyAuuBjmiBlHCjuEcTf
             */
            id: string;
        };
        /**
         * @description Error body of the published docs. The mock sends these two fields inside every `Problem` (DECISIONS 3).
         * @example {
         *       "code": "order-not-found",
         *       "message": "Order with id:{id} not found."
         *     }
         */
        BaseError: {
            /**
             * @description Error code
             * @example order-not-found
             */
            code?: string;
            /**
             * @description Detailed error information
             * @example Order with id:{id} not found.
             */
            message?: string;
        };
        /**
         * @description One failed check of `POST .../validate` (DECISIONS 4). `adapterId` names the failing validation callback; it is absent for the built-in checks.
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
            code: string;
            /**
             * @description adapterId of the failing validation callback.
             * @example onhand_verify
             */
            adapterId?: string;
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
        /**
         * @description Allows you to store any custom attributes (free-form JSON object; values may be `null`).
         * @example {
         *       "property1": null,
         *       "property2": null
         *     }
         */
        Attributes: {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Bad Request: a missing or empty `x-merchant`/`x-channel` header, invalid parameters or an invalid body (`validation-failed`, with one `errors` entry per violation), or a body that is not JSON (`malformed-json`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unauthorized. The `Authorization: Bearer <token>` header is missing or the token is not accepted. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: the order does not exist or belongs to another `x-merchant`/`x-channel` pair (`order-not-found`, DECISIONS 9), or a sub-resource (consent, hook, notification, validation, payment, action, shipping) does not exist on the order (`not-found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: the order does not accept this change in its current state (`order-locked`, DECISIONS 6), the state transition is not allowed (`illegal-transition`, DECISIONS 5), a required consent is not checked (`consent-required`, DECISIONS 5), or a hook rejected the change (`hook-rejected`: it answered non-2xx, failed, timed out, or its JSON Patch was invalid; the order is left as it was, DECISIONS 10), or the order already holds the most hooks, notifications or validations the mock keeps (50 each: `callback-limit-reached`, decision 86). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Payload Too Large. The request body exceeds the mock's size limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unsupported Media Type. A request body must be sent as `application/json`. */
        UnsupportedMediaType: {
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
         * @description URL of the new resource.
         * @example /api/v0/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf
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
export type Logistics = components['schemas']['Logistics'];
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
export type Upsell = components['schemas']['Upsell'];
export type UpsellState = components['schemas']['UpsellState'];
export type UpsellTransaction = components['schemas']['UpsellTransaction'];
export type Callback = components['schemas']['Callback'];
export type Validation = components['schemas']['Validation'];
export type Hook = components['schemas']['Hook'];
export type Notification = components['schemas']['Notification'];
export type OrderVersion = components['schemas']['OrderVersion'];
export type OrderListOrderBy = components['schemas']['OrderListOrderBy'];
export type OrderListOrderByDirection = components['schemas']['OrderListOrderByDirection'];
export type OrderPaginationSet = components['schemas']['OrderPaginationSet'];
export type Pagination = components['schemas']['Pagination'];
export type CreateResponse = components['schemas']['CreateResponse'];
export type BaseError = components['schemas']['BaseError'];
export type ValidationError = components['schemas']['ValidationError'];
export type Problem = components['schemas']['Problem'];
export type ProblemError = components['schemas']['ProblemError'];
export type Attributes = components['schemas']['Attributes'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
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
                 * @description Free-text search (listed by the 0.1 text docs only). The mock matches it, case-insensitively, as a substring of the order id, the order and cart references, and the billing and shipping names, emails and phones.
                 * @example undulatsson
                 */
                search?: string;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
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
            /** @description Created. The body carries the id of the new order. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "o_yClTSySjyAuuBjmiBlHCjuEcTf"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            400: components["responses"]["BadRequest"];
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
                order_id: components["parameters"]["OrderId"];
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
            400: components["responses"]["BadRequest"];
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Attribute */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Attributes"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Consent identifier
                 * @example ci_newsleter
                 */
                consent_id: components["parameters"]["ConsentId"];
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
            409: components["responses"]["Conflict"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Consent identifier
                 * @example ci_newsleter
                 */
                consent_id: components["parameters"]["ConsentId"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Hook identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                hook_id: components["parameters"]["HookId"];
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
            409: components["responses"]["Conflict"];
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
                order_id: components["parameters"]["OrderId"];
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
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Notification identifier
                 * @example ocGooDddTOjKOuFmNnkEozEpfuTh
                 */
                notification_id: components["parameters"]["NotificationId"];
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
            409: components["responses"]["Conflict"];
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
                order_id: components["parameters"]["OrderId"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            /** @description The request has been accepted for processing, but the processing has not yet been completed or may have been canceled due to a more recent request being processed instead. No content. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Ignored. Clients may post no body or `{}` (the Angular client posts `{}`). */
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
            /** @description Validation failed (`application/json`, one `ValidationError` per failed check), or the request itself is invalid (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"][];
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description Validation callback */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Callback"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Validation identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                validation_id: components["parameters"]["ValidationId"];
            };
            cookie?: never;
        };
        /** @description Validation callback */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Callback"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Validation identifier
                 * @example oc_BaDIudFOjBEuFmLlmDExePUFTh
                 */
                validation_id: components["parameters"]["ValidationId"];
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
            409: components["responses"]["Conflict"];
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
                order_id: components["parameters"]["OrderId"];
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
            400: components["responses"]["BadRequest"];
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
                order_id: components["parameters"]["OrderId"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
            400: components["responses"]["BadRequest"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
                /**
                 * @description PaymentAction identifier
                 * @example pa_WqXnBdeHkLmPoRsTuVwYzAbCdE
                 */
                action_id: components["parameters"]["ActionId"];
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
            409: components["responses"]["Conflict"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
            400: components["responses"]["BadRequest"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Payment identifier
                 * @example p_KBiXuYjvYxsezKCQAMuuSKGDaT
                 */
                payment_id: components["parameters"]["PaymentId"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
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
            400: components["responses"]["BadRequest"];
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
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Shipping identifier
                 * @example s_pmHreuEBboeezpixrHMDPQlazU
                 */
                shipping_id: components["parameters"]["ShippingId"];
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
            400: components["responses"]["BadRequest"];
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
                order_id: components["parameters"]["OrderId"];
                /**
                 * @description Shipping identifier
                 * @example s_pmHreuEBboeezpixrHMDPQlazU
                 */
                shipping_id: components["parameters"]["ShippingId"];
            };
            cookie?: never;
        };
        requestBody: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}
