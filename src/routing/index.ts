export {
  type ApiVersion,
  compileRoutes,
  type RouteMatch,
  type RouteResult,
} from './compile-routes.ts'
