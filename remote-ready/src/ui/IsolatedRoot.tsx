// Draws a remote page inside an open shadow root, so the host's element rules (`header {}`,
// `button {}`, `h1 {}`, `a {}`) cannot restyle it, and resets every inherited property at the
// boundary: only custom properties (the documented `--scenra-*` tokens) cross into the page.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** `all` leaves custom properties alone, so tokens set on any host ancestor still theme the page. */
const boundaryCss = ':host{all:initial;display:block}';

/** Off only where no host page surrounds the page (Storybook, whose tools stop at shadow roots). */
export const ShadowIsolation = createContext(true);

export function IsolatedRoot({ children }: { children: ReactNode }) {
  const isolate = useContext(ShadowIsolation);
  const [shadow, setShadow] = useState<ShadowRoot | null>(null);
  const attach = useCallback((host: HTMLDivElement | null) => {
    if (host) setShadow(host.shadowRoot ?? host.attachShadow({ mode: 'open' }));
  }, []);
  if (!isolate) return children;
  return (
    <div ref={attach} data-scenra-isolation="">
      {shadow &&
        createPortal(
          <>
            <style>{boundaryCss}</style>
            {children}
          </>,
          shadow,
        )}
    </div>
  );
}
