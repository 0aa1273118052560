// The accessibility bar every check holds the product to: axe-core's WCAG 2.0–2.2 A and AA rules
// plus its best practices. Storybook's a11y panel, the Storybook smoke run and the elements' own
// tests run exactly these, so a story that passes in one passes in all.
export const axeTags: string[] = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
];
