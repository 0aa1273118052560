// The released version of the Scenra elements. remote-ready/package.json is its one source: the
// standalone bundle's URL (/elements/<version>/), every element class and the release records
// all read it from there.
import packageJson from '../../../package.json' with { type: 'json' };

export const SCENRA_ELEMENTS_VERSION: string = packageJson.version;
