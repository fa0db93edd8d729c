/**
 * The slice of the OpenAPI 3.1 object model the validation core reads.
 * Deliberately loose: the document itself is the contract, these types only
 * let the code walk it.
 */
export type JsonSchema = { [keyword: string]: unknown }

export interface ParameterObject {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonSchema
  description?: string
  style?: string
  explode?: boolean
}

export interface ReferenceObject {
  $ref: string
}

export interface MediaTypeObject {
  schema?: JsonSchema
  example?: unknown
  examples?: Record<string, { value?: unknown } | ReferenceObject>
}

export interface RequestBodyObject {
  required?: boolean
  content?: Record<string, MediaTypeObject>
}

export interface ResponseObject {
  description?: string
  headers?: Record<string, unknown>
  content?: Record<string, MediaTypeObject>
}

export interface OperationObject {
  operationId?: string
  tags?: string[]
  summary?: string
  description?: string
  parameters?: Array<ParameterObject | ReferenceObject>
  requestBody?: RequestBodyObject | ReferenceObject
  responses?: Record<string, ResponseObject | ReferenceObject>
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace'

export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
  'trace',
]

type PathItemObject = {
  parameters?: Array<ParameterObject | ReferenceObject>
} & Partial<Record<HttpMethod, OperationObject>>

export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; description?: string }
  servers?: Array<{ url: string; description?: string }>
  paths: Record<string, PathItemObject>
  components?: {
    schemas?: Record<string, JsonSchema>
    parameters?: Record<string, ParameterObject>
    responses?: Record<string, ResponseObject>
    requestBodies?: Record<string, RequestBodyObject>
    [section: string]: unknown
  }
  [key: string]: unknown
}
