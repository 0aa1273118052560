// Shown when the browser refuses the clipboard: the text, selected, with plain instructions.
import { useEffect, useRef } from 'react';
import { commonStrings } from '../strings.ts';
import { manualCopyStrings as strings } from './onDemandStrings.ts';

export default function ManualCopy({
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
      <p>{strings.text(what)}</p>
      <textarea ref={ref} readOnly value={text} rows={5} aria-label={strings.label(what)} />
      <button type="button" className="srd-link" onClick={onClose}>
        {commonStrings.done}
      </button>
    </div>
  );
}
