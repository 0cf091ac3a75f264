/** A moment as it goes into a file name: its UTC ISO form, with `:` and `.` made `-`. */
export function fileStamp(wallMs: number): string {
  return new Date(wallMs).toISOString().replace(/[:.]/g, '-');
}

/**
 * Where a file is kept aside, beside it: `<name>.<why>-<timestamp>` (a damaged file as
 * `settings.json.corrupt-2026-11-25T22-00-00-000Z`; a cut-off last line as `.torn-…`).
 */
export function asideName(filePath: string, why: 'corrupt' | 'torn', wallMs: number): string {
  return `${filePath}.${why}-${fileStamp(wallMs)}`;
}
