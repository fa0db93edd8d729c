export {
  type ApiVersion,
  compileRoutes,
  EVENT_LOG_ROOT,
  ORDER_API_ROOT,
  type RouteResult,
  type ServiceRoot,
} from './compile-routes.ts'
