/**
 * How texts are cut for matching, known to the page's scanner, which cuts them, and to the
 * matcher and the background, which search them. A module of its own so that the scanner can
 * know it without carrying the matcher.
 */

/**
 * Passages searched together, at most: the page scanner's batches (lib/page/scanner.ts) and
 * findMentions's (lib/match/matcher.ts). A batch costs each of the gate's expressions one run,
 * and stays a small part of a scan's slice.
 */
export const BATCH_PASSAGES = 64;

/**
 * A passage longer than this is matched a window at a time, so that one enormous block (a
 * 10 MB <pre>) never becomes one long task. Windows end at white space, so every window of a
 * passage but its last is at least this long.
 */
export const WINDOW_CHARS = 32_768;
