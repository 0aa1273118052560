import { describe, expect, test } from 'vitest';
import { relativeTime } from './relativeTime.ts';

const now = Date.parse('2026-12-01T12:00:00.000Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('relative times, as the page says them', () => {
  test('under a minute is now', () => {
    expect(relativeTime(ago(0), now)).toBe('now');
    expect(relativeTime(ago(59), now)).toBe('now');
  });

  test('counts in the largest whole unit that fits', () => {
    expect(relativeTime(ago(60), now)).toBe('1 minute ago');
    expect(relativeTime(ago(150), now)).toBe('2 minutes ago');
    expect(relativeTime(ago(3 * 3600 + 59 * 60), now)).toBe('3 hours ago');
    expect(relativeTime(ago(24 * 3600), now)).toBe('yesterday');
    expect(relativeTime(ago(3 * 24 * 3600), now)).toBe('3 days ago');
    expect(relativeTime(ago(14 * 24 * 3600), now)).toBe('2 weeks ago');
    expect(relativeTime(ago(61 * 24 * 3600), now)).toBe('2 months ago');
    expect(relativeTime(ago(400 * 24 * 3600), now)).toBe('last year');
  });

  test('future dates read forward', () => {
    expect(relativeTime(ago(-2 * 3600), now)).toBe('in 2 hours');
    expect(relativeTime(ago(-24 * 3600), now)).toBe('tomorrow');
  });

  test('speaks the language it is given', () => {
    expect(relativeTime(ago(2 * 24 * 3600), now, 'fr')).toBe('avant-hier');
    expect(relativeTime(ago(5 * 60), now, 'de')).toBe('vor 5 Minuten');
  });

  test('says in English exactly what Intl says, without loading its locale data', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    // Each unit with the sizes it is counted in (below the next unit's size).
    const units = [
      ['minute', 60, 59],
      ['hour', 3600, 23],
      ['day', 86_400, 6],
      ['week', 7 * 86_400, 4],
    ] as const;
    for (const [unit, size, most] of units) {
      for (let n = 1; n <= most; n += 1) {
        for (const value of [-n, n]) {
          expect(relativeTime(ago(-value * size), now), `${value} ${unit}`).toBe(
            intl.format(value, unit),
          );
        }
      }
    }
    expect(relativeTime(ago(-40 * 86_400), now)).toBe(intl.format(1, 'month'));
    expect(relativeTime(ago(365 * 86_400), now)).toBe(intl.format(-1, 'year'));
    expect(relativeTime(ago(3 * 365 * 86_400), now)).toBe(intl.format(-3, 'year'));
    expect(relativeTime(ago(-30), now)).toBe('now');
  });
});
