/** The routines file's extension, registered with the system when the app is installed. */
export const ROUTINE_FILE_EXTENSION = 'bedtime-routines';
