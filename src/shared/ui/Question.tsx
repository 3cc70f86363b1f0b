import { useEffect, useId, useRef } from 'react';

export interface QuestionProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** Classes of the group (each surface styles its own callout). */
  className: string;
  /** `danger` for an answer that removes something. */
  confirmTone?: 'primary' | 'danger';
  /**
   * A question asked because of what the marketer just did takes the focus, so a
   * screen reader reads it; one offered on opening (a saved draft) waits to be found.
   */
  takeFocus?: boolean;
  /** Where the focus goes once answered, before the group disappears (never to <body>). */
  onAnswered?(): void;
}

/** A question and its two answers, held together in one labelled group. */
export function Question({ question, confirmLabel, cancelLabel, onConfirm, onCancel, className, confirmTone = 'primary', takeFocus = true, onAnswered }: QuestionProps) {
  const questionId = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) groupRef.current?.focus();
  }, [takeFocus]);
  const answer = (choice: () => void) => () => {
    onAnswered?.();
    choice();
  };
  return (
    <div className={className} role="group" aria-labelledby={questionId} tabIndex={-1} ref={groupRef}>
      <p id={questionId}>{question}</p>
      <div className="actions">
        <button type="button" className={confirmTone} onClick={answer(onConfirm)}>
          {confirmLabel}
        </button>
        <button type="button" onClick={answer(onCancel)}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
