/** A numbered card of a step-by-step editor page (Start here, Who, What, When). */
import type { ReactNode } from 'react';

export function StepSection({ id, step, title, children }: { id: string; step: number; title: string; children: ReactNode }) {
  return (
    <section className="ct-card ct-step" aria-labelledby={id}>
      <h2 id={id} className="ct-step__title">
        <span className="ct-step__number" aria-hidden="true">
          {step}
        </span>
        {title}
      </h2>
      <div className="ct-step__body">{children}</div>
    </section>
  );
}

export function Notice({ kind, children }: { kind: 'success' | 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={`ct-notice ct-notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
