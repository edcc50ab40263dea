#!/usr/bin/env node
// The `report` command. npm links this file, which is committed, when it installs the
// workspace; the program itself is built into dist/ afterwards (the root `prepare`
// runs `tsc -b`), so the link never points at a file that does not exist yet.
import { existsSync } from 'node:fs'

const main = new URL('../dist/main.js', import.meta.url)
if (existsSync(main)) await import(main.href)
else {
  process.stderr.write('report：命令尚未构建，请在仓库根目录运行 npm run build\n')
  process.exitCode = 70
}
