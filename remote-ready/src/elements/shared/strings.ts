// Every text an element shows or announces comes from its `strings` object, so a host can
// translate or reword it; English defaults fill in whatever the host leaves out.

/** Fills `{name}` placeholders: `fill('Step {current} of {total}', { current: 3, total: 3 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
