import type { ComponentChildren } from 'preact';

/** One section of the options page, labelled by its heading (`id`). */
export function OptionGroup({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="bs-option-group" aria-labelledby={id}>
      <h2 id={id} class="bs-section">{title}</h2>
      {children}
    </section>
  );
}
