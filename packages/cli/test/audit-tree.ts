/**
 * The tree `report audit`'s tests run over: the 30 unit reports of fixtures/units and
 * the latest real and constructed samples, with last year's reports beside them.
 */
import { fixturePath } from '@report/fixtures'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const SAMPLES = [
  ['hongze-district-2024', 'hongze-2024.json'],
  ['renshi-town-2020', 'renshi-2020.json'],
  ['example-department-2022', 'example-2022.json']
] as const
const PREVIOUS = [
  ['hongze-district-2023', 'hongze-2023.json'],
  ['example-department-2021', 'example-2021.json']
] as const

/** A fresh folder with `current/` and `previous/` filled. */
export const auditTree = (): { readonly root: string; readonly current: string; readonly previous: string } => {
  const root = mkdtempSync(join(tmpdir(), 'audit-'))
  const current = join(root, 'current')
  const previous = join(root, 'previous')
  mkdirSync(join(current, 'units'), { recursive: true })
  mkdirSync(previous)
  for (const f of readdirSync(fixturePath('units', 'reports'))) copyFileSync(fixturePath('units', 'reports', f), join(current, 'units', f))
  for (const f of readdirSync(fixturePath('units', 'previous'))) copyFileSync(fixturePath('units', 'previous', f), join(previous, f))
  for (const [dir, name] of SAMPLES) copyFileSync(fixturePath(dir, 'report.json'), join(current, name))
  for (const [dir, name] of PREVIOUS) copyFileSync(fixturePath(dir, 'report.json'), join(previous, name))
  return { root, current, previous }
}
