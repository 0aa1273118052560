// Entry of the React 19 foreign hosts (react19, no-runtime).
import { createElement, version } from 'react';
import { createRoot } from 'react-dom/client';
import { startHost } from './host.ts';

startHost({ version, createElement, createRoot });
