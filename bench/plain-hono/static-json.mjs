// One JSON text of exactly `bytes` bytes (ASCII): what the plain Hono apps answer, sized like
// the app's average search answer, so that their figures are the floor the app's own work adds to.
export function staticJson(bytes) {
  const open = '{"padding":"';
  const close = '"}';
  return `${open}${'x'.repeat(Math.max(0, bytes - open.length - close.length))}${close}`;
}
