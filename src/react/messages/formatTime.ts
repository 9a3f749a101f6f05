/** Beyond this many seconds a wait is said as a time ("after 14:05"), not counted. */
export const MAX_COUNTED_SECONDS = 120;
