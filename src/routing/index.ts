export {
  type ApiVersion,
  compileRoutes,
  ORDER_API_ROOT,
  type RouteMatch,
  type RouteResult,
  type ServiceRoot,
} from './compile-routes.ts'
