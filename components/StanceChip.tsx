import type { StanceLabel } from '../data/schema';

/** A stance label in its tone's colour; the word is always shown, so colour is never the only cue. */
export function StanceChip({ label }: { label: StanceLabel }) {
  return <span class={`bs-stance-chip bs-tone-${label.tone}`}>{label.label}</span>;
}
