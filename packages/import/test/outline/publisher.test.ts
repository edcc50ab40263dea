import { describe, expect, it } from 'vitest'
import { publisherOf, scopeOf } from '../../src/outline/publisher.js'

describe('who published the report', () => {
  it('infers the publisher from the agency’s name, and the scope from the title', () => {
    expect(
      [
        '开江县任市镇人民政府',
        '某区某某街道办事处',
        '淮安市洪泽区人民政府',
        '洪泽区人民政府办公室',
        '某县发展和改革局',
        '某市生态环境委员会',
        '某某有限公司'
      ].map(publisherOf)
    ).toEqual(['township', 'township', 'government', 'department', 'department', 'department', undefined])
    expect(scopeOf('全市政府信息公开工作年度报告', 'government')).toEqual({ scope: 'region', assumed: false })
    expect(scopeOf('某省税务系统年度报告', 'department')).toEqual({ scope: 'system', assumed: false })
    expect(scopeOf('某区人民政府2023年…年度报告', 'government')).toEqual({ scope: 'own', assumed: true })
  })
})
