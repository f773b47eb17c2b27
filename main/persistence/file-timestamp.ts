/** A file-name-safe UTC timestamp such as 2026-11-25T23-05-01Z (no ':' for Windows). */
export function fileTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}
