/**
 * HAR 1.2 (the HTTP Archive format browsers export and Playwright records), typed by
 * `@types/har-format`: the kit's own names for the parts it reads and writes.
 */
export type { Entry as HarEntry, Har, Header as HarHeader } from 'har-format'
