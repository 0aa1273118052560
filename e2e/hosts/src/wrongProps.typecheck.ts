/// <reference types="@scenra/remote-ready-types/remotes" />
// Compiled by the e2e package's strict `tsc`, never run: the published types turn a host's
// wiring mistakes into type errors. Each `@ts-expect-error` fails the type-check if the line
// below it stops being an error.
import type { VideoReadyDashboardProps } from '@scenra/remote-ready-types';
import { createElement } from 'react';
import VideoReadyDashboard from 'remote_ready/VideoReadyDashboard';
import { mount } from 'remote_ready/mount';

const api = { baseUrl: 'https://api.example.com', getAccessToken: async () => 'token' };
const navigate = () => {};

export const rightProps: VideoReadyDashboardProps = { videoId: 'v1', api, navigate };

// @ts-expect-error -- videoId is required
export const missingVideo: VideoReadyDashboardProps = { api, navigate };

export const wrongTarget = createElement(VideoReadyDashboard, {
  videoId: 'v1',
  api,
  // @ts-expect-error -- navigate receives an object, not a path
  navigate: (to: string) => console.info(to),
});

export const syncToken: VideoReadyDashboardProps = {
  videoId: 'v1',
  navigate,
  api: {
    baseUrl: 'https://api.example.com',
    // @ts-expect-error -- getAccessToken returns a promise of the token
    getAccessToken: () => 'token',
  },
};

export const unknownProp = createElement(VideoReadyDashboard, {
  ...rightProps,
  // @ts-expect-error -- there is no such prop
  video: 'v1',
});

// @ts-expect-error -- mount needs the element to draw into
export const unmountWithoutElement: () => void = mount(rightProps);
