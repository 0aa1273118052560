// An in-app link: a real <a href> (open in new tab works) that navigates without reloading.
import type { ReactNode, MouseEvent } from 'react';
import { navigateTo } from '../lib/router.ts';

export function Link({
  to,
  children,
  className,
  current = false,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  /** The link leads to the page shown now (`aria-current="page"`). */
  current?: boolean;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigateTo(to);
  };
  return (
    <a
      href={to}
      onClick={onClick}
      className={className}
      {...(current ? { 'aria-current': 'page' as const } : {})}
    >
      {children}
    </a>
  );
}
