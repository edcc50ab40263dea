/**
 * The bounds on what the toolkit reads, the same for every command and the viewer.
 * A real report is under 100 KB of text and a few MB as a Word file or PDF.
 */

/**
 * The largest input file read, in bytes (10 MB).
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024

/**
 * The most a Word file may hold once unzipped, in bytes (50 MB): more is taken for a
 * zip bomb.
 */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024

/**
 * The longest text of one field, a paragraph or a heading, in UTF-16 units
 * (100,000 characters, some 160 pages): a real report's whole text is under
 * 100 KB, its longest paragraph a few thousand characters. Longer is refused by
 * `validate` (`TEXT_TOO_LONG`) and by the renderers rather than set for minutes.
 */
export const MAX_TEXT_CHARS = 100_000

/**
 * An input size in MB as messages print it, e.g. `10 MB`.
 */
export const megabytes = (bytes: number): string => `${Number((bytes / 1048576).toFixed(1))} MB`
