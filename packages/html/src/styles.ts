/**
 * The inline styles of the web version: the official fonts first, then the common
 * stand-ins of Windows, macOS and Linux. A CMS keeps inline styles, not classes.
 */

const FANGSONG = "'仿宋_GB2312', 仿宋, FangSong, STFangsong, serif"
const XIAOBIAOSONG = "方正小标宋简体, 'FZXiaoBiaoSong-B05S', 'Noto Serif SC', SimSun, serif"
const HEITI = "黑体, SimHei, 'Heiti SC', 'Noto Sans SC', sans-serif"
const KAITI = "'楷体_GB2312', 楷体, KaiTi, STKaiti, serif"
const SONGTI = "宋体, SimSun, 'Songti SC', 'Noto Serif SC', serif"

/** The style of each kind of element. */
export const STYLE = {
  article: `max-width:42em;margin:0 auto;font-family:${FANGSONG};font-size:16pt;line-height:1.8;color:#000`,
  title: `margin:0 0 1em;text-align:center;font-family:${XIAOBIAOSONG};font-size:22pt;font-weight:normal;line-height:1.5`,
  heading1: `margin:0;text-indent:2em;font-family:${HEITI};font-size:16pt;font-weight:normal`,
  heading2: `margin:0;text-indent:2em;font-family:${KAITI};font-size:16pt;font-weight:normal`,
  paragraph: 'margin:0;text-indent:2em;text-align:justify',
  runIn: `font-family:${KAITI}`,
  table: `width:100%;table-layout:fixed;margin:0.5em 0 1em;border-collapse:collapse;font-family:${SONGTI};font-size:10.5pt;line-height:1.4`,
  caption: 'caption-side:top;padding:0 0 0.3em;text-align:left',
  header: 'border:1px solid #000;padding:4px 5px;vertical-align:middle;text-align:center;font-weight:normal',
  label: 'border:1px solid #000;padding:4px 5px;vertical-align:middle;text-align:left;font-weight:normal',
  data: 'border:1px solid #000;padding:4px 5px;vertical-align:middle;text-align:center',
  signature: 'margin:1.8em 0 0;text-align:right',
  signatureBlock: 'display:inline-block;margin-right:2em;text-align:left',
  signatureLine: 'margin:0',
  signatureDate: 'margin:0;padding-left:2em'
} as const
