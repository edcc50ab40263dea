/**
 * The bound on how deeply a JSON value may nest. A report nests about six levels;
 * a value far deeper is refused as a problem before it is parsed or walked, so no
 * recursion over it can exhaust the stack.
 */

/**
 * The deepest nesting of arrays and objects read (a report needs about six).
 */
export const MAX_NESTING = 64

/**
 * Does JSON text open more than `max` arrays or objects inside one another? Brackets
 * inside strings do not count. One pass, no recursion, whatever the text.
 *
 * @example
 * nestsTooDeeply('[[[1]]]', 2) // true
 */
export const nestsTooDeeply = (text: string, max: number = MAX_NESTING): boolean => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i += 1
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      depth += 1
      if (depth > max) return true
    } else if (c === 0x5d || c === 0x7d) depth -= 1
  }
  return false
}

/**
 * Does a value nest arrays and objects more than `max` deep? Walked with a stack of
 * its own, not by recursion.
 *
 * @example
 * valueNestsTooDeeply({ a: [[1]] }, 2) // true
 */
export const valueNestsTooDeeply = (value: unknown, max: number = MAX_NESTING): boolean => {
  const pending: Array<readonly [unknown, number]> = [[value, 0]]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [v, depth] = next
    if (typeof v !== 'object' || v === null) continue
    if (depth + 1 > max) return true
    for (const child of Object.values(v)) pending.push([child, depth + 1])
  }
  return false
}

/**
 * The message of a value nested too deeply, in Chinese.
 */
export const nestingMessage = (max: number = MAX_NESTING): string => `嵌套过深：数组与对象的嵌套超过 ${max} 层（报告只有约 6 层），不是报告`
