export { exampleResponse } from './example-response.ts'
export {
  createProblem,
  createValidationProblem,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
} from './problem.ts'
export { PROBLEM_CATALOGUE, type ProblemCode } from './problem-catalogue.ts'
export { invalidRequest, ProblemError } from './problem-error.ts'
export { problemResponse } from './problem-response.ts'
