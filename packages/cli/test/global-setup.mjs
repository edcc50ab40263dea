// Before the tests: the bundle made again from dist/ as tsc left it, so that the command the tests run
// through bin/report.js is the bundle (a bundle older than dist/ would be passed over for dist/main.js).
export { bundle as setup } from '../build/bundle.mjs'
