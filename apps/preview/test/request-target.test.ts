import { describe, expect, it } from 'vitest'
import { requestTarget } from '../src/request-target.js'

describe('requestTarget', () => {
  it.each([
    ['/', '/'],
    ['/api/report?v=3', '/api/report'],
    ['/assets/index-BAfyKIDf.js', '/assets/index-BAfyKIDf.js'],
    ['/fonts/NotoSerifSC_400Regular.ttf#x', '/fonts/NotoSerifSC_400Regular.ttf']
  ])('answers the plain path %s', (raw, path) => {
    expect(requestTarget(raw)).toEqual({ kind: 'path', path })
  })

  it.each([
    ['/../package.json', '路径不能离开预览的目录'],
    ['/assets/../../package.json', '路径不能离开预览的目录'],
    ['/assets/./index.html', '路径不能离开预览的目录'],
    ['//etc/passwd', '路径不能离开预览的目录'],
    ['/assets/', '路径不能离开预览的目录'],
    ['/..', '路径不能离开预览的目录'],
    ['/%2e%2e/package.json', '路径含有不允许的字符'],
    ['/%2E%2E%2Fpackage.json', '路径含有不允许的字符'],
    ['/assets%2f..%2f..%2fpackage.json', '路径含有不允许的字符'],
    ['/..%5c..%5cpackage.json', '路径含有不允许的字符'],
    ['/assets\\..\\package.json', '路径含有不允许的字符'],
    ['/C:/Windows/win.ini', '路径含有不允许的字符'],
    ['/etc/passwd%00.js', '路径含有不允许的字符'],
    ['http://127.0.0.1/etc/passwd', '路径含有不允许的字符'],
    ['etc/passwd', '路径含有不允许的字符'],
    ['', '路径含有不允许的字符']
  ])('refuses %s', (raw, reason) => {
    expect(requestTarget(raw)).toEqual({ kind: 'refused', reason })
  })
})
