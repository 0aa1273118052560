// Shown when the browser refuses the clipboard: the text, selected, with plain instructions.
import { useEffect, useRef } from 'react';

export function ManualCopy({
  text,
  what,
  onClose,
}: {
  text: string;
  what: string;
  onClose(): void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <div className="srd-manual" role="alert" data-testid="manual-copy">
      <p>
        Your browser blocked copying. The {what} is selected below: press Ctrl+C (⌘C on Mac) to copy
        it.
      </p>
      <textarea
        ref={ref}
        readOnly
        value={text}
        rows={5}
        aria-label={`The ${what}, ready to copy`}
      />
      <button type="button" className="srd-link" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
