// "2 minutes ago" from an ISO date, in the language of the page's copy (strings.ts).
import { locale as copyLocale } from '../strings.ts';

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function relativeTime(
  iso: string,
  now: number = Date.now(),
  locale: string = copyLocale,
): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  // Under a minute is "now": seconds are never counted.
  const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', Infinity];
  const value = Math.trunc(seconds / size) || 0;
  return (locale === 'en' && inEnglish(value, unit)) || intlFormat(locale, value, unit);
}

/**
 * What `Intl.RelativeTimeFormat('en', { numeric: 'auto' })` says, written out: the first Intl
 * call of a page loads the browser's locale data, a task of tens of milliseconds that would
 * otherwise land in the ready page's first render. Undefined where Intl should speak.
 */
function inEnglish(value: number, unit: Intl.RelativeTimeFormatUnit): string | undefined {
  if (unit === 'second') return value === 0 ? 'now' : undefined;
  if (Math.abs(value) >= 1000) return undefined;
  if (Math.abs(value) === 1 && unit !== 'hour' && unit !== 'minute') {
    if (unit === 'day') return value < 0 ? 'yesterday' : 'tomorrow';
    return `${value < 0 ? 'last' : 'next'} ${unit}`;
  }
  const amount = `${Math.abs(value)} ${unit}${Math.abs(value) === 1 ? '' : 's'}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}

const formats = new Map<string, Intl.RelativeTimeFormat>();
function intlFormat(locale: string, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  return format.format(value, unit);
}
