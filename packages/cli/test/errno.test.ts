import { describe, expect, it } from 'vitest'
import { errnoReason } from '../src/errno.js'

const failure = (code: string) => Object.assign(new Error(`${code}: raw`), { code })

describe('errnoReason', () => {
  it.each([
    ['ENOENT', '找不到此文件或目录'],
    ['ENOTDIR', '路径中有一段是文件，不是目录'],
    ['EISDIR', '是目录，不是文件'],
    ['EACCES', '没有权限'],
    ['ENOSPC', '磁盘已满'],
    ['EROFS', '所在的文件系统是只读的'],
    ['EEXIST', '已经存在'],
    ['EMFILE', '本程序打开的文件过多']
  ])('%s in Chinese, without the code', (code, reason) => {
    expect(errnoReason(failure(code))).toBe(reason)
  })

  it('an unknown code says so in Chinese, the code kept for a report', () => {
    expect(errnoReason(failure('EWHATEVER'))).toBe('未知的系统错误（EWHATEVER）')
  })
})
