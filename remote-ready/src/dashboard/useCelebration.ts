// A subtle celebration the first time the user reaches the ready page of a video: once per
// video (remembered in localStorage), never under reduced motion.
import { useEffect, useState } from 'react';

const storageKey = (videoId: string) => `scenra:celebrated:${videoId}`;

export function useCelebration(videoId: string, ready: boolean): boolean {
  const [celebrate, setCelebrate] = useState(false);
  useEffect(() => {
    if (!ready) return;
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    try {
      if (localStorage.getItem(storageKey(videoId))) return;
      localStorage.setItem(storageKey(videoId), new Date().toISOString());
    } catch {
      return; // storage blocked: better no celebration than one on every visit
    }
    setCelebrate(true);
    const timer = setTimeout(() => setCelebrate(false), 2400);
    return () => clearTimeout(timer);
  }, [videoId, ready]);
  return celebrate;
}
