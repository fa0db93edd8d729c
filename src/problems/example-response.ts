import type { OpenApiDocument, OperationDescription } from '../validation/index.ts'
import { dereference, isReference, resolvePointer } from '../validation/json-pointer.ts'
import type {
  MediaTypeObject,
  OperationObject,
  ResponseObject,
} from '../validation/openapi-types.ts'
import { createProblem, PROBLEM_CONTENT_TYPE } from './problem.ts'
import { PROBLEM_CATALOGUE, type ProblemCode } from './problem-catalogue.ts'
import { invalidRequest } from './problem-error.ts'
import { problemResponse } from './problem-response.ts'

/** A documented response, as the operations core answers it (an `ApiResponse`). */
export interface ExampleResponse {
  status: number
  headers: Record<string, string>
  body?: unknown
}

/**
 * The documented response of `operation` for `status` (`Prefer: code=`), with the named
 * example (`Prefer: example=`) or the first one; nothing in the store is read or changed.
 */
export function exampleResponse(
  document: OpenApiDocument,
  operation: OperationDescription,
  status: number,
  exampleName: string | undefined,
  instance: string,
): ExampleResponse {
  const raw = document.paths[operation.path]?.[operation.method] as OperationObject | undefined
  const entry = raw?.responses?.[String(status)]
  if (!entry) {
    throw invalidRequest(
      'header/prefer',
      'code',
      `asks for ${status}, which ${operation.operationId} does not document (documented: ${Object.keys(raw?.responses ?? {}).join(', ')})`,
    )
  }
  const response = dereference<ResponseObject>(document, entry)
  const contents = Object.entries(response.content ?? {})
  const [contentType] = contents[0] ?? []
  if (!contentType) return { status, headers: {} }
  // A response may document several media types (Validate's 400: a ValidationError[] or a
  // problem). The default is the first type's first example; a named one is looked up in all.
  const examples = contents.flatMap(([type, media]) =>
    collectExamples(document, media).map(([name, value]) => ({ type, name, value })),
  )
  const chosen =
    exampleName === undefined
      ? examples.find(({ type }) => type === contentType)
      : examples.find(({ name }) => name === exampleName)
  if (exampleName !== undefined && !chosen) {
    throw invalidRequest(
      'header/prefer',
      'example',
      `asks for example "${exampleName}", which ${operation.operationId} ${status} does not have (it has: ${examples.map(({ name }) => name).join(', ') || 'none'})`,
    )
  }
  if (chosen) return { status, headers: { 'content-type': chosen.type }, body: chosen.value }
  if (contentType === PROBLEM_CONTENT_TYPE) {
    const code = (Object.keys(PROBLEM_CATALOGUE) as ProblemCode[]).find(
      (candidate) => PROBLEM_CATALOGUE[candidate].status === status,
    )
    if (code) {
      const detail = `A ${status} asked for with the Prefer header.`
      return problemResponse(createProblem(code, { detail, instance }))
    }
  }
  throw invalidRequest(
    'header/prefer',
    'code',
    `asks for ${status}, for which ${operation.operationId} documents no example`,
  )
}

function collectExamples(
  document: OpenApiDocument,
  media: MediaTypeObject,
): Array<[string, unknown]> {
  const examples: Array<[string, unknown]> = Object.entries(media.examples ?? {}).map(
    ([name, example]) => [name, dereference<{ value?: unknown }>(document, example).value],
  )
  if (media.example !== undefined) examples.unshift(['example', media.example])
  if (examples.length === 0 && media.schema && isReference(media.schema)) {
    const schema = resolvePointer(document, media.schema.$ref) as { example?: unknown }
    if (schema.example !== undefined) examples.push(['example', schema.example])
  }
  return examples
}
