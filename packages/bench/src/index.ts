/**
 * The benchmark harness shared by `npm run bench` of every package: tasks timed
 * in interleaved rounds, reported as a median with its range and ratios, and the
 * headline figures written for the summary line. Speed is measured here, never in tests.
 */
export { median, quantile, spread, per, type Spread } from './stats.js'
export { timeMs, interleaved, interleavedRates, rates, medianMs, type Timings, type Rates } from './rounds.js'
export { loadAverages, ms, msSpread, rate, perSecond, ratio, target, table } from './format.js'
export { writeFigures, readFigures, summaryLine, missingFigures, type Headline, type Figures } from './results.js'
