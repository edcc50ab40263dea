/**
 * The statutory labels of both national formats, as data: section headings, table
 * titles, row and column labels with the keys the codecs use. Every renderer prints
 * from here and nowhere else.
 */
import type { FormatVersion, SectionRole } from './report.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A labelled row of a table; a row with children is a group row that carries no
 * numbers of its own.
 */
export interface RowLabel {
  readonly key: string
  readonly label: string
  readonly children?: ReadonlyArray<RowLabel>
}

/**
 * A labelled column of table 二, with the kind of value its cells hold.
 */
export interface ColumnLabel {
  readonly key: string
  readonly label: string
  readonly kind: 'count' | 'delta' | 'money'
}

/**
 * One block of table 二: an item of 条例第二十条 with its header and rows.
 */
export interface ActiveBlockLabel {
  readonly key: string
  readonly label: string
  readonly columns: ReadonlyArray<ColumnLabel>
  readonly rows: ReadonlyArray<RowLabel>
}

// -------------------------------------------------------------------------------------
// sections
// -------------------------------------------------------------------------------------

/**
 * The statutory section headings (FORMAT.md §3), in order.
 */
export const SECTION_HEADINGS: Readonly<Record<Exclude<SectionRole, 'extra'>, string>> = {
  overview: '一、总体情况',
  active: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项'
}

/**
 * The headings of the outline in use before the 2019 revision that the current one
 * does not print (its 基本情况, 依申请公开, 收费及减免 and 行政复议、行政诉讼 sections),
 * without their numbers: reports of later years still printed in it are named so.
 */
export const PRE_2019_SECTION_HEADINGS: ReadonlyArray<string> = [
  '政府信息公开工作的基本情况',
  '依申请公开政府信息情况',
  '政府信息公开的收费及减免情况',
  '因政府信息公开申请行政复议、提起行政诉讼的情况'
]

/**
 * The name each table goes by in messages.
 */
export const TABLE_NAMES = { active: '表二', applications: '表三', review: '表四' } as const

/**
 * A statutory table by its role: 表二 `active`, 表三 `applications`, 表四 `review`;
 * also the section role that holds it.
 */
export type TableRole = keyof typeof TABLE_NAMES

/**
 * The three tables in printed order.
 */
export const TABLE_ROLES: ReadonlyArray<TableRole> = ['active', 'applications', 'review']

/**
 * Is a section role one that holds a table?
 */
export const isTableRole = (role: string): role is TableRole => role in TABLE_NAMES

// -------------------------------------------------------------------------------------
// table 二
// -------------------------------------------------------------------------------------

/**
 * The header cell that heads the row labels of every block of table 二.
 */
export const INFO_CONTENT = '信息内容'

const changeColumns: ReadonlyArray<ColumnLabel> = [
  { key: 'previousYear', label: '上一年项目数量', kind: 'count' },
  { key: 'change', label: '本年增/减', kind: 'delta' },
  { key: 'decisions', label: '处理决定数量', kind: 'count' }
]
const decisionColumn: ReadonlyArray<ColumnLabel> = [{ key: 'decisions', label: '本年处理决定数量', kind: 'count' }]
const regulations = { key: 'regulations', label: '规章' }
const licensing = { key: 'licensing', label: '行政许可' }
const penaltiesAndEnforcement = [
  { key: 'penalties', label: '行政处罚' },
  { key: 'enforcement', label: '行政强制' }
]
const fees = { key: 'fees', label: '行政事业性收费' }

/**
 * The blocks of table 二 for each format version (FORMAT.md §4).
 */
export const ACTIVE_BLOCKS: Readonly<Record<FormatVersion, ReadonlyArray<ActiveBlockLabel>>> = {
  '2019': [
    {
      key: 'item1',
      label: '第二十条第（一）项',
      columns: [
        { key: 'newlyMade', label: '本年新制作数量', kind: 'count' },
        { key: 'newlyPublished', label: '本年新公开数量', kind: 'count' },
        { key: 'totalPublished', label: '对外公开总数量', kind: 'count' }
      ],
      rows: [regulations, { key: 'normativeDocuments', label: '规范性文件' }]
    },
    {
      key: 'item5',
      label: '第二十条第（五）项',
      columns: changeColumns,
      rows: [licensing, { key: 'otherServices', label: '其他对外管理服务事项' }]
    },
    { key: 'item6', label: '第二十条第（六）项', columns: changeColumns, rows: penaltiesAndEnforcement },
    { key: 'item8', label: '第二十条第（八）项', columns: changeColumns.slice(0, 2), rows: [fees] },
    {
      key: 'item9',
      label: '第二十条第（九）项',
      columns: [
        { key: 'projects', label: '采购项目数量', kind: 'count' },
        { key: 'amount', label: '采购总金额', kind: 'money' }
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }]
    }
  ],
  '2021': [
    {
      key: 'item1',
      label: '第二十条第（一）项',
      columns: [
        { key: 'issued', label: '本年制发件数', kind: 'count' },
        { key: 'repealed', label: '本年废止件数', kind: 'count' },
        { key: 'inForce', label: '现行有效件数', kind: 'count' }
      ],
      rows: [regulations, { key: 'normativeDocuments', label: '行政规范性文件' }]
    },
    { key: 'item5', label: '第二十条第（五）项', columns: decisionColumn, rows: [licensing] },
    { key: 'item6', label: '第二十条第（六）项', columns: decisionColumn, rows: penaltiesAndEnforcement },
    {
      key: 'item8',
      label: '第二十条第（八）项',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'money' }],
      rows: [fees]
    }
  ]
}

