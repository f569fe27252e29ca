// zod's English messages for the zod/mini schemas of the server: classic zod loads them by
// itself, zod/mini leaves that to the application, and without them every message a parameter
// check does not phrase itself (validate.ts) would read "Invalid input". Imported for its
// effect by the modules that turn issues into messages; the schema modules import zod/mini
// directly, so that the bundler keeps only the zod functions they use.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
