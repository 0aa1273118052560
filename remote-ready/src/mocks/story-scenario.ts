// Gives a story its own mocked service: the scenario's MSW handlers (installed by the preview's
// MSW loader from `parameters.msw`) and a reset before each visit, so every visit to a story
// starts from the same data however the designer changed it last time. `setup` runs after the
// reset (e.g. to stub a browser API) and may return its cleanup. A re-render of the story on
// screen (the theme toolbar, a control) keeps the data: a running generation goes on.
import { createMockApi, type MockScenario } from './handlers.ts';

export function withMockApi(scenario: MockScenario, setup?: () => void | (() => void)) {
  const mock = createMockApi(scenario);
  return {
    parameters: { msw: { handlers: mock.handlers } },
    beforeEach: ({ canvasElement }: { canvasElement: HTMLElement }) => {
      // Storybook runs `beforeEach` before every render; an empty canvas means a new visit.
      if (canvasElement.childElementCount > 0) return;
      mock.reset();
      return setup?.();
    },
  };
}
