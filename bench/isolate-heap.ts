// The Worker isolate's own JavaScript heap under wrangler dev, read through the V8 inspector
// (Chrome DevTools Protocol) that wrangler serves on --inspector-port. workerd's RSS also holds
// the runtime, its caches, allocator arenas and the dev proxy, so it cannot say whether the
// Worker keeps memory; the isolate heap after a forced GC can.
import WebSocket from 'ws';

export interface HeapUsage { usedSize: number; totalSize: number }

interface InspectorTarget { description?: string; title?: string; webSocketDebuggerUrl?: string }

/**
 * wrangler 4.86 lists a single target, "Cloudflare Worker" at ws://127.0.0.1:<port>/ws: its
 * inspector proxy (a Durable Object inside the dev proxy's workerd) relays that socket to the
 * inspector of the isolate running the user Worker. The dev proxy's own isolates are not
 * listed, so the one target described as "workers" is ours; more than one means a setup this
 * bench does not know, and guessing would measure the wrong isolate.
 */
export function pickWorkerTarget(targets: InspectorTarget[]): string {
  const workers = targets.filter((t) => t.description === 'workers' && t.webSocketDebuggerUrl);
  if (workers.length !== 1) throw new Error(`expected one Worker inspector target, got: ${JSON.stringify(targets.map((t) => t.title))}`);
  return workers[0].webSocketDebuggerUrl!;
}

export interface IsolateInspector {
  /** Full garbage collection, then the heap: what the isolate still holds. */
  heapAfterGc: () => Promise<HeapUsage>;
  close: () => void;
}

// Answered with a 404 by the app: no search, a few hundred bytes of garbage.
const NUDGE_PATH = '/__isolate-heap-gc';

/**
 * Opens the DevTools connection to the Worker served at `workerUrl`; wrangler's proxy accepts
 * one client at a time, so keep it for the whole run.
 */
export async function connectIsolateInspector(inspectorPort: number, workerUrl: string, timeoutMs = 30_000): Promise<IsolateInspector> {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json() as InspectorTarget[];
  const socket = new WebSocket(pickWorkerTarget(targets));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  let closed = 'inspector connection closed';
  // The proxy also forwards events and answers to its own keep-alive calls; only our ids matter.
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    const call = message.id === undefined ? undefined : pending.get(message.id);
    if (!call) return;
    pending.delete(message.id!);
    if (message.error) call.reject(new Error(message.error.message));
    else call.resolve(message.result);
  });
  socket.on('close', (code, reason) => {
    closed = `inspector connection closed (${code} ${String(reason)})`;
    for (const call of pending.values()) call.reject(new Error(closed));
    pending.clear();
  });
  const send = (method: string): Promise<unknown> => new Promise((resolve, reject) => {
    // The proxy closes a second client right after the handshake ("only one can be connected").
    if (socket.readyState !== WebSocket.OPEN) return reject(new Error(`${method}: ${closed}`));
    const id = nextId++;
    const timer = setTimeout(() => { pending.delete(id); reject(new Error(`${method}: no answer in ${timeoutMs} ms`)); }, timeoutMs);
    pending.set(id, {
      resolve: (result) => { clearTimeout(timer); resolve(result); },
      reject: (err) => { clearTimeout(timer); reject(err); },
    });
    socket.send(JSON.stringify({ id, method }));
  });
  return {
    heapAfterGc: async () => {
      // V8 runs the collection as a task on the isolate's thread, and workerd only runs those
      // tasks when the isolate gets work: without a request the call is never answered. The
      // session answers in order, so once the heap read after it is answered the collection is
      // queued and a request will run it. One collection suffices (V8 repeats it until nothing
      // more is freed); the nudge's own few hundred bytes are in every reading alike.
      const nudge = async () => {
        await send('Runtime.getHeapUsage');
        await fetch(new URL(NUDGE_PATH, workerUrl), { method: 'HEAD' });
      };
      await Promise.all([send('HeapProfiler.collectGarbage'), nudge()]);
      const { usedSize, totalSize } = await send('Runtime.getHeapUsage') as HeapUsage;
      return { usedSize, totalSize };
    },
    close: () => socket.close(),
  };
}
