export { type ExampleResponse, exampleResponse } from './example-response.ts'
export {
  createProblem,
  createValidationProblem,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
} from './problem.ts'
export { PROBLEM_CATALOGUE, type ProblemCode } from './problem-catalogue.ts'
export { invalidRequest, ProblemError } from './problem-error.ts'
export { type ProblemResponse, problemResponse } from './problem-response.ts'
