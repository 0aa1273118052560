import type { Meta, StoryObj } from '@storybook/react';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import {
  colors,
  componentRootCss,
  focus,
  focusRingDeclarations,
  fontSizes,
  fonts,
  publicName,
  radii,
  spacing,
  targets,
  type ColorToken,
  type ValueToken,
} from '@scenra/tokens';

/**
 * The foundations, drawn from `@scenra/tokens`, the one source the elements, the dashboard and
 * the host use: every sample is painted with the token's own custom property, so it follows
 * the theme toolbar exactly as the product does.
 */
const meta = {
  title: 'Foundations/Tokens',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const pageCss = `${componentRootCss('.sf-root')}
.sf-root{font-size:var(--_font-size-md);line-height:1.5}
.sf-root table{border-collapse:collapse;width:100%;max-width:60rem}
.sf-root caption{text-align:start;font-size:var(--_font-size-xl);font-weight:700;padding-block:var(--_space-3)}
.sf-root th,.sf-root td{text-align:start;padding:var(--_space-2) var(--_space-3);border-bottom:1px solid var(--_border);vertical-align:middle}
.sf-root code{font-family:var(--_font-mono);font-size:var(--_font-size-sm)}
.sf-root .sf-muted{color:var(--_muted);font-size:var(--_font-size-sm)}
.sf-root .sf-swatch{inline-size:3rem;block-size:2rem;border:1px solid var(--_border-strong);border-radius:var(--_radius-sm)}
.sf-root .sf-bar{block-size:1rem;background:var(--_accent)}
.sf-root .sf-box{inline-size:4rem;block-size:3rem;border:2px solid var(--_accent);background:var(--_accent-soft)}
.sf-root .sf-button{min-block-size:var(--_target-min);padding:0 var(--_space-4);border:1px solid var(--_accent);border-radius:var(--_radius-sm);background:var(--_accent);color:var(--_on-accent);font:inherit;font-weight:600}
.sf-root .sf-ring{${focusRingDeclarations}}
.sf-root .sf-button:focus-visible{${focusRingDeclarations}}`;

function Page({ children }: { children: ReactNode }) {
  return (
    <div className="sf-root">
      <style>{pageCss}</style>
      {children}
    </div>
  );
}

function Table({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: string[];
  children: ReactNode;
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function TokenTable({
  caption,
  tokens,
  sample,
}: {
  caption: string;
  tokens: Record<string, ValueToken>;
  sample: (name: string, token: ValueToken) => ReactNode;
}) {
  return (
    <Table caption={caption} headers={['Token', 'Value', 'Sample', 'Use']}>
      {Object.entries(tokens).map(([name, token]) => (
        <tr key={name}>
          <th scope="row">
            <code>{publicName(name)}</code>
          </th>
          <td>
            <code>{token.value}</code>
          </td>
          <td>{sample(name, token)}</td>
          <td className="sf-muted">{token.usage}</td>
        </tr>
      ))}
    </Table>
  );
}

/** Every colour with its light and dark value; the swatch shows the current theme's. */
export const Colours: Story = {
  render: () => (
    <Page>
      <Table caption="Colours" headers={['Token', 'Swatch', 'Light', 'Dark', 'Use']}>
        {Object.entries(colors as Record<string, ColorToken>).map(([name, token]) => (
          <tr key={name} data-token={name}>
            <th scope="row">
              <code>{publicName(name)}</code>
            </th>
            <td>
              <div
                className="sf-swatch"
                role="img"
                aria-label={`${name} swatch`}
                style={{ background: `var(--_${name})` }}
              />
            </td>
            <td>
              <code>{token.light}</code>
            </td>
            <td>
              <code>{token.dark}</code>
            </td>
            <td className="sf-muted">{token.usage}</td>
          </tr>
        ))}
      </Table>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    // One row per colour of the token source, each swatch painted in the current scheme.
    const rows = canvasElement.querySelectorAll('tr[data-token]');
    await expect(rows).toHaveLength(Object.keys(colors).length);
    const scheme = getComputedStyle(canvasElement.querySelector('.sf-root')!).colorScheme;
    const accent = canvasElement.querySelector<HTMLElement>('[data-token="accent"] .sf-swatch')!;
    const expected = scheme === 'dark' ? colors.accent.dark : colors.accent.light;
    await expect(getComputedStyle(accent).backgroundColor).toBe(rgb(expected));
  },
};

/** The fonts and the type scale, each size set in it. */
export const Type: Story = {
  render: () => (
    <Page>
      <TokenTable
        caption="Fonts"
        tokens={fonts}
        sample={(name) => (
          <span style={{ fontFamily: `var(--_${name})` }}>Your prompt is ready</span>
        )}
      />
      <TokenTable
        caption="Type scale"
        tokens={fontSizes}
        sample={(name) => <span style={{ fontSize: `var(--_${name})` }}>Ready</span>}
      />
    </Page>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of Object.keys(fontSizes)) await expect(canvas.getByText(publicName(name)));
  },
};

/** Spacing steps, radii, the focus ring and the smallest target. */
export const SpacingRadiiAndFocus: Story = {
  render: () => (
    <Page>
      <TokenTable
        caption="Spacing"
        tokens={spacing}
        sample={(name) => <div className="sf-bar" style={{ inlineSize: `var(--_${name})` }} />}
      />
      <TokenTable
        caption="Radius"
        tokens={radii}
        sample={(name) => <div className="sf-box" style={{ borderRadius: `var(--_${name})` }} />}
      />
      <TokenTable
        caption="Focus ring (colour: --scenra-focus-ring)"
        tokens={focus}
        sample={() => (
          <button type="button" className="sf-button sf-ring" tabIndex={-1}>
            Focused
          </button>
        )}
      />
      <TokenTable
        caption="Targets"
        tokens={targets}
        sample={() => (
          <button type="button" className="sf-button">
            44 px
          </button>
        )}
      />
    </Page>
  ),
  play: async ({ canvasElement }) => {
    const ring = getComputedStyle(canvasElement.querySelector('.sf-ring')!);
    await expect(ring.outlineWidth).toBe(focus['focus-width'].value);
    await expect(ring.outlineOffset).toBe(focus['focus-offset'].value);
  },
};

/** `#4338ca` → `rgb(67, 56, 202)`, as computed styles report colours. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
