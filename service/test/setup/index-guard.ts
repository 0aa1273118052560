// Runs before every service test file: a query no declared index serves fails the test that
// made it (or, when it ran after the last test, e.g. on close, the file).
import { afterAll, afterEach } from 'vitest';
import {
  describeUnserved,
  installIndexGuard,
  type UnservedQuery,
} from '#test/helpers/index-guard.ts';

const unserved: UnservedQuery[] = [];
installIndexGuard((query) => unserved.push(query));

function failOnUnserved() {
  const found = [...new Set(unserved.splice(0).map(describeUnserved))];
  if (found.length === 0) return;
  throw new Error(
    `Queries no declared index serves (MongoDB would scan the whole collection):\n  ${found.join('\n  ')}`,
  );
}

afterEach(failOnUnserved);
afterAll(failOnUnserved);
