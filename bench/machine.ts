// The machine a run measured, for the report header.
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

export interface Machine { cores: number; cpu: string; node: string; memoryGb: number; load: string }

export function describeMachine(): Machine {
  let cpu = 'unknown';
  let load = 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch { /* not Linux: keep "unknown" */ }
  return { cores: availableParallelism(), cpu, node: process.version, memoryGb: Math.round(totalmem() / 1024 ** 3), load };
}
