// Entry of the React 18 foreign host: this folder is its own workspace so that `react` and
// `react-dom` resolve to React 18 here (the host shares them as singletons, as a React 18
// product would). The page logic is the other foreign hosts'.
import { createElement, version } from 'react';
import { createRoot } from 'react-dom/client';
import { startHost } from '@scenra/e2e/hosts/src/host.ts';

startHost({ version, createElement, createRoot });