/**
 * The block of table 二 with the given key in a format, if that format has it.
 *
 * @example
 * activeBlock('2021', 'item1')?.columns.map((c) => c.label) // ['本年制发件数', '本年废止件数', '现行有效件数']
 */
export const activeBlock = (version: FormatVersion, key: string): ActiveBlockLabel | undefined => ACTIVE_BLOCKS[version].find((b) => b.key === key)

// -------------------------------------------------------------------------------------
// table 三
// -------------------------------------------------------------------------------------

/**
 * The header cells above the applicant columns of table 三.
 */
export const APPLICANT_HEADER = {
  applicants: '申请人情况',
  organisations: '法人或其他组织',
  balanceNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
} as const

/**
 * The seven applicant columns of table 三, in order; the middle five sit under
 * 法人或其他组织.
 */
export const APPLICANT_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const

const resultRows = (otherHandling: RowLabel): ReadonlyArray<RowLabel> => [
  { key: 'disclosed', label: '（一）予以公开' },
  { key: 'partlyDisclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  {
    key: 'withheld',
    label: '（三）不予公开',
    children: [
      { key: 'stateSecret', label: '1.属于国家秘密' },
      { key: 'prohibitedByLaw', label: '2.其他法律行政法规禁止公开' },
      { key: 'endangersSafety', label: '3.危及“三安全一稳定”' },
      { key: 'thirdPartyRights', label: '4.保护第三方合法权益' },
      { key: 'internalAffairs', label: '5.属于三类内部事务信息' },
      { key: 'processInformation', label: '6.属于四类过程性信息' },
      { key: 'enforcementFiles', label: '7.属于行政执法案卷' },
      { key: 'queryMatters', label: '8.属于行政查询事项' }
    ]
  },
  {
    key: 'unavailable',
    label: '（四）无法提供',
    children: [
      { key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
      { key: 'needsCreation', label: '2.没有现成信息需要另行制作' },
      { key: 'unclearAfterCorrection', label: '3.补正后申请内容仍不明确' }
    ]
  },
  {
    key: 'notProcessed',
    label: '（五）不予处理',
    children: [
      { key: 'petitions', label: '1.信访举报投诉类申请' },
      { key: 'repeated', label: '2.重复申请' },
      { key: 'publications', label: '3.要求提供公开出版物' },
      { key: 'excessive', label: '4.无正当理由大量反复申请' },
      { key: 'confirmation', label: '5.要求行政机关确认或重新出具已获取信息' }
    ]
  },
  otherHandling,
  { key: 'total', label: '（七）总计' }
]

const applicationRows = (otherHandling: RowLabel): ReadonlyArray<RowLabel> => [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  { key: 'results', label: '三、本年度办理结果', children: resultRows(otherHandling) },
  { key: 'carriedForward', label: '四、结转下年度继续办理' }
]

/**
 * The rows of table 三 for each format version, as a tree (FORMAT.md §5).
 */
export const APPLICATION_ROWS: Readonly<Record<FormatVersion, ReadonlyArray<RowLabel>>> = {
  '2019': applicationRows({ key: 'otherHandling', label: '（六）其他处理' }),
  '2021': applicationRows({
    key: 'otherHandling',
    label: '（六）其他处理',
    children: [
      { key: 'noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { key: 'unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { key: 'other', label: '3.其他' }
    ]
  })
}

// -------------------------------------------------------------------------------------
// table 四
// -------------------------------------------------------------------------------------

/**
 * The three groups of table 四; the last two sit under 行政诉讼.
 */
export const REVIEW_GROUPS = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'directSuit', label: '未经复议直接起诉' },
  { key: 'suitAfterReconsideration', label: '复议后起诉' }
] as const

/**
 * The header over the two litigation groups of table 四.
 */
export const LITIGATION = '行政诉讼'

/**
 * The five measures of each group of table 四, in order; the last is 总计.
 */
export const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * A data row of a table, with its key path and the labels of its group rows.
 */
export interface DataRow {
  readonly path: ReadonlyArray<string>
  readonly label: string
  readonly groups: ReadonlyArray<string>
}

/**
 * The data rows of a row tree, depth first, in printed order.
 *
 * @example
 * dataRows(APPLICATION_ROWS['2019']).length // 28
 */
export const dataRows = (rows: ReadonlyArray<RowLabel>, parent: DataRow = { path: [], label: '', groups: [] }): ReadonlyArray<DataRow> =>
  rows.flatMap((row) =>
    row.children === undefined
      ? [{ path: [...parent.path, row.key], label: row.label, groups: parent.groups }]
      : dataRows(row.children, { path: [...parent.path, row.key], label: row.label, groups: [...parent.groups, row.label] })
  )

/**
 * Is a data row of table 三 one of the results that （七）总计 sums?
 */
export const isResultPart = (row: DataRow): boolean => row.path[0] === 'results' && row.path[1] !== 'total'

/**
 * The data rows of table 三 for each format version, computed once.
 */
export const APPLICATION_DATA_ROWS: Readonly<Record<FormatVersion, ReadonlyArray<DataRow>>> = {
  '2019': dataRows(APPLICATION_ROWS['2019']),
  '2021': dataRows(APPLICATION_ROWS['2021'])
}
