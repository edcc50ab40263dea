/**
 * The roster of `report aggregate`: the units that must report (name, kind,
 * optional expected file name), read from CSV or `.xlsx`. Every fault is a Chinese
 * error naming the file and the row: a duplicate name, an unknown kind, a cell that
 * cannot be read, a header without the name and kind columns.
 */
import { sameAgency, type Publisher } from '@report/model'
import { extname } from 'node:path'
import { CliError } from '../contract.js'
import { parseCsv } from '../csv.js'
import { readInput } from '../read-input.js'

/** The kinds of unit a roster names. */
export type UnitKind = 'department' | 'township' | 'sub-district' | 'government'

/**
 * One unit of the roster, with the row it is on (1 is the header).
 */
export interface RosterUnit {
  readonly row: number
  readonly name: string
  readonly kind: UnitKind
  /** The file name its report is expected under, if the roster gives one. */
  readonly file: string | undefined
}

/** The words a kind may be written as (English or Chinese). */
const KINDS: Readonly<Record<string, UnitKind>> = {
  department: 'department',
  部门: 'department',
  township: 'township',
  乡镇: 'township',
  乡: 'township',
  镇: 'township',
  'sub-district': 'sub-district',
  街道: 'sub-district',
  government: 'government',
  政府: 'government'
}

/** The Chinese name of each kind, for the summaries. */
export const KIND_NAMES: Readonly<Record<UnitKind, string>> = { department: '部门', township: '乡镇', 'sub-district': '街道', government: '政府' }

/** The publisher a unit's report should name. */
export const publisherOfKind = (kind: UnitKind): Publisher => (kind === 'sub-district' ? 'township' : kind)

const HEADERS = { name: ['name', '名称', '单位', '单位名称'], kind: ['kind', '类型', '类别'], file: ['file', '文件', '文件名'] } as const

const invalid = (file: string, message: string): CliError => new CliError('ROSTER_INVALID', `${file}：${message}`, file)

const rowsOf = async (file: string): Promise<ReadonlyArray<ReadonlyArray<unknown>>> => {
  const bytes = readInput(file)
  if (extname(file).toLowerCase() === '.xlsx') {
    // The Excel reader is loaded only for a roster in Excel (`validate --children` mostly has none).
    const { readWorkbook } = await import('@report/xlsx')
    try {
      return (await readWorkbook(bytes))[0]?.rows ?? []
    } catch {
      throw invalid(file, '无法读取为 Excel 工作簿（.xlsx）')
    }
  }
  const text = new TextDecoder('utf-8', { fatal: true })
  try {
    return parseCsv(text.decode(bytes))
  } catch (e) {
    throw invalid(file, e instanceof SyntaxError ? e.message : '不是 UTF-8 编码的 CSV 文件（请另存为“CSV UTF-8”）')
  }
}

const cellText = (file: string, value: unknown, row: number, column: string): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim()
  throw invalid(file, `第 ${row} 行“${column}”列的单元格无法读取为文本`)
}

/**
 * The units of a roster file (CSV or `.xlsx`, the first sheet), in order; its first
 * row names the columns (名称/name, 类型/kind, and optionally 文件/file). Blank
 * rows are skipped.
 *
 * @example
 * await readRoster('units.csv') // [{ row: 2, name: '示例县财政局', kind: 'department', file: undefined }, …]
 */
export const readRoster = async (file: string): Promise<ReadonlyArray<RosterUnit>> => {
  const [header, ...rows] = await rowsOf(file)
  if (header === undefined) throw invalid(file, '名单是空的')
  const names = header.map((h, i) => cellText(file, h, 1, `第 ${i + 1} 列`))
  const column = (key: keyof typeof HEADERS) => names.findIndex((h) => (HEADERS[key] as ReadonlyArray<string>).includes(h.toLowerCase()))
  const at = { name: column('name'), kind: column('kind'), file: column('file') }
  if (at.name < 0 || at.kind < 0) throw invalid(file, `第 1 行应为列名，至少有“名称”和“类型”两列（实为：${names.join('、')}）`)
  const units: Array<RosterUnit> = []
  rows.forEach((cells, i) => {
    const row = i + 2
    const name = cellText(file, cells[at.name], row, names[at.name] ?? '')
    const kindText = cellText(file, cells[at.kind], row, names[at.kind] ?? '')
    const expected = at.file < 0 ? '' : cellText(file, cells[at.file], row, names[at.file] ?? '')
    if (name === '' && kindText === '' && expected === '') return
    if (name === '') throw invalid(file, `第 ${row} 行缺少单位名称`)
    const kind = KINDS[kindText.toLowerCase()]
    if (kind === undefined)
      throw invalid(file, `第 ${row} 行“${name}”的类型“${kindText}”无法识别，应为部门、乡镇、街道或政府（department、township、sub-district、government）`)
    const twin = units.find((u) => sameAgency(u.name, name))
    if (twin !== undefined) throw invalid(file, `第 ${row} 行“${name}”与第 ${twin.row} 行“${twin.name}”是同一单位（名称重复）`)
    units.push({ row, name, kind, file: expected === '' ? undefined : expected })
  })
  if (units.length === 0) throw invalid(file, '名单中没有单位')
  return units
}
