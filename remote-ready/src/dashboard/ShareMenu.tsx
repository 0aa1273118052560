// The share & export menu button. The menu element loads on first use (a pointer over the
// button or focus on it starts the download early); until then a plain button of the same look
// stands in, and activating it opens the real menu on its first (or, with ↑, last) entry.
import { useEffect, useRef, useState } from 'react';
import type { ScenraMenuSelectEvent, ScenraShareExportMenu } from '../elements/index.ts';

const tag = 'scenra-share-export-menu';
const loadMenu = () => import('../elements/share-export-menu/define.ts');

export function ShareMenu({
  label,
  onSelect,
}: {
  label: string;
  onSelect(event: ScenraMenuSelectEvent): void;
}) {
  const [loaded, setLoaded] = useState(() => Boolean(customElements.get(tag)));
  const ref = useRef<ScenraShareExportMenu>(null);
  const openAt = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!loaded || openAt.current === undefined || !ref.current) return;
    void ref.current.show(openAt.current);
    openAt.current = undefined;
  }, [loaded]);

  if (loaded)
    return (
      <scenra-share-export-menu
        ref={ref}
        label={label}
        data-testid="share-menu"
        onscenra-menu-select={onSelect}
      />
    );

  const open = (focusIndex: number) => {
    openAt.current = focusIndex;
    void loadMenu().then(() => setLoaded(true));
  };
  return (
    <button
      type="button"
      className="srd-button srd-secondary"
      aria-haspopup="menu"
      aria-expanded="false"
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => open(0)}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        open(event.key === 'ArrowDown' ? 0 : -1);
      }}
    >
      {label}{' '}
      <span className="srd-caret" aria-hidden="true">
        ▼
      </span>
    </button>
  );
}
