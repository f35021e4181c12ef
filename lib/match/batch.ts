/**
 * Passages searched together, at most: the page scanner's batches (lib/page/scanner.ts) and
 * findMentions's (lib/match/matcher.ts). A batch costs each of the gate's expressions one run,
 * and stays a small part of a scan's slice. A module of its own so that the scanner can know it
 * without carrying the matcher.
 */
export const BATCH_PASSAGES = 64;
