/** @report/html: Writes a report as HTML for the website's 年报 column (a fragment or a standalone page), from @report/view. */
export {}
