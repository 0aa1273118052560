// One toast per page: components call `toast(message)`; the <scenra-toast> element announces it.
// The element's code loads with the first toast: nothing is announced on first paint.
import { useCallback, useRef } from 'react';
import type { ScenraToast, ToastTone } from '../elements/index.ts';

export type ShowToast = (message: string, tone?: ToastTone) => void;

export function useToast(): [ref: React.RefObject<ScenraToast | null>, show: ShowToast] {
  const ref = useRef<ScenraToast>(null);
  const show = useCallback<ShowToast>((message, tone = 'success') => {
    void import('../elements/toast/define.ts').then(() => ref.current?.show(message, { tone }));
  }, []);
  return [ref, show];
}
