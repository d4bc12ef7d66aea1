import {
  _default,
  boolean,
  custom,
  email,
  extend,
  minLength,
  object,
  optional,
  pipe,
  refine,
  regex,
  string,
  transform,
  trim,
  url,
} from 'zod/mini'
import type { ZodApi } from './zod-api.ts'

/**
 * zod/mini in bundles (`#zod` for bundlers, browser and edge): named imports the bundler can see and
 * tree-shake. Same `z` as on Node, where zod loads on first use instead.
 */
export const z: ZodApi = {
  _default,
  boolean,
  custom,
  email,
  extend,
  minLength,
  object,
  optional,
  pipe,
  refine,
  regex,
  string,
  transform,
  trim,
  url,
}
