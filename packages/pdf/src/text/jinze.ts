/**
 * The 禁则 (jinze) of Chinese line breaking, kept by both breakers, paragraphs'
 * and table cells': a line may break between any two tokens, a token being a
 * number or Latin word kept whole or any other single character, except before
 * a mark that may not start a line or after one that may not end it.
 */

/** Marks that may not start a line. */
const NO_START: ReadonlySet<string> = new Set([...'，。、；：？！）》〉」』】〕”’…—·,.;:?!)]}%'])

/** Marks that may not end a line. */
const NO_END: ReadonlySet<string> = new Set([...'（《〈「『【〔“‘([{'])

/** The characters of numbers and Latin words, which a line never breaks between. */
const WORD_CHARACTERS = 'A-Za-z0-9.%+\\-/'
const WORD_CHARACTER = new RegExp(`^[${WORD_CHARACTERS}]$`)
const TOKEN = new RegExp(`[${WORD_CHARACTERS}]+|.`, 'gsu')

/**
 * Whether `char` belongs to a number or Latin word.
 *
 * @example
 * isWordCharacter('5') // true
 */
export const isWordCharacter = (char: string): boolean => WORD_CHARACTER.test(char)

/**
 * The tokens of `text`: numbers and Latin words whole, every other character alone.
 *
 * @example
 * breakTokens('共517645件') // ['共', '517645', '件']
 */
export const breakTokens = (text: string): ReadonlyArray<string> => text.match(TOKEN) ?? []

/**
 * Whether a line may end with `before` and the next one start with `after`.
 *
 * @example
 * mayBreakBetween('开', '，') // false
 */
export const mayBreakBetween = (before: string, after: string): boolean => !NO_START.has(after[0] ?? '') && !NO_END.has(before.at(-1) ?? '')
