// A table of contents set as lines with tab stops ("II. Legal frameworks….. 5") loses its
// tab before the page number in the PDF's text. The .txt conventions keep it as a cell
// ("II. Legal frameworks…..\t5"), which is how segmenters tell contents from headings.
const ENTRY = /^(.*\p{L}.*?)(?:\s*[.…·]{2,}\s*|\s+)(\d{1,4})$/u;
/** A number after these words is a reference in running text, not a page number. */
const REFERENCE = /\b(?:article|art|section|sec|para|paragraph|paras|no|rule|page|pages|p|pp|year|recommendation|task|goal)\.?\s+\d+$/i;
/** Fewer entries in a row than this are not a table of contents. */
const MIN_ENTRIES = 3;

/** Lines of one block: runs of contents entries get a tab before their page number. */
export function tabulateContents(lines: readonly string[], pageCount: number): string[] {
  const out = [...lines];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    let lastPage = 0;
    while (j < lines.length) {
      const m = ENTRY.exec(lines[j]);
      const page = m ? Number(m[2]) : NaN;
      // Page numbers of a contents list never go back and never pass the document's end.
      const entry = m && !lines[j].includes('\t') && !lines[j].startsWith('- ') && !REFERENCE.test(lines[j]);
      if (!entry || page < lastPage || page > pageCount) break;
      lastPage = page;
      j++;
    }
    if (j - i >= MIN_ENTRIES) {
      for (let k = i; k < j; k++) {
        const m = ENTRY.exec(lines[k])!;
        const leader = lines[k].slice(m[1].length, lines[k].length - m[2].length).trim();
        out[k] = `${m[1]}${leader}\t${m[2]}`;
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
