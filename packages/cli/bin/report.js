#!/usr/bin/env node
// The `report` command. npm links this file, which is committed, when it installs the
// workspace; the program itself is built into dist/ afterwards (the root `prepare`
// runs `npm run build`: `tsc -b`, then the bundle), so the link never points at a
// file that does not exist yet. dist/launch.js runs the bundle, or dist/main.js.
import { existsSync } from 'node:fs'

const launcher = new URL('../dist/launch.js', import.meta.url)
if (existsSync(launcher)) await (await import(launcher.href)).launch()
else {
  process.stderr.write('report：命令尚未构建，请在仓库根目录运行 npm run build\n')
  process.exitCode = 70
}
