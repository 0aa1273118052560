// Storybook only configures: the preview (MSW, theme toolbar, viewports, a11y) belongs to the
// stories' package, which composes it in its own tests too.
export { default } from '@scenra/remote-ready/src/stories/preview.tsx';
