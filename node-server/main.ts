// Node entry: the same app as the Worker, with the corpus read from a folder (CORPUS_DIR,
// default corpus/) and served on 127.0.0.1:PORT (default 8787). `npm start` runs it compiled
// (scripts/build-node.ts → dist/node/server.js). A fault at start-up prints one line naming
// the path or setting and exits with status 1; anything else is a bug and keeps its stack.
import { parsePort, startNodeServer } from './serve.js';
import { StartupError } from './startup-error.js';

try {
  await startNodeServer(process.env.CORPUS_DIR ?? 'corpus', parsePort(process.env.PORT));
} catch (err) {
  if (!(err instanceof StartupError)) throw err;
  console.error(`Cannot start the server: ${err.message}`);
  process.exit(1);
}
