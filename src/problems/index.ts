export {
  createProblem,
  createValidationProblem,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
} from './problem.ts'
export { PROBLEM_CATALOGUE, type ProblemCode } from './problem-catalogue.ts'
