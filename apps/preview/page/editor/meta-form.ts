/**
 * The small form of what the report says of itself: the agency, its kind, the
 * scope, the year, the title and the date of publication.
 */
import { Year, type Report } from '@report/model'
import { el } from '../dom.js'

/**
 * The Chinese names of the kinds of publisher and of the scopes.
 */
export const PUBLISHER_NAMES: Readonly<Record<Report['publisher'], string>> = { government: '人民政府', department: '政府部门', township: '乡镇、街道' }
export const SCOPE_NAMES: Readonly<Record<Report['scope'], string>> = { own: '本机关', region: '本地区汇总', system: '本系统汇总' }

type Field = 'agency' | 'publisher' | 'scope' | 'year' | 'title' | 'published'

const select = (value: string, options: Readonly<Record<string, string>>): HTMLSelectElement => {
  const s = el(
    'select',
    {},
    Object.entries(options).map(([key, name]) => el('option', { text: name, attrs: { value: key } }))
  )
  s.value = value
  return s
}

/**
 * The form for `report`; `onChange` gets each field's new value as typed (the
 * year as a number, an empty date as undefined).
 */
export const metaForm = (report: Report, onChange: (field: Field, value: string | number | undefined) => void): HTMLElement => {
  const row = (label: string, field: Field, input: HTMLInputElement | HTMLSelectElement) => {
    input.dataset['field'] = field
    input.addEventListener('input', () => {
      // A year outside the model's range is refused in place, as a bad cell is.
      const refused = field === 'year' && !Year.is(Number(input.value))
      input.setAttribute('aria-invalid', String(refused))
      input.title = refused ? '未保存：报告年度应为 2008 至 2100 之间的整数' : ''
      if (!refused) onChange(field, field === 'year' ? Number(input.value) : field === 'published' && input.value === '' ? undefined : input.value)
    })
    return el('label', { class: 'meta-field' }, [el('span', { text: label }), input])
  }
  const text = (value: string, type = 'text') => {
    const input = el('input', { attrs: { type } })
    input.value = value
    return input
  }
  const year = text(String(report.year), 'number')
  year.min = '2008'
  year.max = '2100'
  return el('form', { class: 'meta-form', attrs: { 'aria-label': '报告信息' } }, [
    row('机关名称', 'agency', text(report.agency)),
    row('机关类型', 'publisher', select(report.publisher, PUBLISHER_NAMES)),
    row('报告范围', 'scope', select(report.scope, SCOPE_NAMES)),
    row('报告年度', 'year', year),
    row('标题', 'title', text(report.title)),
    row('发布日期', 'published', text(report.published ?? '', 'date'))
  ])
}
