import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js'
import { fullFormats } from 'ajv-formats/dist/formats.js'

// CommonJS: Node hands over module.exports, bundlers its `default` (as in create-ajv.ts).
const ucs2length = ((ucs2lengthModule as unknown as { default?: unknown }).default ??
  ucs2lengthModule) as (text: string) => number

/**
 * What the validators compiled ahead of time (`src/generated/*-validators.ts`) call at run
 * time: ajv-formats' formats (the compiling instance's `code.formats`, see `create-ajv.ts`)
 * and Ajv's `ucs2length` (string lengths in code points). Handed to the generated code, which
 * imports nothing itself.
 */
export const standaloneRuntime = { formats: fullFormats, ucs2length }
