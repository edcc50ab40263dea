/** @report/docx: Writes a report as a Word document (DOCX) for WPS and Word, from @report/view. */
export {}
