// The link-preview image of a public share (og:image): the prompt's title and platform on the
// brand background, 1200×630 PNG. Nothing about the owner: only what the page itself shows.
// Laid out by satori (HTML/CSS subset → SVG) and rasterised by resvg, both in-process.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { platformLabels, type PublicShare } from '@scenra/contracts';
import { colors } from '@scenra/tokens';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
// Inter ships in the @fontsource/inter npm package (WOFF, which satori reads); DejaVu Sans,
// installed for the PDF export, draws what Inter's Latin subset cannot (Cyrillic, Greek…).
const fallbackFont = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  fonts ??= [
    {
      name: 'Inter',
      data: readFileSync(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff')),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Inter',
      data: readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff')),
      weight: 400,
      style: 'normal',
    },
    ...(existsSync(fallbackFont)
      ? [{ name: 'DejaVu Sans', data: readFileSync(fallbackFont), weight: 700 as const }]
      : []),
  ];
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Long titles are cut at a word so they fit three lines of the image. */
function fit(title: string, max = 90): string {
  const chars = [...title.trim()];
  if (chars.length <= max) return title.trim();
  const cut = chars.slice(0, max).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

function layout(title: string, platform: string): Node {
  const violet = colors.accent.light;
  const margin = { x: 80, y: 72 };
  const page = box({
    width: '100%',
    height: '100%',
    background: `linear-gradient(135deg, ${violet} 0%, #312e81 60%, ${colors['on-accent'].dark} 100%)`,
    color: '#ffffff',
    fontFamily: 'Inter, DejaVu Sans',
  });
  page.props.children = box(
    {
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: SHARE_IMAGE_SIZE.width - 2 * margin.x,
      height: SHARE_IMAGE_SIZE.height - 2 * margin.y,
      margin: `${margin.y}px ${margin.x}px`,
    },
    [
      box({ alignItems: 'center', gap: '18px', fontSize: 40, fontWeight: 700 }, [
        box(
          {
            width: 56,
            height: 56,
            borderRadius: 14,
            background: '#ffffff',
            alignItems: 'center',
            justifyContent: 'center',
            color: violet,
            fontSize: 30,
          },
          '▶',
        ),
        'Scenra',
      ]),
      box({ flexDirection: 'column', gap: '20px' }, [
        box(
          { fontSize: 28, fontWeight: 400, color: '#c7d2fe', letterSpacing: 1 },
          'SHARED VIDEO PROMPT',
        ),
        box({ fontSize: 64, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1.5 }, fit(title)),
      ]),
      box(
        {
          alignSelf: 'flex-start',
          padding: '10px 24px',
          borderRadius: 999,
          background: 'rgba(255,255,255,0.16)',
          fontSize: 30,
          fontWeight: 700,
        },
        `For ${platform}`,
      ),
    ],
  );
  return page;
}

/** The image's content key: the same title and platform always give the same image. */
export function shareImageKey(view: Pick<PublicShare, 'title' | 'platform'>): string {
  return createHash('sha256')
    .update(`${view.title}\u0000${view.platform}`)
    .digest('base64url')
    .slice(0, 22);
}

const cache = new Map<string, Buffer>();
const cacheLimit = 200;

/** The PNG of a share's preview; recent ones are kept in memory (a chat app asks several times). */
export async function renderShareImage(
  view: Pick<PublicShare, 'title' | 'platform'>,
): Promise<Buffer> {
  const key = shareImageKey(view);
  const hit = cache.get(key);
  if (hit) return hit;
  const svg = await satori(layout(view.title, platformLabels[view.platform]) as never, {
    ...SHARE_IMAGE_SIZE,
    fonts: loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
  cache.set(key, png);
  return png;
}
