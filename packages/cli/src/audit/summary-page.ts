/**
 * The summary page of `report audit`: one self-contained HTML file that opens from
 * disk with no network (its policy forbids any fetch): the counts, an inline SVG
 * chart of problems by rule and one of the reports with the most problems, and the
 * league table, sortable in the browser by clicking a column's header (a small
 * inline script).
 */
import { LEAGUE_HEADER, RULES, leagueCells, type Ranked } from './league.js'

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** How many reports the chart by unit shows: those with the most problems. */
export const UNITS_CHARTED = 20

interface Bar {
  readonly label: string
  readonly count: number
  readonly data: string
}

/** A horizontal bar chart: one labelled bar per item, its count written at its end. */
const barChart = (title: string, bars: ReadonlyArray<Bar>, id: string): string => {
  const max = Math.max(1, ...bars.map((b) => b.count))
  const row = 22
  const labelWidth = 260
  const width = 720
  const body = bars
    .map((b, i) => {
      const y = i * row
      const w = Math.round(((width - labelWidth - 60) * b.count) / max)
      return (
        `<g class="bar" ${b.data} data-count="${b.count}" transform="translate(0,${y})">` +
        `<text x="${labelWidth - 8}" y="15" text-anchor="end">${escape(b.label)}</text>` +
        `<rect x="${labelWidth}" y="3" width="${w}" height="15" fill="#3b6ea8"></rect>` +
        `<text class="count" x="${labelWidth + w + 6}" y="15">${b.count}</text></g>`
      )
    })
    .join('')
  return `<figure><figcaption>${escape(title)}</figcaption><svg id="${id}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.max(row, bars.length * row)}" font-size="13">${body}</svg></figure>`
}

const SORT_SCRIPT = `
document.querySelectorAll('#league th').forEach(function (th, column) {
  th.addEventListener('click', function () {
    var body = document.querySelector('#league tbody');
    var numeric = th.dataset.type === 'number';
    var descending = th.getAttribute('aria-sort') === 'ascending';
    document.querySelectorAll('#league th').forEach(function (o) { o.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].textContent, y = b.cells[column].textContent;
      var order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
      return (descending ? -order : order) || Number(a.cells[0].textContent) - Number(b.cells[0].textContent);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
`

const NUMERIC = new Set(['名次', '得分', '年度', '错误', '警告', ...RULES])

/**
 * The HTML of the summary page of ranked rows.
 */
export const summaryPage = (rows: ReadonlyArray<Ranked>): string => {
  const byRule = RULES.map((rule) => ({ rule, count: rows.reduce((a, r) => a + (r.byRule[rule] ?? 0), 0) })).filter((r) => r.count > 0)
  const worst = [...rows]
    .filter((r) => r.errors + r.warnings > 0)
    .sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || (a.file < b.file ? -1 : 1))
    .slice(0, UNITS_CHARTED)
  const unreadable = rows.filter((r) => r.unreadable !== null).length
  const problems = rows.reduce((a, r) => a + r.errors + r.warnings, 0)
  const head = LEAGUE_HEADER.map((h) => `<th scope="col" data-type="${NUMERIC.has(h) ? 'number' : 'text'}">${escape(h)}</th>`).join('')
  const body = rows
    .map(
      (r) =>
        `<tr>${leagueCells(r)
          .map((c) => `<td>${escape(String(c))}</td>`)
          .join('')}</tr>`
    )
    .join('\n')
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>年度报告评查汇总</title>
<style>
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 2px 6px; white-space: nowrap; }
th { cursor: pointer; background: #eef2f7; }
th[aria-sort=ascending]::after { content: ' ▲'; }
th[aria-sort=descending]::after { content: ' ▼'; }
figure { margin: 1em 0; }
figcaption { font-weight: bold; margin-bottom: .5em; }
</style>
</head>
<body>
<h1>年度报告评查汇总</h1>
<p id="counts">共 <span id="reports">${rows.length}</span> 份报告，其中无法读取 <span id="unreadable">${unreadable}</span> 份；共发现问题 <span id="problems">${problems}</span> 个。得分：100 分起，每个错误扣 10 分，每个警告扣 2 分，R-1（与上年重复）与 R-2（与其他机关雷同）每项另扣 18 分，最低 0 分；无法读取的报告为 0 分。</p>
${barChart(
  '各规则的问题数',
  byRule.map((r) => ({ label: r.rule, count: r.count, data: `data-rule="${escape(r.rule)}"` })),
  'by-rule'
)}
${barChart(
  `问题最多的 ${worst.length} 份报告`,
  worst.map((r) => ({ label: r.agency === '' ? r.file : r.agency, count: r.errors + r.warnings, data: `data-file="${escape(r.file)}"` })),
  'by-unit'
)}
<h2>排名（点击列名排序）</h2>
<table id="league"><thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`
}
