// Number formatting and Markdown tables for the report.
import { MB } from './measure.js';

/** Milliseconds with precision that suits the size: 0.123, 1.23, 12.3, 123. */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export function mb(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '–';
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1)} MB`;
}

export function kb(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '–';
  return bytes >= 10 * MB ? mb(bytes) : `${(bytes / 1024).toFixed(0)} KB`;
}

export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '–');

export const fraction = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '–');

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
