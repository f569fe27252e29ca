// Physical lines of the source with their offsets: the unit every layout rule looks at.
export interface PhysicalLine {
  text: string;
  start: number;
  end: number;
}

export function splitPhysicalLines(source: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    const raw = source.slice(start, end);
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ text, start, end: start + text.length });
    if (end === source.length) break;
    start = end + 1;
  }
  return lines;
}
