/**
 * The error classes and types a caller narrows on, re-exported by every entry that can produce them
 * (`.`, `/loops`, `/stripe`, `/outbox`) so `instanceof` and `error.name` need no second import. One list:
 * an entry cannot forget a class (`PermissionDeniedError` once was).
 */
export {
  type AnyIntegrationError,
  AuthenticationError,
  ConfigError,
  ConflictError,
  IntegrationError,
  type IntegrationErrorName,
  InvalidResponseError,
  MiddlewareError,
  type MiddlewareHook,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  WebhookVerificationError,
  type WebhookFailure,
} from './errors.ts'
