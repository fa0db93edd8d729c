// Generated from openapi/order-v1.yaml by `npm run generate`. Do not edit by hand:
// change the OpenAPI file and regenerate (a test fails when the two drift).
// @ts-nocheck: Ajv's standalone code is JavaScript; the two exports are typed below.
import type { ValidateFunction } from 'ajv/dist/2020.js'

/** What the code calls at run time (src/validation/standalone-runtime.ts): this file imports nothing. */
export interface StandaloneRuntime {
  formats: Record<string, unknown>
  ucs2length: (text: string) => number
}

/** The Order API v1 contract: the validators of request bodies, responses and component schemas (no coercion), by key. */
export function createBodyValidators(runtime: StandaloneRuntime): Record<string, ValidateFunction> {
  const exports = {}
exports["CreateCheckoutOrder body"] = validate0;
const schema0 = {"type":"object","description":"A checkout order. `merchant` and `channel` come from the `x-merchant`/`x-channel` headers. Read-only properties may be sent (real clients send `merchant` and `channel` in the create body) but are ignored.","additionalProperties":false,"properties":{"id":{"type":"string","readOnly":true,"description":"Unique identifier for the order","example":"o_yClTSySjyAuuBjmiBlHCjuEcTf"},"merchant":{"type":"string","minLength":1,"readOnly":true,"description":"Merchant identifier","example":"norce"},"channel":{"type":"string","minLength":1,"readOnly":true,"description":"Merchant channel","example":"1"},"reference":{"type":"string","description":"External order reference","example":"something-reference"},"created":{"type":"string","format":"date-time","readOnly":true,"description":"Order creation date time","example":"2019-08-24T14:15:22Z"},"lastModified":{"type":"string","format":"date-time","readOnly":true,"description":"Order last modified date time","example":"2019-08-24T14:15:22Z"},"state":{"$ref":"request:State","description":"Order state"},"culture":{"type":"string","pattern":"^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Order Culture, RFC-1766","example":"sv-SE"},"currency":{"type":"string","pattern":"^[A-Za-z]{3,3}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Order Currency, ISO 4217 alpha-3.","example":"SEK"},"country":{"type":"string","pattern":"^[A-Za-z]{2,2}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Order Country. ISO 3166 alpha-2.","example":"SE"},"cart":{"$ref":"request:Cart","description":"Order cart"},"shippings":{"type":"array","readOnly":true,"description":"Shippings related to the order","items":{"$ref":"request:Shipping"}},"payments":{"type":"array","readOnly":true,"description":"Payments related to the order","items":{"$ref":"request:Payment"}},"customer":{"$ref":"request:Customer","description":"Customer information"},"consents":{"type":"array","description":"Order consents","items":{"$ref":"request:Consent"}},"validations":{"type":"array","description":"Order actions are called in order to complete an action, such as 'Validate'. If provided the action is not completed if the response is not successful (e.g. http status code 400), note however that in case of a time constraint the action might be completed without a successful response.","maxItems":50,"x-mock-extension":"The mock keeps at most 50 per order (decision 86).","items":{"$ref":"request:Validation"}},"hooks":{"type":"array","description":"Hooks, added by a separate endpoint.","maxItems":50,"x-mock-extension":"The mock keeps at most 50 per order (decision 86).","items":{"$ref":"request:Hook"}},"notifications":{"type":"array","description":"Order notifications are called after an event has occurred, such as order reaching 'Completed' state.","maxItems":50,"x-mock-extension":"The mock keeps at most 50 per order (decision 86).","items":{"$ref":"request:Notification"}},"total":{"$ref":"request:Price","description":"Order total including shipping fees. Always derived by the mock: cart total plus totals of shippings not `removed` (DECISIONS 7); a value sent by the client is ignored."},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the order."}},"example":{"id":"o_yClTSySjyAuuBjmiBlHCjuEcTf","merchant":"string","channel":"string","reference":"string","created":"2019-08-24T14:15:22Z","lastModified":"2019-08-24T14:15:22Z","state":{"currentStatus":"checkout","transitions":[]},"culture":"sv-SE","currency":"SEK","country":"SE","cart":{"reference":"string","items":[],"discounts":[],"total":{},"attributes":{}},"shippings":[{"total":{},"vatRate":0.25}],"payments":[{}],"customer":{"billing":{},"shipping":{},"type":"person","attributes":{}},"consents":[{}],"validations":[{"invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation"}],"hooks":[{"invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook"}],"notifications":[{"invoke":"{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback"}],"total":{"includingVat":1234,"excludingVat":987.2},"attributes":{"property1":null,"property2":null}},"$id":"request:Order"};
const func0 = Object.prototype.hasOwnProperty;
const func1 = runtime.ucs2length;
const formats0 = runtime.formats["date-time"];
const schema1 = {"type":"object","x-mock-extension":"`currentStatus` is required here and optional in the v1 types: a state change without a target state means nothing, so the mock answers it `400` instead of guessing; every order the mock sends has one (decision 49).","description":"Order state. Only `currentStatus` is writable; see `UpdateCheckoutOrderState` for the state machine (DECISIONS 5). `currentStatus` is required (`x-mock-extension`).","additionalProperties":false,"required":["currentStatus"],"properties":{"currentStatus":{"$ref":"request:OrderStatus","description":"State of the order."},"transitions":{"type":"array","readOnly":true,"description":"State transitions.","items":{"$ref":"request:Transition"}}},"example":{"currentStatus":"checkout","transitions":[{"status":"checkout","timeStamp":"2019-08-24T14:15:22Z"}]},"$id":"request:State"};
const schema2 = {"type":"string","description":"State of an order. `completed`, `declined` and `removed` are final (DECISIONS 5). Matched case-insensitively on input (DECISIONS 8).","example":"checkout","caseInsensitiveEnum":["checkout","processing","accepted","completed","declined","removed"],"$id":"request:OrderStatus"};
const obj0 = ["checkout","processing","accepted","completed","declined","removed"];

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj0.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema2.caseInsensitiveEnum},message:"must be one of \"checkout\", \"processing\", \"accepted\", \"completed\", \"declined\", \"removed\"",schema:schema2.caseInsensitiveEnum,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema2.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema3 = {"type":"object","description":"One entry of the state history, appended by every state change. Both members are optional in the v1 types; the mock always sends both.","additionalProperties":false,"properties":{"status":{"$ref":"request:OrderStatus","readOnly":true,"description":"The state that was set."},"timeStamp":{"type":"string","format":"date-time","readOnly":true,"description":"UTC Time when state was set.","example":"2019-08-24T14:15:22Z"}},"example":{"status":"checkout","timeStamp":"2019-08-24T14:15:22Z"},"$id":"request:Transition"};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Transition" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "status") || (key0 === "timeStamp"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate2(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.timeStamp !== undefined){
let data1 = data.timeStamp;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err1 = {instancePath:instancePath+"/timeStamp",schemaPath:"#/properties/timeStamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema3.properties.timeStamp,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/timeStamp",schemaPath:"#/properties/timeStamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.timeStamp.type,parentSchema:schema3.properties.timeStamp,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:State" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currentStatus === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currentStatus"},message:"must have required property '"+"currentStatus"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "currentStatus") || (key0 === "transitions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.currentStatus !== undefined){
if(!(validate2(data.currentStatus, {instancePath:instancePath+"/currentStatus",parentData:data,parentDataProperty:"currentStatus",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.transitions !== undefined){
let data1 = data.transitions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate4(data1[i0], {instancePath:instancePath+"/transitions/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.transitions.type,parentSchema:schema1.properties.transitions,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema4 = {"type":"object","description":"Order cart. Prices and totals are stored as sent; the platform owns them (DECISIONS 7).","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Cart Reference","example":"our-first-cart"},"items":{"type":"array","description":"List of Items. The mock accepts at most 500 (its own limit, not a documented Norce one); more is a `400` naming `maxItems`.","maxItems":500,"x-mock-extension":"The mock's own limit (DECISIONS 32, decision 49).","items":{"$ref":"request:Item"}},"discounts":{"type":"array","description":"List of Discounts","items":{"$ref":"request:Discount"}},"total":{"$ref":"request:Price","description":"Cart total excluding shipping fees"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the cart."}},"example":{"reference":"our-first-cart","items":[{"reference":"cart-item-no-1","sku":"T001","name":"Thing","quantity":1,"total":{"includingVat":12.5,"excludingVat":10},"vatRate":0.25}],"total":{"includingVat":12.5,"excludingVat":10}},"$id":"request:Cart"};
const schema5 = {"type":"object","description":"A cart item. `id` is read-only on v1: the server assigns it (`ci_...`, DECISIONS 13; decision 50). v1 has no `logistics` and no `upsell` (decision 48).","additionalProperties":false,"properties":{"id":{"type":"string","readOnly":true,"description":"Unique identifier of the item","example":"ci_FpEzyBvBBUyKxkeNriFUxZOCje"},"reference":{"type":"string","description":"Optional. Platform cart item reference.","example":"cart-item-reference-1"},"name":{"type":"string","description":"Descriptive name","example":"T-Shirt XL"},"sku":{"type":"string","description":"SKU / article number","example":"A000123"},"productType":{"$ref":"request:ProductType","description":"Type of product, physical is the default."},"items":{"type":"array","description":"Child items when this item is a bundle.","items":{"$ref":"request:Item"}},"url":{"type":"string","description":"Product page URL","example":"https://example.com/products/A000123"},"imageUrl":{"type":"string","description":"Product image URL","example":"https://example.com/products/A000123/images/1"},"quantity":{"type":"integer","format":"int32","description":"Quantity","example":2},"unit":{"type":"string","description":"Unit of the quantity (st, kg)","example":"st"},"price":{"$ref":"request:Price","description":"Unit price, excluding discount"},"total":{"$ref":"request:Price","description":"Total price for all quantities, including discount"},"originalTotal":{"$ref":"request:Price","description":"Total price for all quantities, excluding discount"},"vatRate":{"type":"number","format":"double","description":"VAT rate, 25 % = 0.25","example":0.25},"discounts":{"type":"array","description":"Discounts applied to the item","items":{"$ref":"request:Discount"}},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the item."}},"example":{"id":"ci_FpEzyBvBBUyKxkeNriFUxZOCje","reference":"cart-item-reference-1","name":"T-Shirt XL","sku":"A000123","productType":"physical","url":"https://example.com/products/A000123","imageUrl":"https://example.com/products/A000123/images/1","quantity":2,"unit":"st","price":{"includingVat":12.5,"excludingVat":10},"total":{"includingVat":25,"excludingVat":20},"originalTotal":{"includingVat":25,"excludingVat":20},"vatRate":0.25},"$id":"request:Item"};
const schema6 = {"type":"string","description":"Type of product; `physical` is the default.","example":"physical","caseInsensitiveEnum":["physical","digital","giftCard","bundle"],"$id":"request:ProductType"};
const obj1 = ["physical","digital","giftcard","bundle"];

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:ProductType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj1.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema6.caseInsensitiveEnum},message:"must be one of \"physical\", \"digital\", \"giftCard\", \"bundle\"",schema:schema6.caseInsensitiveEnum,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema6.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema7 = {"type":"object","description":"A price, in major unit currency (e.g. SEK, not öre).","additionalProperties":false,"properties":{"includingVat":{"type":"number","format":"double","description":"Total price including vat in the checkout specified currency. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":1234},"excludingVat":{"type":"number","format":"double","description":"Total price excluding vat in the checkout specified currency. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":987.2}},"example":{"includingVat":1234,"excludingVat":987.2},"$id":"request:Price"};
const formats8 = runtime.formats.double;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Price" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "includingVat") || (key0 === "excludingVat"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.includingVat !== undefined){
let data0 = data.includingVat;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000000000000 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema7.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -1000000000000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema7.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats8.validate(data0))){
const err3 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema7.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.properties.includingVat.type,parentSchema:schema7.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.excludingVat !== undefined){
let data1 = data.excludingVat;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema7.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < -1000000000000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema7.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats8.validate(data1))){
const err7 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema7.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.properties.excludingVat.type,parentSchema:schema7.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema8 = {"type":"object","description":"A discount on the cart, an item or shipping. v1 has no `reference` and no `description` (decision 48).","additionalProperties":false,"properties":{"type":{"$ref":"request:DiscountType","description":"Whether the discount applies to items or shipping."},"name":{"type":"string","description":"Name of the discount","example":"Cart Discount"},"code":{"type":"string","description":"Discount code","example":"SUMMER20"},"value":{"$ref":"request:Price","description":"Total sum of discount"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the discount."}},"example":{"type":"item","name":"Cart Discount","code":"SUMMER20","value":{"includingVat":60,"excludingVat":48}},"$id":"request:Discount"};
const schema9 = {"type":"string","description":"Whether a discount applies to items or shipping.","example":"item","caseInsensitiveEnum":["item","shipping"],"$id":"request:DiscountType"};
const obj2 = ["item","shipping"];

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:DiscountType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate17.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj2.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema9.caseInsensitiveEnum},message:"must be one of \"item\", \"shipping\"",schema:schema9.caseInsensitiveEnum,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema9.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate17.errors = vErrors;
return errors === 0;
}
validate17.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Discount" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "name")) || (key0 === "code")) || (key0 === "value")) || (key0 === "attributes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if(!(validate17(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.name.type,parentSchema:schema8.properties.name,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.code.type,parentSchema:schema8.properties.code,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.value !== undefined){
if(!(validate12(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data4 = data.attributes;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
const err3 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.properties.attributes.type,parentSchema:schema8.properties.attributes,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const wrapper0 = {validate: validate9};
const formats6 = runtime.formats.int32;

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Item" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate9.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema5.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.id.type,parentSchema:schema5.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.reference !== undefined){
let data1 = data.reference;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.reference.type,parentSchema:schema5.properties.reference,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.name.type,parentSchema:schema5.properties.name,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sku !== undefined){
let data3 = data.sku;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.sku.type,parentSchema:schema5.properties.sku,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.productType !== undefined){
if(!(validate10(data.productType, {instancePath:instancePath+"/productType",parentData:data,parentDataProperty:"productType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.items !== undefined){
let data5 = data.items;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data5[i0], {instancePath:instancePath+"/items/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.properties.items.type,parentSchema:schema5.properties.items,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 !== "string"){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.url.type,parentSchema:schema5.properties.url,data:data7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.imageUrl !== undefined){
let data8 = data.imageUrl;
if(typeof data8 !== "string"){
const err7 = {instancePath:instancePath+"/imageUrl",schemaPath:"#/properties/imageUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.imageUrl.type,parentSchema:schema5.properties.imageUrl,data:data8};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.quantity !== undefined){
let data9 = data.quantity;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err8 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema5.properties.quantity.type,parentSchema:schema5.properties.quantity,data:data9};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats6.validate(data9))){
const err9 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema5.properties.quantity,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.unit !== undefined){
let data10 = data.unit;
if(typeof data10 !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.unit.type,parentSchema:schema5.properties.unit,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.price !== undefined){
if(!(validate12(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.total !== undefined){
if(!(validate12(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.originalTotal !== undefined){
if(!(validate12(data.originalTotal, {instancePath:instancePath+"/originalTotal",parentData:data,parentDataProperty:"originalTotal",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.vatRate !== undefined){
let data14 = data.vatRate;
if((typeof data14 == "number") && (isFinite(data14))){
if(!(formats8.validate(data14))){
const err11 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema5.properties.vatRate,data:data14};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema5.properties.vatRate.type,parentSchema:schema5.properties.vatRate,data:data14};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.discounts !== undefined){
let data15 = data.discounts;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(!(validate16(data15[i1], {instancePath:instancePath+"/discounts/" + i1,parentData:data15,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/discounts",schemaPath:"#/properties/discounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.properties.discounts.type,parentSchema:schema5.properties.discounts,data:data15};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.attributes !== undefined){
let data17 = data.attributes;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
const err14 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.properties.attributes.type,parentSchema:schema5.properties.attributes,data:data17};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}
validate9.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Cart" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "reference") || (key0 === "items")) || (key0 === "discounts")) || (key0 === "total")) || (key0 === "attributes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.reference.type,parentSchema:schema4.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
if(data1.length > 500){
const err2 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema4.properties.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate9(data1[i0], {instancePath:instancePath+"/items/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.items.type,parentSchema:schema4.properties.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.discounts !== undefined){
let data3 = data.discounts;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate16(data3[i1], {instancePath:instancePath+"/discounts/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/discounts",schemaPath:"#/properties/discounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.discounts.type,parentSchema:schema4.properties.discounts,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.total !== undefined){
if(!(validate12(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data6 = data.attributes;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
}
else {
const err5 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.attributes.type,parentSchema:schema4.properties.attributes,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.type,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema10 = {"type":"object","description":"A shipping of the order. Its `total` counts in the derived `order.total` unless its `state` is `removed` (DECISIONS 7). v1 has no `merchant` and no `channel` (decision 48).","additionalProperties":false,"required":["total","vatRate"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique identifier","example":"s_pmHreuEBboeezpixrHMDPQlazU"},"state":{"$ref":"request:ShippingState","description":"Current state of the shipping."},"reference":{"type":"string","description":"External reference","example":"e8ed2091-c34c-4837-a3a8-bc827b0dc183"},"tmsReference":{"type":"string","description":"TMS reference","example":"a935a628-f70c-47a4-a9f6-98c6d08c2ba3"},"orderId":{"type":"string","description":"Order id","example":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ"},"adapterId":{"type":"string","description":"Adapter ID","example":"ingrid-shipping-adapter"},"name":{"type":"string","description":"Descriptive name","example":"PostNord MyPack Home"},"total":{"$ref":"request:Price","description":"Total price of the shipping"},"vatRate":{"type":"number","format":"double","description":"VAT rate, 25 % = 0.25","example":0.25},"deliveryDetails":{"$ref":"request:DeliveryDetails","description":"Delivery details"},"addons":{"type":"array","description":"Shipping addons","items":{"$ref":"request:Addon"}},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the shipping."}},"example":{"id":"s_pmHreuEBboeezpixrHMDPQlazU","state":"intent","reference":"e8ed2091-c34c-4837-a3a8-bc827b0dc183","tmsReference":"a935a628-f70c-47a4-a9f6-98c6d08c2ba3","orderId":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ","adapterId":"ingrid-shipping-adapter","name":"PostNord MyPack Home","total":{"includingVat":1234,"excludingVat":987.2},"vatRate":0.25,"deliveryDetails":{"carrier":"PostNord","class":"standard","product":{"reference":"mypack-home","name":"MyPack Home"}},"addons":[{"reference":"evening-delivery","price":0.1}]},"$id":"request:Shipping"};
const schema11 = {"type":"string","description":"State of a shipping; `removed` soft-deletes it. Matched case-insensitively on input (DECISIONS 8).","example":"intent","caseInsensitiveEnum":["intent","removed","processing","failed","confirmed"],"$id":"request:ShippingState"};
const obj3 = ["intent","removed","processing","failed","confirmed"];

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:ShippingState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj3.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema11.caseInsensitiveEnum},message:"must be one of \"intent\", \"removed\", \"processing\", \"failed\", \"confirmed\"",schema:schema11.caseInsensitiveEnum,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema11.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema12 = {"type":"object","description":"Delivery details of a shipping. v1 has no `carrierProductId` (decision 48).","additionalProperties":false,"properties":{"carrier":{"type":"string","description":"Carrier name.","example":"PostNord"},"class":{"type":"string","description":"Shipping class.","example":"standard"},"product":{"$ref":"request:Product","description":"Carrier product."},"pickupLocation":{"$ref":"request:PickupLocation","description":"Pickup location."}},"example":{"carrier":"PostNord","class":"standard","product":{"reference":"mypack-collect","name":"MyPack Collect"},"pickupLocation":{"reference":"7890","name":"ICA Supermarket Boden","address":{"streetAddress":"Adaptivevägen 18","city":"Boden","postalCode":"955 60","country":"SE"}}},"$id":"request:DeliveryDetails"};
const schema13 = {"type":"object","description":"Carrier product.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Product reference","example":"mypack-home"},"name":{"type":"string","description":"Carrier product name","example":"MyPack Home"}},"example":{"reference":"mypack-home","name":"MyPack Home"},"$id":"request:Product"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Product" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "reference") || (key0 === "name"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.reference.type,parentSchema:schema13.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.name.type,parentSchema:schema13.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema14 = {"type":"object","description":"Pickup location of a shipping.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Pickup location reference","example":"7890"},"name":{"type":"string","description":"Pickup location name","example":"ICA Supermarket Boden"},"address":{"$ref":"request:PickupLocationAddress","description":"Pickup location address"}},"example":{"reference":"7890","name":"ICA Supermarket Boden","address":{"streetAddress":"Adaptivevägen 18","city":"Boden","postalCode":"955 60","country":"SE"}},"$id":"request:PickupLocation"};
const schema15 = {"type":"object","description":"Address of a pickup location.","additionalProperties":false,"properties":{"streetAddress":{"type":"string","description":"Street address","example":"Adaptivevägen 18"},"city":{"type":"string","description":"City","example":"Boden"},"postalCode":{"type":"string","description":"Postal code","example":"955 60"},"country":{"type":"string","description":"Country, ISO 3166 alpha-2.","example":"SE"}},"example":{"streetAddress":"Adaptivevägen 18","city":"Boden","postalCode":"955 60","country":"SE"},"$id":"request:PickupLocationAddress"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:PickupLocationAddress" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "streetAddress") || (key0 === "city")) || (key0 === "postalCode")) || (key0 === "country"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.streetAddress !== undefined){
let data0 = data.streetAddress;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/streetAddress",schemaPath:"#/properties/streetAddress/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.streetAddress.type,parentSchema:schema15.properties.streetAddress,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.city !== undefined){
let data1 = data.city;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.city.type,parentSchema:schema15.properties.city,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.postalCode !== undefined){
let data2 = data.postalCode;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.postalCode.type,parentSchema:schema15.properties.postalCode,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.country !== undefined){
let data3 = data.country;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.country.type,parentSchema:schema15.properties.country,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:PickupLocation" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "reference") || (key0 === "name")) || (key0 === "address"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.reference.type,parentSchema:schema14.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.name.type,parentSchema:schema14.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.address !== undefined){
if(!(validate33(data.address, {instancePath:instancePath+"/address",parentData:data,parentDataProperty:"address",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:DeliveryDetails" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "carrier") || (key0 === "class")) || (key0 === "product")) || (key0 === "pickupLocation"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.carrier !== undefined){
let data0 = data.carrier;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.carrier.type,parentSchema:schema12.properties.carrier,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.class !== undefined){
let data1 = data.class;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/class",schemaPath:"#/properties/class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.class.type,parentSchema:schema12.properties.class,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.product !== undefined){
if(!(validate30(data.product, {instancePath:instancePath+"/product",parentData:data,parentDataProperty:"product",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.pickupLocation !== undefined){
if(!(validate32(data.pickupLocation, {instancePath:instancePath+"/pickupLocation",parentData:data,parentDataProperty:"pickupLocation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema16 = {"type":"object","description":"A shipping addon.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Shipping addon reference.","example":"evening-delivery"},"price":{"type":"number","format":"double","description":"Cost of addon. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":0.1}},"example":{"reference":"evening-delivery","price":0.1},"$id":"request:Addon"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Addon" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "reference") || (key0 === "price"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.reference.type,parentSchema:schema16.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.price !== undefined){
let data1 = data.price;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema16.properties.price,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 < -1000000000000 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema16.properties.price,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats8.validate(data1))){
const err4 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema16.properties.price,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema16.properties.price.type,parentSchema:schema16.properties.price,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Shipping" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.total === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.vatRate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vatRate"},message:"must have required property '"+"vatRate"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema10.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.id.type,parentSchema:schema10.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.state !== undefined){
if(!(validate26(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.reference !== undefined){
let data2 = data.reference;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.reference.type,parentSchema:schema10.properties.reference,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tmsReference !== undefined){
let data3 = data.tmsReference;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/tmsReference",schemaPath:"#/properties/tmsReference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.tmsReference.type,parentSchema:schema10.properties.tmsReference,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.orderId !== undefined){
let data4 = data.orderId;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.orderId.type,parentSchema:schema10.properties.orderId,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data5 = data.adapterId;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.adapterId.type,parentSchema:schema10.properties.adapterId,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data6 = data.name;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.name.type,parentSchema:schema10.properties.name,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.total !== undefined){
if(!(validate12(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.vatRate !== undefined){
let data8 = data.vatRate;
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats8.validate(data8))){
const err9 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema10.properties.vatRate,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.vatRate.type,parentSchema:schema10.properties.vatRate,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.deliveryDetails !== undefined){
if(!(validate29(data.deliveryDetails, {instancePath:instancePath+"/deliveryDetails",parentData:data,parentDataProperty:"deliveryDetails",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.addons !== undefined){
let data10 = data.addons;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate37(data10[i0], {instancePath:instancePath+"/addons/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/addons",schemaPath:"#/properties/addons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.addons.type,parentSchema:schema10.properties.addons,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.attributes !== undefined){
let data12 = data.attributes;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
const err12 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.attributes.type,parentSchema:schema10.properties.attributes,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema17 = {"type":"object","description":"A payment of the order. There is no DELETE: setting `state` to `removed` soft-deletes it. Validate checks that the amounts of the payments that are not `removed` cover the order total (DECISIONS 4). v1 has no `merchant`, `channel` or `upsell` (decision 48).","additionalProperties":false,"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID","example":"p_KBiXuYjvYxsezKCQAMuuSKGDaT"},"adapterId":{"type":"string","description":"Adapter ID","example":"klarna-checkout"},"name":{"type":"string","description":"Payment service provider name","example":"Klarna"},"currency":{"type":"string","pattern":"^[A-Za-z]{3,3}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Currency, ISO 4217 alpha-3.","example":"SEK"},"type":{"$ref":"request:PaymentType","description":"Type of payment"},"orderId":{"type":"string","description":"Order id","example":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ"},"amount":{"type":"number","format":"double","description":"Amount to be covered by this payment. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":10},"upperLimitAmount":{"type":"number","format":"double","description":"Upper limit usable by this payment (e.g. voucher balance). Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":100},"state":{"$ref":"request:PaymentState","description":"State of the payment (the docs' example shows `\"Intent\"`; DECISIONS 8)."},"reference":{"type":"string","description":"External reference, e.g. at the payment service provider.","example":"7d31e2cf-2d46-4db0-b87d-d65dfaae298f"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the payment."},"actions":{"type":"array","description":"After payment actions","items":{"$ref":"request:PaymentAction"}},"recurring":{"$ref":"request:Recurring","description":"Recurring payment information."}},"example":{"id":"p_KBiXuYjvYxsezKCQAMuuSKGDaT","adapterId":"klarna-checkout","name":"Klarna","currency":"SEK","type":"default","orderId":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ","amount":10,"state":"intent","reference":"7d31e2cf-2d46-4db0-b87d-d65dfaae298f"},"$id":"request:Payment"};
const pattern1 = new RegExp("^[A-Za-z]{3,3}$", "u");
const schema18 = {"type":"string","description":"Type of payment.","example":"default","caseInsensitiveEnum":["default","prepaid","voucher"],"$id":"request:PaymentType"};
const obj4 = ["default","prepaid","voucher"];

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:PaymentType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj4.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema18.caseInsensitiveEnum},message:"must be one of \"default\", \"prepaid\", \"voucher\"",schema:schema18.caseInsensitiveEnum,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema18.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema19 = {"type":"string","description":"State of a payment; `removed` soft-deletes it. The 12 values of the v1 types, with `cancelled` and `refunded`. Matched case-insensitively on input (DECISIONS 8).","example":"intent","caseInsensitiveEnum":["intent","removed","processing","failed","confirmed","pending","declined","reserved","credited","captured","cancelled","refunded"],"$id":"request:PaymentState"};
const obj5 = ["intent","removed","processing","failed","confirmed","pending","declined","reserved","credited","captured","cancelled","refunded"];

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:PaymentState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj5.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema19.caseInsensitiveEnum},message:"must be one of \"intent\", \"removed\", \"processing\", \"failed\", \"confirmed\", \"pending\", \"declined\", \"reserved\", \"credited\", \"captured\", \"cancelled\", \"refunded\"",schema:schema19.caseInsensitiveEnum,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema19.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema20 = {"type":"object","description":"An after-payment action (e.g. capture, refund) offered by the payment adapter.","additionalProperties":false,"required":["adapterId","type","url"],"properties":{"id":{"type":"string","readOnly":true,"description":"PaymentAction identifier","example":"pa_WqXnBdeHkLmPoRsTuVwYzAbCdE"},"adapterId":{"type":"string","minLength":1,"description":"Adapter ID","example":"klarna-checkout"},"type":{"type":"string","minLength":1,"description":"Type of action","example":"capture"},"url":{"type":"string","minLength":1,"description":"URL called by POST when the action is executed.","example":"http://klarna-adapter.norce.io/api/v1/payments/p_KBiXuYjvYxsezKCQAMuuSKGDaT/capture"}},"example":{"id":"pa_WqXnBdeHkLmPoRsTuVwYzAbCdE","adapterId":"klarna-checkout","type":"capture","url":"http://klarna-adapter.norce.io/api/v1/payments/p_KBiXuYjvYxsezKCQAMuuSKGDaT/capture"},"$id":"request:PaymentAction"};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:PaymentAction" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adapterId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "adapterId"},message:"must have required property '"+"adapterId"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "adapterId")) || (key0 === "type")) || (key0 === "url"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.id.type,parentSchema:schema20.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.adapterId.type,parentSchema:schema20.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.type.type,parentSchema:schema20.properties.type,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.url !== undefined){
let data3 = data.url;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.url,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.url.type,parentSchema:schema20.properties.url,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema21 = {"type":"object","description":"Recurring payment information.","additionalProperties":false,"required":["token"],"properties":{"token":{"type":"string","minLength":1,"description":"Recurring payment token.","example":"5f2a7c1e-8b8d-4d3e-9d5f-0c7b2c1d3e4f"},"description":{"type":"string","description":"Description of the recurring payment.","example":"Monthly subscription"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the recurring payment."}},"example":{"token":"5f2a7c1e-8b8d-4d3e-9d5f-0c7b2c1d3e4f","description":"Monthly subscription"},"$id":"request:Recurring"};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Recurring" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "token") || (key0 === "description")) || (key0 === "attributes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.token,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.token.type,parentSchema:schema21.properties.token,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.description.type,parentSchema:schema21.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.attributes !== undefined){
let data2 = data.attributes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err5 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.attributes.type,parentSchema:schema21.properties.attributes,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Payment" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema17.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.id.type,parentSchema:schema17.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.adapterId.type,parentSchema:schema17.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.name.type,parentSchema:schema17.properties.name,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.currency !== undefined){
let data3 = data.currency;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err4 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3,3}$"},message:"must match pattern \""+"^[A-Za-z]{3,3}$"+"\"",schema:"^[A-Za-z]{3,3}$",parentSchema:schema17.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.currency.type,parentSchema:schema17.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
if(!(validate41(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.orderId !== undefined){
let data5 = data.orderId;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.orderId.type,parentSchema:schema17.properties.orderId,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.amount !== undefined){
let data6 = data.amount;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000000 || isNaN(data6)){
const err7 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema17.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data6 < -1000000000000 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema17.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats8.validate(data6))){
const err9 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema17.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema17.properties.amount.type,parentSchema:schema17.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.upperLimitAmount !== undefined){
let data7 = data.upperLimitAmount;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000000 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema17.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7 < -1000000000000 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema17.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats8.validate(data7))){
const err13 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema17.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema17.properties.upperLimitAmount.type,parentSchema:schema17.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.state !== undefined){
if(!(validate43(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.reference !== undefined){
let data9 = data.reference;
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.reference.type,parentSchema:schema17.properties.reference,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.attributes !== undefined){
let data10 = data.attributes;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err16 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.attributes.type,parentSchema:schema17.properties.attributes,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.actions !== undefined){
let data11 = data.actions;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate45(data11[i0], {instancePath:instancePath+"/actions/" + i0,parentData:data11,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.actions.type,parentSchema:schema17.properties.actions,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.recurring !== undefined){
if(!(validate47(data.recurring, {instancePath:instancePath+"/recurring",parentData:data,parentDataProperty:"recurring",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema22 = {"type":"object","description":"Customer information. `type` is required, as the v1 types declare (on v0 it is optional on input, DECISIONS 16).","additionalProperties":false,"required":["type"],"properties":{"billing":{"$ref":"request:Address","description":"Billing address to the customer"},"shipping":{"$ref":"request:Address","description":"Shipping address to the customer"},"type":{"$ref":"request:CustomerType","description":"Type of customer (the docs' examples show `\"Person\"`; DECISIONS 8)."},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the customer."}},"example":{"billing":{"type":"person","givenName":"Rosalinainho","familyName":"Undulatsson","streetAddress":"Adaptivevägen 18","postalCode":"955 60","city":"Boden","country":"SE","email":"rosalinainho.undulatsson@example.com"},"type":"person"},"$id":"request:Customer"};
const schema23 = {"type":"object","description":"A billing or shipping address.","additionalProperties":false,"properties":{"type":{"$ref":"request:CustomerType","description":"Type of customer (the docs' examples show `\"Person\"`; DECISIONS 8)."},"givenName":{"type":"string","description":"Given name","example":"Rosalinainho"},"familyName":{"type":"string","description":"Family name","example":"Undulatsson"},"careOf":{"type":"string","description":"Care of","example":"Olleinho Jyckesson"},"reference":{"type":"string","description":"Reference to the customer"},"organizationName":{"type":"string","description":"Organization name","example":"Storm"},"streetAddress":{"type":"string","description":"Street address","example":"Adaptivevägen 18"},"streetAddress2":{"type":"string","description":"Street address, second line","example":"Lgh 1203"},"postalCode":{"type":"string","description":"Postal code","example":"955 60"},"city":{"type":"string","description":"City","example":"Boden"},"region":{"type":"string","description":"Region","example":"Norrbotten"},"country":{"type":"string","pattern":"^[A-Za-z]{2,2}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Country, ISO 3166 alpha-2.","example":"SE"},"phone":{"type":"string","description":"Phone number","example":"0753892233"},"email":{"type":"string","description":"Email address","example":"rosalinainho.undulatsson@example.com"},"nationalIdentificationNumber":{"type":"string","description":"National identification number, e.g. a Swedish personnummer.","example":"890201-3286"},"organizationIdentificationNumber":{"type":"string","description":"Organization identification number, e.g. a Swedish organisationsnummer.","example":"212000-1355"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the address."}},"example":{"type":"person","givenName":"Rosalinainho","familyName":"Undulatsson","careOf":"Olleinho Jyckesson","streetAddress":"Adaptivevägen 18","streetAddress2":"Lgh 1203","postalCode":"955 60","city":"Boden","region":"Norrbotten","country":"SE","phone":"0753892233","email":"rosalinainho.undulatsson@example.com","nationalIdentificationNumber":"890201-3286"},"$id":"request:Address"};
const schema24 = {"type":"string","description":"Customer type. Matched case-insensitively on input (`\"Person\"` occurs in real traffic) and returned lower-case (DECISIONS 8).","example":"person","caseInsensitiveEnum":["person","organization"],"$id":"request:CustomerType"};
const obj6 = ["person","organization"];

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:CustomerType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj6.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema24.caseInsensitiveEnum},message:"must be one of \"person\", \"organization\"",schema:schema24.caseInsensitiveEnum,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema24.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":false,"dynamicItems":false};

const pattern2 = new RegExp("^[A-Za-z]{2,2}$", "u");

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Address" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema23.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if(!(validate52(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.givenName !== undefined){
let data1 = data.givenName;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/givenName",schemaPath:"#/properties/givenName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.givenName.type,parentSchema:schema23.properties.givenName,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.familyName !== undefined){
let data2 = data.familyName;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/familyName",schemaPath:"#/properties/familyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.familyName.type,parentSchema:schema23.properties.familyName,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.careOf !== undefined){
let data3 = data.careOf;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/careOf",schemaPath:"#/properties/careOf/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.careOf.type,parentSchema:schema23.properties.careOf,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reference !== undefined){
let data4 = data.reference;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.reference.type,parentSchema:schema23.properties.reference,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.organizationName !== undefined){
let data5 = data.organizationName;
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/organizationName",schemaPath:"#/properties/organizationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.organizationName.type,parentSchema:schema23.properties.organizationName,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.streetAddress !== undefined){
let data6 = data.streetAddress;
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/streetAddress",schemaPath:"#/properties/streetAddress/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.streetAddress.type,parentSchema:schema23.properties.streetAddress,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.streetAddress2 !== undefined){
let data7 = data.streetAddress2;
if(typeof data7 !== "string"){
const err7 = {instancePath:instancePath+"/streetAddress2",schemaPath:"#/properties/streetAddress2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.streetAddress2.type,parentSchema:schema23.properties.streetAddress2,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.postalCode !== undefined){
let data8 = data.postalCode;
if(typeof data8 !== "string"){
const err8 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.postalCode.type,parentSchema:schema23.properties.postalCode,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.city !== undefined){
let data9 = data.city;
if(typeof data9 !== "string"){
const err9 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.city.type,parentSchema:schema23.properties.city,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.region !== undefined){
let data10 = data.region;
if(typeof data10 !== "string"){
const err10 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.region.type,parentSchema:schema23.properties.region,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.country !== undefined){
let data11 = data.country;
if(typeof data11 === "string"){
if(!pattern2.test(data11)){
const err11 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,2}$"},message:"must match pattern \""+"^[A-Za-z]{2,2}$"+"\"",schema:"^[A-Za-z]{2,2}$",parentSchema:schema23.properties.country,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.country.type,parentSchema:schema23.properties.country,data:data11};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.phone !== undefined){
let data12 = data.phone;
if(typeof data12 !== "string"){
const err13 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.phone.type,parentSchema:schema23.properties.phone,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.email !== undefined){
let data13 = data.email;
if(typeof data13 !== "string"){
const err14 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.email.type,parentSchema:schema23.properties.email,data:data13};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.nationalIdentificationNumber !== undefined){
let data14 = data.nationalIdentificationNumber;
if(typeof data14 !== "string"){
const err15 = {instancePath:instancePath+"/nationalIdentificationNumber",schemaPath:"#/properties/nationalIdentificationNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.nationalIdentificationNumber.type,parentSchema:schema23.properties.nationalIdentificationNumber,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.organizationIdentificationNumber !== undefined){
let data15 = data.organizationIdentificationNumber;
if(typeof data15 !== "string"){
const err16 = {instancePath:instancePath+"/organizationIdentificationNumber",schemaPath:"#/properties/organizationIdentificationNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.organizationIdentificationNumber.type,parentSchema:schema23.properties.organizationIdentificationNumber,data:data15};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.attributes !== undefined){
let data16 = data.attributes;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
}
else {
const err17 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.attributes.type,parentSchema:schema23.properties.attributes,data:data16};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Customer" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "billing") || (key0 === "shipping")) || (key0 === "type")) || (key0 === "attributes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.billing !== undefined){
if(!(validate51(data.billing, {instancePath:instancePath+"/billing",parentData:data,parentDataProperty:"billing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.shipping !== undefined){
if(!(validate51(data.shipping, {instancePath:instancePath+"/shipping",parentData:data,parentDataProperty:"shipping",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(!(validate52(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data3 = data.attributes;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err2 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.attributes.type,parentSchema:schema22.properties.attributes,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema25 = {"type":"object","description":"A consent the customer gives. `id` is read-only on v1: the server assigns it (decision 50). Moving the order to `processing` or beyond needs every `required` consent `checked` (DECISIONS 5).","additionalProperties":false,"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the consent item.","example":"ci_newsleter"},"checked":{"type":"boolean","description":"Consent checked status.","example":true},"text":{"type":"string","description":"Consent description.","example":"I want to receive the newsletter."},"required":{"type":"boolean","description":"Required for transitioning order state to 'Processing'","example":true}},"example":{"id":"ci_newsleter","checked":true,"text":"string","required":true},"$id":"request:Consent"};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Consent" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "checked")) || (key0 === "text")) || (key0 === "required"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.checked !== undefined){
let data1 = data.checked;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/checked",schemaPath:"#/properties/checked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.checked.type,parentSchema:schema25.properties.checked,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
let data2 = data.text;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.text.type,parentSchema:schema25.properties.text,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.required !== undefined){
let data3 = data.required;
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.required.type,parentSchema:schema25.properties.required,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema26 = {"type":"object","description":"A validation callback, called by `POST .../validate` (DECISIONS 4). The mock POSTs the order to `invoke` through `fetch`, with the URL templates `{order_id}`, `{order.id}` and `{configuration.<path>}`/`{config.<path>}` expanded (DECISIONS 10). v1 has no `url` (the 0.1 name of `invoke`, decision 48). `invoke` is required (`x-mock-extension`).","x-mock-extension":"`invoke` is required here and optional in the v1 types: a callback without a URL can never be called, so the mock answers it `400` instead of storing it (decision 49).","additionalProperties":false,"required":["invoke"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the callback.","example":"oc_BaDIudFOjBEuFmLlmDExePUFTh"},"adapterId":{"type":"string","description":"Callback Adapter ID.","example":"jetshop_adapter"},"description":{"type":"string","description":"Description of the callback purpose.","example":"Validates that all items are currently in stock."},"invoke":{"type":"string","minLength":1,"description":"Url to invoke on callback trigger. Can include references to adapter configuration and order inside curly braces.","example":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation"},"reference":{"type":"string","description":"Reference for the callback. Should be the same across orders. Used to track callbacks in event logs.","example":"stock-validation"}},"example":{"id":"oc_BaDIudFOjBEuFmLlmDExePUFTh","adapterId":"jetshop_adapter","description":"Validates that all items are currently in stock.","invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation","reference":"stock-validation"},"$id":"request:Validation"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Validation" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.invoke === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoke"},message:"must have required property '"+"invoke"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "adapterId")) || (key0 === "description")) || (key0 === "invoke")) || (key0 === "reference"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.id.type,parentSchema:schema26.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.adapterId.type,parentSchema:schema26.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.description.type,parentSchema:schema26.properties.description,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.invoke !== undefined){
let data3 = data.invoke;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err5 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.invoke,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.invoke.type,parentSchema:schema26.properties.invoke,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reference !== undefined){
let data4 = data.reference;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.reference.type,parentSchema:schema26.properties.reference,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = {"type":"object","description":"A hook: a synchronous callback invoked when a change is attempted on a part of the\norder. `scope` (and `target`) may be `/state`, `/consents`, `/customer`, `/cart`,\n`/shippings`, `/payments`, or any other JSON pointer into the order (real clients use\n`/reference`). v1 has no `subscribeTo` (the 0.1 name of `scope`, decision 48).\n`invoke` is required (`x-mock-extension`).\n\nProtocol in the mock (DECISIONS 10): before committing a change that touches the scope\nor the target, the mock POSTs the order, in the `version` form, to `invoke` through\n`fetch`, with the URL templates `{order_id}`, `{order.id}` and\n`{configuration.<path>}`/`{config.<path>}` expanded. A `200` answer may carry a JSON\nPatch array that is applied to the order; a `400` answer rejects the change. Hooks of\nthe adapter named in the `x-adapterid` request header are not called. The standalone\nserver calls only allowed hosts (loopback by default); other targets are recorded as\nrefused, never called.","x-mock-extension":"`invoke` is required here and optional in the v1 types: a callback without a URL can never be called, so the mock answers it `400` instead of storing it (decision 49).","additionalProperties":false,"required":["invoke"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the callback.","example":"oc_BaDIudFOjBEuFmLlmDExePUFTh"},"adapterId":{"type":"string","description":"Callback Adapter ID; also used for self-suppression (`x-adapterid`).","example":"jetshop_adapter"},"scope":{"type":"string","description":"Valid json path inside the order. Does not support scope inside arrays.","example":"/state"},"target":{"type":"string","description":"The path to the property in the order that the hooks might respond with patches to. Used to correctly determine the order to call each hook in.","example":"/cart"},"invoke":{"type":"string","minLength":1,"description":"Url to invoke on hook trigger. Can include references to adapter configuration and order inside curly braces.","example":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook"},"version":{"$ref":"request:OrderVersion","description":"The version of the order body you expect to receive in the hook."},"description":{"type":"string","description":"Description of the hook purpose.","example":"Reserve stock when the order moves to processing."},"reference":{"type":"string","description":"Reference for the hook. Should be the same across orders. Used to track hooks in event logs.","example":"stock-reservation"}},"example":{"id":"oc_BaDIudFOjBEuFmLlmDExePUFTh","adapterId":"jetshop_adapter","scope":"/state","target":"/cart","invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook","version":"v1"},"$id":"request:Hook"};
const schema28 = {"type":"string","description":"Version of the order body sent to a callback.","example":"v0","caseInsensitiveEnum":["v0","v1"],"$id":"request:OrderVersion"};
const obj7 = ["v0","v1"];

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderVersion" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj7.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema28.caseInsensitiveEnum},message:"must be one of \"v0\", \"v1\"",schema:schema28.caseInsensitiveEnum,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema28.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Hook" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.invoke === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoke"},message:"must have required property '"+"invoke"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "adapterId")) || (key0 === "scope")) || (key0 === "target")) || (key0 === "invoke")) || (key0 === "version")) || (key0 === "description")) || (key0 === "reference"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.id.type,parentSchema:schema27.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.adapterId.type,parentSchema:schema27.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.scope !== undefined){
let data2 = data.scope;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.scope.type,parentSchema:schema27.properties.scope,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.target !== undefined){
let data3 = data.target;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.target.type,parentSchema:schema27.properties.target,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.invoke !== undefined){
let data4 = data.invoke;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err6 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.invoke,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.invoke.type,parentSchema:schema27.properties.invoke,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.version !== undefined){
if(!(validate63(data.version, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data6 = data.description;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.description.type,parentSchema:schema27.properties.description,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reference !== undefined){
let data7 = data.reference;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.reference.type,parentSchema:schema27.properties.reference,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema29 = {"type":"object","description":"A notification: an asynchronous callback. After a change commits, when the value at `scope` changed and validates against `schema`, the mock POSTs `{ notification, order }` to `invoke` through `fetch` (DECISIONS 10) and records the attempt in the event log (DECISIONS 11). `id` is read-only on v1 (decision 50); v1 has no `delay` (decision 48). `invoke` is required (`x-mock-extension`).","x-mock-extension":"`invoke` is required here and optional in the v1 types: a callback without a URL can never be called, so the mock answers it `400` instead of storing it (decision 49).","additionalProperties":false,"required":["invoke"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the Notification","example":"ocGooDddTOjKOuFmNnkEozEpfuTh"},"adapterId":{"type":"string","description":"Identifier for the system responsible for this notification. If any reference to configuration is made inside curly braces in Invoke the configuration is found using this identifier.","example":"jetshop_adapter"},"reference":{"type":"string","description":"Reference for the Notification. Should be the same across orders. Used to track notifications in event logs.","example":"PuXCudQEiWTOHvquGGolFUVOuy"},"description":{"type":"string","description":"Purpose or effect of the notification.","example":"Export payment information to Jetshop when order has been completed."},"scope":{"type":"string","description":"Valid json path inside the order. Does not support scope inside arrays.","example":"/state/currentStatus"},"schema":{"type":"object","additionalProperties":true,"description":"Json schema (https://json-schema.org/draft/2020-12/schema) on the scope. Notification triggers when a change occurs on the scope and the schema is valid for the scope.","example":{"const":"completed"}},"invoke":{"type":"string","minLength":1,"description":"Url to invoke on notification trigger. Can include references to adapter configuration and order inside curly braces.","example":"{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback"},"version":{"$ref":"request:OrderVersion","description":"The version of the order body you expect to receive in the notification."}},"example":{"id":"ocGooDddTOjKOuFmNnkEozEpfuTh","adapterId":"jetshop_adapter","reference":"PuXCudQEiWTOHvquGGolFUVOuy","description":"Export payment information to Jetshop when order has been completed.","scope":"/state/currentStatus","schema":{"const":"completed"},"invoke":"{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback","version":"v1"},"$id":"request:Notification"};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Notification" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.invoke === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoke"},message:"must have required property '"+"invoke"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "adapterId")) || (key0 === "reference")) || (key0 === "description")) || (key0 === "scope")) || (key0 === "schema")) || (key0 === "invoke")) || (key0 === "version"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.id.type,parentSchema:schema29.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.adapterId.type,parentSchema:schema29.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reference !== undefined){
let data2 = data.reference;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.reference.type,parentSchema:schema29.properties.reference,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.description.type,parentSchema:schema29.properties.description,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.scope !== undefined){
let data4 = data.scope;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.scope.type,parentSchema:schema29.properties.scope,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schema !== undefined){
let data5 = data.schema;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err7 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.schema.type,parentSchema:schema29.properties.schema,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.invoke !== undefined){
let data6 = data.invoke;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err8 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.invoke,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.invoke.type,parentSchema:schema29.properties.invoke,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.version !== undefined){
if(!(validate63(data.version, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern0 = new RegExp("^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Order" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.id.type,parentSchema:schema0.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.merchant !== undefined){
let data1 = data.merchant;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err2 = {instancePath:instancePath+"/merchant",schemaPath:"#/properties/merchant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.merchant,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/merchant",schemaPath:"#/properties/merchant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.merchant.type,parentSchema:schema0.properties.merchant,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.channel !== undefined){
let data2 = data.channel;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.channel,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.channel.type,parentSchema:schema0.properties.channel,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.reference !== undefined){
let data3 = data.reference;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.reference.type,parentSchema:schema0.properties.reference,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema0.properties.created,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.created.type,parentSchema:schema0.properties.created,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lastModified !== undefined){
let data5 = data.lastModified;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err9 = {instancePath:instancePath+"/lastModified",schemaPath:"#/properties/lastModified/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema0.properties.lastModified,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/lastModified",schemaPath:"#/properties/lastModified/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.lastModified.type,parentSchema:schema0.properties.lastModified,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.state !== undefined){
if(!(validate1(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
if(data.culture !== undefined){
let data7 = data.culture;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err11 = {instancePath:instancePath+"/culture",schemaPath:"#/properties/culture/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$"+"\"",schema:"^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$",parentSchema:schema0.properties.culture,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/culture",schemaPath:"#/properties/culture/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.culture.type,parentSchema:schema0.properties.culture,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err13 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3,3}$"},message:"must match pattern \""+"^[A-Za-z]{3,3}$"+"\"",schema:"^[A-Za-z]{3,3}$",parentSchema:schema0.properties.currency,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.currency.type,parentSchema:schema0.properties.currency,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.country !== undefined){
let data9 = data.country;
if(typeof data9 === "string"){
if(!pattern2.test(data9)){
const err15 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,2}$"},message:"must match pattern \""+"^[A-Za-z]{2,2}$"+"\"",schema:"^[A-Za-z]{2,2}$",parentSchema:schema0.properties.country,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.country.type,parentSchema:schema0.properties.country,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cart !== undefined){
if(!(validate8(data.cart, {instancePath:instancePath+"/cart",parentData:data,parentDataProperty:"cart",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
}
if(data.shippings !== undefined){
let data11 = data.shippings;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data11[i0], {instancePath:instancePath+"/shippings/" + i0,parentData:data11,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/shippings",schemaPath:"#/properties/shippings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.shippings.type,parentSchema:schema0.properties.shippings,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.payments !== undefined){
let data13 = data.payments;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(!(validate40(data13[i1], {instancePath:instancePath+"/payments/" + i1,parentData:data13,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/payments",schemaPath:"#/properties/payments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.payments.type,parentSchema:schema0.properties.payments,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.customer !== undefined){
if(!(validate50(data.customer, {instancePath:instancePath+"/customer",parentData:data,parentDataProperty:"customer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.consents !== undefined){
let data16 = data.consents;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(!(validate58(data16[i2], {instancePath:instancePath+"/consents/" + i2,parentData:data16,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/consents",schemaPath:"#/properties/consents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.consents.type,parentSchema:schema0.properties.consents,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.validations !== undefined){
let data18 = data.validations;
if(Array.isArray(data18)){
if(data18.length > 50){
const err20 = {instancePath:instancePath+"/validations",schemaPath:"#/properties/validations/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema0.properties.validations,data:data18};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate60(data18[i3], {instancePath:instancePath+"/validations/" + i3,parentData:data18,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/validations",schemaPath:"#/properties/validations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.validations.type,parentSchema:schema0.properties.validations,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.hooks !== undefined){
let data20 = data.hooks;
if(Array.isArray(data20)){
if(data20.length > 50){
const err22 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema0.properties.hooks,data:data20};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
if(!(validate62(data20[i4], {instancePath:instancePath+"/hooks/" + i4,parentData:data20,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.hooks.type,parentSchema:schema0.properties.hooks,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.notifications !== undefined){
let data22 = data.notifications;
if(Array.isArray(data22)){
if(data22.length > 50){
const err24 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema0.properties.notifications,data:data22};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
if(!(validate66(data22[i5], {instancePath:instancePath+"/notifications/" + i5,parentData:data22,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.notifications.type,parentSchema:schema0.properties.notifications,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.total !== undefined){
if(!(validate12(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data25 = data.attributes;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
}
else {
const err26 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.attributes.type,parentSchema:schema0.properties.attributes,data:data25};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["PatchCheckoutOrderAttributes body"] = validate70;
const schema30 = {"type":"object","description":"The keys to merge into the order's `attributes` (any JSON values).","additionalProperties":true};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["UpdateCheckoutOrderCart body"] = validate8;

exports["CreateCheckoutOrderConsent body"] = validate58;

exports["PatchCheckoutOrderConsents body"] = validate71;
const schema31 = {"type":"array","items":{"$ref":"request:Consent"}};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate58(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports["UpdateCheckoutOrderCustomerBilling body"] = validate51;

exports["CreateCheckoutOrderHook body"] = validate62;

exports["CreateCheckoutOrderNotification body"] = validate66;

exports["UpdateCheckoutOrderReference body"] = validate73;
const schema32 = {"type":"string","description":"External order reference."};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports["UpdateCheckoutOrderState body"] = validate1;

exports["Validate body"] = validate74;
const schema33 = {"type":"object","description":"Any JSON object; ignored."};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports["CreateCheckoutOrderValidation body"] = validate60;

exports["CreateOrderPayment body"] = validate40;

exports["AddPaymentAction body"] = validate75;
const schema34 = {"type":"array","items":{"$ref":"request:PaymentAction"}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate45(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports["AddTransactionForOrderPayment body"] = validate77;
const schema35 = {"type":"object","description":"A transaction posted on a payment.","additionalProperties":false,"properties":{"event":{"$ref":"request:PaymentEvent","description":"Transaction event."},"pspEvent":{"type":"string","description":"Event name at the payment service provider.","example":"CAPTURE"},"amount":{"type":"number","format":"double","description":"Amount after transaction.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":20},"isSuccess":{"type":"boolean","description":"Whether the transaction succeeded.","example":true},"errorDetail":{"type":"string","description":"Error details when the transaction failed."},"pspStatus":{"type":"string","description":"Status at the payment service provider.","example":"CAPTURED"},"requestJson":{"type":"string","description":"Must be a valid json.","example":"{\"captured_amount\":2000}"},"responseJson":{"type":"string","description":"Must be a valid json.","example":"{\"capture_id\":\"4ba29b50-be7b-44f5-a492-113e6a865e22\"}"},"created":{"type":"string","format":"date-time","readOnly":true,"description":"DateTime when transaction was posted.","example":"2019-08-24T14:15:22Z"},"paymentAction":{"$ref":"request:PaymentAction","description":"The payment action that caused the transaction."}},"example":{"event":"capture","pspEvent":"CAPTURE","amount":20,"isSuccess":true,"pspStatus":"CAPTURED","requestJson":"{\"captured_amount\":2000}","responseJson":"{\"capture_id\":\"4ba29b50-be7b-44f5-a492-113e6a865e22\"}","created":"2019-08-24T14:15:22Z"},"$id":"request:PaymentTransaction"};
const schema36 = {"type":"string","description":"Event of a payment transaction.","example":"capture","caseInsensitiveEnum":["open","process","confirm","reopen","cancel","paymentAction","capture","refund"],"$id":"request:PaymentEvent"};
const obj8 = ["open","process","confirm","reopen","cancel","paymentaction","capture","refund"];

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:PaymentEvent" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj8.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema36.caseInsensitiveEnum},message:"must be one of \"open\", \"process\", \"confirm\", \"reopen\", \"cancel\", \"paymentAction\", \"capture\", \"refund\"",schema:schema36.caseInsensitiveEnum,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema36.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:PaymentTransaction" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema35.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.event !== undefined){
if(!(validate78(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.pspEvent !== undefined){
let data1 = data.pspEvent;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/pspEvent",schemaPath:"#/properties/pspEvent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.pspEvent.type,parentSchema:schema35.properties.pspEvent,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err2 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema35.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data2 < -1000000000000 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema35.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats8.validate(data2))){
const err4 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema35.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema35.properties.amount.type,parentSchema:schema35.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.isSuccess !== undefined){
let data3 = data.isSuccess;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/isSuccess",schemaPath:"#/properties/isSuccess/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.isSuccess.type,parentSchema:schema35.properties.isSuccess,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.errorDetail !== undefined){
let data4 = data.errorDetail;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/errorDetail",schemaPath:"#/properties/errorDetail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.errorDetail.type,parentSchema:schema35.properties.errorDetail,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.pspStatus !== undefined){
let data5 = data.pspStatus;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/pspStatus",schemaPath:"#/properties/pspStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.pspStatus.type,parentSchema:schema35.properties.pspStatus,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.requestJson !== undefined){
let data6 = data.requestJson;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/requestJson",schemaPath:"#/properties/requestJson/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.requestJson.type,parentSchema:schema35.properties.requestJson,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.responseJson !== undefined){
let data7 = data.responseJson;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/responseJson",schemaPath:"#/properties/responseJson/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.responseJson.type,parentSchema:schema35.properties.responseJson,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.created !== undefined){
let data8 = data.created;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err11 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema35.properties.created,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.created.type,parentSchema:schema35.properties.created,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.paymentAction !== undefined){
if(!(validate45(data.paymentAction, {instancePath:instancePath+"/paymentAction",parentData:data,parentDataProperty:"paymentAction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["CreateOrderShipping body"] = validate25;

exports["GetCheckoutOrders 200 application/json"] = validate81;
const schema37 = {"type":"object","description":"A page of orders. Both members are optional in the v1 types; the mock always sends both.","additionalProperties":false,"properties":{"data":{"type":"array","readOnly":true,"description":"Data set of requested orders","items":{"$ref":"response:Order"}},"pagination":{"$ref":"response:Pagination","readOnly":true,"description":"Pagination meta data"}},"example":{"data":[],"pagination":{"offset":0,"limit":10,"size":0,"totalSize":0}},"$id":"response:OrderPaginationSet"};
const schema38 = {"type":"object","description":"A checkout order. `merchant` and `channel` come from the `x-merchant`/`x-channel` headers. Read-only properties may be sent (real clients send `merchant` and `channel` in the create body) but are ignored.","additionalProperties":false,"required":["merchant","channel"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique identifier for the order","example":"o_yClTSySjyAuuBjmiBlHCjuEcTf"},"merchant":{"type":"string","minLength":1,"readOnly":true,"description":"Merchant identifier","example":"norce"},"channel":{"type":"string","minLength":1,"readOnly":true,"description":"Merchant channel","example":"1"},"reference":{"type":"string","description":"External order reference","example":"something-reference"},"created":{"type":"string","format":"date-time","readOnly":true,"description":"Order creation date time","example":"2019-08-24T14:15:22Z"},"lastModified":{"type":"string","format":"date-time","readOnly":true,"description":"Order last modified date time","example":"2019-08-24T14:15:22Z"},"state":{"$ref":"response:State","description":"Order state"},"culture":{"type":"string","pattern":"^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Order Culture, RFC-1766","example":"sv-SE"},"currency":{"type":"string","pattern":"^[A-Za-z]{3,3}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Order Currency, ISO 4217 alpha-3.","example":"SEK"},"country":{"type":"string","pattern":"^[A-Za-z]{2,2}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Order Country. ISO 3166 alpha-2.","example":"SE"},"cart":{"$ref":"response:Cart","description":"Order cart"},"shippings":{"type":"array","readOnly":true,"description":"Shippings related to the order","items":{"$ref":"response:Shipping"}},"payments":{"type":"array","readOnly":true,"description":"Payments related to the order","items":{"$ref":"response:Payment"}},"customer":{"$ref":"response:Customer","description":"Customer information"},"consents":{"type":"array","description":"Order consents","items":{"$ref":"response:Consent"}},"validations":{"type":"array","description":"Order actions are called in order to complete an action, such as 'Validate'. If provided the action is not completed if the response is not successful (e.g. http status code 400), note however that in case of a time constraint the action might be completed without a successful response.","maxItems":50,"x-mock-extension":"The mock keeps at most 50 per order (decision 86).","items":{"$ref":"response:Validation"}},"hooks":{"type":"array","description":"Hooks, added by a separate endpoint.","maxItems":50,"x-mock-extension":"The mock keeps at most 50 per order (decision 86).","items":{"$ref":"response:Hook"}},"notifications":{"type":"array","description":"Order notifications are called after an event has occurred, such as order reaching 'Completed' state.","maxItems":50,"x-mock-extension":"The mock keeps at most 50 per order (decision 86).","items":{"$ref":"response:Notification"}},"total":{"$ref":"response:Price","description":"Order total including shipping fees. Always derived by the mock: cart total plus totals of shippings not `removed` (DECISIONS 7); a value sent by the client is ignored."},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the order."}},"example":{"id":"o_yClTSySjyAuuBjmiBlHCjuEcTf","merchant":"string","channel":"string","reference":"string","created":"2019-08-24T14:15:22Z","lastModified":"2019-08-24T14:15:22Z","state":{"currentStatus":"checkout","transitions":[]},"culture":"sv-SE","currency":"SEK","country":"SE","cart":{"reference":"string","items":[],"discounts":[],"total":{},"attributes":{}},"shippings":[{"total":{},"vatRate":0.25}],"payments":[{}],"customer":{"billing":{},"shipping":{},"type":"person","attributes":{}},"consents":[{}],"validations":[{"invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation"}],"hooks":[{"invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook"}],"notifications":[{"invoke":"{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback"}],"total":{"includingVat":1234,"excludingVat":987.2},"attributes":{"property1":null,"property2":null}},"$id":"response:Order"};
const schema39 = {"type":"object","x-mock-extension":"`currentStatus` is required here and optional in the v1 types: a state change without a target state means nothing, so the mock answers it `400` instead of guessing; every order the mock sends has one (decision 49).","description":"Order state. Only `currentStatus` is writable; see `UpdateCheckoutOrderState` for the state machine (DECISIONS 5). `currentStatus` is required (`x-mock-extension`).","additionalProperties":false,"required":["currentStatus"],"properties":{"currentStatus":{"$ref":"response:OrderStatus","description":"State of the order."},"transitions":{"type":"array","readOnly":true,"description":"State transitions.","items":{"$ref":"response:Transition"}}},"example":{"currentStatus":"checkout","transitions":[{"status":"checkout","timeStamp":"2019-08-24T14:15:22Z"}]},"$id":"response:State"};
const schema40 = {"type":"string","description":"State of an order. `completed`, `declined` and `removed` are final (DECISIONS 5). Matched case-insensitively on input (DECISIONS 8).","enum":["checkout","processing","accepted","completed","declined","removed"],"example":"checkout","$id":"response:OrderStatus"};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:OrderStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "checkout") || (data === "processing")) || (data === "accepted")) || (data === "completed")) || (data === "declined")) || (data === "removed"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","description":"One entry of the state history, appended by every state change. Both members are optional in the v1 types; the mock always sends both.","additionalProperties":false,"properties":{"status":{"$ref":"response:OrderStatus","readOnly":true,"description":"The state that was set."},"timeStamp":{"type":"string","format":"date-time","readOnly":true,"description":"UTC Time when state was set.","example":"2019-08-24T14:15:22Z"}},"example":{"status":"checkout","timeStamp":"2019-08-24T14:15:22Z"},"$id":"response:Transition"};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Transition" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "status") || (key0 === "timeStamp"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate84(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.timeStamp !== undefined){
let data1 = data.timeStamp;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err1 = {instancePath:instancePath+"/timeStamp",schemaPath:"#/properties/timeStamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema41.properties.timeStamp,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/timeStamp",schemaPath:"#/properties/timeStamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.timeStamp.type,parentSchema:schema41.properties.timeStamp,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:State" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currentStatus === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currentStatus"},message:"must have required property '"+"currentStatus"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "currentStatus") || (key0 === "transitions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.currentStatus !== undefined){
if(!(validate84(data.currentStatus, {instancePath:instancePath+"/currentStatus",parentData:data,parentDataProperty:"currentStatus",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.transitions !== undefined){
let data1 = data.transitions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate86(data1[i0], {instancePath:instancePath+"/transitions/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.transitions.type,parentSchema:schema39.properties.transitions,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","description":"Order cart. Prices and totals are stored as sent; the platform owns them (DECISIONS 7).","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Cart Reference","example":"our-first-cart"},"items":{"type":"array","description":"List of Items. The mock accepts at most 500 (its own limit, not a documented Norce one); more is a `400` naming `maxItems`.","maxItems":500,"x-mock-extension":"The mock's own limit (DECISIONS 32, decision 49).","items":{"$ref":"response:Item"}},"discounts":{"type":"array","description":"List of Discounts","items":{"$ref":"response:Discount"}},"total":{"$ref":"response:Price","description":"Cart total excluding shipping fees"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the cart."}},"example":{"reference":"our-first-cart","items":[{"reference":"cart-item-no-1","sku":"T001","name":"Thing","quantity":1,"total":{"includingVat":12.5,"excludingVat":10},"vatRate":0.25}],"total":{"includingVat":12.5,"excludingVat":10}},"$id":"response:Cart"};
const schema43 = {"type":"object","description":"A cart item. `id` is read-only on v1: the server assigns it (`ci_...`, DECISIONS 13; decision 50). v1 has no `logistics` and no `upsell` (decision 48).","additionalProperties":false,"properties":{"id":{"type":"string","readOnly":true,"description":"Unique identifier of the item","example":"ci_FpEzyBvBBUyKxkeNriFUxZOCje"},"reference":{"type":"string","description":"Optional. Platform cart item reference.","example":"cart-item-reference-1"},"name":{"type":"string","description":"Descriptive name","example":"T-Shirt XL"},"sku":{"type":"string","description":"SKU / article number","example":"A000123"},"productType":{"$ref":"response:ProductType","description":"Type of product, physical is the default."},"items":{"type":"array","description":"Child items when this item is a bundle.","items":{"$ref":"response:Item"}},"url":{"type":"string","description":"Product page URL","example":"https://example.com/products/A000123"},"imageUrl":{"type":"string","description":"Product image URL","example":"https://example.com/products/A000123/images/1"},"quantity":{"type":"integer","format":"int32","description":"Quantity","example":2},"unit":{"type":"string","description":"Unit of the quantity (st, kg)","example":"st"},"price":{"$ref":"response:Price","description":"Unit price, excluding discount"},"total":{"$ref":"response:Price","description":"Total price for all quantities, including discount"},"originalTotal":{"$ref":"response:Price","description":"Total price for all quantities, excluding discount"},"vatRate":{"type":"number","format":"double","description":"VAT rate, 25 % = 0.25","example":0.25},"discounts":{"type":"array","description":"Discounts applied to the item","items":{"$ref":"response:Discount"}},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the item."}},"example":{"id":"ci_FpEzyBvBBUyKxkeNriFUxZOCje","reference":"cart-item-reference-1","name":"T-Shirt XL","sku":"A000123","productType":"physical","url":"https://example.com/products/A000123","imageUrl":"https://example.com/products/A000123/images/1","quantity":2,"unit":"st","price":{"includingVat":12.5,"excludingVat":10},"total":{"includingVat":25,"excludingVat":20},"originalTotal":{"includingVat":25,"excludingVat":20},"vatRate":0.25},"$id":"response:Item"};
const schema44 = {"type":"string","description":"Type of product; `physical` is the default.","enum":["physical","digital","giftCard","bundle"],"example":"physical","$id":"response:ProductType"};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:ProductType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "physical") || (data === "digital")) || (data === "giftCard")) || (data === "bundle"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","description":"A price, in major unit currency (e.g. SEK, not öre).","additionalProperties":false,"properties":{"includingVat":{"type":"number","format":"double","description":"Total price including vat in the checkout specified currency. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":1234},"excludingVat":{"type":"number","format":"double","description":"Total price excluding vat in the checkout specified currency. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":987.2}},"example":{"includingVat":1234,"excludingVat":987.2},"$id":"response:Price"};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Price" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "includingVat") || (key0 === "excludingVat"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.includingVat !== undefined){
let data0 = data.includingVat;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000000000000 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema45.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -1000000000000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema45.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats8.validate(data0))){
const err3 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema45.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/includingVat",schemaPath:"#/properties/includingVat/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema45.properties.includingVat.type,parentSchema:schema45.properties.includingVat,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.excludingVat !== undefined){
let data1 = data.excludingVat;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema45.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < -1000000000000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema45.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats8.validate(data1))){
const err7 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema45.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/excludingVat",schemaPath:"#/properties/excludingVat/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema45.properties.excludingVat.type,parentSchema:schema45.properties.excludingVat,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","description":"A discount on the cart, an item or shipping. v1 has no `reference` and no `description` (decision 48).","additionalProperties":false,"properties":{"type":{"$ref":"response:DiscountType","description":"Whether the discount applies to items or shipping."},"name":{"type":"string","description":"Name of the discount","example":"Cart Discount"},"code":{"type":"string","description":"Discount code","example":"SUMMER20"},"value":{"$ref":"response:Price","description":"Total sum of discount"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the discount."}},"example":{"type":"item","name":"Cart Discount","code":"SUMMER20","value":{"includingVat":60,"excludingVat":48}},"$id":"response:Discount"};
const schema47 = {"type":"string","description":"Whether a discount applies to items or shipping.","enum":["item","shipping"],"example":"item","$id":"response:DiscountType"};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:DiscountType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "item") || (data === "shipping"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Discount" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "name")) || (key0 === "code")) || (key0 === "value")) || (key0 === "attributes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if(!(validate99(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.code.type,parentSchema:schema46.properties.code,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.value !== undefined){
if(!(validate94(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data4 = data.attributes;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
const err3 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.attributes.type,parentSchema:schema46.properties.attributes,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const wrapper1 = {validate: validate91};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Item" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema43.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.id.type,parentSchema:schema43.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.reference !== undefined){
let data1 = data.reference;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.reference.type,parentSchema:schema43.properties.reference,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.name.type,parentSchema:schema43.properties.name,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sku !== undefined){
let data3 = data.sku;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.sku.type,parentSchema:schema43.properties.sku,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.productType !== undefined){
if(!(validate92(data.productType, {instancePath:instancePath+"/productType",parentData:data,parentDataProperty:"productType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
if(data.items !== undefined){
let data5 = data.items;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper1.validate(data5[i0], {instancePath:instancePath+"/items/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.items.type,parentSchema:schema43.properties.items,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 !== "string"){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.url.type,parentSchema:schema43.properties.url,data:data7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.imageUrl !== undefined){
let data8 = data.imageUrl;
if(typeof data8 !== "string"){
const err7 = {instancePath:instancePath+"/imageUrl",schemaPath:"#/properties/imageUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.imageUrl.type,parentSchema:schema43.properties.imageUrl,data:data8};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.quantity !== undefined){
let data9 = data.quantity;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err8 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.quantity.type,parentSchema:schema43.properties.quantity,data:data9};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats6.validate(data9))){
const err9 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema43.properties.quantity,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.unit !== undefined){
let data10 = data.unit;
if(typeof data10 !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.unit.type,parentSchema:schema43.properties.unit,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.price !== undefined){
if(!(validate94(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.total !== undefined){
if(!(validate94(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.originalTotal !== undefined){
if(!(validate94(data.originalTotal, {instancePath:instancePath+"/originalTotal",parentData:data,parentDataProperty:"originalTotal",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.vatRate !== undefined){
let data14 = data.vatRate;
if((typeof data14 == "number") && (isFinite(data14))){
if(!(formats8.validate(data14))){
const err11 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema43.properties.vatRate,data:data14};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.vatRate.type,parentSchema:schema43.properties.vatRate,data:data14};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.discounts !== undefined){
let data15 = data.discounts;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(!(validate98(data15[i1], {instancePath:instancePath+"/discounts/" + i1,parentData:data15,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/discounts",schemaPath:"#/properties/discounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.discounts.type,parentSchema:schema43.properties.discounts,data:data15};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.attributes !== undefined){
let data17 = data.attributes;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
const err14 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.attributes.type,parentSchema:schema43.properties.attributes,data:data17};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Cart" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "reference") || (key0 === "items")) || (key0 === "discounts")) || (key0 === "total")) || (key0 === "attributes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.reference.type,parentSchema:schema42.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
if(data1.length > 500){
const err2 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema42.properties.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate91(data1[i0], {instancePath:instancePath+"/items/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.items.type,parentSchema:schema42.properties.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.discounts !== undefined){
let data3 = data.discounts;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate98(data3[i1], {instancePath:instancePath+"/discounts/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/discounts",schemaPath:"#/properties/discounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.discounts.type,parentSchema:schema42.properties.discounts,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.total !== undefined){
if(!(validate94(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data6 = data.attributes;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
}
else {
const err5 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.attributes.type,parentSchema:schema42.properties.attributes,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","description":"A shipping of the order. Its `total` counts in the derived `order.total` unless its `state` is `removed` (DECISIONS 7). v1 has no `merchant` and no `channel` (decision 48).","additionalProperties":false,"required":["total","vatRate"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique identifier","example":"s_pmHreuEBboeezpixrHMDPQlazU"},"state":{"$ref":"response:ShippingState","description":"Current state of the shipping."},"reference":{"type":"string","description":"External reference","example":"e8ed2091-c34c-4837-a3a8-bc827b0dc183"},"tmsReference":{"type":"string","description":"TMS reference","example":"a935a628-f70c-47a4-a9f6-98c6d08c2ba3"},"orderId":{"type":"string","description":"Order id","example":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ"},"adapterId":{"type":"string","description":"Adapter ID","example":"ingrid-shipping-adapter"},"name":{"type":"string","description":"Descriptive name","example":"PostNord MyPack Home"},"total":{"$ref":"response:Price","description":"Total price of the shipping"},"vatRate":{"type":"number","format":"double","description":"VAT rate, 25 % = 0.25","example":0.25},"deliveryDetails":{"$ref":"response:DeliveryDetails","description":"Delivery details"},"addons":{"type":"array","description":"Shipping addons","items":{"$ref":"response:Addon"}},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the shipping."}},"example":{"id":"s_pmHreuEBboeezpixrHMDPQlazU","state":"intent","reference":"e8ed2091-c34c-4837-a3a8-bc827b0dc183","tmsReference":"a935a628-f70c-47a4-a9f6-98c6d08c2ba3","orderId":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ","adapterId":"ingrid-shipping-adapter","name":"PostNord MyPack Home","total":{"includingVat":1234,"excludingVat":987.2},"vatRate":0.25,"deliveryDetails":{"carrier":"PostNord","class":"standard","product":{"reference":"mypack-home","name":"MyPack Home"}},"addons":[{"reference":"evening-delivery","price":0.1}]},"$id":"response:Shipping"};
const schema49 = {"type":"string","description":"State of a shipping; `removed` soft-deletes it. Matched case-insensitively on input (DECISIONS 8).","enum":["intent","removed","processing","failed","confirmed"],"example":"intent","$id":"response:ShippingState"};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:ShippingState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "intent") || (data === "removed")) || (data === "processing")) || (data === "failed")) || (data === "confirmed"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","description":"Delivery details of a shipping. v1 has no `carrierProductId` (decision 48).","additionalProperties":false,"properties":{"carrier":{"type":"string","description":"Carrier name.","example":"PostNord"},"class":{"type":"string","description":"Shipping class.","example":"standard"},"product":{"$ref":"response:Product","description":"Carrier product."},"pickupLocation":{"$ref":"response:PickupLocation","description":"Pickup location."}},"example":{"carrier":"PostNord","class":"standard","product":{"reference":"mypack-collect","name":"MyPack Collect"},"pickupLocation":{"reference":"7890","name":"ICA Supermarket Boden","address":{"streetAddress":"Adaptivevägen 18","city":"Boden","postalCode":"955 60","country":"SE"}}},"$id":"response:DeliveryDetails"};
const schema51 = {"type":"object","description":"Carrier product.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Product reference","example":"mypack-home"},"name":{"type":"string","description":"Carrier product name","example":"MyPack Home"}},"example":{"reference":"mypack-home","name":"MyPack Home"},"$id":"response:Product"};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Product" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "reference") || (key0 === "name"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.reference.type,parentSchema:schema51.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.name.type,parentSchema:schema51.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","description":"Pickup location of a shipping.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Pickup location reference","example":"7890"},"name":{"type":"string","description":"Pickup location name","example":"ICA Supermarket Boden"},"address":{"$ref":"response:PickupLocationAddress","description":"Pickup location address"}},"example":{"reference":"7890","name":"ICA Supermarket Boden","address":{"streetAddress":"Adaptivevägen 18","city":"Boden","postalCode":"955 60","country":"SE"}},"$id":"response:PickupLocation"};
const schema53 = {"type":"object","description":"Address of a pickup location.","additionalProperties":false,"properties":{"streetAddress":{"type":"string","description":"Street address","example":"Adaptivevägen 18"},"city":{"type":"string","description":"City","example":"Boden"},"postalCode":{"type":"string","description":"Postal code","example":"955 60"},"country":{"type":"string","description":"Country, ISO 3166 alpha-2.","example":"SE"}},"example":{"streetAddress":"Adaptivevägen 18","city":"Boden","postalCode":"955 60","country":"SE"},"$id":"response:PickupLocationAddress"};

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:PickupLocationAddress" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "streetAddress") || (key0 === "city")) || (key0 === "postalCode")) || (key0 === "country"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.streetAddress !== undefined){
let data0 = data.streetAddress;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/streetAddress",schemaPath:"#/properties/streetAddress/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.streetAddress.type,parentSchema:schema53.properties.streetAddress,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.city !== undefined){
let data1 = data.city;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.city.type,parentSchema:schema53.properties.city,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.postalCode !== undefined){
let data2 = data.postalCode;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.postalCode.type,parentSchema:schema53.properties.postalCode,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.country !== undefined){
let data3 = data.country;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.country.type,parentSchema:schema53.properties.country,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}
validate115.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:PickupLocation" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "reference") || (key0 === "name")) || (key0 === "address"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.reference.type,parentSchema:schema52.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.name.type,parentSchema:schema52.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.address !== undefined){
if(!(validate115(data.address, {instancePath:instancePath+"/address",parentData:data,parentDataProperty:"address",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:DeliveryDetails" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "carrier") || (key0 === "class")) || (key0 === "product")) || (key0 === "pickupLocation"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.carrier !== undefined){
let data0 = data.carrier;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.carrier.type,parentSchema:schema50.properties.carrier,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.class !== undefined){
let data1 = data.class;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/class",schemaPath:"#/properties/class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.class.type,parentSchema:schema50.properties.class,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.product !== undefined){
if(!(validate112(data.product, {instancePath:instancePath+"/product",parentData:data,parentDataProperty:"product",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
}
if(data.pickupLocation !== undefined){
if(!(validate114(data.pickupLocation, {instancePath:instancePath+"/pickupLocation",parentData:data,parentDataProperty:"pickupLocation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","description":"A shipping addon.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Shipping addon reference.","example":"evening-delivery"},"price":{"type":"number","format":"double","description":"Cost of addon. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":0.1}},"example":{"reference":"evening-delivery","price":0.1},"$id":"response:Addon"};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Addon" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "reference") || (key0 === "price"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.reference.type,parentSchema:schema54.properties.reference,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.price !== undefined){
let data1 = data.price;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema54.properties.price,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 < -1000000000000 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema54.properties.price,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats8.validate(data1))){
const err4 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema54.properties.price,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema54.properties.price.type,parentSchema:schema54.properties.price,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Shipping" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.total === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.vatRate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vatRate"},message:"must have required property '"+"vatRate"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema48.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.id.type,parentSchema:schema48.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.state !== undefined){
if(!(validate108(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
if(data.reference !== undefined){
let data2 = data.reference;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.reference.type,parentSchema:schema48.properties.reference,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tmsReference !== undefined){
let data3 = data.tmsReference;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/tmsReference",schemaPath:"#/properties/tmsReference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.tmsReference.type,parentSchema:schema48.properties.tmsReference,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.orderId !== undefined){
let data4 = data.orderId;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.orderId.type,parentSchema:schema48.properties.orderId,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data5 = data.adapterId;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.adapterId.type,parentSchema:schema48.properties.adapterId,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data6 = data.name;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.name.type,parentSchema:schema48.properties.name,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.total !== undefined){
if(!(validate94(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.vatRate !== undefined){
let data8 = data.vatRate;
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats8.validate(data8))){
const err9 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema48.properties.vatRate,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/vatRate",schemaPath:"#/properties/vatRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.vatRate.type,parentSchema:schema48.properties.vatRate,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.deliveryDetails !== undefined){
if(!(validate111(data.deliveryDetails, {instancePath:instancePath+"/deliveryDetails",parentData:data,parentDataProperty:"deliveryDetails",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
}
if(data.addons !== undefined){
let data10 = data.addons;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate119(data10[i0], {instancePath:instancePath+"/addons/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/addons",schemaPath:"#/properties/addons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.addons.type,parentSchema:schema48.properties.addons,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.attributes !== undefined){
let data12 = data.attributes;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
const err12 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.attributes.type,parentSchema:schema48.properties.attributes,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"object","description":"A payment of the order. There is no DELETE: setting `state` to `removed` soft-deletes it. Validate checks that the amounts of the payments that are not `removed` cover the order total (DECISIONS 4). v1 has no `merchant`, `channel` or `upsell` (decision 48).","additionalProperties":false,"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID","example":"p_KBiXuYjvYxsezKCQAMuuSKGDaT"},"adapterId":{"type":"string","description":"Adapter ID","example":"klarna-checkout"},"name":{"type":"string","description":"Payment service provider name","example":"Klarna"},"currency":{"type":"string","pattern":"^[A-Za-z]{3,3}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Currency, ISO 4217 alpha-3.","example":"SEK"},"type":{"$ref":"response:PaymentType","description":"Type of payment"},"orderId":{"type":"string","description":"Order id","example":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ"},"amount":{"type":"number","format":"double","description":"Amount to be covered by this payment. Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":10},"upperLimitAmount":{"type":"number","format":"double","description":"Upper limit usable by this payment (e.g. voucher balance). Amount in major unit currency.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":100},"state":{"$ref":"response:PaymentState","description":"State of the payment (the docs' example shows `\"Intent\"`; DECISIONS 8)."},"reference":{"type":"string","description":"External reference, e.g. at the payment service provider.","example":"7d31e2cf-2d46-4db0-b87d-d65dfaae298f"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the payment."},"actions":{"type":"array","description":"After payment actions","items":{"$ref":"response:PaymentAction"}},"recurring":{"$ref":"response:Recurring","description":"Recurring payment information."}},"example":{"id":"p_KBiXuYjvYxsezKCQAMuuSKGDaT","adapterId":"klarna-checkout","name":"Klarna","currency":"SEK","type":"default","orderId":"o_DhZSbDfVzNzuxOzHyCFskzGzaJ","amount":10,"state":"intent","reference":"7d31e2cf-2d46-4db0-b87d-d65dfaae298f"},"$id":"response:Payment"};
const schema56 = {"type":"string","description":"Type of payment.","enum":["default","prepaid","voucher"],"example":"default","$id":"response:PaymentType"};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:PaymentType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "default") || (data === "prepaid")) || (data === "voucher"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}
validate123.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"string","description":"State of a payment; `removed` soft-deletes it. The 12 values of the v1 types, with `cancelled` and `refunded`. Matched case-insensitively on input (DECISIONS 8).","enum":["intent","removed","processing","failed","confirmed","pending","declined","reserved","credited","captured","cancelled","refunded"],"example":"intent","$id":"response:PaymentState"};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:PaymentState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate125.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((data === "intent") || (data === "removed")) || (data === "processing")) || (data === "failed")) || (data === "confirmed")) || (data === "pending")) || (data === "declined")) || (data === "reserved")) || (data === "credited")) || (data === "captured")) || (data === "cancelled")) || (data === "refunded"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values",schema:schema57.enum,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema58 = {"type":"object","description":"An after-payment action (e.g. capture, refund) offered by the payment adapter.","additionalProperties":false,"required":["adapterId","type","url"],"properties":{"id":{"type":"string","readOnly":true,"description":"PaymentAction identifier","example":"pa_WqXnBdeHkLmPoRsTuVwYzAbCdE"},"adapterId":{"type":"string","minLength":1,"description":"Adapter ID","example":"klarna-checkout"},"type":{"type":"string","minLength":1,"description":"Type of action","example":"capture"},"url":{"type":"string","minLength":1,"description":"URL called by POST when the action is executed.","example":"http://klarna-adapter.norce.io/api/v1/payments/p_KBiXuYjvYxsezKCQAMuuSKGDaT/capture"}},"example":{"id":"pa_WqXnBdeHkLmPoRsTuVwYzAbCdE","adapterId":"klarna-checkout","type":"capture","url":"http://klarna-adapter.norce.io/api/v1/payments/p_KBiXuYjvYxsezKCQAMuuSKGDaT/capture"},"$id":"response:PaymentAction"};

function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:PaymentAction" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adapterId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "adapterId"},message:"must have required property '"+"adapterId"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "adapterId")) || (key0 === "type")) || (key0 === "url"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.id.type,parentSchema:schema58.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.adapterId.type,parentSchema:schema58.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.type.type,parentSchema:schema58.properties.type,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.url !== undefined){
let data3 = data.url;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.url,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.url.type,parentSchema:schema58.properties.url,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema59 = {"type":"object","description":"Recurring payment information.","additionalProperties":false,"required":["token"],"properties":{"token":{"type":"string","minLength":1,"description":"Recurring payment token.","example":"5f2a7c1e-8b8d-4d3e-9d5f-0c7b2c1d3e4f"},"description":{"type":"string","description":"Description of the recurring payment.","example":"Monthly subscription"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the recurring payment."}},"example":{"token":"5f2a7c1e-8b8d-4d3e-9d5f-0c7b2c1d3e4f","description":"Monthly subscription"},"$id":"response:Recurring"};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Recurring" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate129.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "token") || (key0 === "description")) || (key0 === "attributes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.token,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.token.type,parentSchema:schema59.properties.token,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.description.type,parentSchema:schema59.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.attributes !== undefined){
let data2 = data.attributes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err5 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.attributes.type,parentSchema:schema59.properties.attributes,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate129.errors = vErrors;
return errors === 0;
}
validate129.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Payment" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema55.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.id.type,parentSchema:schema55.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.adapterId.type,parentSchema:schema55.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.name.type,parentSchema:schema55.properties.name,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.currency !== undefined){
let data3 = data.currency;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err4 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3,3}$"},message:"must match pattern \""+"^[A-Za-z]{3,3}$"+"\"",schema:"^[A-Za-z]{3,3}$",parentSchema:schema55.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.currency.type,parentSchema:schema55.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
if(!(validate123(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
if(data.orderId !== undefined){
let data5 = data.orderId;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.orderId.type,parentSchema:schema55.properties.orderId,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.amount !== undefined){
let data6 = data.amount;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000000 || isNaN(data6)){
const err7 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema55.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data6 < -1000000000000 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema55.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats8.validate(data6))){
const err9 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema55.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema55.properties.amount.type,parentSchema:schema55.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.upperLimitAmount !== undefined){
let data7 = data.upperLimitAmount;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000000 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema55.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7 < -1000000000000 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema55.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats8.validate(data7))){
const err13 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema55.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/upperLimitAmount",schemaPath:"#/properties/upperLimitAmount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema55.properties.upperLimitAmount.type,parentSchema:schema55.properties.upperLimitAmount,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.state !== undefined){
if(!(validate125(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
if(data.reference !== undefined){
let data9 = data.reference;
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.reference.type,parentSchema:schema55.properties.reference,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.attributes !== undefined){
let data10 = data.attributes;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err16 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.attributes.type,parentSchema:schema55.properties.attributes,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.actions !== undefined){
let data11 = data.actions;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate127(data11[i0], {instancePath:instancePath+"/actions/" + i0,parentData:data11,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.actions.type,parentSchema:schema55.properties.actions,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.recurring !== undefined){
if(!(validate129(data.recurring, {instancePath:instancePath+"/recurring",parentData:data,parentDataProperty:"recurring",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","description":"Customer information. `type` is required, as the v1 types declare (on v0 it is optional on input, DECISIONS 16).","additionalProperties":false,"required":["type"],"properties":{"billing":{"$ref":"response:Address","description":"Billing address to the customer"},"shipping":{"$ref":"response:Address","description":"Shipping address to the customer"},"type":{"$ref":"response:CustomerType","description":"Type of customer (the docs' examples show `\"Person\"`; DECISIONS 8)."},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the customer."}},"example":{"billing":{"type":"person","givenName":"Rosalinainho","familyName":"Undulatsson","streetAddress":"Adaptivevägen 18","postalCode":"955 60","city":"Boden","country":"SE","email":"rosalinainho.undulatsson@example.com"},"type":"person"},"$id":"response:Customer"};
const schema61 = {"type":"object","description":"A billing or shipping address.","additionalProperties":false,"properties":{"type":{"$ref":"response:CustomerType","description":"Type of customer (the docs' examples show `\"Person\"`; DECISIONS 8)."},"givenName":{"type":"string","description":"Given name","example":"Rosalinainho"},"familyName":{"type":"string","description":"Family name","example":"Undulatsson"},"careOf":{"type":"string","description":"Care of","example":"Olleinho Jyckesson"},"reference":{"type":"string","description":"Reference to the customer"},"organizationName":{"type":"string","description":"Organization name","example":"Storm"},"streetAddress":{"type":"string","description":"Street address","example":"Adaptivevägen 18"},"streetAddress2":{"type":"string","description":"Street address, second line","example":"Lgh 1203"},"postalCode":{"type":"string","description":"Postal code","example":"955 60"},"city":{"type":"string","description":"City","example":"Boden"},"region":{"type":"string","description":"Region","example":"Norrbotten"},"country":{"type":"string","pattern":"^[A-Za-z]{2,2}$","x-mock-extension":"The pattern is the 0.1 docs' (decision 49); v1 types cannot show one.","description":"Country, ISO 3166 alpha-2.","example":"SE"},"phone":{"type":"string","description":"Phone number","example":"0753892233"},"email":{"type":"string","description":"Email address","example":"rosalinainho.undulatsson@example.com"},"nationalIdentificationNumber":{"type":"string","description":"National identification number, e.g. a Swedish personnummer.","example":"890201-3286"},"organizationIdentificationNumber":{"type":"string","description":"Organization identification number, e.g. a Swedish organisationsnummer.","example":"212000-1355"},"attributes":{"type":"object","additionalProperties":true,"description":"Allows you to store any custom attributes for the address."}},"example":{"type":"person","givenName":"Rosalinainho","familyName":"Undulatsson","careOf":"Olleinho Jyckesson","streetAddress":"Adaptivevägen 18","streetAddress2":"Lgh 1203","postalCode":"955 60","city":"Boden","region":"Norrbotten","country":"SE","phone":"0753892233","email":"rosalinainho.undulatsson@example.com","nationalIdentificationNumber":"890201-3286"},"$id":"response:Address"};
const schema62 = {"type":"string","description":"Customer type. Matched case-insensitively on input (`\"Person\"` occurs in real traffic) and returned lower-case (DECISIONS 8).","enum":["person","organization"],"example":"person","$id":"response:CustomerType"};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:CustomerType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "person") || (data === "organization"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values",schema:schema62.enum,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Address" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema61.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if(!(validate134(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.givenName !== undefined){
let data1 = data.givenName;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/givenName",schemaPath:"#/properties/givenName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.givenName.type,parentSchema:schema61.properties.givenName,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.familyName !== undefined){
let data2 = data.familyName;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/familyName",schemaPath:"#/properties/familyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.familyName.type,parentSchema:schema61.properties.familyName,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.careOf !== undefined){
let data3 = data.careOf;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/careOf",schemaPath:"#/properties/careOf/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.careOf.type,parentSchema:schema61.properties.careOf,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reference !== undefined){
let data4 = data.reference;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.reference.type,parentSchema:schema61.properties.reference,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.organizationName !== undefined){
let data5 = data.organizationName;
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/organizationName",schemaPath:"#/properties/organizationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.organizationName.type,parentSchema:schema61.properties.organizationName,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.streetAddress !== undefined){
let data6 = data.streetAddress;
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/streetAddress",schemaPath:"#/properties/streetAddress/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.streetAddress.type,parentSchema:schema61.properties.streetAddress,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.streetAddress2 !== undefined){
let data7 = data.streetAddress2;
if(typeof data7 !== "string"){
const err7 = {instancePath:instancePath+"/streetAddress2",schemaPath:"#/properties/streetAddress2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.streetAddress2.type,parentSchema:schema61.properties.streetAddress2,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.postalCode !== undefined){
let data8 = data.postalCode;
if(typeof data8 !== "string"){
const err8 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.postalCode.type,parentSchema:schema61.properties.postalCode,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.city !== undefined){
let data9 = data.city;
if(typeof data9 !== "string"){
const err9 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.city.type,parentSchema:schema61.properties.city,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.region !== undefined){
let data10 = data.region;
if(typeof data10 !== "string"){
const err10 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.region.type,parentSchema:schema61.properties.region,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.country !== undefined){
let data11 = data.country;
if(typeof data11 === "string"){
if(!pattern2.test(data11)){
const err11 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,2}$"},message:"must match pattern \""+"^[A-Za-z]{2,2}$"+"\"",schema:"^[A-Za-z]{2,2}$",parentSchema:schema61.properties.country,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.country.type,parentSchema:schema61.properties.country,data:data11};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.phone !== undefined){
let data12 = data.phone;
if(typeof data12 !== "string"){
const err13 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.phone.type,parentSchema:schema61.properties.phone,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.email !== undefined){
let data13 = data.email;
if(typeof data13 !== "string"){
const err14 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.email.type,parentSchema:schema61.properties.email,data:data13};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.nationalIdentificationNumber !== undefined){
let data14 = data.nationalIdentificationNumber;
if(typeof data14 !== "string"){
const err15 = {instancePath:instancePath+"/nationalIdentificationNumber",schemaPath:"#/properties/nationalIdentificationNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.nationalIdentificationNumber.type,parentSchema:schema61.properties.nationalIdentificationNumber,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.organizationIdentificationNumber !== undefined){
let data15 = data.organizationIdentificationNumber;
if(typeof data15 !== "string"){
const err16 = {instancePath:instancePath+"/organizationIdentificationNumber",schemaPath:"#/properties/organizationIdentificationNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.organizationIdentificationNumber.type,parentSchema:schema61.properties.organizationIdentificationNumber,data:data15};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.attributes !== undefined){
let data16 = data.attributes;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
}
else {
const err17 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.attributes.type,parentSchema:schema61.properties.attributes,data:data16};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}
validate133.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Customer" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate132.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "billing") || (key0 === "shipping")) || (key0 === "type")) || (key0 === "attributes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.billing !== undefined){
if(!(validate133(data.billing, {instancePath:instancePath+"/billing",parentData:data,parentDataProperty:"billing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
if(data.shipping !== undefined){
if(!(validate133(data.shipping, {instancePath:instancePath+"/shipping",parentData:data,parentDataProperty:"shipping",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(!(validate134(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data3 = data.attributes;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err2 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.attributes.type,parentSchema:schema60.properties.attributes,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate132.errors = vErrors;
return errors === 0;
}
validate132.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","description":"A consent the customer gives. `id` is read-only on v1: the server assigns it (decision 50). Moving the order to `processing` or beyond needs every `required` consent `checked` (DECISIONS 5).","additionalProperties":false,"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the consent item.","example":"ci_newsleter"},"checked":{"type":"boolean","description":"Consent checked status.","example":true},"text":{"type":"string","description":"Consent description.","example":"I want to receive the newsletter."},"required":{"type":"boolean","description":"Required for transitioning order state to 'Processing'","example":true}},"example":{"id":"ci_newsleter","checked":true,"text":"string","required":true},"$id":"response:Consent"};

function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Consent" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate140.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "checked")) || (key0 === "text")) || (key0 === "required"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.id.type,parentSchema:schema63.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.checked !== undefined){
let data1 = data.checked;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/checked",schemaPath:"#/properties/checked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.properties.checked.type,parentSchema:schema63.properties.checked,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
let data2 = data.text;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.text.type,parentSchema:schema63.properties.text,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.required !== undefined){
let data3 = data.required;
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.properties.required.type,parentSchema:schema63.properties.required,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate140.errors = vErrors;
return errors === 0;
}
validate140.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"type":"object","description":"A validation callback, called by `POST .../validate` (DECISIONS 4). The mock POSTs the order to `invoke` through `fetch`, with the URL templates `{order_id}`, `{order.id}` and `{configuration.<path>}`/`{config.<path>}` expanded (DECISIONS 10). v1 has no `url` (the 0.1 name of `invoke`, decision 48). `invoke` is required (`x-mock-extension`).","x-mock-extension":"`invoke` is required here and optional in the v1 types: a callback without a URL can never be called, so the mock answers it `400` instead of storing it (decision 49).","additionalProperties":false,"required":["invoke"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the callback.","example":"oc_BaDIudFOjBEuFmLlmDExePUFTh"},"adapterId":{"type":"string","description":"Callback Adapter ID.","example":"jetshop_adapter"},"description":{"type":"string","description":"Description of the callback purpose.","example":"Validates that all items are currently in stock."},"invoke":{"type":"string","minLength":1,"description":"Url to invoke on callback trigger. Can include references to adapter configuration and order inside curly braces.","example":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation"},"reference":{"type":"string","description":"Reference for the callback. Should be the same across orders. Used to track callbacks in event logs.","example":"stock-validation"}},"example":{"id":"oc_BaDIudFOjBEuFmLlmDExePUFTh","adapterId":"jetshop_adapter","description":"Validates that all items are currently in stock.","invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-validation","reference":"stock-validation"},"$id":"response:Validation"};

function validate142(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Validation" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate142.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.invoke === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoke"},message:"must have required property '"+"invoke"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "adapterId")) || (key0 === "description")) || (key0 === "invoke")) || (key0 === "reference"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.id.type,parentSchema:schema64.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.adapterId.type,parentSchema:schema64.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.description.type,parentSchema:schema64.properties.description,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.invoke !== undefined){
let data3 = data.invoke;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err5 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.invoke,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.invoke.type,parentSchema:schema64.properties.invoke,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reference !== undefined){
let data4 = data.reference;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.reference.type,parentSchema:schema64.properties.reference,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate142.errors = vErrors;
return errors === 0;
}
validate142.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","description":"A hook: a synchronous callback invoked when a change is attempted on a part of the\norder. `scope` (and `target`) may be `/state`, `/consents`, `/customer`, `/cart`,\n`/shippings`, `/payments`, or any other JSON pointer into the order (real clients use\n`/reference`). v1 has no `subscribeTo` (the 0.1 name of `scope`, decision 48).\n`invoke` is required (`x-mock-extension`).\n\nProtocol in the mock (DECISIONS 10): before committing a change that touches the scope\nor the target, the mock POSTs the order, in the `version` form, to `invoke` through\n`fetch`, with the URL templates `{order_id}`, `{order.id}` and\n`{configuration.<path>}`/`{config.<path>}` expanded. A `200` answer may carry a JSON\nPatch array that is applied to the order; a `400` answer rejects the change. Hooks of\nthe adapter named in the `x-adapterid` request header are not called. The standalone\nserver calls only allowed hosts (loopback by default); other targets are recorded as\nrefused, never called.","x-mock-extension":"`invoke` is required here and optional in the v1 types: a callback without a URL can never be called, so the mock answers it `400` instead of storing it (decision 49).","additionalProperties":false,"required":["invoke"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the callback.","example":"oc_BaDIudFOjBEuFmLlmDExePUFTh"},"adapterId":{"type":"string","description":"Callback Adapter ID; also used for self-suppression (`x-adapterid`).","example":"jetshop_adapter"},"scope":{"type":"string","description":"Valid json path inside the order. Does not support scope inside arrays.","example":"/state"},"target":{"type":"string","description":"The path to the property in the order that the hooks might respond with patches to. Used to correctly determine the order to call each hook in.","example":"/cart"},"invoke":{"type":"string","minLength":1,"description":"Url to invoke on hook trigger. Can include references to adapter configuration and order inside curly braces.","example":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook"},"version":{"$ref":"response:OrderVersion","description":"The version of the order body you expect to receive in the hook."},"description":{"type":"string","description":"Description of the hook purpose.","example":"Reserve stock when the order moves to processing."},"reference":{"type":"string","description":"Reference for the hook. Should be the same across orders. Used to track hooks in event logs.","example":"stock-reservation"}},"example":{"id":"oc_BaDIudFOjBEuFmLlmDExePUFTh","adapterId":"jetshop_adapter","scope":"/state","target":"/cart","invoke":"{config.adapter.publicUrl}/api/v1/orders/{order.id}/some-hook","version":"v1"},"$id":"response:Hook"};
const schema66 = {"type":"string","description":"Version of the order body sent to a callback.","enum":["v0","v1"],"example":"v0","$id":"response:OrderVersion"};

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:OrderVersion" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "v0") || (data === "v1"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",schema:schema66.enum,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate145.errors = vErrors;
return errors === 0;
}
validate145.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Hook" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate144.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.invoke === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoke"},message:"must have required property '"+"invoke"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "adapterId")) || (key0 === "scope")) || (key0 === "target")) || (key0 === "invoke")) || (key0 === "version")) || (key0 === "description")) || (key0 === "reference"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.id.type,parentSchema:schema65.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.adapterId.type,parentSchema:schema65.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.scope !== undefined){
let data2 = data.scope;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.scope.type,parentSchema:schema65.properties.scope,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.target !== undefined){
let data3 = data.target;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.target.type,parentSchema:schema65.properties.target,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.invoke !== undefined){
let data4 = data.invoke;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err6 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.invoke,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.invoke.type,parentSchema:schema65.properties.invoke,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.version !== undefined){
if(!(validate145(data.version, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data6 = data.description;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.description.type,parentSchema:schema65.properties.description,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reference !== undefined){
let data7 = data.reference;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.reference.type,parentSchema:schema65.properties.reference,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate144.errors = vErrors;
return errors === 0;
}
validate144.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","description":"A notification: an asynchronous callback. After a change commits, when the value at `scope` changed and validates against `schema`, the mock POSTs `{ notification, order }` to `invoke` through `fetch` (DECISIONS 10) and records the attempt in the event log (DECISIONS 11). `id` is read-only on v1 (decision 50); v1 has no `delay` (decision 48). `invoke` is required (`x-mock-extension`).","x-mock-extension":"`invoke` is required here and optional in the v1 types: a callback without a URL can never be called, so the mock answers it `400` instead of storing it (decision 49).","additionalProperties":false,"required":["invoke"],"properties":{"id":{"type":"string","readOnly":true,"description":"Unique ID for the Notification","example":"ocGooDddTOjKOuFmNnkEozEpfuTh"},"adapterId":{"type":"string","description":"Identifier for the system responsible for this notification. If any reference to configuration is made inside curly braces in Invoke the configuration is found using this identifier.","example":"jetshop_adapter"},"reference":{"type":"string","description":"Reference for the Notification. Should be the same across orders. Used to track notifications in event logs.","example":"PuXCudQEiWTOHvquGGolFUVOuy"},"description":{"type":"string","description":"Purpose or effect of the notification.","example":"Export payment information to Jetshop when order has been completed."},"scope":{"type":"string","description":"Valid json path inside the order. Does not support scope inside arrays.","example":"/state/currentStatus"},"schema":{"type":"object","additionalProperties":true,"description":"Json schema (https://json-schema.org/draft/2020-12/schema) on the scope. Notification triggers when a change occurs on the scope and the schema is valid for the scope.","example":{"const":"completed"}},"invoke":{"type":"string","minLength":1,"description":"Url to invoke on notification trigger. Can include references to adapter configuration and order inside curly braces.","example":"{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback"},"version":{"$ref":"response:OrderVersion","description":"The version of the order body you expect to receive in the notification."}},"example":{"id":"ocGooDddTOjKOuFmNnkEozEpfuTh","adapterId":"jetshop_adapter","reference":"PuXCudQEiWTOHvquGGolFUVOuy","description":"Export payment information to Jetshop when order has been completed.","scope":"/state/currentStatus","schema":{"const":"completed"},"invoke":"{config.adapter.publicUrl}/api/v1/callbacks/orders/{order.id}/specific-callback","version":"v1"},"$id":"response:Notification"};

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Notification" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.invoke === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoke"},message:"must have required property '"+"invoke"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "adapterId")) || (key0 === "reference")) || (key0 === "description")) || (key0 === "scope")) || (key0 === "schema")) || (key0 === "invoke")) || (key0 === "version"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.id.type,parentSchema:schema67.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.adapterId.type,parentSchema:schema67.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reference !== undefined){
let data2 = data.reference;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.reference.type,parentSchema:schema67.properties.reference,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.description.type,parentSchema:schema67.properties.description,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.scope !== undefined){
let data4 = data.scope;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.scope.type,parentSchema:schema67.properties.scope,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schema !== undefined){
let data5 = data.schema;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err7 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.schema.type,parentSchema:schema67.properties.schema,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.invoke !== undefined){
let data6 = data.invoke;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err8 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.invoke,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/invoke",schemaPath:"#/properties/invoke/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.invoke.type,parentSchema:schema67.properties.invoke,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.version !== undefined){
if(!(validate145(data.version, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Order" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.merchant === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "merchant"},message:"must have required property '"+"merchant"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.channel === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema38.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.id.type,parentSchema:schema38.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.merchant !== undefined){
let data1 = data.merchant;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/merchant",schemaPath:"#/properties/merchant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.merchant,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/merchant",schemaPath:"#/properties/merchant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.merchant.type,parentSchema:schema38.properties.merchant,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.channel !== undefined){
let data2 = data.channel;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err6 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.channel,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.channel.type,parentSchema:schema38.properties.channel,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reference !== undefined){
let data3 = data.reference;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.reference.type,parentSchema:schema38.properties.reference,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err9 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema38.properties.created,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.created.type,parentSchema:schema38.properties.created,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.lastModified !== undefined){
let data5 = data.lastModified;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err11 = {instancePath:instancePath+"/lastModified",schemaPath:"#/properties/lastModified/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema38.properties.lastModified,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/lastModified",schemaPath:"#/properties/lastModified/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.lastModified.type,parentSchema:schema38.properties.lastModified,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.state !== undefined){
if(!(validate83(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.culture !== undefined){
let data7 = data.culture;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err13 = {instancePath:instancePath+"/culture",schemaPath:"#/properties/culture/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$"+"\"",schema:"^[A-Za-z]{2,3}(?:-[A-Za-z]{2,2})*$",parentSchema:schema38.properties.culture,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/culture",schemaPath:"#/properties/culture/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.culture.type,parentSchema:schema38.properties.culture,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.currency !== undefined){
let data8 = data.currency;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err15 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3,3}$"},message:"must match pattern \""+"^[A-Za-z]{3,3}$"+"\"",schema:"^[A-Za-z]{3,3}$",parentSchema:schema38.properties.currency,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.currency.type,parentSchema:schema38.properties.currency,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.country !== undefined){
let data9 = data.country;
if(typeof data9 === "string"){
if(!pattern2.test(data9)){
const err17 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,2}$"},message:"must match pattern \""+"^[A-Za-z]{2,2}$"+"\"",schema:"^[A-Za-z]{2,2}$",parentSchema:schema38.properties.country,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.country.type,parentSchema:schema38.properties.country,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.cart !== undefined){
if(!(validate90(data.cart, {instancePath:instancePath+"/cart",parentData:data,parentDataProperty:"cart",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.shippings !== undefined){
let data11 = data.shippings;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate107(data11[i0], {instancePath:instancePath+"/shippings/" + i0,parentData:data11,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/shippings",schemaPath:"#/properties/shippings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.shippings.type,parentSchema:schema38.properties.shippings,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.payments !== undefined){
let data13 = data.payments;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(!(validate122(data13[i1], {instancePath:instancePath+"/payments/" + i1,parentData:data13,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/payments",schemaPath:"#/properties/payments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.payments.type,parentSchema:schema38.properties.payments,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.customer !== undefined){
if(!(validate132(data.customer, {instancePath:instancePath+"/customer",parentData:data,parentDataProperty:"customer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
}
if(data.consents !== undefined){
let data16 = data.consents;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(!(validate140(data16[i2], {instancePath:instancePath+"/consents/" + i2,parentData:data16,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/consents",schemaPath:"#/properties/consents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.consents.type,parentSchema:schema38.properties.consents,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.validations !== undefined){
let data18 = data.validations;
if(Array.isArray(data18)){
if(data18.length > 50){
const err22 = {instancePath:instancePath+"/validations",schemaPath:"#/properties/validations/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema38.properties.validations,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate142(data18[i3], {instancePath:instancePath+"/validations/" + i3,parentData:data18,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/validations",schemaPath:"#/properties/validations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.validations.type,parentSchema:schema38.properties.validations,data:data18};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.hooks !== undefined){
let data20 = data.hooks;
if(Array.isArray(data20)){
if(data20.length > 50){
const err24 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema38.properties.hooks,data:data20};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
if(!(validate144(data20[i4], {instancePath:instancePath+"/hooks/" + i4,parentData:data20,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.hooks.type,parentSchema:schema38.properties.hooks,data:data20};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.notifications !== undefined){
let data22 = data.notifications;
if(Array.isArray(data22)){
if(data22.length > 50){
const err26 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema38.properties.notifications,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
if(!(validate148(data22[i5], {instancePath:instancePath+"/notifications/" + i5,parentData:data22,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.notifications.type,parentSchema:schema38.properties.notifications,data:data22};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.total !== undefined){
if(!(validate94(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.attributes !== undefined){
let data25 = data.attributes;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
}
else {
const err28 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.attributes.type,parentSchema:schema38.properties.attributes,data:data25};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"type":"object","description":"Pagination meta data (DECISIONS 12). Every member is optional in the v1 types; the mock always sends all four. v1 has no `valueSum` (decision 48).","additionalProperties":false,"properties":{"offset":{"type":"integer","format":"int32","readOnly":true,"description":"Query offset","example":0},"limit":{"type":"integer","format":"int32","readOnly":true,"description":"Query limit","example":10},"size":{"type":"integer","format":"int32","readOnly":true,"description":"Results count, after filtering (size of the returned set).","example":1},"totalSize":{"type":"integer","format":"int32","readOnly":true,"description":"Total size of available set","example":1}},"example":{"offset":0,"limit":10,"size":1,"totalSize":1},"$id":"response:Pagination"};

function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:Pagination" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate153.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "offset") || (key0 === "limit")) || (key0 === "size")) || (key0 === "totalSize"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.offset !== undefined){
let data0 = data.offset;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.offset.type,parentSchema:schema68.properties.offset,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats6.validate(data0))){
const err2 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema68.properties.offset,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.limit.type,parentSchema:schema68.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats6.validate(data1))){
const err4 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema68.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.size !== undefined){
let data2 = data.size;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.size.type,parentSchema:schema68.properties.size,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats6.validate(data2))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema68.properties.size,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.totalSize !== undefined){
let data3 = data.totalSize;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/totalSize",schemaPath:"#/properties/totalSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.totalSize.type,parentSchema:schema68.properties.totalSize,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats6.validate(data3))){
const err8 = {instancePath:instancePath+"/totalSize",schemaPath:"#/properties/totalSize/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema68.properties.totalSize,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate153.errors = vErrors;
return errors === 0;
}
validate153.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:OrderPaginationSet" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "data") || (key0 === "pagination"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate82(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.data.type,parentSchema:schema37.properties.data,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.pagination !== undefined){
if(!(validate153(data.pagination, {instancePath:instancePath+"/pagination",parentData:data,parentDataProperty:"pagination",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["GetCheckoutOrders 400 application/problem+json"] = validate155;
const schema69 = {"type":"object","description":"Error body of every error answer (RFC 9457 problem details), sent as `application/problem+json` (decision 46). The v1 types declare the five standard members, all optional, and allow extension members; the mock always sends `type`, `title`, `status`, `detail` and `instance` and adds the extension members `code`, `message` and (request-validation failures only) `errors`.","additionalProperties":true,"properties":{"type":{"type":"string","format":"uri-reference","description":"URI identifying the problem type: `urn:norce-checkout-mock:problem:<code>` (DECISIONS 18).","example":"urn:norce-checkout-mock:problem:order-not-found"},"title":{"type":"string","description":"Short summary of the problem type; the same for every occurrence of a code.","example":"Order not found"},"status":{"type":"integer","format":"int32","description":"HTTP status code.","example":404},"detail":{"type":"string","description":"Explanation of this occurrence of the problem.","example":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."},"instance":{"type":"string","description":"The request path of this occurrence.","example":"/api/v1/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf"},"code":{"type":"string","x-mock-extension":"Extension member of the mock (DECISIONS 3): the code of the 0.1 docs' `BaseError` (`order-not-found`, ...).","description":"The problem code (`x-mock-extension`); `status` and `title` follow from it.","example":"order-not-found"},"message":{"type":"string","x-mock-extension":"Extension member of the mock (DECISIONS 3), the 0.1 docs' `BaseError` message.","description":"The `BaseError` message (`x-mock-extension`).","example":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."},"errors":{"type":"array","x-mock-extension":"Extension member of the mock (DECISIONS 3): every violation of a request-validation failure. Not ASP.NET's `ValidationProblemDetails.errors` map (decision 46).","description":"Request-validation failures only (`x-mock-extension`); one entry per violation, all of them.","items":{"type":"object","description":"One request-validation violation.","additionalProperties":false,"required":["location","keyword","message"],"properties":{"location":{"type":"string","description":"Where the violation is: `body/...`, `header/...`, `query/...` or `path/...` followed by the JSON pointer or name, e.g. `body/cart/items/0/quantity`, `header/x-merchant`, `query/limit`, `path/orderId`.","example":"body/cart/items/0/quantity"},"keyword":{"type":"string","description":"The rule that failed: the JSON Schema keyword (`type`, `required`, `enum`, `pattern`, `additionalProperties`, ...) or, for checks outside the schema, the kit's rule name (`requestBody`).","example":"type"},"message":{"type":"string","description":"Human-readable message.","example":"must be integer"}}}}},"example":{"type":"urn:norce-checkout-mock:problem:order-not-found","title":"Order not found","status":404,"detail":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.","instance":"/api/v1/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf","code":"order-not-found","message":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."},"$id":"response:ProblemDetails"};
const formats56 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:ProblemDetails" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate155.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(!(formats56.test(data0))){
const err0 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\"",schema:"uri-reference",parentSchema:schema69.properties.type,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.type.type,parentSchema:schema69.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.title.type,parentSchema:schema69.properties.title,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.status.type,parentSchema:schema69.properties.status,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats6.validate(data2))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema69.properties.status,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.detail !== undefined){
let data3 = data.detail;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.detail.type,parentSchema:schema69.properties.detail,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.instance !== undefined){
let data4 = data.instance;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.instance.type,parentSchema:schema69.properties.instance,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.code !== undefined){
let data5 = data.code;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.code.type,parentSchema:schema69.properties.code,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.message !== undefined){
let data6 = data.message;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.message.type,parentSchema:schema69.properties.message,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.errors !== undefined){
let data7 = data.errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.location === undefined){
const err9 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema69.properties.errors.items.required,parentSchema:schema69.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data8.keyword === undefined){
const err10 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "keyword"},message:"must have required property '"+"keyword"+"'",schema:schema69.properties.errors.items.required,parentSchema:schema69.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.message === undefined){
const err11 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema69.properties.errors.items.required,parentSchema:schema69.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data8){
if(!(((key0 === "location") || (key0 === "keyword")) || (key0 === "message"))){
const err12 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.location !== undefined){
let data9 = data8.location;
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/errors/" + i0+"/location",schemaPath:"#/properties/errors/items/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.errors.items.properties.location.type,parentSchema:schema69.properties.errors.items.properties.location,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.keyword !== undefined){
let data10 = data8.keyword;
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/errors/" + i0+"/keyword",schemaPath:"#/properties/errors/items/properties/keyword/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.errors.items.properties.keyword.type,parentSchema:schema69.properties.errors.items.properties.keyword,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.message !== undefined){
let data11 = data8.message;
if(typeof data11 !== "string"){
const err15 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.errors.items.properties.message.type,parentSchema:schema69.properties.errors.items.properties.message,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.errors.items.type,parentSchema:schema69.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.errors.type,parentSchema:schema69.properties.errors,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate155.errors = vErrors;
return errors === 0;
}
validate155.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["CreateCheckoutOrder 201 application/json"] = validate156;
const schema70 = {"type":"string","description":"Id of the new order."};

function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate156.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate156.errors = vErrors;
return errors === 0;
}
validate156.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports["GetCheckoutOrder 200 application/json"] = validate82;

exports["Validate 200 application/json"] = validate157;
const schema71 = {"type":"array","items":{"$ref":"response:ValidationError"}};
const schema72 = {"type":"object","description":"One failed check of `POST .../validate` (DECISIONS 4). `adapterId` names the failing validation callback; it is absent for the built-in checks. `code` is optional in the v1 types; the mock always sends it.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Code of the failed check: `cart-empty` or `payments-do-not-cover-total` for the built-in checks; for a validation callback, the codes it answered with (when its non-2xx body is a `ValidationError[]`), else `validation-callback-failed` (non-2xx or network error), `validation-callback-timeout` (no answer in time) or `validation-callback-refused` (host not allowed; the mock did not call it).","example":"validation-callback-failed"},"adapterId":{"type":"string","description":"adapterId of the failing validation callback.","example":"onhand_verify"}},"example":{"code":"validation-callback-failed","adapterId":"onhand_verify"},"$id":"response:ValidationError"};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:ValidationError" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate158.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "code") || (key0 === "adapterId"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.code.type,parentSchema:schema72.properties.code,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.adapterId.type,parentSchema:schema72.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate158.errors = vErrors;
return errors === 0;
}
validate158.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate157.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate158(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate157.errors = vErrors;
return errors === 0;
}
validate157.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports["GetOrderPayments 200 application/json"] = validate160;
const schema73 = {"type":"array","items":{"$ref":"response:Payment"}};

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate160.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate122(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate160.errors = vErrors;
return errors === 0;
}
validate160.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports["CreateOrderPayment 201 application/json"] = validate162;
const schema74 = {"type":"object","description":"Answer of creating a payment or a shipping (DECISIONS 2). `id` is optional in the v1 types; the mock always sends it.","additionalProperties":false,"properties":{"id":{"type":"string","description":"Id of the created resource.","example":"o_yClTSySjyAuuBjmiBlHCjuEcTf"}},"example":{"id":"o_yClTSySjyAuuBjmiBlHCjuEcTf"},"$id":"response:CreateResponse"};

function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:CreateResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate162.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "id")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.id.type,parentSchema:schema74.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate162.errors = vErrors;
return errors === 0;
}
validate162.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["GetOrderPayment 200 application/json"] = validate122;

exports["GetTransactionsForOrderPayment 200 application/json"] = validate163;
const schema75 = {"type":"array","items":{"$ref":"response:PaymentTransaction"}};
const schema76 = {"type":"object","description":"A transaction posted on a payment.","additionalProperties":false,"properties":{"event":{"$ref":"response:PaymentEvent","description":"Transaction event."},"pspEvent":{"type":"string","description":"Event name at the payment service provider.","example":"CAPTURE"},"amount":{"type":"number","format":"double","description":"Amount after transaction.","minimum":-1000000000000,"maximum":1000000000000,"x-mock-extension":"The mock's money range, ±10^12 (decision 92); past it a 400.","example":20},"isSuccess":{"type":"boolean","description":"Whether the transaction succeeded.","example":true},"errorDetail":{"type":"string","description":"Error details when the transaction failed."},"pspStatus":{"type":"string","description":"Status at the payment service provider.","example":"CAPTURED"},"requestJson":{"type":"string","description":"Must be a valid json.","example":"{\"captured_amount\":2000}"},"responseJson":{"type":"string","description":"Must be a valid json.","example":"{\"capture_id\":\"4ba29b50-be7b-44f5-a492-113e6a865e22\"}"},"created":{"type":"string","format":"date-time","readOnly":true,"description":"DateTime when transaction was posted.","example":"2019-08-24T14:15:22Z"},"paymentAction":{"$ref":"response:PaymentAction","description":"The payment action that caused the transaction."}},"example":{"event":"capture","pspEvent":"CAPTURE","amount":20,"isSuccess":true,"pspStatus":"CAPTURED","requestJson":"{\"captured_amount\":2000}","responseJson":"{\"capture_id\":\"4ba29b50-be7b-44f5-a492-113e6a865e22\"}","created":"2019-08-24T14:15:22Z"},"$id":"response:PaymentTransaction"};
const schema77 = {"type":"string","description":"Event of a payment transaction.","enum":["open","process","confirm","reopen","cancel","paymentAction","capture","refund"],"example":"capture","$id":"response:PaymentEvent"};

function validate165(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:PaymentEvent" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate165.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((data === "open") || (data === "process")) || (data === "confirm")) || (data === "reopen")) || (data === "cancel")) || (data === "paymentAction")) || (data === "capture")) || (data === "refund"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema77.enum},message:"must be equal to one of the allowed values",schema:schema77.enum,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate165.errors = vErrors;
return errors === 0;
}
validate165.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:PaymentTransaction" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate164.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema76.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.event !== undefined){
if(!(validate165(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
errors = vErrors.length;
}
}
if(data.pspEvent !== undefined){
let data1 = data.pspEvent;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/pspEvent",schemaPath:"#/properties/pspEvent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.pspEvent.type,parentSchema:schema76.properties.pspEvent,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err2 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema76.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data2 < -1000000000000 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema76.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats8.validate(data2))){
const err4 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/format",keyword:"format",params:{format: "double"},message:"must match format \""+"double"+"\"",schema:"double",parentSchema:schema76.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema76.properties.amount.type,parentSchema:schema76.properties.amount,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.isSuccess !== undefined){
let data3 = data.isSuccess;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/isSuccess",schemaPath:"#/properties/isSuccess/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.properties.isSuccess.type,parentSchema:schema76.properties.isSuccess,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.errorDetail !== undefined){
let data4 = data.errorDetail;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/errorDetail",schemaPath:"#/properties/errorDetail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.errorDetail.type,parentSchema:schema76.properties.errorDetail,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.pspStatus !== undefined){
let data5 = data.pspStatus;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/pspStatus",schemaPath:"#/properties/pspStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.pspStatus.type,parentSchema:schema76.properties.pspStatus,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.requestJson !== undefined){
let data6 = data.requestJson;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/requestJson",schemaPath:"#/properties/requestJson/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.requestJson.type,parentSchema:schema76.properties.requestJson,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.responseJson !== undefined){
let data7 = data.responseJson;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/responseJson",schemaPath:"#/properties/responseJson/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.responseJson.type,parentSchema:schema76.properties.responseJson,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.created !== undefined){
let data8 = data.created;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err11 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema76.properties.created,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.created.type,parentSchema:schema76.properties.created,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.paymentAction !== undefined){
if(!(validate127(data.paymentAction, {instancePath:instancePath+"/paymentAction",parentData:data,parentDataProperty:"paymentAction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate164.errors = vErrors;
return errors === 0;
}
validate164.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate163.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate164(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate163.errors = vErrors;
return errors === 0;
}
validate163.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports["AddTransactionForOrderPayment 200 application/json"] = validate164;

exports["GetOrderShippings 200 application/json"] = validate169;
const schema78 = {"type":"array","items":{"$ref":"response:Shipping"}};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate169.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate107(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate169.errors = vErrors;
return errors === 0;
}
validate169.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports["GetOrderShipping 200 application/json"] = validate107;

exports["schema request Transition"] = validate4;

exports["schema request OrderStatus"] = validate2;

exports["schema request Item"] = validate9;

exports["schema request ProductType"] = validate10;

exports["schema request Discount"] = validate16;

exports["schema request DiscountType"] = validate17;

exports["schema request Price"] = validate12;

exports["schema request Customer"] = validate50;

exports["schema request CustomerType"] = validate52;

exports["schema request ShippingState"] = validate26;

exports["schema request DeliveryDetails"] = validate29;

exports["schema request Product"] = validate30;

exports["schema request PickupLocation"] = validate32;

exports["schema request PickupLocationAddress"] = validate33;

exports["schema request Addon"] = validate37;

exports["schema request PaymentType"] = validate41;

exports["schema request PaymentState"] = validate43;

exports["schema request PaymentAction"] = validate45;

exports["schema request PaymentEvent"] = validate78;

exports["schema request Recurring"] = validate47;

exports["schema request OrderVersion"] = validate63;

exports["schema request OrderListOrderBy"] = validate171;
const schema79 = {"type":"string","description":"Sort field of the order list.","example":"created","caseInsensitiveEnum":["created","billingEmail","billingName","cartTotal"],"$id":"request:OrderListOrderBy"};
const obj9 = ["created","billingemail","billingname","carttotal"];

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderListOrderBy" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate171.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj9.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema79.caseInsensitiveEnum},message:"must be one of \"created\", \"billingEmail\", \"billingName\", \"cartTotal\"",schema:schema79.caseInsensitiveEnum,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema79.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate171.errors = vErrors;
return errors === 0;
}
validate171.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports["schema request OrderListOrderByDirection"] = validate172;
const schema80 = {"type":"string","description":"Sort direction of the order list.","example":"desc","caseInsensitiveEnum":["asc","desc"],"$id":"request:OrderListOrderByDirection"};
const obj10 = ["asc","desc"];

function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderListOrderByDirection" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate172.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj10.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema80.caseInsensitiveEnum},message:"must be one of \"asc\", \"desc\"",schema:schema80.caseInsensitiveEnum,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema80.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate172.errors = vErrors;
return errors === 0;
}
validate172.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports["schema request OrderPaginationSet"] = validate173;
const schema81 = {"type":"object","description":"A page of orders. Both members are optional in the v1 types; the mock always sends both.","additionalProperties":false,"properties":{"data":{"type":"array","readOnly":true,"description":"Data set of requested orders","items":{"$ref":"request:Order"}},"pagination":{"$ref":"request:Pagination","readOnly":true,"description":"Pagination meta data"}},"example":{"data":[],"pagination":{"offset":0,"limit":10,"size":0,"totalSize":0}},"$id":"request:OrderPaginationSet"};
const schema82 = {"type":"object","description":"Pagination meta data (DECISIONS 12). Every member is optional in the v1 types; the mock always sends all four. v1 has no `valueSum` (decision 48).","additionalProperties":false,"properties":{"offset":{"type":"integer","format":"int32","readOnly":true,"description":"Query offset","example":0},"limit":{"type":"integer","format":"int32","readOnly":true,"description":"Query limit","example":10},"size":{"type":"integer","format":"int32","readOnly":true,"description":"Results count, after filtering (size of the returned set).","example":1},"totalSize":{"type":"integer","format":"int32","readOnly":true,"description":"Total size of available set","example":1}},"example":{"offset":0,"limit":10,"size":1,"totalSize":1},"$id":"request:Pagination"};

function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:Pagination" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate175.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "offset") || (key0 === "limit")) || (key0 === "size")) || (key0 === "totalSize"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.offset !== undefined){
let data0 = data.offset;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.offset.type,parentSchema:schema82.properties.offset,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats6.validate(data0))){
const err2 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema82.properties.offset,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.limit.type,parentSchema:schema82.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats6.validate(data1))){
const err4 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema82.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.size !== undefined){
let data2 = data.size;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.size.type,parentSchema:schema82.properties.size,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats6.validate(data2))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema82.properties.size,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.totalSize !== undefined){
let data3 = data.totalSize;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/totalSize",schemaPath:"#/properties/totalSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.totalSize.type,parentSchema:schema82.properties.totalSize,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats6.validate(data3))){
const err8 = {instancePath:instancePath+"/totalSize",schemaPath:"#/properties/totalSize/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema82.properties.totalSize,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate175.errors = vErrors;
return errors === 0;
}
validate175.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate173(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderPaginationSet" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate173.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "data") || (key0 === "pagination"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate0(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema81.properties.data.type,parentSchema:schema81.properties.data,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.pagination !== undefined){
if(!(validate175(data.pagination, {instancePath:instancePath+"/pagination",parentData:data,parentDataProperty:"pagination",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate173.errors = vErrors;
return errors === 0;
}
validate173.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["schema request Pagination"] = validate175;

exports["schema request CreateResponse"] = validate177;
const schema83 = {"type":"object","description":"Answer of creating a payment or a shipping (DECISIONS 2). `id` is optional in the v1 types; the mock always sends it.","additionalProperties":false,"properties":{"id":{"type":"string","description":"Id of the created resource.","example":"o_yClTSySjyAuuBjmiBlHCjuEcTf"}},"example":{"id":"o_yClTSySjyAuuBjmiBlHCjuEcTf"},"$id":"request:CreateResponse"};

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:CreateResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate177.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "id")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.id.type,parentSchema:schema83.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate177.errors = vErrors;
return errors === 0;
}
validate177.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["schema request ValidationError"] = validate178;
const schema84 = {"type":"object","description":"One failed check of `POST .../validate` (DECISIONS 4). `adapterId` names the failing validation callback; it is absent for the built-in checks. `code` is optional in the v1 types; the mock always sends it.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Code of the failed check: `cart-empty` or `payments-do-not-cover-total` for the built-in checks; for a validation callback, the codes it answered with (when its non-2xx body is a `ValidationError[]`), else `validation-callback-failed` (non-2xx or network error), `validation-callback-timeout` (no answer in time) or `validation-callback-refused` (host not allowed; the mock did not call it).","example":"validation-callback-failed"},"adapterId":{"type":"string","description":"adapterId of the failing validation callback.","example":"onhand_verify"}},"example":{"code":"validation-callback-failed","adapterId":"onhand_verify"},"$id":"request:ValidationError"};

function validate178(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:ValidationError" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate178.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "code") || (key0 === "adapterId"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.code.type,parentSchema:schema84.properties.code,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.adapterId !== undefined){
let data1 = data.adapterId;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/adapterId",schemaPath:"#/properties/adapterId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.adapterId.type,parentSchema:schema84.properties.adapterId,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.type,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate178.errors = vErrors;
return errors === 0;
}
validate178.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["schema request ProblemDetails"] = validate179;
const schema85 = {"type":"object","description":"Error body of every error answer (RFC 9457 problem details), sent as `application/problem+json` (decision 46). The v1 types declare the five standard members, all optional, and allow extension members; the mock always sends `type`, `title`, `status`, `detail` and `instance` and adds the extension members `code`, `message` and (request-validation failures only) `errors`.","additionalProperties":true,"properties":{"type":{"type":"string","format":"uri-reference","description":"URI identifying the problem type: `urn:norce-checkout-mock:problem:<code>` (DECISIONS 18).","example":"urn:norce-checkout-mock:problem:order-not-found"},"title":{"type":"string","description":"Short summary of the problem type; the same for every occurrence of a code.","example":"Order not found"},"status":{"type":"integer","format":"int32","description":"HTTP status code.","example":404},"detail":{"type":"string","description":"Explanation of this occurrence of the problem.","example":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."},"instance":{"type":"string","description":"The request path of this occurrence.","example":"/api/v1/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf"},"code":{"type":"string","x-mock-extension":"Extension member of the mock (DECISIONS 3): the code of the 0.1 docs' `BaseError` (`order-not-found`, ...).","description":"The problem code (`x-mock-extension`); `status` and `title` follow from it.","example":"order-not-found"},"message":{"type":"string","x-mock-extension":"Extension member of the mock (DECISIONS 3), the 0.1 docs' `BaseError` message.","description":"The `BaseError` message (`x-mock-extension`).","example":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."},"errors":{"type":"array","x-mock-extension":"Extension member of the mock (DECISIONS 3): every violation of a request-validation failure. Not ASP.NET's `ValidationProblemDetails.errors` map (decision 46).","description":"Request-validation failures only (`x-mock-extension`); one entry per violation, all of them.","items":{"type":"object","description":"One request-validation violation.","additionalProperties":false,"required":["location","keyword","message"],"properties":{"location":{"type":"string","description":"Where the violation is: `body/...`, `header/...`, `query/...` or `path/...` followed by the JSON pointer or name, e.g. `body/cart/items/0/quantity`, `header/x-merchant`, `query/limit`, `path/orderId`.","example":"body/cart/items/0/quantity"},"keyword":{"type":"string","description":"The rule that failed: the JSON Schema keyword (`type`, `required`, `enum`, `pattern`, `additionalProperties`, ...) or, for checks outside the schema, the kit's rule name (`requestBody`).","example":"type"},"message":{"type":"string","description":"Human-readable message.","example":"must be integer"}}}}},"example":{"type":"urn:norce-checkout-mock:problem:order-not-found","title":"Order not found","status":404,"detail":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found.","instance":"/api/v1/checkout/orders/o_yClTSySjyAuuBjmiBlHCjuEcTf","code":"order-not-found","message":"Order with id:o_yClTSySjyAuuBjmiBlHCjuEcTf not found."},"$id":"request:ProblemDetails"};

function validate179(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:ProblemDetails" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate179.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(!(formats56.test(data0))){
const err0 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\"",schema:"uri-reference",parentSchema:schema85.properties.type,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.type.type,parentSchema:schema85.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.title.type,parentSchema:schema85.properties.title,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema85.properties.status.type,parentSchema:schema85.properties.status,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats6.validate(data2))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema85.properties.status,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.detail !== undefined){
let data3 = data.detail;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.detail.type,parentSchema:schema85.properties.detail,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.instance !== undefined){
let data4 = data.instance;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.instance.type,parentSchema:schema85.properties.instance,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.code !== undefined){
let data5 = data.code;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.code.type,parentSchema:schema85.properties.code,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.message !== undefined){
let data6 = data.message;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.message.type,parentSchema:schema85.properties.message,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.errors !== undefined){
let data7 = data.errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.location === undefined){
const err9 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema85.properties.errors.items.required,parentSchema:schema85.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data8.keyword === undefined){
const err10 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "keyword"},message:"must have required property '"+"keyword"+"'",schema:schema85.properties.errors.items.required,parentSchema:schema85.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.message === undefined){
const err11 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema85.properties.errors.items.required,parentSchema:schema85.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data8){
if(!(((key0 === "location") || (key0 === "keyword")) || (key0 === "message"))){
const err12 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.location !== undefined){
let data9 = data8.location;
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/errors/" + i0+"/location",schemaPath:"#/properties/errors/items/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.errors.items.properties.location.type,parentSchema:schema85.properties.errors.items.properties.location,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.keyword !== undefined){
let data10 = data8.keyword;
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/errors/" + i0+"/keyword",schemaPath:"#/properties/errors/items/properties/keyword/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.errors.items.properties.keyword.type,parentSchema:schema85.properties.errors.items.properties.keyword,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.message !== undefined){
let data11 = data8.message;
if(typeof data11 !== "string"){
const err15 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.errors.items.properties.message.type,parentSchema:schema85.properties.errors.items.properties.message,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.properties.errors.items.type,parentSchema:schema85.properties.errors.items,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.errors.type,parentSchema:schema85.properties.errors,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate179.errors = vErrors;
return errors === 0;
}
validate179.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["schema response State"] = validate83;

exports["schema response Transition"] = validate86;

exports["schema response OrderStatus"] = validate84;

exports["schema response Cart"] = validate90;

exports["schema response Item"] = validate91;

exports["schema response ProductType"] = validate92;

exports["schema response Discount"] = validate98;

exports["schema response DiscountType"] = validate99;

exports["schema response Price"] = validate94;

exports["schema response Customer"] = validate132;

exports["schema response CustomerType"] = validate134;

exports["schema response Address"] = validate133;

exports["schema response Consent"] = validate140;

exports["schema response ShippingState"] = validate108;

exports["schema response DeliveryDetails"] = validate111;

exports["schema response Product"] = validate112;

exports["schema response PickupLocation"] = validate114;

exports["schema response PickupLocationAddress"] = validate115;

exports["schema response Addon"] = validate119;

exports["schema response PaymentType"] = validate123;

exports["schema response PaymentState"] = validate125;

exports["schema response PaymentAction"] = validate127;

exports["schema response PaymentEvent"] = validate165;

exports["schema response Recurring"] = validate129;

exports["schema response Validation"] = validate142;

exports["schema response Hook"] = validate144;

exports["schema response Notification"] = validate148;

exports["schema response OrderVersion"] = validate145;

exports["schema response OrderListOrderBy"] = validate180;
const schema86 = {"type":"string","description":"Sort field of the order list.","enum":["created","billingEmail","billingName","cartTotal"],"example":"created","$id":"response:OrderListOrderBy"};

function validate180(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:OrderListOrderBy" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate180.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "created") || (data === "billingEmail")) || (data === "billingName")) || (data === "cartTotal"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema86.enum},message:"must be equal to one of the allowed values",schema:schema86.enum,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate180.errors = vErrors;
return errors === 0;
}
validate180.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports["schema response OrderListOrderByDirection"] = validate181;
const schema87 = {"type":"string","description":"Sort direction of the order list.","enum":["asc","desc"],"example":"desc","$id":"response:OrderListOrderByDirection"};

function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="response:OrderListOrderByDirection" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate181.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "asc") || (data === "desc"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema87.enum},message:"must be equal to one of the allowed values",schema:schema87.enum,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate181.errors = vErrors;
return errors === 0;
}
validate181.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports["schema response Pagination"] = validate153;

exports["schema response ValidationError"] = validate158;

exports["PatchCheckoutOrderConsent body"] = exports["CreateCheckoutOrderConsent body"];
exports["UpdateCheckoutOrderCustomerShipping body"] = exports["UpdateCheckoutOrderCustomerBilling body"];
exports["UpdateCheckoutOrderValidation body"] = exports["CreateCheckoutOrderValidation body"];
exports["UpdateOrderPayment body"] = exports["CreateOrderPayment body"];
exports["UpdateOrderShipping body"] = exports["CreateOrderShipping body"];
exports["GetCheckoutOrders 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetCheckoutOrders 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrder 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrder 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrder 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrder 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetCheckoutOrder 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetCheckoutOrder 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetCheckoutOrder 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrder 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrder 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrder 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderAttributes 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderAttributes 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderAttributes 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderAttributes 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderAttributes 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderAttributes 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCart 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCart 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCart 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCart 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCart 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCart 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderConsent 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderConsent 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderConsent 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderConsent 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderConsent 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderConsent 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsents 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsents 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsents 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsents 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsents 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsents 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderConsent 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderConsent 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderConsent 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderConsent 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsent 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsent 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsent 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsent 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsent 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["PatchCheckoutOrderConsent 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerBilling 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerBilling 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerBilling 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerBilling 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerBilling 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerBilling 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerShipping 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerShipping 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerShipping 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerShipping 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerShipping 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderCustomerShipping 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderHook 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderHook 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderHook 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderHook 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderHook 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderHook 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderHook 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderHook 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderHook 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderHook 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderHook 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderHook 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderNotification 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderNotification 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderNotification 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderNotification 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderNotification 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderNotification 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderNotification 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderNotification 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderNotification 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderNotification 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderNotification 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["DeleteCheckoutOrderNotification 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderReference 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderReference 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderReference 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderReference 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderReference 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderReference 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderState 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderState 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderState 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderState 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderState 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderState 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["Validate 400 application/json"] = exports["Validate 200 application/json"];
exports["Validate 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["Validate 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["Validate 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["Validate 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["Validate 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["Validate 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderValidation 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderValidation 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderValidation 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderValidation 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderValidation 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderValidation 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateCheckoutOrderValidation 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderValidation 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderValidation 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderValidation 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderValidation 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderValidation 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderValidation 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateCheckoutOrderValidation 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderValidation 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderValidation 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderValidation 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderValidation 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["RemoveCheckoutOrderValidation 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderPayments 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderPayments 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderPayments 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderPayment 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderPayment 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderPayment 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderPayment 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderPayment 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderPayment 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderPayment 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderPayment 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderPayment 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderPayment 200 application/json"] = exports["GetOrderPayment 200 application/json"];
exports["UpdateOrderPayment 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderPayment 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderPayment 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderPayment 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderPayment 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderPayment 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddPaymentAction 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddPaymentAction 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddPaymentAction 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddPaymentAction 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddPaymentAction 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddPaymentAction 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddPaymentAction 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["ExecutePaymentAction 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["ExecutePaymentAction 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["ExecutePaymentAction 403 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["ExecutePaymentAction 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["ExecutePaymentAction 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetTransactionsForOrderPayment 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetTransactionsForOrderPayment 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetTransactionsForOrderPayment 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddTransactionForOrderPayment 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddTransactionForOrderPayment 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddTransactionForOrderPayment 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddTransactionForOrderPayment 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddTransactionForOrderPayment 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["AddTransactionForOrderPayment 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderShippings 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderShippings 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderShippings 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderShipping 201 application/json"] = exports["CreateOrderPayment 201 application/json"];
exports["CreateOrderShipping 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderShipping 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderShipping 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderShipping 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderShipping 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["CreateOrderShipping 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderShipping 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderShipping 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["GetOrderShipping 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderShipping 200 application/json"] = exports["GetOrderShipping 200 application/json"];
exports["UpdateOrderShipping 400 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderShipping 401 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderShipping 404 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderShipping 409 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderShipping 413 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["UpdateOrderShipping 415 application/problem+json"] = exports["GetCheckoutOrders 400 application/problem+json"];
exports["schema request Order"] = exports["CreateCheckoutOrder body"];
exports["schema request State"] = exports["UpdateCheckoutOrderState body"];
exports["schema request Cart"] = exports["UpdateCheckoutOrderCart body"];
exports["schema request Address"] = exports["UpdateCheckoutOrderCustomerBilling body"];
exports["schema request Consent"] = exports["CreateCheckoutOrderConsent body"];
exports["schema request Shipping"] = exports["CreateOrderShipping body"];
exports["schema request Payment"] = exports["CreateOrderPayment body"];
exports["schema request PaymentTransaction"] = exports["AddTransactionForOrderPayment body"];
exports["schema request Validation"] = exports["CreateCheckoutOrderValidation body"];
exports["schema request Hook"] = exports["CreateCheckoutOrderHook body"];
exports["schema request Notification"] = exports["CreateCheckoutOrderNotification body"];
exports["schema response Order"] = exports["GetCheckoutOrder 200 application/json"];
exports["schema response Shipping"] = exports["GetOrderShipping 200 application/json"];
exports["schema response Payment"] = exports["GetOrderPayment 200 application/json"];
exports["schema response PaymentTransaction"] = exports["AddTransactionForOrderPayment 200 application/json"];
exports["schema response OrderPaginationSet"] = exports["GetCheckoutOrders 200 application/json"];
exports["schema response CreateResponse"] = exports["CreateOrderPayment 201 application/json"];
exports["schema response ProblemDetails"] = exports["GetCheckoutOrders 400 application/problem+json"];
  return exports
}

/** The Order API v1 contract: the validators of path, query and header parameters (coercing, filling defaults), by key. */
export function createParameterValidators(runtime: StandaloneRuntime): Record<string, ValidateFunction> {
  const exports = {}
exports["GetCheckoutOrders query"] = validate0;
const schema0 = {"type":"object","properties":{"billing_countries":{"type":"array","items":{"type":"string"}},"billing_emails":{"type":"array","items":{"type":"string"}},"billing_names":{"type":"array","items":{"type":"string"}},"billing_phones":{"type":"array","items":{"type":"string"}},"cart_reference":{"type":"string"},"countries":{"type":"array","items":{"type":"string"}},"date_from":{"type":"string","format":"date-time"},"date_to":{"type":"string","format":"date-time"},"limit":{"type":"integer","format":"int32","minimum":1,"maximum":100,"x-mock-extension":"The mock's page size limit (DECISIONS 12, decision 49).","default":10},"offset":{"type":"integer","format":"int32","minimum":0,"default":0},"order_by":{"$ref":"request:OrderListOrderBy"},"order_by_direction":{"$ref":"request:OrderListOrderByDirection"},"payment_id":{"type":"string"},"reference":{"type":"string"},"shipping_countries":{"type":"array","items":{"type":"string"}},"shipping_emails":{"type":"array","items":{"type":"string"}},"shipping_names":{"type":"array","items":{"type":"string"}},"shipping_phones":{"type":"array","items":{"type":"string"}},"status":{"type":"array","items":{"$ref":"request:OrderStatus"}}},"required":[]};
const formats0 = runtime.formats["date-time"];
const formats4 = runtime.formats.int32;
const schema1 = {"type":"string","description":"Sort field of the order list.","example":"created","caseInsensitiveEnum":["created","billingEmail","billingName","cartTotal"],"$id":"request:OrderListOrderBy"};
const obj0 = ["created","billingemail","billingname","carttotal"];

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderListOrderBy" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
let dataType0 = typeof data;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data) && data.length == 1){
data = data[0];
dataType0 = typeof data;
if(typeof data === "string"){
coerced0 = data;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data;
}
else if(data === null){
coerced0 = "";
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data = coerced0;
if(parentData !== undefined){
parentData[parentDataProperty] = coerced0;
}
}
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj0.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema1.caseInsensitiveEnum},message:"must be one of \"created\", \"billingEmail\", \"billingName\", \"cartTotal\"",schema:schema1.caseInsensitiveEnum,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema1.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema2 = {"type":"string","description":"Sort direction of the order list.","example":"desc","caseInsensitiveEnum":["asc","desc"],"$id":"request:OrderListOrderByDirection"};
const obj1 = ["asc","desc"];

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderListOrderByDirection" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
let dataType0 = typeof data;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data) && data.length == 1){
data = data[0];
dataType0 = typeof data;
if(typeof data === "string"){
coerced0 = data;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data;
}
else if(data === null){
coerced0 = "";
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data = coerced0;
if(parentData !== undefined){
parentData[parentDataProperty] = coerced0;
}
}
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj1.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema2.caseInsensitiveEnum},message:"must be one of \"asc\", \"desc\"",schema:schema2.caseInsensitiveEnum,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema2.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema3 = {"type":"string","description":"State of an order. `completed`, `declined` and `removed` are final (DECISIONS 5). Matched case-insensitively on input (DECISIONS 8).","example":"checkout","caseInsensitiveEnum":["checkout","processing","accepted","completed","declined","removed"],"$id":"request:OrderStatus"};
const obj2 = ["checkout","processing","accepted","completed","declined","removed"];

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="request:OrderStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
let dataType0 = typeof data;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data) && data.length == 1){
data = data[0];
dataType0 = typeof data;
if(typeof data === "string"){
coerced0 = data;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data;
}
else if(data === null){
coerced0 = "";
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data = coerced0;
if(parentData !== undefined){
parentData[parentDataProperty] = coerced0;
}
}
}
let index0 = -1;
if(typeof data == "string"){
index0 = obj2.indexOf(data.toLowerCase());
}
if(index0 === -1){
const err1 = {instancePath,schemaPath:"#/caseInsensitiveEnum",keyword:"caseInsensitiveEnum",params:{allowedValues: schema3.caseInsensitiveEnum},message:"must be one of \"checkout\", \"processing\", \"accepted\", \"completed\", \"declined\", \"removed\"",schema:schema3.caseInsensitiveEnum,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(index0 !== -1 && parentData !== undefined){
const canonical0 = schema3.caseInsensitiveEnum[index0];
if(canonical0 !== data){
parentData[parentDataProperty] = canonical0;
data = canonical0;
}
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit === undefined){
data.limit = 10;
}
if(data.offset === undefined){
data.offset = 0;
}
if(data.billing_countries !== undefined){
let data0 = data.billing_countries;
if(!(Array.isArray(data0))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(Array.isArray(data0)){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "string" || dataType0 === "number"
              || dataType0 === "boolean" || data0 === null){
coerced0 = [data0];
}
else {
const err0 = {instancePath:instancePath+"/billing_countries",schemaPath:"#/properties/billing_countries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.billing_countries.type,parentSchema:schema0.properties.billing_countries,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["billing_countries"] = coerced0;
}
}
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err1 = {instancePath:instancePath+"/billing_countries/" + i0,schemaPath:"#/properties/billing_countries/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.billing_countries.items.type,parentSchema:schema0.properties.billing_countries.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data0 !== undefined){
data0[i0] = coerced1;
}
}
}
}
}
}
if(data.billing_emails !== undefined){
let data2 = data.billing_emails;
if(!(Array.isArray(data2))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(Array.isArray(data2)){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 === "string" || dataType2 === "number"
              || dataType2 === "boolean" || data2 === null){
coerced2 = [data2];
}
else {
const err2 = {instancePath:instancePath+"/billing_emails",schemaPath:"#/properties/billing_emails/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.billing_emails.type,parentSchema:schema0.properties.billing_emails,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["billing_emails"] = coerced2;
}
}
}
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err3 = {instancePath:instancePath+"/billing_emails/" + i1,schemaPath:"#/properties/billing_emails/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.billing_emails.items.type,parentSchema:schema0.properties.billing_emails.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data2 !== undefined){
data2[i1] = coerced3;
}
}
}
}
}
}
if(data.billing_names !== undefined){
let data4 = data.billing_names;
if(!(Array.isArray(data4))){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(Array.isArray(data4)){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 === "string" || dataType4 === "number"
              || dataType4 === "boolean" || data4 === null){
coerced4 = [data4];
}
else {
const err4 = {instancePath:instancePath+"/billing_names",schemaPath:"#/properties/billing_names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.billing_names.type,parentSchema:schema0.properties.billing_names,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["billing_names"] = coerced4;
}
}
}
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(typeof data5 === "string"){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
const err5 = {instancePath:instancePath+"/billing_names/" + i2,schemaPath:"#/properties/billing_names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.billing_names.items.type,parentSchema:schema0.properties.billing_names.items,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data4 !== undefined){
data4[i2] = coerced5;
}
}
}
}
}
}
if(data.billing_phones !== undefined){
let data6 = data.billing_phones;
if(!(Array.isArray(data6))){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(Array.isArray(data6)){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 === "string" || dataType6 === "number"
              || dataType6 === "boolean" || data6 === null){
coerced6 = [data6];
}
else {
const err6 = {instancePath:instancePath+"/billing_phones",schemaPath:"#/properties/billing_phones/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.billing_phones.type,parentSchema:schema0.properties.billing_phones,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["billing_phones"] = coerced6;
}
}
}
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "string"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
const err7 = {instancePath:instancePath+"/billing_phones/" + i3,schemaPath:"#/properties/billing_phones/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.billing_phones.items.type,parentSchema:schema0.properties.billing_phones.items,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data6 !== undefined){
data6[i3] = coerced7;
}
}
}
}
}
}
if(data.cart_reference !== undefined){
let data8 = data.cart_reference;
if(typeof data8 !== "string"){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(dataType8 == 'object' && Array.isArray(data8) && data8.length == 1){
data8 = data8[0];
dataType8 = typeof data8;
if(typeof data8 === "string"){
coerced8 = data8;
}
}
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data8;
}
else if(data8 === null){
coerced8 = "";
}
else {
const err8 = {instancePath:instancePath+"/cart_reference",schemaPath:"#/properties/cart_reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.cart_reference.type,parentSchema:schema0.properties.cart_reference,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["cart_reference"] = coerced8;
}
}
}
}
if(data.countries !== undefined){
let data9 = data.countries;
if(!(Array.isArray(data9))){
let dataType9 = typeof data9;
let coerced9 = undefined;
if(dataType9 == 'object' && Array.isArray(data9) && data9.length == 1){
data9 = data9[0];
dataType9 = typeof data9;
if(Array.isArray(data9)){
coerced9 = data9;
}
}
if(!(coerced9 !== undefined)){
if(dataType9 === "string" || dataType9 === "number"
              || dataType9 === "boolean" || data9 === null){
coerced9 = [data9];
}
else {
const err9 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.countries.type,parentSchema:schema0.properties.countries,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["countries"] = coerced9;
}
}
}
if(Array.isArray(data9)){
const len4 = data9.length;
for(let i4=0; i4<len4; i4++){
let data10 = data9[i4];
if(typeof data10 !== "string"){
let dataType10 = typeof data10;
let coerced10 = undefined;
if(dataType10 == 'object' && Array.isArray(data10) && data10.length == 1){
data10 = data10[0];
dataType10 = typeof data10;
if(typeof data10 === "string"){
coerced10 = data10;
}
}
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data10;
}
else if(data10 === null){
coerced10 = "";
}
else {
const err10 = {instancePath:instancePath+"/countries/" + i4,schemaPath:"#/properties/countries/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.countries.items.type,parentSchema:schema0.properties.countries.items,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced10 !== undefined){
data10 = coerced10;
if(data9 !== undefined){
data9[i4] = coerced10;
}
}
}
}
}
}
if(data.date_from !== undefined){
let data11 = data.date_from;
if(typeof data11 !== "string"){
let dataType11 = typeof data11;
let coerced11 = undefined;
if(dataType11 == 'object' && Array.isArray(data11) && data11.length == 1){
data11 = data11[0];
dataType11 = typeof data11;
if(typeof data11 === "string"){
coerced11 = data11;
}
}
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data11;
}
else if(data11 === null){
coerced11 = "";
}
else {
const err11 = {instancePath:instancePath+"/date_from",schemaPath:"#/properties/date_from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.date_from.type,parentSchema:schema0.properties.date_from,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced11 !== undefined){
data11 = coerced11;
if(data !== undefined){
data["date_from"] = coerced11;
}
}
}
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err12 = {instancePath:instancePath+"/date_from",schemaPath:"#/properties/date_from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema0.properties.date_from,data:data11};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.date_to !== undefined){
let data12 = data.date_to;
if(typeof data12 !== "string"){
let dataType12 = typeof data12;
let coerced12 = undefined;
if(dataType12 == 'object' && Array.isArray(data12) && data12.length == 1){
data12 = data12[0];
dataType12 = typeof data12;
if(typeof data12 === "string"){
coerced12 = data12;
}
}
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data12;
}
else if(data12 === null){
coerced12 = "";
}
else {
const err13 = {instancePath:instancePath+"/date_to",schemaPath:"#/properties/date_to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.date_to.type,parentSchema:schema0.properties.date_to,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced12 !== undefined){
data12 = coerced12;
if(data !== undefined){
data["date_to"] = coerced12;
}
}
}
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err14 = {instancePath:instancePath+"/date_to",schemaPath:"#/properties/date_to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema0.properties.date_to,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
let data13 = data.limit;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
let dataType13 = typeof data13;
let coerced13 = undefined;
if(dataType13 == 'object' && Array.isArray(data13) && data13.length == 1){
data13 = data13[0];
dataType13 = typeof data13;
if(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13))){
coerced13 = data13;
}
}
if(!(coerced13 !== undefined)){
if(dataType13 === "boolean" || data13 === null
              || (dataType13 === "string" && data13 && data13 == +data13 && !(data13 % 1))){
coerced13 = +data13;
}
else {
const err15 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.limit.type,parentSchema:schema0.properties.limit,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced13 !== undefined){
data13 = coerced13;
if(data !== undefined){
data["limit"] = coerced13;
}
}
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 100 || isNaN(data13)){
const err16 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema0.properties.limit,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err17 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.limit,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats4.validate(data13))){
const err18 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema0.properties.limit,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data14 = data.offset;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
let dataType14 = typeof data14;
let coerced14 = undefined;
if(dataType14 == 'object' && Array.isArray(data14) && data14.length == 1){
data14 = data14[0];
dataType14 = typeof data14;
if(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14))){
coerced14 = data14;
}
}
if(!(coerced14 !== undefined)){
if(dataType14 === "boolean" || data14 === null
              || (dataType14 === "string" && data14 && data14 == +data14 && !(data14 % 1))){
coerced14 = +data14;
}
else {
const err19 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.offset.type,parentSchema:schema0.properties.offset,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(coerced14 !== undefined){
data14 = coerced14;
if(data !== undefined){
data["offset"] = coerced14;
}
}
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err20 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.offset,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(formats4.validate(data14))){
const err21 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema0.properties.offset,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.order_by !== undefined){
if(!(validate1(data.order_by, {instancePath:instancePath+"/order_by",parentData:data,parentDataProperty:"order_by",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
if(data.order_by_direction !== undefined){
if(!(validate3(data.order_by_direction, {instancePath:instancePath+"/order_by_direction",parentData:data,parentDataProperty:"order_by_direction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data.payment_id !== undefined){
let data17 = data.payment_id;
if(typeof data17 !== "string"){
let dataType15 = typeof data17;
let coerced15 = undefined;
if(dataType15 == 'object' && Array.isArray(data17) && data17.length == 1){
data17 = data17[0];
dataType15 = typeof data17;
if(typeof data17 === "string"){
coerced15 = data17;
}
}
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data17;
}
else if(data17 === null){
coerced15 = "";
}
else {
const err22 = {instancePath:instancePath+"/payment_id",schemaPath:"#/properties/payment_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.payment_id.type,parentSchema:schema0.properties.payment_id,data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced15 !== undefined){
data17 = coerced15;
if(data !== undefined){
data["payment_id"] = coerced15;
}
}
}
}
if(data.reference !== undefined){
let data18 = data.reference;
if(typeof data18 !== "string"){
let dataType16 = typeof data18;
let coerced16 = undefined;
if(dataType16 == 'object' && Array.isArray(data18) && data18.length == 1){
data18 = data18[0];
dataType16 = typeof data18;
if(typeof data18 === "string"){
coerced16 = data18;
}
}
if(!(coerced16 !== undefined)){
if(dataType16 == "number" || dataType16 == "boolean"){
coerced16 = "" + data18;
}
else if(data18 === null){
coerced16 = "";
}
else {
const err23 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.reference.type,parentSchema:schema0.properties.reference,data:data18};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(coerced16 !== undefined){
data18 = coerced16;
if(data !== undefined){
data["reference"] = coerced16;
}
}
}
}
if(data.shipping_countries !== undefined){
let data19 = data.shipping_countries;
if(!(Array.isArray(data19))){
let dataType17 = typeof data19;
let coerced17 = undefined;
if(dataType17 == 'object' && Array.isArray(data19) && data19.length == 1){
data19 = data19[0];
dataType17 = typeof data19;
if(Array.isArray(data19)){
coerced17 = data19;
}
}
if(!(coerced17 !== undefined)){
if(dataType17 === "string" || dataType17 === "number"
              || dataType17 === "boolean" || data19 === null){
coerced17 = [data19];
}
else {
const err24 = {instancePath:instancePath+"/shipping_countries",schemaPath:"#/properties/shipping_countries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.shipping_countries.type,parentSchema:schema0.properties.shipping_countries,data:data19};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced17 !== undefined){
data19 = coerced17;
if(data !== undefined){
data["shipping_countries"] = coerced17;
}
}
}
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
let data20 = data19[i5];
if(typeof data20 !== "string"){
let dataType18 = typeof data20;
let coerced18 = undefined;
if(dataType18 == 'object' && Array.isArray(data20) && data20.length == 1){
data20 = data20[0];
dataType18 = typeof data20;
if(typeof data20 === "string"){
coerced18 = data20;
}
}
if(!(coerced18 !== undefined)){
if(dataType18 == "number" || dataType18 == "boolean"){
coerced18 = "" + data20;
}
else if(data20 === null){
coerced18 = "";
}
else {
const err25 = {instancePath:instancePath+"/shipping_countries/" + i5,schemaPath:"#/properties/shipping_countries/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.shipping_countries.items.type,parentSchema:schema0.properties.shipping_countries.items,data:data20};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(coerced18 !== undefined){
data20 = coerced18;
if(data19 !== undefined){
data19[i5] = coerced18;
}
}
}
}
}
}
if(data.shipping_emails !== undefined){
let data21 = data.shipping_emails;
if(!(Array.isArray(data21))){
let dataType19 = typeof data21;
let coerced19 = undefined;
if(dataType19 == 'object' && Array.isArray(data21) && data21.length == 1){
data21 = data21[0];
dataType19 = typeof data21;
if(Array.isArray(data21)){
coerced19 = data21;
}
}
if(!(coerced19 !== undefined)){
if(dataType19 === "string" || dataType19 === "number"
              || dataType19 === "boolean" || data21 === null){
coerced19 = [data21];
}
else {
const err26 = {instancePath:instancePath+"/shipping_emails",schemaPath:"#/properties/shipping_emails/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.shipping_emails.type,parentSchema:schema0.properties.shipping_emails,data:data21};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(coerced19 !== undefined){
data21 = coerced19;
if(data !== undefined){
data["shipping_emails"] = coerced19;
}
}
}
if(Array.isArray(data21)){
const len6 = data21.length;
for(let i6=0; i6<len6; i6++){
let data22 = data21[i6];
if(typeof data22 !== "string"){
let dataType20 = typeof data22;
let coerced20 = undefined;
if(dataType20 == 'object' && Array.isArray(data22) && data22.length == 1){
data22 = data22[0];
dataType20 = typeof data22;
if(typeof data22 === "string"){
coerced20 = data22;
}
}
if(!(coerced20 !== undefined)){
if(dataType20 == "number" || dataType20 == "boolean"){
coerced20 = "" + data22;
}
else if(data22 === null){
coerced20 = "";
}
else {
const err27 = {instancePath:instancePath+"/shipping_emails/" + i6,schemaPath:"#/properties/shipping_emails/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.shipping_emails.items.type,parentSchema:schema0.properties.shipping_emails.items,data:data22};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(coerced20 !== undefined){
data22 = coerced20;
if(data21 !== undefined){
data21[i6] = coerced20;
}
}
}
}
}
}
if(data.shipping_names !== undefined){
let data23 = data.shipping_names;
if(!(Array.isArray(data23))){
let dataType21 = typeof data23;
let coerced21 = undefined;
if(dataType21 == 'object' && Array.isArray(data23) && data23.length == 1){
data23 = data23[0];
dataType21 = typeof data23;
if(Array.isArray(data23)){
coerced21 = data23;
}
}
if(!(coerced21 !== undefined)){
if(dataType21 === "string" || dataType21 === "number"
              || dataType21 === "boolean" || data23 === null){
coerced21 = [data23];
}
else {
const err28 = {instancePath:instancePath+"/shipping_names",schemaPath:"#/properties/shipping_names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.shipping_names.type,parentSchema:schema0.properties.shipping_names,data:data23};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(coerced21 !== undefined){
data23 = coerced21;
if(data !== undefined){
data["shipping_names"] = coerced21;
}
}
}
if(Array.isArray(data23)){
const len7 = data23.length;
for(let i7=0; i7<len7; i7++){
let data24 = data23[i7];
if(typeof data24 !== "string"){
let dataType22 = typeof data24;
let coerced22 = undefined;
if(dataType22 == 'object' && Array.isArray(data24) && data24.length == 1){
data24 = data24[0];
dataType22 = typeof data24;
if(typeof data24 === "string"){
coerced22 = data24;
}
}
if(!(coerced22 !== undefined)){
if(dataType22 == "number" || dataType22 == "boolean"){
coerced22 = "" + data24;
}
else if(data24 === null){
coerced22 = "";
}
else {
const err29 = {instancePath:instancePath+"/shipping_names/" + i7,schemaPath:"#/properties/shipping_names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.shipping_names.items.type,parentSchema:schema0.properties.shipping_names.items,data:data24};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(coerced22 !== undefined){
data24 = coerced22;
if(data23 !== undefined){
data23[i7] = coerced22;
}
}
}
}
}
}
if(data.shipping_phones !== undefined){
let data25 = data.shipping_phones;
if(!(Array.isArray(data25))){
let dataType23 = typeof data25;
let coerced23 = undefined;
if(dataType23 == 'object' && Array.isArray(data25) && data25.length == 1){
data25 = data25[0];
dataType23 = typeof data25;
if(Array.isArray(data25)){
coerced23 = data25;
}
}
if(!(coerced23 !== undefined)){
if(dataType23 === "string" || dataType23 === "number"
              || dataType23 === "boolean" || data25 === null){
coerced23 = [data25];
}
else {
const err30 = {instancePath:instancePath+"/shipping_phones",schemaPath:"#/properties/shipping_phones/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.shipping_phones.type,parentSchema:schema0.properties.shipping_phones,data:data25};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(coerced23 !== undefined){
data25 = coerced23;
if(data !== undefined){
data["shipping_phones"] = coerced23;
}
}
}
if(Array.isArray(data25)){
const len8 = data25.length;
for(let i8=0; i8<len8; i8++){
let data26 = data25[i8];
if(typeof data26 !== "string"){
let dataType24 = typeof data26;
let coerced24 = undefined;
if(dataType24 == 'object' && Array.isArray(data26) && data26.length == 1){
data26 = data26[0];
dataType24 = typeof data26;
if(typeof data26 === "string"){
coerced24 = data26;
}
}
if(!(coerced24 !== undefined)){
if(dataType24 == "number" || dataType24 == "boolean"){
coerced24 = "" + data26;
}
else if(data26 === null){
coerced24 = "";
}
else {
const err31 = {instancePath:instancePath+"/shipping_phones/" + i8,schemaPath:"#/properties/shipping_phones/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.shipping_phones.items.type,parentSchema:schema0.properties.shipping_phones.items,data:data26};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(coerced24 !== undefined){
data26 = coerced24;
if(data25 !== undefined){
data25[i8] = coerced24;
}
}
}
}
}
}
if(data.status !== undefined){
let data27 = data.status;
if(!(Array.isArray(data27))){
let dataType25 = typeof data27;
let coerced25 = undefined;
if(dataType25 == 'object' && Array.isArray(data27) && data27.length == 1){
data27 = data27[0];
dataType25 = typeof data27;
if(Array.isArray(data27)){
coerced25 = data27;
}
}
if(!(coerced25 !== undefined)){
if(dataType25 === "string" || dataType25 === "number"
              || dataType25 === "boolean" || data27 === null){
coerced25 = [data27];
}
else {
const err32 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.status.type,parentSchema:schema0.properties.status,data:data27};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(coerced25 !== undefined){
data27 = coerced25;
if(data !== undefined){
data["status"] = coerced25;
}
}
}
if(Array.isArray(data27)){
const len9 = data27.length;
for(let i9=0; i9<len9; i9++){
if(!(validate5(data27[i9], {instancePath:instancePath+"/status/" + i9,parentData:data27,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":{"billing_countries":true,"billing_emails":true,"billing_names":true,"billing_phones":true,"cart_reference":true,"countries":true,"date_from":true,"date_to":true,"limit":true,"offset":true,"order_by":true,"order_by_direction":true,"payment_id":true,"reference":true,"shipping_countries":true,"shipping_emails":true,"shipping_names":true,"shipping_phones":true,"status":true},"dynamicProps":false,"dynamicItems":false};

exports["GetCheckoutOrders header"] = validate7;
const schema4 = {"type":"object","properties":{"x-merchant":{"type":"string","minLength":1},"x-channel":{"type":"string","minLength":1},"x-adapterid":{"type":"string"}},"required":["x-merchant","x-channel"]};
const func0 = runtime.ucs2length;

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-merchant"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "x-merchant"},message:"must have required property '"+"x-merchant"+"'",schema:schema4.required,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["x-channel"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "x-channel"},message:"must have required property '"+"x-channel"+"'",schema:schema4.required,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["x-merchant"] !== undefined){
let data0 = data["x-merchant"];
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/x-merchant",schemaPath:"#/properties/x-merchant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties["x-merchant"].type,parentSchema:schema4.properties["x-merchant"],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["x-merchant"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/x-merchant",schemaPath:"#/properties/x-merchant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema4.properties["x-merchant"],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data["x-channel"] !== undefined){
let data1 = data["x-channel"];
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/x-channel",schemaPath:"#/properties/x-channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties["x-channel"].type,parentSchema:schema4.properties["x-channel"],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["x-channel"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/x-channel",schemaPath:"#/properties/x-channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema4.properties["x-channel"],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data["x-adapterid"] !== undefined){
let data2 = data["x-adapterid"];
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err6 = {instancePath:instancePath+"/x-adapterid",schemaPath:"#/properties/x-adapterid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties["x-adapterid"].type,parentSchema:schema4.properties["x-adapterid"],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["x-adapterid"] = coerced2;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.type,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":{"x-merchant":true,"x-channel":true,"x-adapterid":true},"dynamicProps":false,"dynamicItems":false};

exports["GetCheckoutOrder path"] = validate8;
const schema5 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1}},"required":["orderId"]};

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.orderId.type,parentSchema:schema5.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err2 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema5.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"props":{"orderId":true},"dynamicProps":false,"dynamicItems":false};

exports["RemoveCheckoutOrderConsent path"] = validate9;
const schema6 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1},"consentId":{"type":"string","minLength":1}},"required":["orderId","consentId"]};

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate9.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.consentId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consentId"},message:"must have required property '"+"consentId"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.orderId.type,parentSchema:schema6.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.consentId !== undefined){
let data1 = data.consentId;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/consentId",schemaPath:"#/properties/consentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.consentId.type,parentSchema:schema6.properties.consentId,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["consentId"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/consentId",schemaPath:"#/properties/consentId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.consentId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}
validate9.evaluated = {"props":{"orderId":true,"consentId":true},"dynamicProps":false,"dynamicItems":false};

exports["DeleteCheckoutOrderHook path"] = validate10;
const schema7 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1},"hookId":{"type":"string","minLength":1}},"required":["orderId","hookId"]};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema7.required,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hookId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hookId"},message:"must have required property '"+"hookId"+"'",schema:schema7.required,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.orderId.type,parentSchema:schema7.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.hookId !== undefined){
let data1 = data.hookId;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/hookId",schemaPath:"#/properties/hookId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.hookId.type,parentSchema:schema7.properties.hookId,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["hookId"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/hookId",schemaPath:"#/properties/hookId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.hookId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"props":{"orderId":true,"hookId":true},"dynamicProps":false,"dynamicItems":false};

exports["DeleteCheckoutOrderNotification path"] = validate11;
const schema8 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1},"notificationId":{"type":"string","minLength":1}},"required":["orderId","notificationId"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate11.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.notificationId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notificationId"},message:"must have required property '"+"notificationId"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.orderId.type,parentSchema:schema8.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.notificationId !== undefined){
let data1 = data.notificationId;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/notificationId",schemaPath:"#/properties/notificationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.notificationId.type,parentSchema:schema8.properties.notificationId,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["notificationId"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/notificationId",schemaPath:"#/properties/notificationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.properties.notificationId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
validate11.evaluated = {"props":{"orderId":true,"notificationId":true},"dynamicProps":false,"dynamicItems":false};

exports["UpdateCheckoutOrderValidation path"] = validate12;
const schema9 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1},"validationId":{"type":"string","minLength":1}},"required":["orderId","validationId"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.validationId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "validationId"},message:"must have required property '"+"validationId"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.orderId.type,parentSchema:schema9.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.validationId !== undefined){
let data1 = data.validationId;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/validationId",schemaPath:"#/properties/validationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.validationId.type,parentSchema:schema9.properties.validationId,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["validationId"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/validationId",schemaPath:"#/properties/validationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.validationId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"props":{"orderId":true,"validationId":true},"dynamicProps":false,"dynamicItems":false};

exports["GetOrderPayment path"] = validate13;
const schema10 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1},"paymentId":{"type":"string","minLength":1}},"required":["orderId","paymentId"]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate13.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.paymentId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.orderId.type,parentSchema:schema10.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema10.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.paymentId !== undefined){
let data1 = data.paymentId;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.paymentId.type,parentSchema:schema10.properties.paymentId,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["paymentId"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema10.properties.paymentId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}
validate13.evaluated = {"props":{"orderId":true,"paymentId":true},"dynamicProps":false,"dynamicItems":false};

exports["ExecutePaymentAction path"] = validate14;
const schema11 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1},"paymentId":{"type":"string","minLength":1},"actionId":{"type":"string","minLength":1}},"required":["orderId","paymentId","actionId"]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.paymentId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.actionId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actionId"},message:"must have required property '"+"actionId"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.orderId.type,parentSchema:schema11.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err4 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.paymentId !== undefined){
let data1 = data.paymentId;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.paymentId.type,parentSchema:schema11.properties.paymentId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["paymentId"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err6 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.paymentId,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.actionId !== undefined){
let data2 = data.actionId;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err7 = {instancePath:instancePath+"/actionId",schemaPath:"#/properties/actionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.actionId.type,parentSchema:schema11.properties.actionId,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["actionId"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(func0(data2) < 1){
const err8 = {instancePath:instancePath+"/actionId",schemaPath:"#/properties/actionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.actionId,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":{"orderId":true,"paymentId":true,"actionId":true},"dynamicProps":false,"dynamicItems":false};

exports["GetOrderShipping path"] = validate15;
const schema12 = {"type":"object","properties":{"orderId":{"type":"string","minLength":1},"shippingId":{"type":"string","minLength":1}},"required":["orderId","shippingId"]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shippingId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shippingId"},message:"must have required property '"+"shippingId"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.orderId !== undefined){
let data0 = data.orderId;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.orderId.type,parentSchema:schema12.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["orderId"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.orderId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.shippingId !== undefined){
let data1 = data.shippingId;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/shippingId",schemaPath:"#/properties/shippingId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.shippingId.type,parentSchema:schema12.properties.shippingId,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["shippingId"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/shippingId",schemaPath:"#/properties/shippingId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.shippingId,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"props":{"orderId":true,"shippingId":true},"dynamicProps":false,"dynamicItems":false};

exports["CreateCheckoutOrder header"] = exports["GetCheckoutOrders header"];
exports["GetCheckoutOrder header"] = exports["GetCheckoutOrders header"];
exports["DeleteCheckoutOrder path"] = exports["GetCheckoutOrder path"];
exports["DeleteCheckoutOrder header"] = exports["GetCheckoutOrders header"];
exports["PatchCheckoutOrderAttributes path"] = exports["GetCheckoutOrder path"];
exports["PatchCheckoutOrderAttributes header"] = exports["GetCheckoutOrders header"];
exports["UpdateCheckoutOrderCart path"] = exports["GetCheckoutOrder path"];
exports["UpdateCheckoutOrderCart header"] = exports["GetCheckoutOrders header"];
exports["CreateCheckoutOrderConsent path"] = exports["GetCheckoutOrder path"];
exports["CreateCheckoutOrderConsent header"] = exports["GetCheckoutOrders header"];
exports["PatchCheckoutOrderConsents path"] = exports["GetCheckoutOrder path"];
exports["PatchCheckoutOrderConsents header"] = exports["GetCheckoutOrders header"];
exports["RemoveCheckoutOrderConsent header"] = exports["GetCheckoutOrders header"];
exports["PatchCheckoutOrderConsent path"] = exports["RemoveCheckoutOrderConsent path"];
exports["PatchCheckoutOrderConsent header"] = exports["GetCheckoutOrders header"];
exports["UpdateCheckoutOrderCustomerBilling path"] = exports["GetCheckoutOrder path"];
exports["UpdateCheckoutOrderCustomerBilling header"] = exports["GetCheckoutOrders header"];
exports["UpdateCheckoutOrderCustomerShipping path"] = exports["GetCheckoutOrder path"];
exports["UpdateCheckoutOrderCustomerShipping header"] = exports["GetCheckoutOrders header"];
exports["CreateCheckoutOrderHook path"] = exports["GetCheckoutOrder path"];
exports["CreateCheckoutOrderHook header"] = exports["GetCheckoutOrders header"];
exports["DeleteCheckoutOrderHook header"] = exports["GetCheckoutOrders header"];
exports["CreateCheckoutOrderNotification path"] = exports["GetCheckoutOrder path"];
exports["CreateCheckoutOrderNotification header"] = exports["GetCheckoutOrders header"];
exports["DeleteCheckoutOrderNotification header"] = exports["GetCheckoutOrders header"];
exports["UpdateCheckoutOrderReference path"] = exports["GetCheckoutOrder path"];
exports["UpdateCheckoutOrderReference header"] = exports["GetCheckoutOrders header"];
exports["UpdateCheckoutOrderState path"] = exports["GetCheckoutOrder path"];
exports["UpdateCheckoutOrderState header"] = exports["GetCheckoutOrders header"];
exports["Validate path"] = exports["GetCheckoutOrder path"];
exports["Validate header"] = exports["GetCheckoutOrders header"];
exports["CreateCheckoutOrderValidation path"] = exports["GetCheckoutOrder path"];
exports["CreateCheckoutOrderValidation header"] = exports["GetCheckoutOrders header"];
exports["UpdateCheckoutOrderValidation header"] = exports["GetCheckoutOrders header"];
exports["RemoveCheckoutOrderValidation path"] = exports["UpdateCheckoutOrderValidation path"];
exports["RemoveCheckoutOrderValidation header"] = exports["GetCheckoutOrders header"];
exports["GetOrderPayments path"] = exports["GetCheckoutOrder path"];
exports["GetOrderPayments header"] = exports["GetCheckoutOrders header"];
exports["CreateOrderPayment path"] = exports["GetCheckoutOrder path"];
exports["CreateOrderPayment header"] = exports["GetCheckoutOrders header"];
exports["GetOrderPayment header"] = exports["GetCheckoutOrders header"];
exports["UpdateOrderPayment path"] = exports["GetOrderPayment path"];
exports["UpdateOrderPayment header"] = exports["GetCheckoutOrders header"];
exports["AddPaymentAction path"] = exports["GetOrderPayment path"];
exports["AddPaymentAction header"] = exports["GetCheckoutOrders header"];
exports["ExecutePaymentAction header"] = exports["GetCheckoutOrders header"];
exports["GetTransactionsForOrderPayment path"] = exports["GetOrderPayment path"];
exports["GetTransactionsForOrderPayment header"] = exports["GetCheckoutOrders header"];
exports["AddTransactionForOrderPayment path"] = exports["GetOrderPayment path"];
exports["AddTransactionForOrderPayment header"] = exports["GetCheckoutOrders header"];
exports["GetOrderShippings path"] = exports["GetCheckoutOrder path"];
exports["GetOrderShippings header"] = exports["GetCheckoutOrders header"];
exports["CreateOrderShipping path"] = exports["GetCheckoutOrder path"];
exports["CreateOrderShipping header"] = exports["GetCheckoutOrders header"];
exports["GetOrderShipping header"] = exports["GetCheckoutOrders header"];
exports["UpdateOrderShipping path"] = exports["GetOrderShipping path"];
exports["UpdateOrderShipping header"] = exports["GetCheckoutOrders header"];
  return exports
}
