import type { PackProblem } from '../lib/knowledge/validate';
import { useWords } from './words';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' | 'done' | 'error'; text: string }
  | { kind: 'refused'; text: string; problems: readonly PackProblem[] };

/**
 * What the last import, removal or restore did, announced to screen readers; a refusal lists
 * every problem with where it is. Problems are pack text, so they are shown as text only.
 */
export function ImportStatus({ state, id }: { state: ImportState; id: string }) {
  const { t } = useWords();
  if (state.kind === 'idle') return null;
  const alert = state.kind === 'refused' || state.kind === 'error';
  return (
    <div id={id} class={`bs-status bs-status-${state.kind}`} role={alert ? 'alert' : 'status'}>
      <p>{state.text}</p>
      {state.kind === 'refused' && (
        <ul class="bs-problems" aria-label={t('story.problems')}>
          {state.problems.map((problem, i) => (
            <li key={i}>
              {/* A path is code, read left to right; the validator's message takes the direction of its first words. */}
              {problem.path ? (
                <code class="bs-problem-path" dir="ltr">
                  {problem.path}
                </code>
              ) : (
                <code class="bs-problem-path">{t('story.wholeFile')}</code>
              )}{' '}
              <span class="bs-problem-message" dir="auto">
                {problem.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
