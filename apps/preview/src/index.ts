/**
 * @report/preview: a local viewer that shows a report's document, its PDF pages and
 * its problems, updated as the file is saved.
 */
export * from './protocol.js'
export * from './request-target.js'
export * from './load-report.js'
export * from './read-file.js'
export * from './watch-file.js'
export * from './events.js'
export * from './assets.js'
export * from './session.js'
export * from './server.js'
