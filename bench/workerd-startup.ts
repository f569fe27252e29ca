// A Worker's start-up as workerd pays it, with nothing left out: workerd spawned until the
// bundle answers its first request, less the same for a control Worker that imports the same
// data and text modules and does nothing with them. What remains is the isolate's own work:
// compiling and evaluating the code and what the code does before it can answer (a shard
// unpacking its snapshot and reading its links). `wrangler check startup`'s profiles miss a
// long native call such as a JSON.parse, and workerd's clocks stand still while a Worker
// starts, so neither the profile nor the Worker itself can time this. The rest of the spawn
// (the process, its config, reading the embedded files) is a local cost, measured by the
// control and subtracted; runs alternate between the two so that machine noise hits both.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.js';
import { serveWithWorkerd } from './workerd-direct.js';

export interface WorkerdStartup {
  /** Median spawn → first answer of the bundle and of the control, and their difference. */
  bundleMs: number;
  controlMs: number;
  startupMs: number;
  runs: number;
}

/** A Worker that imports every module file of the bundle in `dir` and answers with their sizes. */
function writeControl(bundleDir: string, controlDir: string): void {
  const modules = readdirSync(bundleDir).filter((name) => /\.(json|bin)$/.test(name));
  for (const name of modules) cpSync(join(bundleDir, name), join(controlDir, name));
  writeFileSync(join(controlDir, 'worker.js'), [
    ...modules.map((name, i) => `import m${i} from ${JSON.stringify(`./${name}`)};`),
    `const size = (m) => m.byteLength ?? m.length;`,
    `export default { fetch() { return new Response(String(${modules.map((_, i) => `size(m${i})`).join(' + ') || '0'})); } };`,
    '',
  ].join('\n'));
}

/**
 * Start-up of the Worker in `bundleDir` (what `wrangler deploy --dry-run --outdir` wrote; left
 * as it is), probed with GET `probePath` (any status).
 */
export async function workerdStartup(bundleDir: string, probePath: string, runs: number): Promise<WorkerdStartup> {
  const entries = readdirSync(bundleDir).filter((name) => name.endsWith('.js'));
  if (entries.length !== 1) throw new Error(`expected one JavaScript entry in ${bundleDir}, found: ${entries.join(', ')}`);
  const controlDir = mkdtempSync(join(tmpdir(), 'bench-startup-control-'));
  try {
    writeControl(bundleDir, controlDir);
    const spawnToAnswer = async (dir: string, entry: string) => {
      const copy = mkdtempSync(join(tmpdir(), 'bench-startup-run-'));
      cpSync(dir, copy, { recursive: true });
      const worker = await serveWithWorkerd(copy, probePath, 60_000, { anyStatus: true, entry });
      await worker.stop();
      return worker.spawnToAnswerMs;
    };
    const bundle: number[] = [];
    const control: number[] = [];
    for (let run = 0; run < runs; run++) {
      control.push(await spawnToAnswer(controlDir, 'worker.js'));
      bundle.push(await spawnToAnswer(bundleDir, entries[0]));
    }
    const bundleMs = median(bundle);
    const controlMs = median(control);
    return { bundleMs, controlMs, startupMs: bundleMs - controlMs, runs };
  } finally {
    rmSync(controlDir, { recursive: true, force: true });
  }
}
