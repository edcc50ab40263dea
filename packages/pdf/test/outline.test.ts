/**
 * The PDF's navigation read back with poppler: a bookmark for each section
 * heading, the level-2 headings under theirs, each on its page; and viewers
 * told to show the document's title (DisplayDocTitle).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RENDERED } from './fixtures.js'

describe('navigation of the sample', () => {
  it('has a bookmark for every section, level-2 headings under theirs, each with its page', () => {
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', RENDERED.sample.file], { encoding: 'utf8' })
    const outline = /<outline>([\s\S]*)<\/outline>/.exec(xml)?.[1] ?? ''
    const items = (text: string) => [...text.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map(([, page, title]) => `${page} ${title}`)
    const nested = /<outline>([\s\S]*?)<\/outline>/.exec(outline)?.[1] ?? ''
    expect(items(outline.replace(/<outline>[\s\S]*?<\/outline>/, ''))).toEqual([
      '1 一、政府信息公开总体情况',
      '3 二、主动公开政府信息情况',
      '3 三、收到和处理政府信息公开申请情况',
      '5 四、政府信息公开被申请行政复议、行政诉讼情况',
      '5 五、政府信息公开工作存在的主要问题及改进措施',
      '5 六、下一步改进措施',
      '6 七、其他需要报告的事项'
    ])
    expect(items(nested)).toEqual([
      '6 (一)政府热线处理情况',
      '6 (二)依申请公开政府信息和不予公开政府信息的情况',
      '6 (三)政府信息公开的收费及减免情况',
      '6 (四)因政府信息公开申请行政复议、提起行政诉讼的情况'
    ])
  })

  it('asks viewers to show the title, not the file name', () => {
    const pdf = readFileSync(RENDERED.sample.file, 'latin1')
    const object = /\/ViewerPreferences (\d+) 0 R/.exec(pdf)?.[1]
    expect(pdf).toMatch(new RegExp(`\\n${object} 0 obj\\s*<<\\s*/DisplayDocTitle true`))
  })
})
