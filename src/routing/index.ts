export {
  type ApiVersion,
  compileRoutes,
  EVENT_LOG_ROOT,
  ORDER_API_ROOT,
  ORDER_API_ROOTS,
  type RouteResult,
  type ServiceRoot,
} from './compile-routes.ts'
