// Through pdf.js for real (a PDF built in memory): font names tell bold and italic, a
// raised smaller digit is a marker, a raised number at the margin opens a note.
import { describe, expect, it } from 'vitest';
import { extractPdf } from './pdf.js';
import { makeTestPdf } from '../../test/support/make-test-pdf.js';

describe('extractPdf on a PDF written with Helvetica faces', () => {
  it('reads emphasis from the font names and footnotes from size and position', async () => {
    const pdf = makeTestPdf([[
      { x: 72, y: 100, text: [{ text: 'The Committee ', font: 'regular' }, { text: 'requests', font: 'bold' }, { text: ' the State, ', font: 'regular' }, { text: 'inter alia', font: 'italic' }, { text: ', to act.', font: 'regular' }] },
      { x: 72 + 264, y: 95.4, text: '7', size: 7 },
      { x: 84, y: 124, text: '•' },
      { x: 108, y: 124, text: 'a bulleted line.' },
      { x: 72, y: 695.4, text: '7', size: 7 },
      { x: 80, y: 700, text: 'Recommendation II-6.' },
    ]]);
    const { text } = await extractPdf(pdf, 'helvetica.pdf');
    expect(text).toBe('The Committee **requests** the State, *inter alia*, to act.⁷\n- a bulleted line.\n\n⁷ Recommendation II-6.\n');
  });
});
