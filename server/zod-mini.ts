// zod/mini as the server uses it, with zod's English messages: classic zod loads them by
// itself, zod/mini leaves that to the application, and without them every message a parameter
// check does not phrase itself (validate.ts) would read "Invalid input".
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
