export {
  type ApiVersion,
  compileRoutes,
  EVENT_LOG_ROOT,
  ORDER_API_ROOT,
  type RouteResult,
} from './compile-routes.ts'
