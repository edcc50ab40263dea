import { describe, expect, it } from 'vitest'
import { tidySpaces } from '../../src/text/spacing.js'

describe('spacing', () => {
  it('removes the spaces of a justified PDF line beside Chinese only', () => {
    expect(tidySpaces('号 ， 邮 编 ： 223100 ， 统计期限自 2023 年 1 月 1 日')).toBe('号，邮编：223100，统计期限自2023年1月1日')
    expect(tidySpaces('hzzwgk@126.com and  more')).toBe('hzzwgk@126.com and more')
  })
})
