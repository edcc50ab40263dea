import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../../src/index.js'
import { outlineOf } from '../../src/outline/outline.js'
import type { Line } from '../../src/read/lines.js'

const linesOf = (texts: ReadonlyArray<string>): ReadonlyArray<Line> => texts.map((text, i) => ({ no: i + 1, text, indent: 0 }))

/** The heading and role of each section of an outline. */
const roles = (texts: ReadonlyArray<string>) => outlineOf(linesOf(texts), false).sections.map((s) => [s.heading, s.role, s.alike ?? ''])

const imported = (name: string) => importReport(readFileSync(fixturePath('imports', name, 'source.txt')))

describe('the outline', () => {
  it('gives a role to the heading that matches it best over the whole text, not to the first that matches', () => {
    expect(
      roles(['一、总体情况', '正文。', '二、工作中存在的主要问题及不足', '正文。', '三、存在的主要问题的改进情况', '正文。', '四、其他需要报告的事项'])
    ).toEqual([
      ['一、总体情况', 'overview', ''],
      ['二、工作中存在的主要问题及不足', 'extra', 'problems'],
      ['三、存在的主要问题的改进情况', 'problems', ''],
      ['四、其他需要报告的事项', 'other', '']
    ])
  })

  it('reads the variants real reports print: 存在的主要问题及整改措施, 存在的问题及改进措施, and 总体情况 without its number', () => {
    expect(roles(['总体情况', '正文。', '二、主动公开政府信息情况', '三、存在的主要问题及整改措施', '四、其他需要报告的事项'])).toEqual([
      ['总体情况', 'overview', ''],
      ['二、主动公开政府信息情况', 'active', ''],
      ['三、存在的主要问题及整改措施', 'problems', ''],
      ['四、其他需要报告的事项', 'other', '']
    ])
    expect(
      roles(['一、概述', '二、主动公开政府信息情况', '三、政府信息公开申请办理情况', '四、存在问题和改进措施', '五、其他事项']).map(([, role]) => role)
    ).toEqual(['overview', 'active', 'applications', 'problems', 'other'])
    expect(roles(['一、总体情况', '二、存在的问题及改进措施', '三、存在问题及整改措施'])).toEqual([
      ['一、总体情况', 'overview', ''],
      ['二、存在的问题及改进措施', 'problems', ''],
      ['三、存在问题及整改措施', 'extra', 'problems']
    ])
  })

  it('takes an unnumbered line for a heading only before any number is printed, where its number comes next', () => {
    expect(roles(['一、总体情况', '主动公开政府信息情况', '二、主动公开政府信息情况'])).toEqual([
      ['一、总体情况', 'overview', ''],
      ['二、主动公开政府信息情况', 'active', '']
    ])
    expect(roles(['主动公开政府信息情况', '一、总体情况'])).toEqual([['一、总体情况', 'overview', '']])
  })

  it('starts the numbering again at 一 only for the wording of a statutory heading, never for a row of table 三', () => {
    expect(
      roles(['一、总体情况', '二、主动公开政府信息情况', '一、本年新收政府信息公开申请数量', '一、加强组织领导', '一、主动公开政府信息情况'])
    ).toEqual([
      ['一、总体情况', 'overview', ''],
      ['二、主动公开政府信息情况', 'active', ''],
      ['一、主动公开政府信息情况', 'extra', 'active']
    ])
  })

  it('reads tables printed after the narrative, numbered anew, as the tables of their sections (variant-restarted-numbering)', () => {
    const variant = imported('variant-restarted-numbering')
    const original = imported('renshi-town-2020')
    expect(variant.report?.tables).toEqual(original.report?.tables)
    expect(variant.tables).toEqual({ active: 'complete', applications: 'complete', review: 'complete' })
    expect(variant.report?.sections.map((s) => [s.role, s.heading, s.paragraphs])).toEqual([
      ['overview', '总体情况', original.report?.sections[0]?.paragraphs],
      ['active', '二、主动公开政府信息情况', ['详见附表一。']],
      ['applications', '三、收到和处理政府信息公开申请情况', ['详见附表二。']],
      ['review', '四、政府信息公开被申请行政复议、行政诉讼情况', ['详见附表三。']],
      ['problems', '五、政府信息公开工作存在的主要问题及整改措施', original.report?.sections[4]?.paragraphs],
      ['extra', '六、下一步改进措施', original.report?.sections[5]?.paragraphs],
      ['other', '七、其他需要报告的事项', []]
    ])
    expect(variant.notes.map((n) => n.code)).toEqual(['DIGITS_SPLIT'])
  })

  it('names the outline of the years before 2019 in a note, before the sections and tables it leaves missing (variant-pre-2019-outline)', () => {
    const { report, notes } = imported('variant-pre-2019-outline')
    expect(notes[0]).toMatchObject({ code: 'OUTLINE_PRE_2019', where: '全文' })
    expect(notes[0]?.message).toContain('“三、依申请公开政府信息和不予公开政府信息的情况”“四、政府信息公开的收费及减免情况”')
    expect(notes.slice(1, 2).map((n) => [n.code, n.message])).toEqual([['SECTION_NOT_FOUND', '未找到章节“三、收到和处理政府信息公开申请情况”']])
    expect(report?.sections.map((s) => s.role)).toEqual(['overview', 'active', 'extra', 'extra', 'review', 'problems', 'other'])
    expect(imported('renshi-town-2020').notes.map((n) => n.code)).not.toContain('OUTLINE_PRE_2019')
  })

  it('reads an outline numbered （一） … when 一、 numbers no statutory section (variant-bracketed-outline)', () => {
    const variant = imported('variant-bracketed-outline')
    const original = imported('renshi-town-2020')
    expect(variant.report?.tables).toEqual(original.report?.tables)
    expect(variant.report?.sections.map((s) => [s.role, s.heading])).toEqual([
      ['overview', '（一）政府信息公开总体情况'],
      ['active', '（二）主动公开政府信息情况'],
      ['applications', '（三）收到和处理政府信息公开申请情况'],
      ['review', '（四）政府信息公开被申请行政复议、行政诉讼情况'],
      ['problems', '（五）政府信息公开工作存在的主要问题及改进措施'],
      ['other', '（七）其他需要报告的事项']
    ])
    expect(variant.report?.sections[0]).toEqual(original.report?.sections[0] && { ...original.report.sections[0], heading: '（一）政府信息公开总体情况' })
    expect(variant.notes.map((n) => n.code)).toEqual(['DIGITS_SPLIT'])
  })
})
