// An inline "are you sure?" for an action that cannot be undone: the question, the action
// (focused when it appears, so Enter confirms and Tab reaches "Keep it") and a way back.
import { useEffect, useRef } from 'react';
import { commonStrings } from '../strings.ts';

export interface ConfirmProps {
  /** Names the group for screen readers, e.g. "Confirm revoking the link". */
  label: string;
  question: string;
  action: string;
  busy: boolean;
  /** Shown on the action while it runs, e.g. "Revoking…". */
  busyAction?: string;
  /** The group's class: each page styles its own confirmations. */
  className: string;
  actionClassName: string;
  onConfirm(): void;
  onCancel(): void;
}

export function Confirm(props: ConfirmProps) {
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => actionRef.current?.focus(), []);
  return (
    <div className={props.className} role="group" aria-label={props.label}>
      <p>{props.question}</p>
      <div className="srd-row">
        <button
          ref={actionRef}
          type="button"
          className={props.actionClassName}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.busy && props.busyAction ? props.busyAction : props.action}
        </button>
        <button type="button" className="srd-button srd-secondary" onClick={props.onCancel}>
          {commonStrings.keep}
        </button>
      </div>
    </div>
  );
}
