// Pipe tables read as tab-separated rows: offsets kept, the header rule marked as markup,
// an escaped pipe kept as text, a lone pipe line left alone.
import { describe, expect, it } from 'vitest';
import { splitPhysicalLines } from './physical-lines.js';
import { pipeRowAsCells, readPipeTables, withPipeTablesAsCells } from './pipe-tables.js';

describe('pipe tables', () => {
  it('turns a row into tab-separated cells of the same length', () => {
    const row = '| 1.1 | Train inspectors | Ministry of Labour | 2023 |';
    const cells = pipeRowAsCells(row);
    expect(cells).toHaveLength(row.length);
    expect(cells.split('\t').map((c) => c.trim())).toEqual(['1.1', 'Train inspectors', 'Ministry of Labour', '2023']);
  });

  it('keeps an escaped pipe inside a cell', () => {
    expect(pipeRowAsCells('| a \\| b | c |').split('\t').map((c) => c.trim())).toEqual(['a \\| b', 'c']);
  });

  it('marks the header rules of both spellings and rewrites only tables', () => {
    const text = ['Text with a | pipe', '', '| No. | Measure |', '|---|---|', '| 1 | Act |', '', '| No. | Measure |', '| :--- | ---: |', '| 2 | Do |', '', '| alone |'].join('\n');
    const lines = splitPhysicalLines(text);
    const rules = readPipeTables(lines);
    expect([...rules]).toEqual([3, 7]);
    expect(lines[0].text).toBe('Text with a | pipe');
    expect(lines[4].text.split('\t').map((c) => c.trim())).toEqual(['1', 'Act']);
    expect(lines[10].text).toBe('| alone |');
    lines.forEach((line, k) => expect(line.end - line.start, `line ${k}`).toBe(line.text.length));
  });

  it('gives detection the same rows, rules blanked', () => {
    const text = '| No. | Measure |\n|---|---|\n| 1 | Act |';
    const seen = withPipeTablesAsCells(text);
    expect(seen).toHaveLength(text.length);
    expect(seen.split('\n')[1].trim()).toBe('');
    expect(seen.split('\n')[2]).toContain('\t');
  });
});
