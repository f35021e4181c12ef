/** Gives the page its turn: a macrotask, so input and rendering can run in between. */
export function pause(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}
